// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendarWidget>
#include <QPointer>

#include <QComboBox>
#include <QDate>
#include <QToolButton>
#include <QWidget>
#include <optional>

class QCalendarWidget;
class QCheckBox;
class QLineEdit;
class QTimer;
class QListWidget;
class QPushButton;
class QTableWidget;

// Small input widgets that can say "not entered": every profile field may be
// unknown, and unknown must never look like zero or "no".
namespace srdi::ui {

// On Linux Qt gives a combo box its current text as its name ("否") and
// expects the label through a labelled-by relation, which it finds only in a
// sibling QLabel whose buddy the combo box is. Where the visible label sits
// elsewhere (or there is none), an unseen sibling carries `text`.
void labelForScreenReaders(QComboBox *combo, const QString &text);

// Text in the user's form -> numbers. Thousands separators and spaces are
// allowed; nullopt for text that is not a number. Empty text is "not entered"
// and handled by the caller.
std::optional<qint64> parseWholeNumber(QString text);
std::optional<qint64> parseScaled4(QString text); // "8,600.5" -> 86005000
QString groupThousands(const QString &number);   // "8600.5" -> "8,600.5"
QString formatScaled4(qint64 scaled);            // 86005000 -> "8,600.5"

// A date typed or picked, or unset. Typed as 2016-05-18, 2016/5/18,
// 2016.5.18, 2016年5月18日 or 20160518; an empty box is "not entered" (a
// dash shown as placeholder, so that typing starts a fresh date). The
// calendar button (or Alt+Down) opens at the date shown, or today. The value
// is given when the user is done: Enter, focus leaving, a second's pause
// after typing, or a day picked in the calendar.
std::optional<QDate> parseDate(QString text); // nullopt: not a date
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    std::optional<QDate> value() const;
    void setValue(const std::optional<QDate> &date);
    QLineEdit *lineEdit() const { return m_line; }
    QToolButton *calendarButton() const { return m_button; }
    // Opens the calendar popup; the popup, while open.
    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; }
    // Sends what the box shows now (as Enter would).
    void finishEditing();
    void retranslate();

signals:
    void valueEdited(const std::optional<QDate> &date);
    // The text is not a date: nothing is given, the box keeps the text.
    void refused(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_line;
    QToolButton *m_button;
    QTimer *m_pause;
    QPointer<QCalendarWidget> m_calendar; // null again once its popup is gone
    std::optional<QDate> m_committed; // the value last given or loaded
};

// Yes / no / not answered.
class TriStateCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TriStateCombo(QWidget *parent = nullptr);
    std::optional<bool> value() const;
    void setValue(const std::optional<bool> &v);
    void retranslate();

signals:
    void valueEdited(const std::optional<bool> &v);
};

// One of a closed vocabulary, or not entered. Shown names come from data.
class ChoiceCombo : public QComboBox
{
    Q_OBJECT
public:
    ChoiceCombo(QString path, QStringList values, QWidget *parent = nullptr);
    std::optional<QString> value() const;
    void setValue(const std::optional<QString> &v);
    void retranslate();

signals:
    void valueEdited(const std::optional<QString> &v);

private:
    QString m_path;
    QStringList m_values;
};

// Any of a closed vocabulary. Nothing ticked is "not entered"; "None of these"
// is the known empty set.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    CheckList(QString path, QStringList values, QWidget *parent = nullptr);
    std::optional<QStringList> value() const;
    void setValue(const std::optional<QStringList> &v);
    void retranslate();

signals:
    void valueEdited(const std::optional<QStringList> &v);

private:
    void onChanged(int row);
    QString m_path;
    QStringList m_values;
    QListWidget *m_list;
    bool m_loading = false;
};

// A small editable table of records (awards, titles, standards …). No rows
// and "None" unticked is "not entered"; "None" ticked is the known empty list.
class RecordTable : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        enum Kind { Choice, Year, Date, Number, Decimal };
        Kind kind;
        QString header;       // translated by the owner
        QString choicePath;   // for Choice: where the names come from
        QStringList choices;  // for Choice
        int minimum = 0, maximum = 0; // for Year / Number
        bool allowEmpty = false;      // for Choice: "—" (empty) is a value, and new rows start with it
    };
    RecordTable(QList<Column> columns, QWidget *parent = nullptr);

    // Rows as text: a choice's value, a year or number in digits, an ISO date,
    // a decimal as typed. nullopt: not entered.
    std::optional<QList<QStringList>> rows() const;
    void setRows(const std::optional<QList<QStringList>> &rows);
    void setHeaders(const QStringList &headers);
    void retranslate();
    QTableWidget *table() const { return m_table; }
    // What a screen reader says for the table, its buttons and each cell
    // ("Titles held, row 1: Granted on").
    void setAccessibleLabel(const QString &label, const QString &description);

signals:
    void rowsEdited();

private:
    void addRow(const QStringList &values);
    void emitEdited();
    QWidget *cellEditor(const Column &c, const QString &value);
    static QString emptyChoiceText();
    QString cellValue(int row, int column) const;
    void nameCells();

    QList<Column> m_columns;
    QStringList m_headers;
    QString m_label;
    QString m_description;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_none;
    bool m_loading = false;
};

// "?": shows the official definition of a field.
class HelpButton : public QToolButton
{
    Q_OBJECT
public:
    HelpButton(QString path, QWidget *parent = nullptr);
    QString path() const { return m_path; }
    void showHelp();

private:
    QString m_path;
};

} // namespace srdi::ui
