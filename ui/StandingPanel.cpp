// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandingPanel.h"

#include "FormWidgets.h"
#include "Language.h"
#include "ProfileEditor.h"
#include "TrendChart.h"
#include "i18n/Language.h"
#include "model/FieldHelp.h"
#include "model/Periods.h"
#include "rules/AssessmentText.h"
#include "rules/Checklist.h"
#include "report/Report.h"
#include "rules/Evaluator.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QStyledItemDelegate>
#include <cmath>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTimer>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace srdi::ui {

namespace {

QString statusColor(rules::Status s)
{
    switch (s) {
    case rules::Status::Met: return QStringLiteral("#2e7d32");
    case rules::Status::Unmet: return QStringLiteral("#9e9e9e");
    case rules::Status::MissingData: return QStringLiteral("#ef6c00");
    case rules::Status::ManualReview: return QStringLiteral("#1565c0");
    case rules::Status::Inconsistent: return QStringLiteral("#c62828");
    }
    return QString();
}

int metCount(const rules::RouteResult &r)
{
    int n = 0;
    for (const auto &c : r.conditions)
        n += c.status == rules::Status::Met ? 1 : 0;
    return n;
}

FiscalYear const *yearOf(const Profile &p, int year)
{
    return p.fiscalYear(year);
}

// Checklist rows as tall as their wrapped text at the width they are painted
// in: the column less the indentation and the check box. (The default hint
// wraps at the whole column and cut the last line.)
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int column = m_view->header()->sectionSize(index.column()) - depth * m_view->indentation();
        const QStyle *style = m_view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        // The style places the text by the row's height too: settle both.
        int height = base.height();
        for (int pass = 0; pass < 3; ++pass) {
            opt.rect = QRect(0, 0, std::max(column, 40), height);
            const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view);
            // Two margins more than the style's own: a style that pads the text
            // a little more than it says still never cuts a line.
            const int width = std::max(20, textRect.width() - 4 * margin);
            const QRect need = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1'000'000), Qt::TextWordWrap, opt.text);
            const int next = std::max(base.height(), need.height() + opt.fontMetrics.descent() + 2);
            if (next == height)
                break;
            height = next;
        }
        return {base.width(), height};
    }

private:
    QTreeView *m_view;
};

} // namespace

