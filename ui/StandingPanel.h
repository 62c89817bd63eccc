// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awards/AwardCatalog.h"
#include "rules/Assessment.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QFrame;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace srdi {
class ProfileStore;
}

namespace srdi::ui {

class ProfileEditor;
class TrendChart;

// Where the company stands: the tier ladder, the rubric of each tier, the gap
// checklist with the user's plan, a trend over the years, and a what-if
// sandbox. Re-renders from the editor's profile on every change.
class StandingPanel : public QWidget
{
    Q_OBJECT
public:
    StandingPanel(ProfileEditor *editor, ProfileStore *store, QWidget *parent = nullptr);
    void setStore(ProfileStore *store) { m_store = store; }
    ~StandingPanel() override;

    // "auto" (the pack in force on the assessment date), "2026", "2022", "both".
    void setPackChoice(const QString &choice);
    QString packChoice() const;
    // The assessments shown now (two when side by side).
    const QList<rules::Assessment> &assessments() const { return m_assessments; }
    QTreeWidget *checklistView() const { return m_checklist; }
    QTextBrowser *awardsView() const { return m_awardsView; }
    // The awards matched against the first assessment shown.
    const awards::AwardReport &awards() const { return m_awards; }
    QTextBrowser *detailView() const { return m_detail; }
    // The text of the ladder's rungs, for tests and accessibility.
    QStringList ladderTexts() const;

    void refresh();
    // Renders the detail, awards and trend now (they follow a pause in typing).
    void renderViewsNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPackOrigin();
    void buildLadder(QVBoxLayout *into, const rules::Assessment &a, bool withTitle);
    QString detailHtml(const rules::Assessment &a) const;
    void fillChecklist();
    void syncWhatIfControls();

    ProfileEditor *m_editor;
    ProfileStore *m_store;
    QList<rules::Assessment> m_assessments;
    QComboBox *m_pack = nullptr;
    QLabel *m_packLabel = nullptr;
    QLabel *m_packOrigin = nullptr; // names a user rule pack in use, with its file
    QPushButton *m_whatIf = nullptr;
    QWidget *m_ladderHost = nullptr;
    QVBoxLayout *m_ladderLayout = nullptr;
    QList<QFrame *> m_rungs;
    QGroupBox *m_whatIfBox = nullptr;
    QLabel *m_whatIfNote = nullptr;
    QSlider *m_rdSlider = nullptr;
    QSlider *m_revenueSlider = nullptr;
    QSlider *m_ipSlider = nullptr;
    // The exact value beside each slider (万元 for money), kept in step with it.
    QDoubleSpinBox *m_rdBox = nullptr;
    QDoubleSpinBox *m_revenueBox = nullptr;
    QSpinBox *m_ipBox = nullptr;
    // Each control says its field and year: "R&D expense in 2025".
    QLabel *m_rdLabel = nullptr;
    QLabel *m_revenueLabel = nullptr;
    QLabel *m_ipLabel = nullptr;
    void labelWhatIfControls();
    void onWhatIfBox(QObject *box);
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTreeWidget *m_checklist = nullptr;
    TrendChart *m_trend = nullptr;
    QTextBrowser *m_awardsView = nullptr;
    awards::AwardReport m_awards;
    bool m_syncing = false;
    // The detail and awards documents and the trend take milliseconds to lay
    // out: they are rendered when typing pauses, and only when on screen.
    QTimer *m_viewsTimer = nullptr;
    bool m_viewsDirty = true;
    void renderVisibleViews();
    void renderViews(bool all);
};

} // namespace srdi::ui
