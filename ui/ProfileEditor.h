// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProfileJson.h"
#include "model/Profile.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace srdi {
class ProfileStore;
}

namespace srdi::ui {

// The company being edited. Every accepted change is validated with the same
// rules as an import, written to the database in one transaction at once, and
// pushed on the undo stack; a change that breaks a rule is refused and the
// stored profile stays as it was.
class ProfileEditor : public QObject
{
    Q_OBJECT
public:
    // `store` may be null (no database): nothing can be opened then.
    ProfileEditor(ProfileStore *store, QUndoStack *undoStack, QObject *parent = nullptr);
    // The store once the database is open (the window is built before that).
    void setStore(ProfileStore *store) { m_store = store; }

    bool open(qint64 id, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_id != 0; }
    qint64 companyId() const { return m_id; }
    const Profile &profile() const { return m_profile; }
    QUndoStack *undoStack() const { return m_undo; }

    // Applies `change` to a copy of the profile. When the copy passes every
    // rule it is saved and becomes undoable (consecutive edits of the same
    // `key` merge into one undo step); otherwise nothing is saved and the
    // problems are returned. `description` names the edit in the Edit menu.
    QList<ValidationError> edit(const QString &key, const QString &description,
                                const std::function<void(Profile &)> &change);

    // What-if: edits change a copy only; nothing is saved or put on the undo
    // stack until apply(), which saves the copy as one undoable step.
    void beginWhatIf();
    bool isWhatIf() const { return m_whatIf; }
    bool applyWhatIf();
    void discardWhatIf();
    // The profile as stored (differs from profile() during what-if).
    const Profile &savedProfile() const { return m_whatIf ? m_saved : m_profile; }

    // For the undo commands: store `profile` as company `id` and show it.
    bool write(qint64 id, const Profile &profile);

    static QDate today();

signals:
    // After the profile changed: an edit, an undo or a redo.
    void profileChanged();
    // An undo or redo concerns another company than the one shown.
    void companyRequested(qint64 id);
    void saveFailed(const QString &message);
    void saved();
    void whatIfChanged(bool active);

private:
    ProfileStore *m_store;
    QUndoStack *m_undo;
    qint64 m_id = 0;
    Profile m_profile;
    Profile m_saved; // during what-if: the stored profile
    bool m_whatIf = false;
};

} // namespace srdi::ui