StandingPanel::StandingPanel(ProfileEditor *editor, ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_store(store)
{
    setObjectName(QStringLiteral("standingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // The rule pack, and the what-if switch.
    auto *top = new QHBoxLayout;
    m_packLabel = new QLabel(this);
    m_pack = new QComboBox(this);
    m_pack->setObjectName(QStringLiteral("packCombo"));
    for (const char *id : {"auto", "2026", "2022", "both"})
        m_pack->addItem(QString(), QString::fromLatin1(id));
    m_pack->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pack->setMinimumContentsLength(12);
    m_packLabel->setBuddy(m_pack);
    m_whatIf = new QPushButton(this);
    m_whatIf->setObjectName(QStringLiteral("whatIfButton"));
    m_whatIf->setCheckable(true);
    top->addWidget(m_packLabel);
    top->addWidget(m_pack, 1);
    top->addWidget(m_whatIf);
    layout->addLayout(top);
    // A user rule pack in use (one replacing a built-in pack above all) is
    // named with its file: its numbers are not the official document's.
    m_packOrigin = new QLabel(this);
    m_packOrigin->setObjectName(QStringLiteral("packOriginLabel"));
    m_packOrigin->setTextFormat(Qt::PlainText);
    m_packOrigin->setWordWrap(true);
    m_packOrigin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packOrigin->setVisible(false);
    layout->addWidget(m_packOrigin);

    m_ladderHost = new QWidget(this);
    m_ladderHost->setObjectName(QStringLiteral("tierLadder"));
    m_ladderLayout = new QVBoxLayout(m_ladderHost);
    m_ladderLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ladderHost);

    // What-if: sliders for the figures that move a company most.
    m_whatIfBox = new QGroupBox(this);
    m_whatIfBox->setObjectName(QStringLiteral("whatIfBox"));
    auto *wf = new QFormLayout(m_whatIfBox);
    m_whatIfNote = new QLabel(m_whatIfBox);
    m_whatIfNote->setWordWrap(true);
    wf->addRow(m_whatIfNote);
    // Each slider with its label (field and year) and a box for the exact value.
    auto control = [&](const char *name, QSlider *&s, QAbstractSpinBox *box, QLabel *&label) {
        s = new QSlider(Qt::Horizontal, m_whatIfBox);
        s->setObjectName(QString::fromLatin1(name));
        box->setObjectName(QString::fromLatin1(name).replace(QStringLiteral("Slider"), QStringLiteral("Box")));
        box->setKeyboardTracking(false); // the value counts when the user is done: Enter or leaving the box
        box->setAlignment(Qt::AlignRight);
        label = new QLabel(m_whatIfBox);
        label->setObjectName(QString::fromLatin1(name).replace(QStringLiteral("Slider"), QStringLiteral("Label")));
        label->setWordWrap(true);
        label->setBuddy(box);
        auto *row = new QHBoxLayout;
        row->addWidget(s, 1);
        row->addWidget(box);
        wf->addRow(label, row);
    };
    auto money = [this] {
        auto *b = new QDoubleSpinBox(m_whatIfBox);
        b->setDecimals(2);
        b->setRange(0, 99'999'999.99);
        b->setGroupSeparatorShown(true);
        return b;
    };
    m_rdBox = money();
    m_revenueBox = money();
    m_ipBox = new QSpinBox(m_whatIfBox);
    m_ipBox->setRange(0, 99'999);
    control("rdSlider", m_rdSlider, m_rdBox, m_rdLabel);
    control("revenueSlider", m_revenueSlider, m_revenueBox, m_revenueLabel);
    control("ipSlider", m_ipSlider, m_ipBox, m_ipLabel);
    // Slider and box move together; either one tries the figure.
    auto link = [this](QSlider *s, QAbstractSpinBox *box, auto setBox, auto boxValue) {
        connect(s, &QSlider::valueChanged, this, [this, box, setBox](int v) {
            if (m_syncing)
                return;
            {
                const QSignalBlocker block(box);
                setBox(v);
            }
            onWhatIfBox(box);
        });
        auto follow = [this, s, box, boxValue] {
            if (m_syncing)
                return;
            {
                const QSignalBlocker block(s);
                const int v = boxValue();
                s->setMaximum(std::max(s->maximum(), v));
                s->setValue(v);
            }
            onWhatIfBox(box);
        };
        if (auto *d = qobject_cast<QDoubleSpinBox *>(box))
            connect(d, &QDoubleSpinBox::valueChanged, this, follow);
        else if (auto *i = qobject_cast<QSpinBox *>(box))
            connect(i, &QSpinBox::valueChanged, this, follow);
    };
    link(m_rdSlider, m_rdBox, [this](int v) { m_rdBox->setValue(v); }, [this] { return int(m_rdBox->value()); });
    link(m_revenueSlider, m_revenueBox, [this](int v) { m_revenueBox->setValue(v); },
         [this] { return int(m_revenueBox->value()); });
    link(m_ipSlider, m_ipBox, [this](int v) { m_ipBox->setValue(v); }, [this] { return m_ipBox->value(); });
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(m_whatIfBox);
    m_apply->setObjectName(QStringLiteral("applyWhatIfButton"));
    m_discard = new QPushButton(m_whatIfBox);
    m_discard->setObjectName(QStringLiteral("discardWhatIfButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);
    wf->addRow(buttons);
    m_whatIfBox->hide();
    layout->addWidget(m_whatIfBox);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("standingTabs"));
    m_tabs->setDocumentMode(true);
    m_detail = new QTextBrowser(m_tabs);
    m_detail->setObjectName(QStringLiteral("detailsBrowser"));
    m_checklist = new QTreeWidget(m_tabs);
    m_checklist->setObjectName(QStringLiteral("checklistTree"));
    m_checklist->setHeaderHidden(true);
    m_checklist->setWordWrap(true);
    m_checklist->setTextElideMode(Qt::ElideNone);
    // Long gap texts wrap: rows are laid out again whenever the width changes.
    m_checklist->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_checklist->header(), &QHeaderView::sectionResized, m_checklist, [this] { m_checklist->doItemsLayout(); });
    m_checklist->setUniformRowHeights(false);
    m_checklist->setItemDelegate(new WrappingDelegate(m_checklist));
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_trend = new TrendChart(m_tabs);
    m_awardsView = new QTextBrowser(m_tabs);
    m_awardsView->setObjectName(QStringLiteral("awardsBrowser"));
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_checklist, QString());
    m_tabs->addTab(m_awardsView, QString());
    m_tabs->addTab(m_trend, QString());
    layout->addWidget(m_tabs, 1);
    m_viewsTimer = new QTimer(this);
    m_viewsTimer->setSingleShot(true);
    m_viewsTimer->setInterval(120);
    connect(m_viewsTimer, &QTimer::timeout, this, &StandingPanel::renderVisibleViews);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_viewsDirty)
            renderVisibleViews();
    });

    const QString remembered = QSettings().value(QStringLiteral("standing/pack"), QStringLiteral("auto")).toString();
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(remembered)));
    connect(m_pack, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("standing/pack"), packChoice());
        refresh();
    });
    connect(m_whatIf, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_editor->beginWhatIf();
        else if (m_editor->isWhatIf())
            m_editor->discardWhatIf();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { m_editor->applyWhatIf(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { m_editor->discardWhatIf(); });
    connect(m_editor, &ProfileEditor::whatIfChanged, this, [this](bool on) {
        const QSignalBlocker block(m_whatIf);
        m_whatIf->setChecked(on);
        m_whatIfBox->setVisible(on);
        syncWhatIfControls();
    });
    connect(m_editor, &ProfileEditor::profileChanged, this, &StandingPanel::refresh);
    connect(m_checklist, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_syncing || !m_store || !m_editor->isOpen())
            return;
        const QString key = item->data(0, Qt::UserRole).toString();
        if (!key.isEmpty())
            m_store->setPlanned(m_editor->companyId(), key, item->checkState(0) == Qt::Checked);
    });
    retranslate();
    refresh();
}

