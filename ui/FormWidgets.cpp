// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormWidgets.h"

#include "CommitWhenDone.h"

#include "Language.h"
#include "i18n/Language.h"
#include "model/Decimal.h"
#include "model/FieldHelp.h"

#include <QLabel>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QFrame>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace srdi::ui {

void labelForScreenReaders(QComboBox *combo, const QString &text)
{
    combo->setAccessibleName(text);
    if (!combo->parentWidget())
        return;
    QLabel *sibling = nullptr;
    for (QLabel *l : combo->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        sibling = l->buddy() == combo ? l : sibling;
    if (!sibling) {
        sibling = new QLabel(combo->parentWidget());
        sibling->setObjectName(combo->objectName() + QStringLiteral(".screenReaderLabel"));
        sibling->setBuddy(combo);
        sibling->hide();
    }
    sibling->setText(QString(text).replace(u'&', QStringLiteral("&&"))); // "R&D" is no mnemonic
}

namespace {

QString cleanNumber(QString text)
{
    text.remove(u',').remove(u' ').remove(u'\u00a0').remove(u'\uff0c');
    return text.trimmed();
}

} // namespace

std::optional<qint64> parseWholeNumber(QString text)
{
    text = cleanNumber(text);
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<qint64> parseScaled4(QString text)
{
    return parseDecimal4(cleanNumber(text));
}

QString groupThousands(const QString &number)
{
    qsizetype end = number.indexOf(u'.');
    if (end < 0)
        end = number.size();
    const qsizetype start = number.startsWith(u'-') ? 1 : 0;
    QString out = number;
    for (qsizetype i = end - 3; i > start; i -= 3)
        out.insert(i, u',');
    return out;
}

QString formatScaled4(qint64 scaled)
{
    return groupThousands(formatDecimal4(scaled));
}

// ---------------------------------------------------------------------------

std::optional<QDate> parseDate(QString text)
{
    text = text.trimmed();
    // 2016年5月18日, 2016/5/18, 2016.5.18 and 2016-05-18 alike.
    text.replace(u'年', u'-').replace(u'月', u'-').remove(u'日');
    text.replace(u'/', u'-').replace(u'.', u'-').replace(u'\uff0d', u'-').replace(u'\uff0f', u'-');
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QRegularExpressionMatch m = compact.match(text);
    if (!m.hasMatch())
        m = separated.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
        return std::nullopt;
    return d;
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_pause(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_button);
    m_line->setObjectName(QStringLiteral("dateText"));
    m_button->setObjectName(QStringLiteral("calendarButton"));
    // Digits and the usual separators only; a date is at most 11 characters.
    m_line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9/.\\-\\x{FF0D}\\x{FF0F}\\x{5E74}\\x{6708}\\x{65E5} ]{0,12}")), m_line));
    m_line->setPlaceholderText(QStringLiteral("—"));
    m_line->setMaxLength(12);
    m_line->installEventFilter(this);
    m_button->setText(QStringLiteral("…"));
    m_button->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_button->setFocusPolicy(Qt::ClickFocus); // Tab goes from the date to the next field
    setFocusProxy(m_line);
    m_pause->setSingleShot(true);
    m_pause->setInterval(1000);
    connect(m_line, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    // After a pause only a complete date (or an empty box) is given; a date
    // half typed is judged when the user leaves the box.
    connect(m_pause, &QTimer::timeout, this, [this] {
        const QString text = m_line->text().trimmed();
        const auto d = text.isEmpty() ? std::optional<QDate>() : parseDate(text);
        if ((text.isEmpty() || d) && d != m_committed) {
            m_committed = d;
            emit valueEdited(d);
        }
    });
    connect(m_line, &QLineEdit::editingFinished, this, &OptionalDateEdit::finishEditing);
    connect(m_button, &QToolButton::clicked, this, &OptionalDateEdit::showCalendar);
    retranslate();
}

void OptionalDateEdit::retranslate()
{
    m_button->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    m_line->setPlaceholderText(QStringLiteral("—"));
}

std::optional<QDate> OptionalDateEdit::value() const
{
    const QString text = m_line->text().trimmed();
    return text.isEmpty() ? std::nullopt : parseDate(text);
}

void OptionalDateEdit::setValue(const std::optional<QDate> &d)
{
    m_committed = d;
    // A date being typed stays as typed while it means the value shown.
    if (m_line->hasFocus() && m_line->isModified() && value() == d)
        return;
    m_pause->stop();
    m_line->setText(d ? d->toString(Qt::ISODate) : QString());
}

void OptionalDateEdit::finishEditing()
{
    m_pause->stop();
    const QString text = m_line->text().trimmed();
    const auto d = text.isEmpty() ? std::optional<QDate>() : parseDate(text);
    if (!text.isEmpty() && !d) {
        emit refused(text);
        return;
    }
    if (d && m_line->text() != d->toString(Qt::ISODate)) {
        const int cursor = m_line->cursorPosition();
        m_line->setText(d->toString(Qt::ISODate)); // shown as it is kept
        m_line->setCursorPosition(std::min<int>(cursor, int(m_line->text().size())));
    }
    if (d != m_committed) {
        m_committed = d;
        emit valueEdited(d);
    }
}

void OptionalDateEdit::showCalendar()
{
    if (m_calendar)
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("calendarPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new QCalendarWidget(popup);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setMinimumDate(QDate(1900, 1, 1));
    m_calendar->setMaximumDate(QDate(2100, 12, 31));
    // At the date shown, or today: never at the first date it could show.
    const auto shown = value();
    const QDate at = shown ? *shown : QDate::currentDate();
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    layout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::activated, popup, [this, popup](const QDate &d) {
        m_line->setText(d.toString(Qt::ISODate));
        popup->close();
        m_line->setFocus();
        finishEditing();
    });
    connect(m_calendar, &QCalendarWidget::clicked, popup, [this, popup](const QDate &d) {
        m_line->setText(d.toString(Qt::ISODate));
        popup->close();
        m_line->setFocus();
        finishEditing();
    });
    popup->adjustSize();
    QPoint pos = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        pos.setX(std::clamp(pos.x(), room.left(), std::max(room.left(), room.right() - popup->width())));
        if (pos.y() + popup->height() > room.bottom())
            pos.setY(std::max(room.top(), mapToGlobal(QPoint(0, 0)).y() - popup->height()));
    }
    popup->move(pos);
    popup->show();
    m_calendar->setFocus();
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
        // The whole date selected and deleted: not entered, at once.
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && key->modifiers() == Qt::NoModifier &&
            !m_line->text().isEmpty() && m_line->selectedText() == m_line->text()) {
            m_line->clear();
            finishEditing();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------

TriStateCombo::TriStateCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString());
    addItem(QString(), true);
    addItem(QString(), false);
    retranslate();
    connect(this, &QComboBox::activated, this, [this] { emit valueEdited(value()); });
}

