// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainMessage.h"
#include "CompanyForm.h"

#include "CommitWhenDone.h"
#include "FiscalYearsModel.h"
#include "FormWidgets.h"
#include "Language.h"
#include "ProfileEditor.h"
#include "model/Catalogs.h"
#include "model/FieldHelp.h"
#include "model/Patch.h"
#include "rules/FieldsRead.h"
#include "rules/RulePack.h"
#include "model/Plausibility.h"
#include "model/Decimal.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace srdi::ui {

namespace {

bool isPending(const QLineEdit *line)
{
    const auto *done = line->findChild<CommitWhenDone *>(QString(), Qt::FindDirectChildrenOnly);
    return done && done->isPending();
}

// Text the user is not done with, or a refused value left to correct, stays;
// so does text that keeps focus and means the stored value ("8600" for 8,600).
template <typename Parse, typename T>
bool keepTyped(const QLineEdit *line, Parse parse, const T &stored)
{
    if (isPending(line) || line->property("invalid").toBool())
        return true;
    return line->hasFocus() && line->isModified() && parse(line->text()) == stored;
}

// A stored value that contradicts another field: amber, not red.
void markFlagged(QWidget *w, bool flagged)
{
    if (!w || w->property("invalid").toBool() || w->property("flagged").toBool() == flagged)
        return;
    w->setProperty("flagged", flagged);
    w->setStyleSheet(flagged ? QStringLiteral("border: 1px solid #e65100; background: #fff8e1;") : QString());
}

void markInvalid(QWidget *w, bool invalid)
{
    if (!w || w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->setProperty("flagged", false); // shown again, if still so, by the next showInconsistencies()
    w->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c62828; background: #fff3f3;") : QString());
}

QComboBox *searchableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    // As narrow as the pane needs (a region row holds three, on a 1366 px
    // screen): the width is that of a few characters, not of the longest
    // item. The list that opens is as wide as its longest item.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    // A name longer than the box shows its beginning, not its end.
    QObject::connect(combo->lineEdit(), &QLineEdit::textChanged, combo, [combo] {
        if (!combo->hasFocus())
            combo->lineEdit()->setCursorPosition(0);
    });
    return combo;
}

// Record tables <-> rows of text.
template <typename T, typename ToRow>
Opt<QList<QStringList>> toRows(const OptList<T> &list, ToRow toRow)
{
    if (!list)
        return std::nullopt;
    QList<QStringList> rows;
    for (const T &x : *list)
        rows.append(toRow(x));
    return rows;
}

// The pages in tab order, named as their objects; kOperationsPage holds the years.
constexpr const char *kPageNames[] = {"basicPage", "operationsPage", "specializationPage", "refinementPage",
                                      "featurePage", "innovationPage", "titlesPage"};
constexpr int kOperationsPage = 1;

} // namespace

CompanyForm::CompanyForm(ProfileEditor *editor, QWidget *parent, FirstPage first)
    : QTabWidget(parent)
    , m_editor(editor)
{
    m_pagesHeld = first == FirstPage::Later;
    setObjectName(QStringLiteral("companyForm"));
    setDocumentMode(true);
    m_editor->setTypingProbe([this] { return typingPaths(); });
    // Every tab at once, each page's fields when the page is first shown:
    // the window opens with the one page it shows.
    for (const char *name : kPageNames) {
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QString::fromLatin1(name));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        addTab(scroll, QString());
        m_built.append(false);
    }
    connect(m_editor, &ProfileEditor::profileChanged, this, &CompanyForm::load);
    // Typed text belongs to the company it was typed for: committed first.
    connect(m_editor, &ProfileEditor::aboutToSwitch, this, &CompanyForm::commitPending);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        m_pagesHeld = false; // a tab chosen: its page is wanted now
        buildPage(index);
    });
    if (m_pagesHeld)
        retranslate(); // the tabs' names
    else
        buildPage(currentIndex()); // (names the tabs and loads the page)
}

void CompanyForm::setHeldPage(int index)
{
    const QSignalBlocker quiet(this); // (currentChanged would make the page)
    setCurrentIndex(index);
    if (!m_pagesHeld)
        buildPage(currentIndex());
}

bool CompanyForm::buildShownPage()
{
    m_pagesHeld = false;
    const int index = currentIndex();
    if (index < 0 || m_built.value(index))
        return false;
    buildPage(index);
    return true;
}

void CompanyForm::buildPage(int index)
{
    if (index < 0 || index >= m_built.size() || m_built.at(index))
        return;
    m_built[index] = true;
    static constexpr void (CompanyForm::*builders[])() = {
        &CompanyForm::buildBasic,   &CompanyForm::buildOperations, &CompanyForm::buildSpecialization,
        &CompanyForm::buildRefinement, &CompanyForm::buildFeature, &CompanyForm::buildInnovation,
        &CompanyForm::buildTitles,
    };
    static_assert(std::size(builders) == std::size(kPageNames));
    (this->*builders[index])();
    static_cast<QScrollArea *>(widget(index))->setWidget(m_pageContent);
    m_pageContent = nullptr;
    // The new fields speak the current language and show the current company.
    retranslate();
    load();
    emit pageBuilt(index);
}

void CompanyForm::buildAllPages()
{
    m_pagesHeld = false;
    for (int i = 0; i < m_built.size(); ++i)
        buildPage(i);
}

QWidget *CompanyForm::page(const QString &objectName)
{
    Q_ASSERT(!m_pageContent);
    auto *content = new QWidget;
    content->setObjectName(objectName + QStringLiteral("Content"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    m_pageContent = content;
    return content;
}

QFormLayout *CompanyForm::section(QWidget *page, const QString &objectName)
{
    auto *box = new QGroupBox(page);
    box->setObjectName(objectName);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A row too wide for the pane (long English labels beside a wide field)
    // puts its field under its label instead of going out of sight.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    static_cast<QVBoxLayout *>(page->layout())->addWidget(box);
    return form;
}

CompanyForm::Field &CompanyForm::addRow(QFormLayout *form, const QString &path, QWidget *input)
{
    Field f;
    f.path = path;
    f.input = input;
    input->setObjectName(path);
    auto *holder = new QWidget;
    auto *grid = new QVBoxLayout(holder);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    auto *line = new QHBoxLayout;
    // A compact input (a number, a date) keeps its size, its "?" beside it.
    const bool compact = input->maximumWidth() < QWIDGETSIZE_MAX;
    line->addWidget(input, compact ? 0 : 1);
    f.help = new HelpButton(path, holder);
    line->addWidget(f.help);
    if (compact)
        line->addStretch(1);
    grid->addLayout(line);
    f.error = new QLabel(holder);
    f.error->setObjectName(path + QStringLiteral(".error"));
    f.error->setWordWrap(true);
    f.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    f.error->hide();
    grid->addWidget(f.error);
    f.flag = new QLabel(holder);
    f.flag->setObjectName(path + QStringLiteral(".flag"));
    f.flag->setWordWrap(true);
    f.flag->setStyleSheet(QStringLiteral("color: #e65100;"));
    f.flag->hide();
    grid->addWidget(f.flag);
    f.label = new QLabel;
    f.label->setBuddy(input);
    form->addRow(f.label, holder);
    m_fields.append(f);
    return m_fields.last();
}

void CompanyForm::commit(Field &f, const std::function<void(Profile &)> &change)
{
    if (m_loading)
        return;
    const QString path = f.path;
    const auto problems = m_editor->edit(path, tr("Edit %1").arg(FieldHelp::instance().label(path, currentLanguage())), change);
    // The edit may have reloaded the form: find the field again by its path.
    // The profile as the refused edit would have made it (the edit left the
    // stored one as it was): checked again on a change of language.
    std::optional<Profile> candidate;
    if (!problems.isEmpty()) {
        candidate = m_editor->profile();
        change(*candidate);
    }
    const QString saveError = problems.isEmpty() ? QString() : m_editor->lastSaveError();
    for (Field &x : m_fields) {
        if (x.path == path) {
            x.unsaved = nullptr;
            if (problems.isEmpty()) {
                clearProblems(x);
            } else if (!saveError.isEmpty()) {
                // Valid, but not written: kept as typed, with why, until saved.
                showProblems(x, problems, true);
                x.refused = [key = path, saveError] {
                    return QList<ValidationError>{{key, QString(), saveError}};
                };
                // The edit as a patch of values (the change itself may
                // refer to text that is gone by the time of a retry).
                x.unsaved = [patch = Patch::between(m_editor->profile(), *candidate)](Profile &p) { patch.applyTo(p); };
            } else {
                showProblems(x, problems);
                x.refused = [this, c = *candidate] { return m_editor->check(c); };
            }
        }
    }
    showInconsistencies();
    emit stateChanged();
}

bool CompanyForm::hasUnsaved() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return bool(f.unsaved); });
}