StandingPanel::~StandingPanel() = default;

void StandingPanel::setPackChoice(const QString &choice)
{
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(choice)));
}

QString StandingPanel::packChoice() const
{
    return m_pack->currentData().toString();
}

void StandingPanel::retranslate()
{
    m_packLabel->setText(tr("Rules:"));
    auto &packs = rules::RulePacks::instance();
    const QString lang = currentLanguage();
    const rules::Format fmt(lang);
    auto packName = [&](const QString &id) {
        const auto p = packs.pack(id);
        if (!p)
            return id;
        const QString name = QStringLiteral("%1（%2）").arg(p->name.get(lang).section(u'（', 0, 0), fmt.script(p->document));
        return p->fromUser ? tr("%1 — %2").arg(name, rules::Format::packOrigin(*p)) : name;
    };
    m_pack->setItemText(0, tr("In force on the assessment date"));
    m_pack->setItemText(1, packName(QStringLiteral("2026")));
    m_pack->setItemText(2, packName(QStringLiteral("2022")));
    for (int i = 1; i <= 2; ++i) {
        const auto p = packs.pack(m_pack->itemData(i).toString());
        m_pack->setItemData(i, p && p->fromUser ? rules::Format::packOrigin(*p) : QString(), Qt::ToolTipRole);
    }
    showPackOrigin();
    m_pack->setItemText(3, tr("2026 and 2022 side by side"));
    m_whatIf->setText(tr("What-if…"));
    m_whatIf->setToolTip(tr("Try figures without changing the saved data"));
    m_whatIfBox->setTitle(tr("What-if"));
    m_whatIfNote->setText(tr("Move a slider or edit any field: the ladder follows, nothing is saved until you apply."));
    labelWhatIfControls();
    m_apply->setText(tr("Apply"));
    m_discard->setText(tr("Discard"));
    m_tabs->setTabText(0, tr("Detail"));
    m_tabs->setTabText(1, tr("Checklist"));
    m_checklist->setAccessibleName(tr("Checklist"));
    m_tabs->setTabText(2, tr("Awards"));
    m_tabs->setTabText(3, tr("Trend"));
    m_trend->setEmptyText(tr("The trend appears once two or more fiscal years are entered."));
}

void StandingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

QStringList StandingPanel::ladderTexts() const
{
    QStringList out;
    for (QFrame *rung : m_rungs) {
        QStringList parts;
        for (QLabel *l : rung->findChildren<QLabel *>())
            parts.append(l->text());
        out.append(parts.join(u' '));
    }
    return out;
}

void StandingPanel::buildLadder(QVBoxLayout *into, const rules::Assessment &a, bool withTitle)
{
    const QString lang = currentLanguage();
    const rules::Format fmt(lang);
    if (withTitle && a.pack) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(a.pack->name.get(lang).toHtmlEscaped()), m_ladderHost);
        into->addWidget(title);
    }
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    const Profile &p = m_editor->profile();
    const QDate today = a.date.isValid() ? a.date : QDate::currentDate();
    for (int i = 0; i < a.tiers.size(); ++i) {
        const rules::TierResult &t = a.tiers.at(i);
        const rules::RouteResult &r = t.best();
        auto *rung = new QFrame(m_ladderHost);
        rung->setObjectName(QStringLiteral("rung_") + t.rule->tier);
        rung->setFrameShape(QFrame::StyledPanel);
        rung->setStyleSheet(QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 6px; }")
                                .arg(rung->objectName(), statusColor(t.status)));
        auto *v = new QVBoxLayout(rung);
        v->setContentsMargins(6, 4, 6, 4);
        v->setSpacing(1);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(fmt.tierName(t).toHtmlEscaped()), rung);
        name->setWordWrap(true);
        v->addWidget(name);
        auto *status = new QLabel(QStringLiteral("<span style='color:%1'>%2 %3</span>")
                                      .arg(statusColor(t.status), rules::statusMark(t.status), fmt.status(t.status).toHtmlEscaped()),
                                  rung);
        v->addWidget(status);
        if (t.status == rules::Status::Inconsistent) {
            auto *fix = new QLabel(tr("Correct the figures flagged in the form"), rung);
            fix->setObjectName(QStringLiteral("inconsistentPrompt"));
            fix->setWordWrap(true);
            v->addWidget(fix);
        }
        if (r.scored) {
            v->addWidget(new QLabel(tr("Score %1 / line %2").arg(fmt.points(r.score), fmt.points(r.rule->score->line)), rung));
        } else if (t.status == rules::Status::Met && r.via == u"direct") {
            v->addWidget(new QLabel(tr("By a direct route"), rung));
        }
        v->addWidget(new QLabel(tr("%1 of %2 conditions met").arg(metCount(r)).arg(r.conditions.size()), rung));
        // Titles of this tier the company holds, and when they lapse.
        for (const Recognition &rec : p.company.recognitions.value_or(QList<Recognition>())) {
            // Each title by its own route's validity (科技型 入库: one year).
            const int validity = a.pack ? a.pack->validityYears(rec.route) : 0;
            if (rec.tier != t.rule->tier || validity <= 0 || !rec.granted.isValid())
                continue;
            // The last valid day (民法典 第二百零一条, 第二百零二条): the anniversary itself.
            const QDate until = periods::lastDay(rec.granted, validity);
            const qint64 left = today.daysTo(until);
            QString text;
            QString color = QStringLiteral("#2e7d32");
            if (left < 0) {
                text = tr("Title lapsed (valid through %1)").arg(until.toString(Qt::ISODate));
                color = QStringLiteral("#c62828");
            } else if (left <= 90) {
                text = tr("Title held through %1; %n day(s) left", nullptr, int(left)).arg(until.toString(Qt::ISODate));
                color = QStringLiteral("#ef6c00");
            } else {
                text = tr("Title held until %1").arg(until.toString(Qt::ISODate));
            }
            auto *title = new QLabel(QStringLiteral("<span style='color:%1'>%2</span>").arg(color, text.toHtmlEscaped()), rung);
            title->setWordWrap(true);
            v->addWidget(title);
        }
        v->addStretch(1);
        row->addWidget(rung, 1);
        m_rungs.append(rung);
        if (i + 1 < a.tiers.size())
            row->addWidget(new QLabel(QStringLiteral("→"), m_ladderHost));
    }
    into->addLayout(row);
}