void TriStateCombo::retranslate()
{
    setItemText(0, tr("— not answered —"));
    setItemText(1, tr("Yes"));
    setItemText(2, tr("No"));
}

std::optional<bool> TriStateCombo::value() const
{
    const QVariant v = currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void TriStateCombo::setValue(const std::optional<bool> &v)
{
    const QSignalBlocker block(this);
    setCurrentIndex(!v ? 0 : (*v ? 1 : 2));
}

// ---------------------------------------------------------------------------

ChoiceCombo::ChoiceCombo(QString path, QStringList values, QWidget *parent)
    : QComboBox(parent)
    , m_path(std::move(path))
    , m_values(std::move(values))
{
    addItem(QString());
    for (const QString &v : std::as_const(m_values))
        addItem(QString(), v);
    // Long official names must not widen the whole form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    retranslate();
    connect(this, &QComboBox::activated, this, [this] { emit valueEdited(value()); });
}

void ChoiceCombo::retranslate()
{
    const QString lang = currentLanguage();
    setItemText(0, tr("— not entered —"));
    for (int i = 0; i < m_values.size(); ++i) {
        const QString name = FieldHelp::instance().choice(m_path, m_values.at(i), lang);
        setItemText(i + 1, name.isEmpty() ? m_values.at(i) : name);
    }
}

std::optional<QString> ChoiceCombo::value() const
{
    const QVariant v = currentData();
    return v.isValid() ? std::optional<QString>(v.toString()) : std::nullopt;
}

void ChoiceCombo::setValue(const std::optional<QString> &v)
{
    const QSignalBlocker block(this);
    setCurrentIndex(v ? std::max(0, int(m_values.indexOf(*v)) + 1) : 0);
}

// ---------------------------------------------------------------------------

CheckList::CheckList(QString path, QStringList values, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(path))
    , m_values(std::move(values))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *none = new QListWidgetItem(m_list);
    none->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    none->setCheckState(Qt::Unchecked);
    for (const QString &v : std::as_const(m_values)) {
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, v);
    }
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    retranslate();
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) { onChanged(m_list->row(item)); });
}

