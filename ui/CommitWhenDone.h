// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QLineEdit;

namespace srdi::ui {

// Commits what a line edit shows when the user is done with it: Enter, focus
// leaving it (Tab, a click elsewhere), or a pause after the last keystroke —
// whichever comes first. Until then the text is pending and nothing is
// stored, so the "900" on the way to "9000" never is; a crash loses at most
// the field being typed. Ctrl+Z / Ctrl+Y commit the pending text first and
// then undo (or redo) whole committed values: text undone that way waits on
// the redo stack, it is never dropped.
class CommitWhenDone : public QObject
{
    Q_OBJECT
public:
    explicit CommitWhenDone(QLineEdit *line);
    QLineEdit *lineEdit() const { return m_line; }
    bool isPending() const { return m_pending; }
    // Commits the pending text now (nothing when none is pending).
    void flush();
    // Forgets the pending text (the field is reloaded from the store).
    void discard();

    // The pause after the last keystroke that commits (about a second).
    static int pauseMs();
    static void setPauseMs(int ms); // for tests

signals:
    // The user is done: `text` is exactly what the field shows.
    void commitRequested(const QString &text);
    void pendingChanged(bool pending);
    // Ctrl+Z / Ctrl+Y reached the field where no window action took them.
    void undoRequested();
    void redoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPending(bool pending);
    QLineEdit *m_line;
    QTimer m_pause;
    bool m_pending = false;
};

} // namespace srdi::ui