QString StandingPanel::detailHtml(const rules::Assessment &a) const
{
    const QString lang = currentLanguage();
    const rules::Format fmt(lang);
    QString html;
    const Profile &p = m_editor->profile();
    html += QStringLiteral("<h3>%1</h3>").arg(p.company.name.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Assessment year %1 · %2 · %3")
                         .arg(a.year)
                         .arg(fmt.sizeClass(a.sme.size), a.pack ? a.pack->name.get(lang) : QString())
                         .toHtmlEscaped());
    // The same tables as the printed report.
    for (const rules::TierResult &t : a.tiers)
        html += report::Report::tierHtml(a, t, lang) + QStringLiteral("<p></p>");
    return html;
}

void StandingPanel::fillChecklist()
{
    m_syncing = true;
    m_checklist->clear();
    const QString lang = currentLanguage();
    const rules::Format fmt(lang);
    const QSet<QString> planned =
        m_store && m_editor->isOpen() ? m_store->plannedItems(m_editor->companyId()) : QSet<QString>();
    for (const rules::Assessment &a : std::as_const(m_assessments)) {
        const QList<rules::ChecklistItem> items = rules::checklist(a);
        QTreeWidgetItem *group = nullptr;
        QString groupTier;
        for (const rules::ChecklistItem &it : items) {
            if (!group || groupTier != it.tier) {
                const rules::TierResult *t = a.tier(it.tier);
                group = new QTreeWidgetItem(m_checklist);
                QString head = QStringLiteral("%1 — %2").arg(fmt.tierName(*t), fmt.status(t->status));
                if (m_assessments.size() > 1 && a.pack)
                    head = QStringLiteral("[%1] ").arg(a.pack->id) + head;
                group->setText(0, head);
                QFont f = group->font(0);
                f.setBold(true);
                group->setFont(0, f);
                group->setForeground(0, QColor(statusColor(t->status)));
                group->setExpanded(t->status != rules::Status::Met);
                groupTier = it.tier;
            }
            QString text;
            switch (it.kind) {
            case rules::ChecklistItem::Kind::Condition: {
                const QString gap = fmt.gap(it.condition->gap);
                // The numbers first: they are what the reader acts on.
                text = gap.isEmpty() ? it.condition->rule->name.get(lang)
                                     : QStringLiteral("%1\n%2").arg(gap, it.condition->rule->name.get(lang));
                // What to do next, where no number says it.
                if (const QString next = rules::nextStep(*it.condition, lang); !next.isEmpty())
                    text += QStringLiteral("\n→ ") + next;
                break;
            }
            case rules::ChecklistItem::Kind::MissingData: {
                QStringList inputs;
                for (const rules::MissingInput &m : it.condition->missing)
                    inputs.append(fmt.missingInput(m));
                QStringList wrong;
                for (const rules::MissingInput &m : it.condition->inconsistent)
                    wrong.append(fmt.missingInput(m));
                text = it.condition->status == rules::Status::Inconsistent
                           ? tr("%1 — data inconsistent, correct: %2")
                                 .arg(it.condition->rule->name.get(lang), wrong.join(QStringLiteral(", ")))
                       : it.condition->status == rules::Status::ManualReview
                           ? tr("%1 — to be confirmed by the authority").arg(it.condition->rule->name.get(lang))
                           : tr("%1 — enter: %2").arg(it.condition->rule->name.get(lang), inputs.join(QStringLiteral(", ")));
                break;
            }
            case rules::ChecklistItem::Kind::Indicator:
                text = tr("+%1 points: %2").arg(fmt.points(it.indicator->nextGain), fmt.gap(it.indicator->nextGap)) +
                       u'\n' + it.indicator->rule->name.get(lang);
                break;
            }
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, text);
            item->setToolTip(0, text);
            item->setData(0, Qt::UserRole, it.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, planned.contains(it.key) ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_checklist->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_checklist);
        none->setText(0, tr("Nothing left to do: every tier is reached with full marks."));
    }
    m_syncing = false;
}