int CompanyForm::retryUnsaved()
{
    QStringList paths;
    for (const Field &f : m_fields) {
        if (f.unsaved)
            paths.append(f.path);
    }
    for (const QString &path : paths) {
        // Each commit may reload the form: the field is looked up again.
        for (Field &x : m_fields) {
            if (x.path == path && x.unsaved) {
                const auto change = x.unsaved;
                commit(x, change);
                break;
            }
        }
    }
    return int(std::count_if(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return bool(f.unsaved); }));
}

void CompanyForm::refuse(Field &f, std::function<QList<ValidationError>()> why)
{
    showProblems(f, why());
    f.refused = std::move(why);
}

void CompanyForm::commitWhenDone(QLineEdit *line, const QString &path,
                                 std::function<void(Field &, const QString &)> commitText)
{
    auto *done = new CommitWhenDone(line);
    connect(done, &CommitWhenDone::pendingChanged, this, &CompanyForm::stateChanged);
    connect(done, &CommitWhenDone::undoRequested, this, [this] { m_editor->undoStack()->undo(); });
    connect(done, &CommitWhenDone::redoRequested, this, [this] { m_editor->undoStack()->redo(); });
    connect(done, &CommitWhenDone::commitRequested, this, [this, path, commitText](const QString &text) {
        if (m_loading)
            return;
        for (Field &x : m_fields) {
            if (x.path == path) {
                commitText(x, text);
                break;
            }
        }
    });
}

QStringList CompanyForm::typingPaths() const
{
    QStringList paths;
    for (const Field &f : m_fields) {
        const auto pending = f.input->findChildren<CommitWhenDone *>();
        if (std::any_of(pending.cbegin(), pending.cend(), [](const CommitWhenDone *d) { return d->isPending(); }))
            paths.append(f.path);
    }
    return paths;
}

bool CompanyForm::hasPending() const
{
    const auto all = findChildren<CommitWhenDone *>();
    return std::any_of(all.cbegin(), all.cend(), [](const CommitWhenDone *d) { return d->isPending(); });
}

void CompanyForm::commitPending()
{
    // A commit reloads the form: flush one at a time, looking again each time.
    for (int guard = 0; guard < 64; ++guard) {
        CommitWhenDone *pending = nullptr;
        for (CommitWhenDone *d : findChildren<CommitWhenDone *>()) {
            if (d->isPending())
                pending = d;
        }
        if (!pending)
            return;
        pending->flush();
    }
}

bool CompanyForm::hasRefused() const
{
    if (m_yearsMessage && !m_yearsMessage->isHidden())
        return true;
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field &f) { return !f.error->isHidden(); });
}

QString CompanyForm::flagFor(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path == path)
            return f.flag->isHidden() ? QString() : f.flag->text();
    }
    return QString();
}

QStringList CompanyForm::unitWarnings() const
{
    QStringList out;
    for (const QWidget *row : m_unitRows) {
        if (const auto *l = row->findChild<QLabel *>(QStringLiteral("unitWarning")))
            out.append(l->text());
    }
    return out;
}

