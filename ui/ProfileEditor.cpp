// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditor.h"

#include "storage/ProfileStore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace srdi::ui {

namespace {

// One committed value of one field of one company, as a patch: a field is
// committed when the user is done with it (not at every keystroke), so each
// commit is its own undo step. Redo and undo write only the fields of the
// patch, so another writer's changes to other fields stay.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProfileEditor *editor, qint64 id, const QString &text, Patch patch)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_id(id)
        , m_patch(std::move(patch))
    {
    }

    void redo() override
    {
        // The first redo happens in push(): the edit is already saved.
        if (m_first) {
            m_first = false;
            return;
        }
        m_editor->write(m_id, m_patch);
    }

    void undo() override { m_editor->write(m_id, m_patch.inverse()); }

private:
    ProfileEditor *m_editor;
    qint64 m_id;
    Patch m_patch;
    bool m_first = true;
};

} // namespace

ProfileEditor::ProfileEditor(ProfileStore *store, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(undoStack)
{
}

QDate ProfileEditor::today()
{
    return QDate::currentDate();
}

void ProfileEditor::beginWhatIf()
{
    if (!isOpen() || m_whatIf)
        return;
    m_saved = m_profile;
    m_whatIf = true;
    emit whatIfChanged(true);
}

bool ProfileEditor::applyWhatIf()
{
    if (!m_whatIf)
        return false;
    const Profile sandbox = m_profile;
    m_profile = m_saved;
    m_whatIf = false;
    emit whatIfChanged(false);
    const Patch patch = Patch::between(m_saved, sandbox);
    if (patch.isEmpty()) {
        emit profileChanged();
        return true;
    }
    const std::optional<PatchOutcome> outcome = commit(m_id, patch);
    if (!outcome) {
        emit profileChanged();
        return false;
    }
    if (!outcome->applied.isEmpty())
        m_undo->push(new EditCommand(this, m_id, tr("Apply what-if"), patch));
    take(*outcome, patch);
    return true;
}

void ProfileEditor::discardWhatIf()
{
    if (!m_whatIf)
        return;
    m_profile = m_saved;
    m_whatIf = false;
    emit whatIfChanged(false);
    emit profileChanged();
}

bool ProfileEditor::open(qint64 id, QString *error)
{
    if (id != m_id)
        emit aboutToSwitch();
    discardWhatIf(); // a sandbox belongs to the company it was opened on
    qint64 version = 0;
    auto p = m_store ? m_store->load(id, &version, error) : std::nullopt;
    if (!p) {
        close();
        return false;
    }
    m_id = id;
    m_version = version;
    m_profile = std::move(*p);
    m_basisKeys.clear();
    emit profileChanged();
    return true;
}

void ProfileEditor::close()
{
    if (m_id)
        emit aboutToSwitch();
    discardWhatIf();
    m_id = 0;
    m_version = 0;
    m_profile = Profile();
    m_basisKeys.clear();
    emit profileChanged();
}

QList<ValidationError> ProfileEditor::check(const Profile &candidate) const
{
    if (!isOpen() || !m_store)
        return {};
    QList<ValidationError> problems = ProfileJson::validate(candidate, today());
    // The database keeps credit codes unique: say so before it refuses.
    if (candidate.company.creditCode && candidate.company.creditCode != m_profile.company.creditCode) {
        const auto other = m_store->findByCreditCode(*candidate.company.creditCode);
        if (other && *other != m_id) {
            problems.append({QStringLiteral("company.credit_code"), *candidate.company.creditCode,
                             tr("another company in this database has this credit code")});
        }
    }
    return problems;
}

QList<ValidationError> ProfileEditor::edit(const QString &key, const QString &description,
                                           const std::function<void(Profile &)> &change)
{
    if (!isOpen() || !m_store)
        return {};
    Profile candidate = m_profile;
    change(candidate);
    if (candidate == m_profile)
        return {};
    if (QList<ValidationError> problems = check(candidate); !problems.isEmpty())
        return problems;
    if (m_whatIf) {
        m_profile = candidate; // the sandbox: nothing stored
        emit profileChanged();
        return {};
    }
    Patch patch = Patch::between(m_profile, candidate);
    if (!m_basisKeys.isEmpty()) {
        // A field another writer changed while the user typed in it: the
        // edit is made against what the user saw, so the store sees the
        // other value as a conflict and the user is shown both.
        QStringList held;
        for (const QString &key : patch.keys()) {
            if (m_basisKeys.contains(key))
                held.append(key);
        }
        if (!held.isEmpty()) {
            Profile base = m_profile;
            for (const QString &key : std::as_const(held)) {
                fields::copy(m_basis, base, key);
                m_basisKeys.remove(key);
            }
            Profile after = base;
            patch.applyTo(after);
            patch = Patch::between(base, after);
        }
    }
    const std::optional<PatchOutcome> outcome = commit(m_id, patch);
    if (!outcome) { // a conflict that kept theirs is no problem of this field
        if (m_lastError.isEmpty())
            return {};
        return {{key, QString(), m_lastError}};
    }
    if (!outcome->applied.isEmpty())
        m_undo->push(new EditCommand(this, m_id, description, patch));
    take(*outcome, patch);
    return {};
}

std::optional<PatchOutcome> ProfileEditor::commit(qint64 id, const Patch &patch)
{
    if (!m_store)
        return std::nullopt;
    m_lastError.clear();
    PatchOutcome outcome = m_store->apply(id, patch, ConflictPolicy::Refuse);
    if (!outcome.conflicts.isEmpty()) {
        Profile mine = outcome.stored;
        patch.applyTo(mine);
        const bool keepMine = m_resolver && m_resolver(outcome.conflicts, mine, outcome.stored);
        if (keepMine) {
            outcome = m_store->apply(id, patch, ConflictPolicy::Overwrite);
        } else {
            // Theirs stays: show what is stored, this edit is dropped.
            if (id == m_id) {
                const QStringList changed = fields::differing(m_profile, outcome.stored);
                m_profile = outcome.stored;
                m_version = outcome.version;
                if (!changed.isEmpty())
                    emit changedElsewhere(changed);
                emit profileChanged();
            }
            return std::nullopt;
        }
    }
    if (!outcome.ok) {
        m_lastError = outcome.error;
        emit saveFailed(outcome.error);
        return std::nullopt;
    }
    return outcome;
}

void ProfileEditor::take(const PatchOutcome &outcome, const Patch &patch)
{
    if (outcome.id != m_id)
        return;
    // Fields that neither this patch nor the profile shown explain were
    // changed by another writer since the window read them.
    QStringList elsewhere;
    for (const QString &key : fields::differing(m_profile, outcome.stored)) {
        if (!patch.keys().contains(key))
            elsewhere.append(key);
    }
    if (m_whatIf) {
        m_saved = outcome.stored;
    } else {
        m_profile = outcome.stored;
    }
    m_version = outcome.version;
    emit saved();
    if (!elsewhere.isEmpty())
        emit changedElsewhere(elsewhere);
    emit profileChanged();
}

bool ProfileEditor::refreshFromStore()
{
    if (!isOpen() || !m_store)
        return false;
    const std::optional<qint64> version = m_store->version(m_id);
    if (!version) {
        const qint64 gone = m_id;
        close();
        emit removedElsewhere(gone);
        return true;
    }
    if (*version == m_version)
        return false;
    qint64 readAt = 0;
    std::optional<Profile> stored = m_store->load(m_id, &readAt, nullptr);
    if (!stored)
        return false;
    Profile &shown = m_whatIf ? m_saved : m_profile;
    const QStringList changed = fields::differing(shown, *stored);
    if (m_typing && !changed.isEmpty()) {
        const QStringList typing = m_typing();
        for (const QString &key : changed) {
            if (typing.contains(key) && !m_basisKeys.contains(key)) {
                fields::copy(shown, m_basis, key);
                m_basisKeys.insert(key);
            }
        }
    }
    shown = std::move(*stored);
    m_version = readAt;
    if (!changed.isEmpty())
        emit changedElsewhere(changed);
    emit profileChanged();
    return true;
}

bool ProfileEditor::write(qint64 id, const Patch &patch)
{
    if (!m_store)
        return false;
    if (id != m_id) {
        // Undo reaches back to another company: show it.
        emit companyRequested(id);
    }
    const std::optional<PatchOutcome> outcome = commit(id, patch);
    if (!outcome)
        return false;
    take(*outcome, patch);
    return true;
}

} // namespace srdi::ui