void CheckList::retranslate()
{
    const QString lang = currentLanguage();
    const bool wasLoading = std::exchange(m_loading, true);
    m_list->item(0)->setText(tr("None of these"));
    for (int i = 0; i < m_values.size(); ++i) {
        const QString name = FieldHelp::instance().choice(m_path, m_values.at(i), lang);
        m_list->item(i + 1)->setText(name.isEmpty() ? m_values.at(i) : name);
        m_list->item(i + 1)->setToolTip(name);
    }
    // Every choice visible at once: no scrolling inside the form.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * m_list->count() + 2 * m_list->frameWidth() + 2);
    m_loading = wasLoading;
}

void CheckList::onChanged(int row)
{
    if (m_loading)
        return;
    m_loading = true;
    // "None of these" and the others exclude each other.
    if (m_list->item(row)->checkState() == Qt::Checked) {
        if (row == 0) {
            for (int i = 1; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(Qt::Unchecked);
        } else {
            m_list->item(0)->setCheckState(Qt::Unchecked);
        }
    }
    m_loading = false;
    emit valueEdited(value());
}

std::optional<QStringList> CheckList::value() const
{
    if (m_list->item(0)->checkState() == Qt::Checked)
        return QStringList();
    QStringList out;
    for (int i = 1; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_values.at(i - 1));
    }
    return out.isEmpty() ? std::nullopt : std::optional<QStringList>(out);
}

void CheckList::setValue(const std::optional<QStringList> &v)
{
    m_loading = true;
    m_list->item(0)->setCheckState(v && v->isEmpty() ? Qt::Checked : Qt::Unchecked);
    for (int i = 1; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(v && v->contains(m_values.at(i - 1)) ? Qt::Checked : Qt::Unchecked);
    m_loading = false;
}

// ---------------------------------------------------------------------------

RecordTable::RecordTable(QList<Column> columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_none(new QCheckBox(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * 30);
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + 5 * 30);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_none->setObjectName(QStringLiteral("noneCheckBox"));
    retranslate();

    connect(m_add, &QPushButton::clicked, this, [this] {
        QStringList defaults;
        for (const Column &c : std::as_const(m_columns)) {
            switch (c.kind) {
            case Column::Choice: defaults.append(c.allowEmpty ? QString() : c.choices.value(0)); break;
            case Column::Year: defaults.append(QString::number(std::min(c.maximum, QDate::currentDate().year() - 1))); break;
            case Column::Date: defaults.append(QDate::currentDate().toString(Qt::ISODate)); break;
            case Column::Number: defaults.append(QString::number(std::max(c.minimum, 1))); break;
            case Column::Decimal: defaults.append(QStringLiteral("0")); break;
            }
        }
        addRow(defaults);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        if (QWidget *w = m_table->cellWidget(m_table->rowCount() - 1, 0))
            w->setFocus();
        emitEdited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        nameCells();
        emitEdited();
    });
    connect(m_none, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emitEdited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    m_remove->setEnabled(false);
}

void RecordTable::retranslate()
{
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_none->setText(tr("None"));
    m_none->setToolTip(tr("Tick when there is none; leave unticked while not yet known"));
    const QString lang = currentLanguage();
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).kind != Column::Choice)
            continue;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, c));
            for (int i = 0; combo && i < combo->count(); ++i) {
                const QString v = combo->itemData(i).toString();
                const QString name = v.isEmpty() ? emptyChoiceText()
                                                 : FieldHelp::instance().choice(m_columns.at(c).choicePath, v, lang);
                combo->setItemText(i, name.isEmpty() ? v : name);
            }
        }
    }
}

void RecordTable::setHeaders(const QStringList &headers)
{
    m_table->setHorizontalHeaderLabels(headers);
    m_headers = headers;
    nameCells();
}

void RecordTable::setAccessibleLabel(const QString &label, const QString &description)
{
    m_label = label;
    m_description = description;
    nameCells();
}

void RecordTable::nameCells()
{
    setAccessibleName(m_label);
    setAccessibleDescription(m_description);
    m_table->setAccessibleName(m_label);
    m_table->setAccessibleDescription(m_description);
    m_add->setAccessibleName(tr("Add a row: %1").arg(m_label));
    m_remove->setAccessibleName(tr("Remove the selected row: %1").arg(m_label));
    m_none->setAccessibleName(tr("None: %1").arg(m_label));
    m_none->setAccessibleDescription(m_none->toolTip());
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            QWidget *w = m_table->cellWidget(r, c);
            if (!w)
                continue;
            const QString name = tr("%1, row %2: %3").arg(m_label).arg(r + 1).arg(m_headers.value(c));
            w->setAccessibleName(name);
            if (auto *date = qobject_cast<OptionalDateEdit *>(w)) {
                date->lineEdit()->setAccessibleName(name);
                date->calendarButton()->setAccessibleName(tr("%1: calendar").arg(name));
            }
        }
    }
}

