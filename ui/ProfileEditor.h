// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProfileJson.h"
#include "model/Patch.h"
#include "model/Profile.h"
#include "storage/ProfileStore.h"

#include <QObject>
#include <QSet>
#include <functional>

class QUndoStack;

namespace srdi {
class ProfileStore;
}

namespace srdi::ui {

// The company being edited. Every accepted change is validated with the same
// rules as an import and written as a patch (only the fields it changes,
// checked against what is stored, in one transaction) and pushed on the undo
// stack, one step per committed value; undo and redo write the inverse patch.
// A value that cannot be one is refused and the stored profile stays as it
// was; figures that only contradict each other are stored as given (and
// flagged by the form: ProfileJson::inconsistencies). Other writers (another
// window, a batch, an import) are normal: their changes to other fields are
// taken in and announced; a field they changed that this edit also changes is
// a conflict that the resolver decides, having seen both values.
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
    // rule it is saved and becomes one undo step; otherwise nothing is saved
    // and the problems are returned. `description` names the edit in the Edit
    // menu. `key` names the field edited (for a failure to save).
    QList<ValidationError> edit(const QString &key, const QString &description,
                                const std::function<void(Profile &)> &change);
    // What edit() would refuse `candidate` (the profile with an edit applied)
    // for, in the current language; saves nothing.
    QList<ValidationError> check(const Profile &candidate) const;

    // What-if: edits change a copy only; nothing is saved or put on the undo
    // stack until apply(), which saves the copy as one undoable step.
    void beginWhatIf();
    bool isWhatIf() const { return m_whatIf; }
    bool applyWhatIf();
    void discardWhatIf();
    // The profile as stored (differs from profile() during what-if).
    const Profile &savedProfile() const { return m_whatIf ? m_saved : m_profile; }

    // For the undo commands: apply `patch` to company `id` and show it.
    bool write(qint64 id, const Patch &patch);

    // Another writer may have changed the open company: when its row version
    // moved, reload it and announce the fields that changed. Returns true when
    // it reloaded.
    bool refreshFromStore();
    qint64 version() const { return m_version; }

    // Decides a conflict: `keys` were changed by another writer to the values
    // in `theirs` while this edit sets them as in `mine`. Return true to keep
    // mine (written over theirs), false to keep theirs (this edit is dropped).
    // Without a resolver theirs is kept: nothing unseen is overwritten.
    using ConflictResolver =
        std::function<bool(const QStringList &keys, const Profile &mine, const Profile &theirs)>;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    // The fields (patch keys) the user is typing in and has not finished:
    // when another writer changes one of them meanwhile, the value the user
    // saw before stays the basis of what they commit there, so that the
    // other writer's value is a conflict shown to them, never overwritten
    // unseen.
    void setTypingProbe(std::function<QStringList()> probe) { m_typing = std::move(probe); }

    static QDate today();

    // Why the last edit was not saved though valid (the database refused
    // the write: a lost connection, a lock); empty when it was saved or
    // refused for its value.
    QString lastSaveError() const { return m_lastError; }

signals:
    // Before another company (or none) is shown: text typed for this one is
    // committed now, to this one.
    void aboutToSwitch();
    // After the profile changed: an edit, an undo or a redo.
    void profileChanged();
    // An undo or redo concerns another company than the one shown.
    void companyRequested(qint64 id);
    void saveFailed(const QString &message);
    void saved();
    void whatIfChanged(bool active);
    // Another writer changed these fields of the open company (now shown).
    void changedElsewhere(const QStringList &keys);
    // Another writer deleted the open company.
    void removedElsewhere(qint64 id);

private:
    // Writes `patch` to company `id`, asking the resolver on a conflict; on
    // success shows what is stored. Returns the patch as applied (empty when
    // nothing was written).
    std::optional<PatchOutcome> commit(qint64 id, const Patch &patch);
    void take(const PatchOutcome &outcome, const Patch &patch);

    ProfileStore *m_store;
    ConflictResolver m_resolver;
    std::function<QStringList()> m_typing;
    // Fields another writer changed while the user typed in them: the
    // values the user saw (setTypingProbe).
    Profile m_basis;
    QSet<QString> m_basisKeys;
    qint64 m_version = 0;
    QString m_lastError; // the last commit's failure, if it failed
    QUndoStack *m_undo;
    qint64 m_id = 0;
    Profile m_profile;
    Profile m_saved; // during what-if: the stored profile
    bool m_whatIf = false;
};

} // namespace srdi::ui