void CompanyForm::showUnitWarnings()
{
    if (!m_unitWarnings)
        return;
    const QList<PlausibilityWarning> found =
        m_editor->isOpen() ? Plausibility::check(m_editor->profile()) : QList<PlausibilityWarning>();
    // The same warnings in the same language: the rows stay (a button under
    // the mouse must not be replaced between its press and its release).
    QStringList signature{currentLanguage()};
    for (const PlausibilityWarning &w : found)
        signature << w.key << QString::number(w.value) << QString::number(w.reference) << QString::number(int(w.kind));
    if (signature == m_unitSignature)
        return;
    m_unitSignature = signature;
    // The old rows go later: the click of one of their buttons may be what
    // brought us here.
    for (QWidget *old : std::as_const(m_unitRows)) {
        old->hide();
        old->deleteLater();
    }
    m_unitRows.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_unitWarnings->layout());
    const QString lang = currentLanguage();
    const auto money = [](qint64 yuan) { return formatDecimal4(yuan) + QLatin1Char(' ') + wanUnit(); };
    for (const PlausibilityWarning &w : found) {
        int year = 0;
        QString column;
        fields::splitYearKey(w.key, &year, &column);
        const QString field = fieldName(w.key);
        QString what;
        switch (w.kind) {
        case PlausibilityWarning::Kind::AboveRevenue:
            what = tr("%1 = %2 is more than the operating revenue of %3 (%4).")
                       .arg(field, money(w.value))
                       .arg(w.referenceYear)
                       .arg(money(w.reference));
            break;
        case PlausibilityWarning::Kind::FarAboveRevenue:
            what = tr("%1 = %2 is far more than the operating revenue of %3 (%4).")
                       .arg(field, money(w.value))
                       .arg(w.referenceYear)
                       .arg(money(w.reference));
            break;
        case PlausibilityWarning::Kind::Jump:
            what = tr("%1 = %2 is ten times or more the figure of %3 (%4).")
                       .arg(field, money(w.value))
                       .arg(w.referenceYear)
                       .arg(money(w.reference));
            break;
        }
        auto *row = new QWidget(m_unitWarnings);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(what + u' ' + Plausibility::question(), row);
        text->setObjectName(QStringLiteral("unitWarning"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setStyleSheet(QStringLiteral("color: #e65100;"));
        auto *fix = new QPushButton(tr("Divide by 10,000"), row);
        fix->setObjectName(QStringLiteral("unitFixButton"));
        fix->setAccessibleName(tr("Divide %1 by 10,000").arg(field));
        fix->setToolTip(tr("Set %1 to %2").arg(field, money(Plausibility::fixed(w.value))));
        h->addWidget(text, 1);
        h->addWidget(fix, 0, Qt::AlignTop);
        layout->addWidget(row);
        row->show();
        m_unitRows.append(row);
        const QString key = w.key;
        connect(fix, &QPushButton::clicked, this, [this, key, year, column, field] {
            // One undoable edit of that one figure.
            m_editor->edit(key, tr("Divide %1 by 10,000").arg(field), [&](Profile &p) {
                if (const Opt<qint64> v = fields::yearFigure(p, year, column))
                    fields::setYearFigure(p, year, column, Plausibility::fixed(*v));
            });
        });
    }
    m_unitWarnings->setVisible(!found.isEmpty());
}

void CompanyForm::showInconsistencies()
{
    const QList<Inconsistency> found =
        m_editor->isOpen() ? ProfileJson::inconsistencies(m_editor->profile(), currentLanguage()) : QList<Inconsistency>();
    const QString hint = tr("Saved as typed. The criteria that read it show \"data inconsistent\" until it is corrected.");
    for (Field &f : m_fields) {
        QStringList lines;
        for (const Inconsistency &i : found) {
            if (i.keys.contains(f.path))
                lines.append(i.message);
        }
        f.flag->setText(lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n' + hint);
        f.flag->setVisible(!lines.isEmpty());
        markFlagged(f.input, !lines.isEmpty());
    }
    if (m_yearsFlags) {
        QStringList lines;
        for (const Inconsistency &i : found) {
            if (i.keys.value(0).startsWith(QLatin1String("years.")))
                lines.append(i.message);
        }
        m_yearsFlags->setText(lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n' + hint);
        m_yearsFlags->setVisible(!lines.isEmpty());
    }
    // Made after the event that brought us here: that may be a cell editor
    // committing and closing, while the focus chain is being rearranged.
    if (!m_unitWarningsQueued) {
        m_unitWarningsQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_unitWarningsQueued = false;
                showUnitWarnings();
            },
            Qt::QueuedConnection);
    }
}

QString CompanyForm::describe(const ValidationError &e) const
{
    const QString lang = currentLanguage();
    const FieldHelp &help = FieldHelp::instance();
    QString where = e.path;
    static const QRegularExpression yearly(QStringLiteral("^years\\[(\\d+)\\]\\.(\\w+)$"));
    static const QRegularExpression listed(QStringLiteral("^([\\w.]+)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const Profile &p = m_editor->profile();
    if (const auto m = yearly.match(e.path); m.hasMatch()) {
        const int i = m.captured(1).toInt();
        const QString label = help.label(QStringLiteral("years.") + m.captured(2), lang);
        if (!label.isEmpty())
            where = i < p.years.size() ? QStringLiteral("%1 %2").arg(label).arg(p.years.at(i).year) : label;
    } else if (const auto l = listed.match(e.path); l.hasMatch()) {
        const QString label = help.label(l.captured(1), lang);
        if (!label.isEmpty())
            where = tr("%1, row %2").arg(label).arg(l.captured(2).toInt() + 1);
    } else if (!help.label(e.path, lang).isEmpty()) {
        where = help.label(e.path, lang);
    }
    return e.value.isEmpty() ? QStringLiteral("%1: %2").arg(where, e.reason)
                             : QStringLiteral("%1 = %2: %3").arg(where, e.value, e.reason);
}

QString CompanyForm::fieldName(const QString &key) const
{
    const QString lang = currentLanguage();
    const FieldHelp &help = FieldHelp::instance();
    int year = 0;
    QString column;
    if (fields::splitYearKey(key, &year, &column)) {
        const QString label = help.label(QStringLiteral("years.") + column, lang);
        return QStringLiteral("%1 %2").arg(label.isEmpty() ? column : label).arg(year);
    }
    if (fields::isYearKey(key, &year))
        return tr("Fiscal year %1").arg(year);
    const QString label = help.label(key, lang);
    return label.isEmpty() ? key : label;
}

QString CompanyForm::valueText(const Profile &p, const QString &key)
{
    const QJsonObject json = ProfileJson::toJson(p);
    QJsonValue value;
    int year = 0;
    QString column;
    if (fields::splitYearKey(key, &year, &column) || fields::isYearKey(key, &year)) {
        const QJsonArray years = json.value(QLatin1String("years")).toArray();
        for (const QJsonValue &y : years) {
            if (y.toObject().value(QLatin1String("year")).toInt() == year)
                value = column.isEmpty() ? QJsonValue(year) : y.toObject().value(column);
        }
    } else {
        value = json;
        for (const QString &part : key.split(u'.'))
            value = value.toObject().value(part);
    }
    return jsonText(value);
}

QString CompanyForm::jsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

void CompanyForm::showProblems(Field &f, const QList<ValidationError> &problems, bool unsaved)
{
    QStringList lines;
    for (const ValidationError &e : problems)
        lines.append(describe(e));
    f.error->setText(lines.join(u'\n') + u'\n' +
                     (unsaved ? tr("Not saved yet: kept here as typed; Retry saves it.")
                              : tr("Not saved: the last valid value is kept.")));
    const bool was = !f.error->isHidden();
    f.error->show();
    markInvalid(f.input, true);
    if (!was)
        emit stateChanged();
}

void CompanyForm::clearProblems(Field &f)
{
    f.refused = nullptr;
    f.unsaved = nullptr;
    const bool was = !f.error->isHidden();
    f.error->clear();
    f.error->hide();
    markInvalid(f.input, false);
    if (was)
        emit stateChanged();
}

QWidget *CompanyForm::inputFor(const QString &path)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (const Field &f : std::as_const(m_fields)) {
            if (f.path == path)
                return f.input;
        }
        // A column of a table field ("company.recognitions.route"): the table.
        for (const Field &f : std::as_const(m_fields)) {
            if (path.startsWith(f.path + u'.') && qobject_cast<RecordTable *>(f.input))
                return f.input;
        }
        if (!m_built.contains(false))
            break;
        buildAllPages();
    }
    return nullptr;
}

QTableView *CompanyForm::yearsView()
{
    buildPage(kOperationsPage);
    return m_yearsView;
}

QLabel *CompanyForm::yearsMessage()
{
    buildPage(kOperationsPage);
    return m_yearsMessage;
}

QString CompanyForm::errorFor(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path == path)
            return f.error->isVisible() || !f.error->isHidden() ? f.error->text() : QString();
    }
    return QString();
}

// --- field kinds ------------------------------------------------------------

void CompanyForm::addText(QFormLayout *form, const QString &path, std::function<Opt<QString> &(Profile &)> ref)
{
    auto *line = new QLineEdit;
    line->setClearButtonEnabled(true);
    Field &f = addRow(form, path, line);
    const auto parse = [](const QString &t) { return t.trimmed().isEmpty() ? Opt<QString>() : Opt<QString>(t.trimmed()); };
    f.load = [line, ref, parse](const Profile &p) {
        const Opt<QString> &v = ref(const_cast<Profile &>(p));
        if (!keepTyped(line, parse, v))
            line->setText(v.value_or(QString()));
    };
    commitWhenDone(line, path, [this, ref, parse](Field &x, const QString &text) {
        commit(x, [&](Profile &p) { ref(p) = parse(text); });
    });
}

void CompanyForm::addName(QFormLayout *form)
{
    auto *line = new QLineEdit;
    Field &f = addRow(form, QStringLiteral("company.name"), line);
    f.load = [line](const Profile &p) {
        if (!keepTyped(line, [](const QString &t) { return t.trimmed(); }, p.company.name))
            line->setText(p.company.name);
    };
    commitWhenDone(line, QStringLiteral("company.name"), [this](Field &x, const QString &text) {
        commit(x, [&](Profile &p) { p.company.name = text.trimmed(); });
    });
}

void CompanyForm::addWhole(QFormLayout *form, const QString &path, std::function<Opt<qint64> &(Profile &)> ref)
{
    auto *line = new QLineEdit;
    line->setAlignment(Qt::AlignRight);
    line->setMaximumWidth(160);
    Field &f = addRow(form, path, line);
    f.load = [line, ref](const Profile &p) {
        const Opt<qint64> &v = ref(const_cast<Profile &>(p));
        if (!keepTyped(line, [](const QString &t) { return t.trimmed().isEmpty() ? Opt<qint64>() : parseWholeNumber(t); }, v))
            line->setText(v ? groupThousands(QString::number(*v)) : QString());
    };
    commitWhenDone(line, path, [this, path, ref](Field &x, const QString &text) {
        if (text.trimmed().isEmpty()) {
            commit(x, [&](Profile &p) { ref(p).reset(); });
        } else if (const auto v = parseWholeNumber(text)) {
            commit(x, [&](Profile &p) { ref(p) = *v; });
        } else {
            refuse(x, [path, text] { return QList<ValidationError>{{path, text, tr("must be a whole number")}}; });
        }
    });
}

void CompanyForm::addDecimal(QFormLayout *form, const QString &path, std::function<Opt<qint64> &(Profile &)> ref)
{
    auto *line = new QLineEdit;
    line->setAlignment(Qt::AlignRight);
    line->setMaximumWidth(160);
    Field &f = addRow(form, path, line);
    f.load = [line, ref](const Profile &p) {
        const Opt<qint64> &v = ref(const_cast<Profile &>(p));
        if (!keepTyped(line, [](const QString &t) { return t.trimmed().isEmpty() ? Opt<qint64>() : parseScaled4(t); }, v))
            line->setText(v ? formatScaled4(*v) : QString());
    };
    commitWhenDone(line, path, [this, path, ref](Field &x, const QString &text) {
        if (text.trimmed().isEmpty()) {
            commit(x, [&](Profile &p) { ref(p).reset(); });
        } else if (const auto v = parseScaled4(text)) {
            commit(x, [&](Profile &p) { ref(p) = *v; });
        } else {
            refuse(x, [path, text] {
                return QList<ValidationError>{{path, text, tr("must be a number with at most four decimals")}};
            });
        }
    });
}

