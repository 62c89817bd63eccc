// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitWhenDone.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace srdi::ui {

namespace {

int g_pauseMs = 1000;

} // namespace

CommitWhenDone::CommitWhenDone(QLineEdit *line)
    : QObject(line)
    , m_line(line)
{
    setObjectName(QStringLiteral("commitWhenDone"));
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &CommitWhenDone::flush);
    connect(line, &QLineEdit::textEdited, this, [this] {
        setPending(true);
        m_pause.start(g_pauseMs); // restarted by every keystroke
    });
    connect(line, &QLineEdit::returnPressed, this, &CommitWhenDone::flush);
    connect(line, &QLineEdit::editingFinished, this, &CommitWhenDone::flush);
    line->installEventFilter(this);
}

int CommitWhenDone::pauseMs()
{
    return g_pauseMs;
}

void CommitWhenDone::setPauseMs(int ms)
{
    g_pauseMs = ms;
}

void CommitWhenDone::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    emit pendingChanged(pending);
}

void CommitWhenDone::flush()
{
    m_pause.stop();
    if (!m_pending)
        return;
    setPending(false);
    emit commitRequested(m_line->text());
}

void CommitWhenDone::discard()
{
    m_pause.stop();
    setPending(false);
}

bool CommitWhenDone::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_line)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusOut:
        flush();
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            break;
        // Undo works on committed values, not on the keystrokes of the field:
        // commit what is typed, then let the window's Undo act (the override
        // is left unaccepted), or act here where no window action took it.
        flush();
        if (event->type() == QEvent::KeyPress) {
            if (undo)
                emit undoRequested();
            else
                emit redoRequested();
        }
        event->ignore();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace srdi::ui