void StandingPanel::labelWhatIfControls()
{
    const QString lang = currentLanguage();
    const FieldHelp &help = FieldHelp::instance();
    const int year = m_editor->profile().assessmentYear - 1;
    const bool known = m_editor->isOpen() && year > 0;
    QString unit = help.unit(QStringLiteral("years.rd_expense"));
    if (lang == u"zh_TW")
        unit = i18n::toTraditional(unit); // 萬元
    auto label = [&](QLabel *l, QSlider *s, QAbstractSpinBox *box, const QString &path, bool yearly) {
        //: A what-if control: a figure (%1) of a fiscal year (%2); in Chinese 2025年研发费用.
        const QString text = yearly && known ? tr("%1 in %2").arg(help.label(path, lang)).arg(year) : help.label(path, lang);
        l->setText(text);
        s->setAccessibleName(text);
        s->setAccessibleDescription(help.tip(path, lang));
        box->setAccessibleName(tr("%1, exact value").arg(text));
        box->setAccessibleDescription(help.tip(path, lang));
        s->setToolTip(text);
        box->setToolTip(help.tip(path, lang));
    };
    label(m_rdLabel, m_rdSlider, m_rdBox, QStringLiteral("years.rd_expense"), true);
    label(m_revenueLabel, m_revenueSlider, m_revenueBox, QStringLiteral("years.operating_revenue"), true);
    label(m_ipLabel, m_ipSlider, m_ipBox, QStringLiteral("innovation.ip.class1"), false);
    m_rdBox->setSuffix(QStringLiteral(" ") + unit);
    m_revenueBox->setSuffix(QStringLiteral(" ") + unit);
}

void StandingPanel::syncWhatIfControls()
{
    m_syncing = true;
    const Profile &p = m_editor->profile();
    const FiscalYear *fy = yearOf(p, p.assessmentYear - 1);
    const FiscalYear *saved = yearOf(m_editor->savedProfile(), p.assessmentYear - 1);
    auto wan = [](const Opt<qint64> &yuan) { return yuan ? int(*yuan / 10000) : 0; };
    const int rd = fy ? wan(fy->rdExpense) : 0;
    const int revenue = fy ? wan(fy->operatingRevenue) : 0;
    const int rdBase = saved ? wan(saved->rdExpense) : 0;
    const int revenueBase = saved ? wan(saved->operatingRevenue) : 0;
    m_rdSlider->setRange(0, std::max({rdBase * 3, rd, 1000}));
    m_rdSlider->setValue(rd);
    m_revenueSlider->setRange(0, std::max({revenueBase * 3, revenue, 10000}));
    m_revenueSlider->setValue(revenue);
    m_ipSlider->setRange(0, std::max<int>(30, int(p.innovation.ip.class1.value_or(0))));
    m_ipSlider->setValue(int(p.innovation.ip.class1.value_or(0)));
    // The boxes show the figures exactly, not rounded to the slider's steps.
    auto exact = [](const Opt<qint64> &yuan) { return yuan ? double(*yuan) / 10000.0 : 0.0; };
    m_rdBox->setValue(fy ? exact(fy->rdExpense) : 0.0);
    m_revenueBox->setValue(fy ? exact(fy->operatingRevenue) : 0.0);
    m_ipBox->setValue(int(p.innovation.ip.class1.value_or(0)));
    labelWhatIfControls(); // the year follows the assessment year
    m_syncing = false;
}