void CompanyForm::addYesNo(QFormLayout *form, const QString &path, std::function<Opt<bool> &(Profile &)> ref)
{
    auto *combo = new TriStateCombo;
    combo->setMaximumWidth(220);
    Field &f = addRow(form, path, combo);
    f.load = [combo, ref](const Profile &p) { combo->setValue(ref(const_cast<Profile &>(p))); };
    connect(combo, &TriStateCombo::valueEdited, this, [this, path, ref](const Opt<bool> &v) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) { ref(p) = v; });
    });
    m_retranslators.append([combo] { combo->retranslate(); });
}

void CompanyForm::addChoice(QFormLayout *form, const QString &path, const QStringList &values,
                            std::function<Opt<QString> &(Profile &)> ref)
{
    addChoice(
        form, path, values, [ref](const Profile &p) { return ref(const_cast<Profile &>(p)); },
        [ref](Profile &p, const Opt<QString> &v) { ref(p) = v; });
}

void CompanyForm::addChoice(QFormLayout *form, const QString &path, const QStringList &values,
                            std::function<Opt<QString>(const Profile &)> get,
                            std::function<void(Profile &, const Opt<QString> &)> set)
{
    auto *combo = new ChoiceCombo(path, values);
    Field &f = addRow(form, path, combo);
    f.load = [combo, get](const Profile &p) { combo->setValue(get(p)); };
    connect(combo, &ChoiceCombo::valueEdited, this, [this, path, set](const Opt<QString> &v) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) { set(p, v); });
    });
    m_retranslators.append([combo] { combo->retranslate(); });
}

void CompanyForm::addDate(QFormLayout *form, const QString &path, std::function<Opt<QDate> &(Profile &)> ref)
{
    auto *edit = new OptionalDateEdit;
    edit->setMaximumWidth(180);
    Field &f = addRow(form, path, edit);
    f.load = [edit, ref](const Profile &p) { edit->setValue(ref(const_cast<Profile &>(p))); };
    connect(edit, &OptionalDateEdit::valueEdited, this, [this, path, ref](const Opt<QDate> &v) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) { ref(p) = v; });
    });
    // Not a date: said where it was typed, nothing stored.
    connect(edit, &OptionalDateEdit::refused, this, [this, path](const QString &text) {
        for (Field &x : m_fields)
            if (x.path == path)
                refuse(x, [path, text] {
                    return QList<ValidationError>{{path, text, tr("is not a date: type it as 2016-05-18, 2016/5/18 or 20160518")}};
                });
    });
    m_retranslators.append([edit] { edit->retranslate(); });
}

void CompanyForm::addChecks(QFormLayout *form, const QString &path, const QStringList &values,
                            std::function<Opt<QStringList> &(Profile &)> ref)
{
    auto *checks = new CheckList(path, values);
    Field &f = addRow(form, path, checks);
    f.load = [checks, ref](const Profile &p) { checks->setValue(ref(const_cast<Profile &>(p))); };
    connect(checks, &CheckList::valueEdited, this, [this, path, ref](const Opt<QStringList> &v) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) { ref(p) = v; });
    });
    m_retranslators.append([checks] { checks->retranslate(); });
}

void CompanyForm::addRegion(QFormLayout *form)
{
    const QString path = QStringLiteral("company.region");
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *province = searchableCombo(box);
    province->setObjectName(QStringLiteral("regionProvince"));
    auto *city = searchableCombo(box);
    city->setObjectName(QStringLiteral("regionCity"));
    auto *district = searchableCombo(box);
    district->setObjectName(QStringLiteral("regionDistrict"));
    row->addWidget(province, 1);
    row->addWidget(city, 1);
    row->addWidget(district, 1);
    Field &f = addRow(form, path, box);
    f.label->setBuddy(province);

    // GB/T 2260 in three levels. The four municipalities have no cities: the
    // city box shows the municipality itself and the districts come next. The
    // county-level units directly under a province (济源, 仙桃, 石河子 …) are
    // offered beside its cities, as they stand in for one.
    auto isMunicipality = [](const QString &provinceCode) {
        const RegionCatalog &c = RegionCatalog::instance();
        return !provinceCode.isEmpty() && c.cities(provinceCode).isEmpty() && !c.counties(provinceCode).isEmpty();
    };
    auto fillProvinces = [province] {
        const QSignalBlocker block(province);
        const QString lang = currentLanguage();
        const QVariant keep = province->currentData();
        province->clear();
        province->addItem(tr("— not entered —"));
        for (const auto &r : RegionCatalog::instance().provinces())
            province->addItem(r.name(lang), r.code);
        province->setCurrentIndex(std::max(0, province->findData(keep)));
    };
    auto fillCities = [city, isMunicipality](const QString &provinceCode, const QString &selected) {
        const QSignalBlocker block(city);
        const QString lang = currentLanguage();
        const RegionCatalog &catalog = RegionCatalog::instance();
        city->clear();
        const auto cities = catalog.cities(provinceCode);
        city->setEnabled(!cities.isEmpty());
        if (isMunicipality(provinceCode)) {
            const Region *r = catalog.find(provinceCode);
            city->addItem(r ? r->name(lang) : QString(), provinceCode);
        } else {
            city->addItem(cities.isEmpty() ? QString() : tr("— whole province —"), provinceCode);
            for (const auto &r : cities)
                city->addItem(r.name(lang), r.code);
            if (!cities.isEmpty()) {
                for (const auto &r : catalog.counties(provinceCode))
                    city->addItem(r.name(lang), r.code);
            }
        }
        city->setCurrentIndex(std::max(0, city->findData(selected)));
        city->lineEdit()->setCursorPosition(0);
    };
    // The districts and counties of what the city box shows: a city, or a
    // municipality; none for a whole province or a county directly under it.
    auto fillDistricts = [district, isMunicipality](const QString &cityCode, const QString &selected) {
        const QSignalBlocker block(district);
        const QString lang = currentLanguage();
        const RegionCatalog &catalog = RegionCatalog::instance();
        district->clear();
        const bool parent = !cityCode.isEmpty() && (catalog.cityOf(cityCode) == cityCode || isMunicipality(cityCode));
        const auto counties = parent ? catalog.counties(cityCode) : QList<Region>();
        district->setEnabled(!counties.isEmpty());
        district->addItem(counties.isEmpty() ? QString() : tr("— whole city —"), cityCode);
        for (const auto &r : counties)
            district->addItem(r.name(lang), r.code);
        district->setCurrentIndex(std::max(0, district->findData(selected)));
        district->lineEdit()->setCursorPosition(0);
    };
    f.load = [province, city, fillCities, fillDistricts](const Profile &p) {
        const RegionCatalog &catalog = RegionCatalog::instance();
        const QString code = p.company.region.value_or(QString());
        const QString prov = code.isEmpty() ? QString() : catalog.provinceOf(code);
        {
            const QSignalBlocker block(province);
            province->setCurrentIndex(std::max(0, province->findData(prov)));
        }
        // The city box holds the code's city, or the code itself (a county
        // directly under a province), else the province.
        QString inCity = catalog.cityOf(code);
        if (inCity.isEmpty())
            inCity = code;
        fillCities(prov, inCity);
        fillDistricts(city->currentData().toString(), code);
    };
    auto commitRegion = [this, path](const QVariant &code) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) {
                    p.company.region = code.isValid() && !code.toString().isEmpty() ? Opt<QString>(code.toString()) : std::nullopt;
                });
    };
    connect(province, &QComboBox::activated, this, [province, city, fillCities, fillDistricts, commitRegion] {
        fillCities(province->currentData().toString(), province->currentData().toString());
        fillDistricts(city->currentData().toString(), QString());
        commitRegion(province->currentData());
    });
    // A city alone (no district chosen) is stored as the city.
    connect(city, &QComboBox::activated, this, [city, fillDistricts, commitRegion] {
        fillDistricts(city->currentData().toString(), QString());
        commitRegion(city->currentData());
    });
    connect(district, &QComboBox::activated, this, [district, commitRegion] { commitRegion(district->currentData()); });
    m_retranslators.append([this, fillProvinces] {
        fillProvinces();
        for (Field &x : m_fields)
            if (x.path == u"company.region" && x.load)
                x.load(m_editor->profile());
    });
}