QString RecordTable::emptyChoiceText()
{
    return tr("— not recorded —");
}

QWidget *RecordTable::cellEditor(const Column &c, const QString &value)
{
    switch (c.kind) {
    case Column::Choice: {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        const QString lang = currentLanguage();
        if (c.allowEmpty)
            combo->addItem(emptyChoiceText(), QString());
        for (const QString &v : c.choices) {
            const QString name = FieldHelp::instance().choice(c.choicePath, v, lang);
            combo->addItem(name.isEmpty() ? v : name, v);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        connect(combo, &QComboBox::activated, this, &RecordTable::emitEdited);
        return combo;
    }
    case Column::Year:
    case Column::Number: {
        auto *spin = new QSpinBox;
        spin->setRange(c.minimum, c.maximum);
        spin->setValue(value.toInt());
        if (c.kind == Column::Year)
            spin->setGroupSeparatorShown(false);
        spin->setKeyboardTracking(false); // a typed year counts once it is whole
        connect(spin, &QSpinBox::valueChanged, this, &RecordTable::emitEdited);
        return spin;
    }
    case Column::Date: {
        auto *edit = new OptionalDateEdit;
        edit->setValue(parseDate(value));
        connect(edit, &OptionalDateEdit::valueEdited, this, &RecordTable::emitEdited);
        return edit;
    }
    case Column::Decimal: {
        auto *line = new QLineEdit(value);
        // Committed when the user is done with it, not at every keystroke.
        connect(new CommitWhenDone(line), &CommitWhenDone::commitRequested, this, &RecordTable::emitEdited);
        return line;
    }
    }
    return nullptr;
}

void RecordTable::addRow(const QStringList &values)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        m_table->setCellWidget(row, c, cellEditor(m_columns.at(c), values.value(c)));
    m_none->setEnabled(false);
    m_none->setChecked(false);
    nameCells();
    m_loading = wasLoading;
}

QString RecordTable::cellValue(int row, int column) const
{
    QWidget *w = m_table->cellWidget(row, column);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return QString::number(spin->value());
    if (auto *date = qobject_cast<OptionalDateEdit *>(w))
        return date->value() ? date->value()->toString(Qt::ISODate) : QString();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    return QString();
}

std::optional<QList<QStringList>> RecordTable::rows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_columns.size(); ++c)
            row.append(cellValue(r, c));
        out.append(row);
    }
    if (out.isEmpty() && !m_none->isChecked())
        return std::nullopt;
    return out;
}

void RecordTable::setRows(const std::optional<QList<QStringList>> &rows)
{
    m_loading = true;
    // Rebuild only when the content differs, so that focus stays put while typing.
    if (this->rows() != rows) {
        m_table->setRowCount(0);
        if (rows) {
            for (const QStringList &r : *rows)
                addRow(r);
        }
    }
    m_none->setEnabled(m_table->rowCount() == 0);
    m_none->setChecked(rows && rows->isEmpty());
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_loading = false;
}

void RecordTable::emitEdited()
{
    if (m_loading)
        return;
    m_none->setEnabled(m_table->rowCount() == 0);
    emit rowsEdited();
}

// ---------------------------------------------------------------------------

HelpButton::HelpButton(QString path, QWidget *parent)
    : QToolButton(parent)
    , m_path(std::move(path))
{
    setText(QStringLiteral("?"));
    setAutoRaise(true);
    setFocusPolicy(Qt::NoFocus); // the tab order runs through the inputs; F1 opens the help
    setCursor(Qt::WhatsThisCursor);
    connect(this, &QToolButton::clicked, this, &HelpButton::showHelp);
}

void HelpButton::showHelp()
{
    const QString lang = currentLanguage();
    const FieldHelp &help = FieldHelp::instance();
    QString html = QStringLiteral("<b>%1</b><p>%2</p>")
                       .arg(help.label(m_path, lang).toHtmlEscaped(), help.definition(m_path, lang).toHtmlEscaped());
    // Document numbers are written in 简体 in the data; 繁體 readers get them converted.
    const QString source = lang == u"zh_TW" ? i18n::toTraditional(help.source(m_path)) : help.source(m_path);
    if (!source.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(source.toHtmlEscaped());
    QWhatsThis::showText(mapToGlobal(QPoint(width() / 2, height())), html, this);
}

} // namespace srdi::ui