void StandingPanel::onWhatIfBox(QObject *box)
{
    if (m_syncing || !m_editor->isOpen())
        return;
    // Read before what-if starts: starting it sets the controls from the profile.
    auto yuan = [](const QDoubleSpinBox *b) { return qint64(std::llround(b->value() * 10000.0)); };
    const qint64 rd = yuan(m_rdBox);
    const qint64 revenue = yuan(m_revenueBox);
    const qint64 ip = m_ipBox->value();
    if (!m_editor->isWhatIf())
        m_editor->beginWhatIf();
    const int y = m_editor->profile().assessmentYear - 1;
    // Only the figure the user moved changes.
    const auto problems = m_editor->edit(QStringLiteral("what-if"), tr("What-if"), [&](Profile &p) {
        FiscalYear &fy = p.ensureYear(y);
        if (box == m_rdBox) {
            fy.rdExpense = rd;
        } else if (box == m_revenueBox) {
            // Revenue moves with its main-business share, so the two stay consistent.
            if (fy.operatingRevenue && fy.mainBusinessRevenue && *fy.operatingRevenue > 0)
                fy.mainBusinessRevenue =
                    qint64((Rational(*fy.mainBusinessRevenue) * Rational(revenue) / Rational(*fy.operatingRevenue)).floor());
            else if (fy.mainBusinessRevenue && *fy.mainBusinessRevenue > revenue)
                fy.mainBusinessRevenue = revenue;
            fy.operatingRevenue = revenue;
        } else if (box == m_ipBox) {
            // Class I IP keeps its nesting: high-value ⊆ self-developed ⊆ Class I.
            IpCounts &c = p.innovation.ip;
            c.class1 = ip;
            if (c.class1SelfDeveloped && *c.class1SelfDeveloped > ip)
                c.class1SelfDeveloped = ip;
            if (c.class1HighValue && *c.class1HighValue > ip)
                c.class1HighValue = ip;
            if (c.class1Applied && *c.class1Applied > ip)
                c.class1Applied = ip;
        }
    });
    // A combination the rules refuse is said, not silently dropped.
    QStringList lines;
    for (const ValidationError &e : problems)
        lines.append(e.message());
    m_whatIfNote->setText(lines.isEmpty()
                              ? tr("Move a slider or edit any field: the ladder follows, nothing is saved until you apply.")
                              : lines.join(u'\n'));
}

void StandingPanel::renderViewsNow()
{
    m_viewsTimer->stop();
    m_viewsDirty = true;
    renderVisibleViews();
    // Everything, visible or not (tests, printing).
    if (m_viewsDirty)
        renderViews(true);
}

void StandingPanel::renderVisibleViews()
{
    renderViews(false);
}

void StandingPanel::renderViews(bool all)
{
    if (!m_editor->isOpen() || m_assessments.isEmpty())
        return;
    // Only the tab on screen is rendered; the others when they are shown.
    if (!all && !m_tabs->isVisible()) {
        m_viewsDirty = true;
        return;
    }
    m_viewsDirty = false;
    const Profile &p = m_editor->profile();
    const QDate today = QDate::currentDate();
    QString html;
    for (const rules::Assessment &a : std::as_const(m_assessments))
        html += detailHtml(a);
    m_detail->setHtml(html);

    m_awardsView->setHtml(report::Report::awardsHtml(m_awards, currentLanguage()));

    // The trend: ratios per fiscal year and the tier-1 score of each assessment.
    QList<int> years;
    for (const FiscalYear &fy : p.years)
        years.append(fy.year);
    auto pct = [](const Opt<qint64> &a, const Opt<qint64> &b) -> std::optional<double> {
        if (!a || !b || *b <= 0)
            return std::nullopt;
        return double(*a) / double(*b) * 100.0; // display only
    };
    TrendChart::Series rdRatio{tr("R&D expense / operating revenue"), QColor(0x1565c0), {}};
    TrendChart::Series growth{tr("Main business revenue growth"), QColor(0x2e7d32), {}};
    TrendChart::Series margin{tr("Net profit margin"), QColor(0x6a1b9a), {}};
    TrendChart::Series debt{tr("Debt ratio (liabilities / assets)"), QColor(0xc62828), {}};
    QList<std::optional<double>> scores;
    const auto pack = m_assessments.isEmpty() ? nullptr : m_assessments.first().pack;
    for (const FiscalYear &fy : p.years) {
        rdRatio.values.append(pct(fy.rdExpense, fy.operatingRevenue));
        const FiscalYear *prev = p.fiscalYear(fy.year - 1);
        growth.values.append(prev && fy.mainBusinessRevenue && prev->mainBusinessRevenue && *prev->mainBusinessRevenue > 0
                                 ? std::optional<double>(double(*fy.mainBusinessRevenue - *prev->mainBusinessRevenue) /
                                                         double(*prev->mainBusinessRevenue) * 100.0)
                                 : std::nullopt);
        margin.values.append(pct(fy.netProfit, fy.operatingRevenue));
        debt.values.append(pct(fy.totalLiabilities, fy.totalAssets));
        // As if assessed the year after this one.
        std::optional<double> score;
        if (pack) {
            Profile then = p;
            then.assessmentYear = fy.year + 1;
            then.assessmentDate.reset();
            const rules::Assessment a = rules::Evaluator::evaluate(then, pack, today);
            const rules::RouteResult &r = a.tiers.first().best();
            if (r.scored && r.score == r.scoreUpper)
                score = r.score.toDouble();
        }
        scores.append(score);
    }
    const QString scoreLabel = m_assessments.isEmpty()
                                   ? QString()
                                   : tr("Score of %1 by assessment year").arg(rules::Format(currentLanguage()).tierName(m_assessments.first().tiers.first()));
    m_trend->setData(years, {rdRatio, growth, margin, debt}, scores, scoreLabel);
}