void CompanyForm::addIndustry(QFormLayout *form)
{
    const QString path = QStringLiteral("company.industry");
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *sectionBox = searchableCombo(box);
    sectionBox->setObjectName(QStringLiteral("industrySection"));
    auto *division = searchableCombo(box);
    division->setObjectName(QStringLiteral("industryDivision"));
    auto *group = searchableCombo(box);
    group->setObjectName(QStringLiteral("industryGroup"));
    row->addWidget(sectionBox, 2);
    row->addWidget(division, 3);
    row->addWidget(group, 2);
    Field &f = addRow(form, path, box);
    f.label->setBuddy(sectionBox);

    auto fillSections = [sectionBox] {
        const QSignalBlocker block(sectionBox);
        const QString lang = currentLanguage();
        const QVariant keep = sectionBox->currentData();
        sectionBox->clear();
        sectionBox->addItem(tr("— not entered —"));
        for (const auto &s : IndustryCatalog::instance().sections())
            sectionBox->addItem(QStringLiteral("%1 %2").arg(s.code, s.name(lang)), s.code);
        sectionBox->setCurrentIndex(std::max(0, sectionBox->findData(keep)));
    };
    auto fillDivisions = [division](const QString &section, const QString &selected) {
        const QSignalBlocker block(division);
        const QString lang = currentLanguage();
        division->clear();
        division->addItem(section.isEmpty() ? QString() : tr("— choose a division —"));
        for (const auto &d : IndustryCatalog::instance().divisions(section))
            division->addItem(QStringLiteral("%1 %2").arg(d.code, d.name(lang)), d.code);
        division->setEnabled(!section.isEmpty());
        division->setCurrentIndex(std::max(0, division->findData(selected)));
        division->lineEdit()->setCursorPosition(0);
    };
    auto fillGroups = [group](const QString &div, const QString &selected) {
        const QSignalBlocker block(group);
        const QString lang = currentLanguage();
        group->clear();
        const auto groups = IndustryCatalog::instance().groups(div);
        group->setVisible(!groups.isEmpty());
        group->addItem(tr("— whole division —"), div);
        for (const auto &g : groups)
            group->addItem(QStringLiteral("%1 %2").arg(g.code, g.name(lang)), g.code);
        group->setCurrentIndex(std::max(0, group->findData(selected)));
        group->lineEdit()->setCursorPosition(0);
    };
    f.load = [sectionBox, fillDivisions, fillGroups](const Profile &p) {
        const QString code = p.company.industry.value_or(QString());
        const QString sec = code.left(1);
        const QString div = code.left(3);
        {
            const QSignalBlocker block(sectionBox);
            sectionBox->setCurrentIndex(std::max(0, sectionBox->findData(sec)));
        }
        fillDivisions(sectionBox->currentData().toString(), div);
        fillGroups(div.size() == 3 ? div : QString(), code);
    };
    auto commitIndustry = [this, path](const QString &code) {
        for (Field &x : m_fields)
            if (x.path == path)
                commit(x, [&](Profile &p) { p.company.industry = code.isEmpty() ? std::nullopt : Opt<QString>(code); });
    };
    connect(sectionBox, &QComboBox::activated, this, [sectionBox, fillDivisions, fillGroups, commitIndustry] {
        const QString sec = sectionBox->currentData().toString();
        fillDivisions(sec, QString());
        fillGroups(QString(), QString());
        // A section alone is not a code; "not entered" clears it.
        if (sec.isEmpty())
            commitIndustry(QString());
    });
    connect(division, &QComboBox::activated, this, [division, fillGroups, commitIndustry] {
        const QString div = division->currentData().toString();
        fillGroups(div, div);
        if (!div.isEmpty())
            commitIndustry(div);
    });
    connect(group, &QComboBox::activated, this, [group, commitIndustry] { commitIndustry(group->currentData().toString()); });
    m_retranslators.append([this, fillSections] {
        fillSections();
        for (Field &x : m_fields)
            if (x.path == u"company.industry" && x.load)
                x.load(m_editor->profile());
    });
}

void CompanyForm::addAssessmentYear(QFormLayout *form)
{
    auto *spin = new QSpinBox;
    spin->setRange(2000, 2100);
    spin->setGroupSeparatorShown(false);
    spin->setMaximumWidth(120);
    spin->setKeyboardTracking(false); // "2024" typed is one change, not "2", "20", ...
    Field &f = addRow(form, QStringLiteral("assessment_year"), spin);
    f.load = [spin](const Profile &p) {
        const QSignalBlocker block(spin);
        spin->setValue(p.assessmentYear);
    };
    connect(spin, &QSpinBox::valueChanged, this, [this](int year) {
        for (Field &x : m_fields)
            if (x.path == u"assessment_year")
                commit(x, [&](Profile &p) { p.assessmentYear = year; });
    });
}

// --- the groups ---------------------------------------------------------------

