// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProfileJson.h"
#include "model/Profile.h"

#include <QJsonValue>
#include <QTabWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QComboBox;

namespace srdi::ui {

class FiscalYearsModel;
class HelpButton;
class ProfileEditor;

// Every field of a company's profile, grouped as the official forms group
// them: 基本情况 / 经营情况 / 专业化 / 精细化 / 特色化 / 创新能力 / 称号与承诺.
// Each change goes through the editor (validated, saved at once, undoable);
// a refused value stays in its field, marked, with the rule it breaks.
class CompanyForm : public QTabWidget
{
    Q_OBJECT
public:
    // Later: no page is made until buildShownPage() (the window's first
    // frame shows the tabs, and the page on screen is made right after it).
    enum class FirstPage { Now, Later };
    explicit CompanyForm(ProfileEditor *editor, QWidget *parent = nullptr, FirstPage first = FirstPage::Now);

    // Reloads every field from the editor's profile (after an undo, a switch
    // of company); a field being typed in keeps its text while it is valid.
    void load();
    void retranslate();

    // A page's fields are made when the page is first shown, so that the
    // window opens fast; this makes every page now.
    void buildAllPages();
    // Makes the page on screen, and from now on every page when first shown;
    // false when it was made already.
    bool buildShownPage();
    // FirstPage::Later: the tab to show, its page not made yet. Any other
    // change of tab makes its page at once.
    void setHeldPage(int index);

    // The input widget of a field path ("company.name", "innovation.ip.class1");
    // makes the pages not yet made when the path is not found among the others.
    QWidget *inputFor(const QString &path);
    // The message shown under a field; empty when the field is fine.
    QString errorFor(const QString &path) const;
    // The flag shown under a field whose stored value contradicts another
    // field's (both are flagged); empty when there is none.
    QString flagFor(const QString &path) const;
    // The unit warnings shown under the fiscal years (one line each).
    QStringList unitWarnings() const;

    // The page (tab index) a field is on: "years.rd_expense" -> the years.
    static int pageOf(const QString &path);
    // How many figures the rules in force read are still empty on page
    // `index` (a fiscal-year figure once per year read); shown in its tab.
    int missingOn(int index) const;

    // Text typed into a field and not yet committed (the user is not done).
    bool hasPending() const;
    // The fields (their paths) with text typed and not yet committed.
    QStringList typingPaths() const;
    // Commits every field's pending text now (before a switch of company,
    // closing the window, an undo).
    void commitPending();
    // A refused value is still shown where it was typed.
    bool hasRefused() const;
    // Values typed and valid but not saved because the database could not
    // be written (a lost connection): still shown where they were typed,
    // and saved by retryUnsaved(). Returns how many are still unsaved.
    bool hasUnsaved() const;
    int retryUnsaved();
    QTableView *yearsView();
    QLabel *yearsMessage();

    // "years[1].rd_expense = -5: …" in the user's words: "R&D expense 2024 = -5: …".
    QString describe(const ValidationError &e) const;
    // A field (model/Patch.h key) by its label in the current language:
    // "研发费用 2025".
    QString fieldName(const QString &key) const;
    // The value of field `key` of `p` as the exchange file writes it
    // (money in 万元), "—" when not known.
    static QString valueText(const Profile &p, const QString &key);
    // A value as the exchange file writes it, "—" when not known.
    static QString jsonText(const QJsonValue &value);

signals:
    // Whether text is pending or a refused value is shown changed.
    void stateChanged();
    // A page's fields were made (they join the window's Tab order at its end).
    void pageBuilt(int index);

protected:
    bool event(QEvent *event) override;

private:
    struct Field
    {
        QString path;
        QWidget *input = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr; // a refused value: nothing stored
        QLabel *flag = nullptr;  // stored, but contradicts another field
        HelpButton *help = nullptr;
        std::function<void(const Profile &)> load;
        // Why the value shown was refused, worked out again when the language
        // changes so that the message is in the new one; empty: not refused.
        std::function<QList<ValidationError>()> refused;
        // The edit typed here that the database did not take (saved again by retryUnsaved).
        std::function<void(Profile &)> unsaved;
    };

    void buildPage(int index);
    bool m_pagesHeld = false; // FirstPage::Later until buildShownPage()
    // The content of the page being made (it joins its tab once it is full).
    QWidget *page(const QString &objectName);
    QFormLayout *section(QWidget *page, const QString &objectName);
    Field &addRow(QFormLayout *form, const QString &path, QWidget *input);
    void commit(Field &f, const std::function<void(Profile &)> &change);
    // Shows why a typed value was refused, in the language of the moment.
    void refuse(Field &f, std::function<QList<ValidationError>()> why);
    void showProblems(Field &f, const QList<ValidationError> &problems, bool unsaved = false);
    void nameForScreenReaders(Field &f, const QString &label, const QString &tip);
    void clearProblems(Field &f);

    void addText(QFormLayout *form, const QString &path, std::function<Opt<QString> &(Profile &)> ref);
    void addName(QFormLayout *form);
    void addWhole(QFormLayout *form, const QString &path, std::function<Opt<qint64> &(Profile &)> ref);
    void addDecimal(QFormLayout *form, const QString &path, std::function<Opt<qint64> &(Profile &)> ref);
    void addYesNo(QFormLayout *form, const QString &path, std::function<Opt<bool> &(Profile &)> ref);
    void addChoice(QFormLayout *form, const QString &path, const QStringList &values,
                   std::function<Opt<QString> &(Profile &)> ref);
    void addChoice(QFormLayout *form, const QString &path, const QStringList &values,
                   std::function<Opt<QString>(const Profile &)> get,
                   std::function<void(Profile &, const Opt<QString> &)> set);
    void addDate(QFormLayout *form, const QString &path, std::function<Opt<QDate> &(Profile &)> ref);
    void addChecks(QFormLayout *form, const QString &path, const QStringList &values,
                   std::function<Opt<QStringList> &(Profile &)> ref);
    void addRegion(QFormLayout *form);
    void addIndustry(QFormLayout *form);
    void addAssessmentYear(QFormLayout *form);

    // Flags the fields of every inconsistency of the profile shown.
    void showInconsistencies();
    // Commits `line` when the user is done with it; `commit` gets its text.
    void commitWhenDone(QLineEdit *line, const QString &path, std::function<void(Field &, const QString &)> commit);

    void buildBasic();
    void buildOperations();
    void buildSpecialization();
    void buildRefinement();
    void buildFeature();
    void buildInnovation();
    void buildTitles();

    ProfileEditor *m_editor;
    QList<Field> m_fields;
    QList<std::function<void()>> m_retranslators;
    FiscalYearsModel *m_years = nullptr;
    QTableView *m_yearsView = nullptr;
    QLabel *m_yearsMessage = nullptr;
    bool m_loading = false;
    qint64 m_shownId = 0; // the company the fields show
    QLabel *m_yearsFlags = nullptr;
    // Figures probably typed in yuan where 万元 is asked: a warning each, with
    // a one-click fix (never a refusal).
    QWidget *m_unitWarnings = nullptr;
    QList<QWidget *> m_unitRows; // the rows shown now (old ones are deleted later)
    bool m_unitWarningsQueued = false;
    QStringList m_unitSignature; // what the rows shown say
    void showUnitWarnings();
    // Each tab's title with how many figures it still lacks.
    void showCompleteness();
    QList<int> m_missing; // per tab
    QList<bool> m_built;               // per tab
    QWidget *m_pageContent = nullptr; // while a page is being made
};

} // namespace srdi::ui