void StandingPanel::showPackOrigin()
{
    QStringList lines;
    for (const rules::Assessment &a : std::as_const(m_assessments)) {
        if (a.pack && a.pack->fromUser && !lines.contains(rules::Format::packOrigin(*a.pack)))
            lines.append(rules::Format::packOrigin(*a.pack));
    }
    // Why the default pack was chosen (the renewal reading where it applies):
    // on the label and on the selector's "in force" entry.
    const rules::Format fmt(currentLanguage());
    QString reason;
    for (const rules::Assessment &a : std::as_const(m_assessments)) {
        if (a.pack && a.packReason.id != u"chosen")
            reason = fmt.packReason(a);
    }
    if (!reason.isEmpty())
        lines.append(tr("Rules: %1").arg(reason));
    if (const int i = m_pack->findData(QStringLiteral("auto")); i >= 0)
        m_pack->setItemData(i, reason, Qt::ToolTipRole);
    m_packOrigin->setText(lines.join(u'\n'));
    m_packOrigin->setVisible(!lines.isEmpty());
}

void StandingPanel::refresh()
{
    // Rebuild the ladder(s).
    for (QFrame *rung : std::as_const(m_rungs))
        rung->deleteLater();
    m_rungs.clear();
    while (QLayoutItem *item = m_ladderLayout->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_assessments.clear();
    showPackOrigin();
    if (!m_editor->isOpen()) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No company selected. Add one with Ctrl+N or import a profile.").toHtmlEscaped()));
        m_checklist->clear();
        m_awardsView->clear();
        m_awards = awards::AwardReport();
        m_trend->setData({}, {}, {}, QString());
        return;
    }
    const Profile &p = m_editor->profile();
    auto &packs = rules::RulePacks::instance();
    if (packs.ids().isEmpty())
        packs.load();
    const QDate today = QDate::currentDate();
    const QString choice = packChoice();
    QList<std::shared_ptr<const rules::RulePack>> chosen;
    if (choice == u"both")
        chosen = {packs.pack(QStringLiteral("2026")), packs.pack(QStringLiteral("2022"))};
    else if (choice == u"2026" || choice == u"2022")
        chosen = {packs.pack(choice)};
    else
        chosen = {}; // the default: in force, or the pack that reviews this renewal
    if (chosen.isEmpty()) {
        const rules::PackChoice def = packs.choose(p, today);
        if (def.pack)
            m_assessments.append(rules::Evaluator::evaluate(p, def, today));
    }
    for (const auto &pack : chosen) {
        if (pack)
            m_assessments.append(rules::Evaluator::evaluate(p, pack, today));
    }
    labelWhatIfControls(); // the year follows the company shown
    for (const rules::Assessment &a : std::as_const(m_assessments))
        buildLadder(m_ladderLayout, a, m_assessments.size() > 1);
    showPackOrigin();

    fillChecklist();
    // The awards of the company's region, against the first assessment shown.
    auto &catalog = awards::AwardCatalog::instance();
    catalog.load();
    m_awards = m_assessments.isEmpty() ? awards::AwardReport()
                                       : catalog.match(p, m_assessments.first(), m_assessments.first().date);
    m_viewsDirty = true;
    m_viewsTimer->start();
    if (m_editor->isWhatIf())
        syncWhatIfControls();
}

} // namespace srdi::ui