void CompanyForm::buildBasic()
{
    QWidget *p = page(QStringLiteral("basicPage"));
    QFormLayout *company = section(p, QStringLiteral("companyBox"));
    addName(company);
    addText(company, QStringLiteral("company.credit_code"), [](Profile &x) -> Opt<QString> & { return x.company.creditCode; });
    addRegion(company);
    addIndustry(company);
    addDate(company, QStringLiteral("company.established"), [](Profile &x) -> Opt<QDate> & { return x.company.established; });
    addText(company, QStringLiteral("company.main_product"), [](Profile &x) -> Opt<QString> & { return x.company.mainProduct; });
    QFormLayout *assessment = section(p, QStringLiteral("assessmentBox"));
    addAssessmentYear(assessment);
    addDate(assessment, QStringLiteral("assessment_date"), [](Profile &x) -> Opt<QDate> & { return x.assessmentDate; });
    addYesNo(assessment, QStringLiteral("specialization.renewal"), [](Profile &x) -> Opt<bool> & { return x.specialization.renewal; });
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

void CompanyForm::buildOperations()
{
    QWidget *p = page(QStringLiteral("operationsPage"));
    auto *layout = static_cast<QVBoxLayout *>(p->layout());
    auto *intro = new QLabel(p);
    intro->setObjectName(QStringLiteral("yearsIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_years = new FiscalYearsModel(m_editor, this);
    m_yearsView = new QTableView(p);
    m_yearsView->setObjectName(QStringLiteral("yearsTable"));
    m_yearsView->setModel(m_years);
    auto *delegate = new CommitWhenDoneDelegate(m_editor, m_yearsView);
    connect(delegate, &CommitWhenDoneDelegate::pendingChanged, this, &CompanyForm::stateChanged);
    m_yearsView->setItemDelegate(delegate);
    m_yearsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_yearsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_yearsView->horizontalHeader()->setMinimumSectionSize(90); // three years fit at 1366 px
    m_yearsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_yearsView->setTabKeyNavigation(true);
    m_yearsView->setMinimumHeight(m_yearsView->verticalHeader()->defaultSectionSize() * (FiscalYearsModel::RowCount + 1) + 8);
    layout->addWidget(m_yearsView);
    m_yearsMessage = new QLabel(p);
    m_yearsMessage->setObjectName(QStringLiteral("yearsMessage"));
    m_yearsMessage->setWordWrap(true);
    m_yearsMessage->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_yearsMessage->hide();
    layout->addWidget(m_yearsMessage);
    m_yearsFlags = new QLabel(p);
    m_yearsFlags->setObjectName(QStringLiteral("yearsFlags"));
    m_yearsFlags->setWordWrap(true);
    m_yearsFlags->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_yearsFlags->hide();
    layout->addWidget(m_yearsFlags);
    m_unitWarnings = new QWidget(p);
    m_unitWarnings->setObjectName(QStringLiteral("unitWarnings"));
    auto *unitLayout = new QVBoxLayout(m_unitWarnings);
    unitLayout->setContentsMargins(0, 0, 0, 0);
    m_unitWarnings->hide();
    layout->addWidget(m_unitWarnings);
    auto *buttons = new QHBoxLayout;
    auto *addYear = new QPushButton(p);
    addYear->setObjectName(QStringLiteral("addYearButton"));
    auto *removeYear = new QPushButton(p);
    removeYear->setObjectName(QStringLiteral("removeYearButton"));
    buttons->addWidget(addYear);
    buttons->addWidget(removeYear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_years, &FiscalYearsModel::refused, this, [this](const QString &, const QList<ValidationError> &problems) {
        QStringList lines;
        for (const ValidationError &e : problems)
            lines.append(describe(e));
        m_yearsMessage->setText(lines.join(u'\n') + u'\n' + tr("Not saved: the last valid value is kept."));
        m_yearsMessage->show();
        emit stateChanged();
    });
    connect(m_years, &FiscalYearsModel::accepted, this, [this] {
        m_yearsMessage->hide();
        showInconsistencies();
        emit stateChanged();
    });
    connect(addYear, &QPushButton::clicked, this, [this] {
        const QList<int> years = m_years->years();
        const int year = years.isEmpty() ? m_editor->profile().assessmentYear - 1 : years.first() - 1;
        m_editor->edit(QStringLiteral("years.add"), tr("Add year %1").arg(year), [&](Profile &pr) { pr.ensureYear(year); });
    });
    connect(removeYear, &QPushButton::clicked, this, [this] {
        const int column = m_yearsView->currentIndex().column();
        const int year = m_years->yearAt(column);
        const Profile &pr = m_editor->profile();
        if (column < 0 || !pr.fiscalYear(year))
            return;
        const auto answer = plainQuestion(
            this, tr("Remove year"), tr("Remove every figure of %1? You can undo this with Ctrl+Z.").arg(year));
        if (answer != QMessageBox::Yes)
            return;
        m_editor->edit(QStringLiteral("years.remove"), tr("Remove year %1").arg(year), [&](Profile &x) {
            x.years.removeIf([year](const FiscalYear &fy) { return fy.year == year; });
        });
    });
}

void CompanyForm::buildSpecialization()
{
    QWidget *p = page(QStringLiteral("specializationPage"));
    QFormLayout *niche = section(p, QStringLiteral("nicheBox"));
    addDate(niche, QStringLiteral("company.niche_since"), [](Profile &x) -> Opt<QDate> & { return x.company.nicheSince; });
    addChecks(niche, QStringLiteral("specialization.field"), vocab::fields(),
              [](Profile &x) -> Opt<QStringList> & { return x.specialization.field; });
    QFormLayout *market = section(p, QStringLiteral("marketBox"));
    addDecimal(market, QStringLiteral("specialization.national_market_share_pct"),
               [](Profile &x) -> Opt<qint64> & { return x.specialization.nationalMarketSharePct; });
    addDecimal(market, QStringLiteral("specialization.international_market_share_pct"),
               [](Profile &x) -> Opt<qint64> & { return x.specialization.internationalMarketSharePct; });
    addWhole(market, QStringLiteral("specialization.domestic_rank"), [](Profile &x) -> Opt<qint64> & { return x.specialization.domesticRank; });
    addYesNo(market, QStringLiteral("specialization.market_leading"), [](Profile &x) -> Opt<bool> & { return x.specialization.marketLeading; });
    addYesNo(market, QStringLiteral("specialization.chain_key_link"), [](Profile &x) -> Opt<bool> & { return x.specialization.chainKeyLink; });
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

void CompanyForm::buildRefinement()
{
    QWidget *p = page(QStringLiteral("refinementPage"));
    QFormLayout *f = section(p, QStringLiteral("refinementBox"));
    // The level is a number in the profile; the combo speaks text.
    addChoice(
        f, QStringLiteral("refinement.digital_level"),
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
        [](const Profile &x) {
            return x.refinement.digitalLevel ? Opt<QString>(QString::number(*x.refinement.digitalLevel)) : std::nullopt;
        },
        [](Profile &x, const Opt<QString> &v) { x.refinement.digitalLevel = v ? Opt<qint64>(v->toLongLong()) : std::nullopt; });
    addYesNo(f, QStringLiteral("refinement.core_business_on_system"), [](Profile &x) -> Opt<bool> & { return x.refinement.coreBusinessOnSystem; });
    addChoice(f, QStringLiteral("refinement.quality_award"), vocab::qualityAwards(),
              [](Profile &x) -> Opt<QString> & { return x.refinement.qualityAward; });
    addYesNo(f, QStringLiteral("refinement.quality_system_cert"), [](Profile &x) -> Opt<bool> & { return x.refinement.qualitySystemCert; });
    addYesNo(f, QStringLiteral("refinement.own_brand"), [](Profile &x) -> Opt<bool> & { return x.refinement.ownBrand; });
    addYesNo(f, QStringLiteral("refinement.standards_participation"), [](Profile &x) -> Opt<bool> & { return x.refinement.standardsParticipation; });
    addYesNo(f, QStringLiteral("refinement.mgmt_or_intl_product_cert"), [](Profile &x) -> Opt<bool> & { return x.refinement.mgmtOrIntlProductCert; });
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

void CompanyForm::buildFeature()
{
    QWidget *p = page(QStringLiteral("featurePage"));
    QFormLayout *f = section(p, QStringLiteral("featureBox"));
    addDecimal(f, QStringLiteral("local_feature_score"), [](Profile &x) -> Opt<qint64> & { return x.localFeatureScore; });
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

void CompanyForm::buildInnovation()
{
    QWidget *p = page(QStringLiteral("innovationPage"));
    QFormLayout *ip = section(p, QStringLiteral("ipBox"));
    addWhole(ip, QStringLiteral("innovation.ip.class1"), [](Profile &x) -> Opt<qint64> & { return x.innovation.ip.class1; });
    addWhole(ip, QStringLiteral("innovation.ip.class1_self_developed"), [](Profile &x) -> Opt<qint64> & { return x.innovation.ip.class1SelfDeveloped; });
    addWhole(ip, QStringLiteral("innovation.ip.class1_high_value"), [](Profile &x) -> Opt<qint64> & { return x.innovation.ip.class1HighValue; });
    addWhole(ip, QStringLiteral("innovation.ip.class1_applied"), [](Profile &x) -> Opt<qint64> & { return x.innovation.ip.class1Applied; });
    addWhole(ip, QStringLiteral("innovation.ip.class2"), [](Profile &x) -> Opt<qint64> & { return x.innovation.ip.class2; });
    QFormLayout *rd = section(p, QStringLiteral("rdBox"));
    addChoice(rd, QStringLiteral("innovation.rd_institution"), vocab::rdInstitutions(),
              [](Profile &x) -> Opt<QString> & { return x.innovation.rdInstitution; });
    addYesNo(rd, QStringLiteral("innovation.rd_institution_own_or_joint"), [](Profile &x) -> Opt<bool> & { return x.innovation.rdInstitutionOwnOrJoint; });
    addChoice(rd, QStringLiteral("innovation.rd_measure"), vocab::rdMeasures(), [](Profile &x) -> Opt<QString> & { return x.innovation.rdMeasure; });
    QFormLayout *honours = section(p, QStringLiteral("honorsBox"));
    addChecks(honours, QStringLiteral("innovation.honors"), vocab::honors(), [](Profile &x) -> Opt<QStringList> & { return x.innovation.honors; });

    using Col = RecordTable::Column;
    const int maxYear = QDate::currentDate().year();
    // Sci-tech awards: level, rank, year.
    {
        auto *t = new RecordTable({{Col::Choice, QString(), QStringLiteral("innovation.sci_tech_awards"), vocab::awardLevels()},
                                   {Col::Number, QString(), QString(), {}, 1, 999},
                                   {Col::Year, QString(), QString(), {}, 1980, maxYear}});
        const QString path = QStringLiteral("innovation.sci_tech_awards");
        Field &f = addRow(honours, path, t);
        f.load = [t](const Profile &pr) {
            t->setRows(toRows(pr.innovation.sciTechAwards, [](const SciTechAward &a) {
                return QStringList{a.level, QString::number(a.rank), QString::number(a.year)};
            }));
        };
        connect(t, &RecordTable::rowsEdited, this, [this, t, path] {
            const auto rows = t->rows();
            for (Field &x : m_fields)
                if (x.path == path)
                    commit(x, [&](Profile &pr) {
                        if (!rows) {
                            pr.innovation.sciTechAwards.reset();
                            return;
                        }
                        QList<SciTechAward> list;
                        for (const QStringList &r : *rows)
                            list.append({r.value(0), r.value(1).toInt(), r.value(2).toInt()});
                        pr.innovation.sciTechAwards = list;
                    });
        });
        m_retranslators.append([t] {
            t->retranslate();
            t->setHeaders({tr("Level"), tr("Rank"), tr("Year")});
        });
    }
    // 创客中国: year, group.
    {
        auto *t = new RecordTable({{Col::Year, QString(), QString(), {}, 2016, maxYear},
                                   {Col::Choice, QString(), QStringLiteral("innovation.chuangke_china"), vocab::chuangkeGroups()}});
        const QString path = QStringLiteral("innovation.chuangke_china");
        Field &f = addRow(honours, path, t);
        f.load = [t](const Profile &pr) {
            t->setRows(toRows(pr.innovation.chuangkeChina, [](const ChuangkeEntry &e) {
                return QStringList{QString::number(e.year), e.group};
            }));
        };
        connect(t, &RecordTable::rowsEdited, this, [this, t, path] {
            const auto rows = t->rows();
            for (Field &x : m_fields)
                if (x.path == path)
                    commit(x, [&](Profile &pr) {
                        if (!rows) {
                            pr.innovation.chuangkeChina.reset();
                            return;
                        }
                        QList<ChuangkeEntry> list;
                        for (const QStringList &r : *rows)
                            list.append({r.value(0).toInt(), r.value(1)});
                        pr.innovation.chuangkeChina = list;
                    });
        });
        m_retranslators.append([t] {
            t->retranslate();
            t->setHeaders({tr("Year"), tr("Group")});
        });
    }
    // Standards led: year, level.
    {
        auto *t = new RecordTable({{Col::Year, QString(), QString(), {}, 1980, maxYear},
                                   {Col::Choice, QString(), QStringLiteral("innovation.standards_led"), vocab::standardLevels()}});
        const QString path = QStringLiteral("innovation.standards_led");
        Field &f = addRow(honours, path, t);
        f.load = [t](const Profile &pr) {
            t->setRows(toRows(pr.innovation.standardsLed, [](const StandardLed &s) {
                return QStringList{QString::number(s.year), s.level};
            }));
        };
        connect(t, &RecordTable::rowsEdited, this, [this, t, path] {
            const auto rows = t->rows();
            for (Field &x : m_fields)
                if (x.path == path)
                    commit(x, [&](Profile &pr) {
                        if (!rows) {
                            pr.innovation.standardsLed.reset();
                            return;
                        }
                        QList<StandardLed> list;
                        for (const QStringList &r : *rows)
                            list.append({r.value(0).toInt(), r.value(1)});
                        pr.innovation.standardsLed = list;
                    });
        });
        m_retranslators.append([t] {
            t->retranslate();
            t->setHeaders({tr("Year"), tr("Level")});
        });
    }
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

void CompanyForm::buildTitles()
{
    QWidget *p = page(QStringLiteral("titlesPage"));
    using Col = RecordTable::Column;
    QFormLayout *titles = section(p, QStringLiteral("titlesBox"));
    {
        auto *t = new RecordTable({{Col::Choice, QString(), QStringLiteral("company.recognitions"), vocab::tiers()},
                                   {Col::Date, QString(), QString(), {}, 0, 0},
                                   {Col::Choice, QString(), QStringLiteral("company.recognitions.route"),
                                    vocab::recognitionRoutes(), 0, 0, true}});
        const QString path = QStringLiteral("company.recognitions");
        Field &f = addRow(titles, path, t);
        f.load = [t](const Profile &pr) {
            t->setRows(toRows(pr.company.recognitions, [](const Recognition &r) {
                return QStringList{r.tier, r.granted.toString(Qt::ISODate), r.route};
            }));
        };
        connect(t, &RecordTable::rowsEdited, this, [this, t, path] {
            const auto rows = t->rows();
            for (Field &x : m_fields)
                if (x.path == path)
                    commit(x, [&](Profile &pr) {
                        if (!rows) {
                            pr.company.recognitions.reset();
                            return;
                        }
                        QList<Recognition> list;
                        for (const QStringList &r : *rows)
                            list.append({r.value(0), QDate::fromString(r.value(1), Qt::ISODate), r.value(2)});
                        pr.company.recognitions = list;
                    });
        });
        m_retranslators.append([t] {
            t->retranslate();
            t->setHeaders({tr("Title"), tr("Granted on"), tr("Obtained by")});
        });
    }
    {
        auto *t = new RecordTable({{Col::Year, QString(), QString(), {}, 2020, QDate::currentDate().year() + 1},
                                   {Col::Decimal, QString(), QString(), {}, 0, 0}});
        const QString path = QStringLiteral("specialization.development_scores");
        Field &f = addRow(titles, path, t);
        f.load = [t](const Profile &pr) {
            t->setRows(toRows(pr.specialization.developmentScores, [](const DevelopmentScore &s) {
                return QStringList{QString::number(s.year), formatScaled4(s.score)};
            }));
        };
        connect(t, &RecordTable::rowsEdited, this, [this, t, path] {
            const auto rows = t->rows();
            for (Field &x : m_fields) {
                if (x.path != path)
                    continue;
                QList<DevelopmentScore> list;
                for (const QStringList &r : rows.value_or(QList<QStringList>())) {
                    const auto score = parseScaled4(r.value(1));
                    if (!score) {
                        refuse(x, [path, v = r.value(1)] {
                            return QList<ValidationError>{{path, v, tr("must be a number with at most four decimals")}};
                        });
                        return;
                    }
                    list.append({r.value(0).toInt(), *score});
                }
                commit(x, [&](Profile &pr) {
                    pr.specialization.developmentScores = rows ? OptList<DevelopmentScore>(list) : std::nullopt;
                });
            }
        });
        m_retranslators.append([t] {
            t->retranslate();
            t->setHeaders({tr("Year"), tr("Score")});
        });
    }
    QFormLayout *pledges = section(p, QStringLiteral("attestationsBox"));
    addYesNo(pledges, QStringLiteral("company.attestations.no_abnormal_or_dishonest_listing"),
             [](Profile &x) -> Opt<bool> & { return x.company.attestations.noAbnormalOrDishonestListing; });
    addYesNo(pledges, QStringLiteral("company.attestations.no_banned_products"),
             [](Profile &x) -> Opt<bool> & { return x.company.attestations.noBannedProducts; });
    addYesNo(pledges, QStringLiteral("company.attestations.no_major_accident_3y"),
             [](Profile &x) -> Opt<bool> & { return x.company.attestations.noMajorAccident3y; });
    static_cast<QVBoxLayout *>(p->layout())->addStretch(1);
}

// --- loading and languages ------------------------------------------------------

void CompanyForm::load()
{
    m_loading = true;
    const Profile &p = m_editor->profile();
    const bool open = m_editor->isOpen();
    // Another company: what was refused or typed for the last one goes.
    const bool switched = m_shownId != m_editor->companyId();
    m_shownId = m_editor->companyId();
    for (Field &f : m_fields) {
        if (switched) {
            for (CommitWhenDone *d : f.input->findChildren<CommitWhenDone *>())
                d->discard();
            clearProblems(f);
        }
        if (f.load)
            f.load(p);
        f.input->setEnabled(open);
    }
    if (switched && m_yearsMessage)
        m_yearsMessage->hide();
    if (m_years)
        m_years->refresh();
    showInconsistencies();
    showCompleteness();
    m_loading = false;
    if (switched)
        emit stateChanged();
}

int CompanyForm::pageOf(const QString &path)
{
    // Where build*() puts each field; test_completeness checks it against the pages made.
    if (path.startsWith(u"years."))
        return 1;
    if (path == u"specialization.renewal")
        return 0;
    if (path == u"company.recognitions" || path.startsWith(u"company.recognitions.")
        || path == u"specialization.development_scores" ||
        path.startsWith(u"company.attestations."))
        return 6;
    if (path == u"company.niche_since" || path.startsWith(u"specialization."))
        return 2;
    if (path.startsWith(u"refinement."))
        return 3;
    if (path == u"local_feature_score")
        return 4;
    if (path.startsWith(u"innovation."))
        return 5;
    return 0;
}

int CompanyForm::missingOn(int index) const
{
    return m_missing.value(index);
}

void CompanyForm::showCompleteness()
{
    const QStringList tabs = {tr("Basics"), tr("Operations"), tr("Specialised"), tr("Refined"),
                              tr("Distinctive"), tr("Innovation"), tr("Titles")};
    m_missing = QList<int>(tabs.size(), 0);
    QList<QStringList> what(tabs.size());
    if (m_editor->isOpen()) {
        const Profile &p = m_editor->profile();
        auto &packs = rules::RulePacks::instance();
        if (packs.ids().isEmpty())
            packs.load();
        // What the rules in force read: the pack says, not a list here.
        if (const auto pack = packs.choose(p, QDate::currentDate()).pack) {
            const QString lang = currentLanguage();
            const FieldHelp &help = FieldHelp::instance();
            for (const rules::FieldRead &f : rules::fieldsRead(*pack)) {
                const int page = pageOf(f.path);
                if (page >= tabs.size() || rules::isEntered(f, p))
                    continue;
                ++m_missing[page];
                const QString label = help.label(f.path, lang);
                what[page].append(f.isYearly() ? rules::Fields::tr("%1 %2", "field label, then fiscal year")
                                                     .arg(label)
                                                     .arg(f.year(p))
                                               : label);
            }
        }
    }
    for (int i = 0; i < count() && i < tabs.size(); ++i) {
        const int n = m_missing.at(i);
        //: A form's tab: its name, then how many figures the rules read are still empty ("经营情况（还差 3 项）").
        setTabText(i, n ? tr("%1 (%n missing)", nullptr, n).arg(tabs.at(i)) : tabs.at(i));
        const QString separator = currentLanguage() == u"en" ? QStringLiteral("; ") : QStringLiteral("、");
        setTabToolTip(i, n ? tr("Still to enter for the rules in force: %1").arg(what.at(i).join(separator)) : QString());
    }
}

void CompanyForm::retranslate()
{
    const QString lang = currentLanguage();
    const FieldHelp &help = FieldHelp::instance();
    showCompleteness(); // the tab titles
    showInconsistencies(); // the labels of the flags follow the language
    // A refused value's message, in the new language.
    for (Field &x : m_fields) {
        if (!x.refused || x.error->isHidden())
            continue;
        if (const QList<ValidationError> problems = x.refused(); !problems.isEmpty())
            showProblems(x, problems, bool(x.unsaved));
    }
    auto boxTitle = [this](const char *name, const QString &title) {
        if (auto *b = findChild<QGroupBox *>(QString::fromLatin1(name)))
            b->setTitle(title);
    };
    boxTitle("companyBox", tr("Company"));
    boxTitle("assessmentBox", tr("Assessment"));
    boxTitle("nicheBox", tr("Niche market"));
    boxTitle("marketBox", tr("Market position of the main product"));
    boxTitle("refinementBox", tr("Refined management"));
    boxTitle("featureBox", tr("Local distinctive indicator (2022 rules)"));
    boxTitle("ipBox", tr("Intellectual property related to the main product"));
    boxTitle("rdBox", tr("Research and development"));
    boxTitle("honorsBox", tr("Honours, awards and standards"));
    boxTitle("titlesBox", tr("Titles held and national evaluation scores"));
    boxTitle("attestationsBox", tr("Pledges (common conditions)"));
    if (auto *intro = findChild<QLabel *>(QStringLiteral("yearsIntro")))
        intro->setText(tr("Figures from the audited statements of each fiscal year. Money in 10,000 yuan (万元) — "
                          "type 8600 or 8,600.5; people at year end. Leave a cell empty when it is not known. "
                          "The grey rows are worked out as you type."));
    if (m_yearsView)
        m_yearsView->setAccessibleName(tr("Figures by fiscal year"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("addYearButton")))
        b->setText(tr("Add an earlier year"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("removeYearButton")))
        b->setText(tr("Remove the selected year…"));
    for (Field &f : m_fields) {
        const QString label = help.label(f.path, lang);
        const QString unit = help.unit(f.path);
        const bool showUnit = unit == u"%";
        // "R&D" is no mnemonic: a label with a buddy would underline the D.
        QString text = (label.isEmpty() ? f.path : label) + (showUnit ? QStringLiteral(" (%)") : QString()) + u':';
        f.label->setText(text.replace(u'&', QStringLiteral("&&")));
        const QString tip = help.tip(f.path, lang);
        f.input->setToolTip(tip);
        f.label->setToolTip(tip);
        f.help->setToolTip(tr("What counts (F1)"));
        nameForScreenReaders(f, label.isEmpty() ? f.path : label, tip);
    }
    for (const auto &r : m_retranslators)
        r();
    if (m_years)
        m_years->refresh();
}

// A screen reader announces every input by its label and reads the tip as
// its description; the parts of a field made of several inputs say which part.
void CompanyForm::nameForScreenReaders(Field &f, const QString &label, const QString &tip)
{
    auto name = [&](QWidget *w, const QString &text) {
        w->setAccessibleName(text);
        w->setAccessibleDescription(tip);
        // A line edit's clear button says what it clears.
        if (qobject_cast<QLineEdit *>(w)) {
            for (QToolButton *b : w->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
                b->setAccessibleName(tr("Clear %1").arg(text));
        }
        // An editable combo box's own line edit is announced too.
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->lineEdit()) {
            combo->lineEdit()->setAccessibleName(text);
            combo->lineEdit()->setAccessibleDescription(tip);
        }
        if (auto *combo = qobject_cast<QComboBox *>(w))
            labelForScreenReaders(combo, text);
    };
    name(f.input, label);
    f.help->setAccessibleName(tr("What counts: %1").arg(label));
    if (auto *date = qobject_cast<OptionalDateEdit *>(f.input)) {
        name(date->lineEdit(), label);
        name(date->calendarButton(), tr("%1: calendar").arg(label));
    } else if (auto *checks = qobject_cast<CheckList *>(f.input)) {
        if (auto *list = checks->findChild<QListWidget *>())
            name(list, label);
    } else if (auto *records = qobject_cast<RecordTable *>(f.input)) {
        records->setAccessibleLabel(label, tip);
    }
    static const std::pair<const char *, const char *> parts[] = {
        {"regionProvince", QT_TR_NOOP("%1: province")},   {"regionCity", QT_TR_NOOP("%1: city")},
        {"regionDistrict", QT_TR_NOOP("%1: district or county")},
        {"industrySection", QT_TR_NOOP("%1: section")},   {"industryDivision", QT_TR_NOOP("%1: division")},
        {"industryGroup", QT_TR_NOOP("%1: group")},
    };
    for (const auto &[object, text] : parts) {
        if (auto *w = f.input->findChild<QComboBox *>(QString::fromLatin1(object)))
            name(w, tr(text).arg(label));
    }
}

bool CompanyForm::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QTabWidget::event(event);
}

} // namespace srdi::ui
