// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditor.h"

#include "storage/ProfileStore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace srdi::ui {

namespace {

// One edit of one field of one company. Typing merges: "8", "86", "860" in the
// same field make a single undo step.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProfileEditor *editor, qint64 id, QString key, const QString &text, Profile before, Profile after)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_id(id)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    int id() const override { return 1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditCommand *>(other);
        if (o->m_id != m_id || o->m_key != m_key)
            return false;
        m_after = o->m_after;
        return true;
    }

    void redo() override
    {
        // The first redo happens in push(): the edit is already saved.
        if (m_first) {
            m_first = false;
            return;
        }
        m_editor->write(m_id, m_after);
    }

    void undo() override { m_editor->write(m_id, m_before); }

private:
    ProfileEditor *m_editor;
    qint64 m_id;
    QString m_key;
    Profile m_before, m_after;
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
    QString error;
    if (sandbox == m_saved) {
        emit profileChanged();
        return true;
    }
    if (!m_store->update(m_id, sandbox, &error)) {
        emit saveFailed(error);
        emit profileChanged();
        return false;
    }
    Profile before = std::exchange(m_profile, sandbox);
    m_undo->push(new EditCommand(this, m_id, QStringLiteral("what-if"), tr("Apply what-if"), std::move(before), sandbox));
    emit saved();
    emit profileChanged();
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
    discardWhatIf(); // a sandbox belongs to the company it was opened on
    auto p = m_store ? m_store->load(id, error) : std::nullopt;
    if (!p) {
        close();
        return false;
    }
    m_id = id;
    m_profile = std::move(*p);
    emit profileChanged();
    return true;
}

void ProfileEditor::close()
{
    discardWhatIf();
    m_id = 0;
    m_profile = Profile();
    emit profileChanged();
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
    QList<ValidationError> problems = ProfileJson::validate(candidate, today());
    // The database keeps credit codes unique: say so before it refuses.
    if (candidate.company.creditCode && candidate.company.creditCode != m_profile.company.creditCode) {
        const auto other = m_store->findByCreditCode(*candidate.company.creditCode);
        if (other && *other != m_id) {
            problems.append({QStringLiteral("company.credit_code"), *candidate.company.creditCode,
                             tr("another company in this database has this credit code")});
        }
    }
    if (!problems.isEmpty())
        return problems;
    if (m_whatIf) {
        m_profile = candidate; // the sandbox: nothing stored
        emit profileChanged();
        return {};
    }
    QString error;
    if (!m_store->update(m_id, candidate, &error)) {
        emit saveFailed(error);
        return {{key, QString(), error}};
    }
    Profile before = std::exchange(m_profile, candidate);
    m_undo->push(new EditCommand(this, m_id, key, description, std::move(before), candidate));
    emit saved();
    emit profileChanged();
    return {};
}

bool ProfileEditor::write(qint64 id, const Profile &profile)
{
    QString error;
    if (!m_store || !m_store->update(id, profile, &error)) {
        emit saveFailed(error);
        return false;
    }
    if (id != m_id) {
        // Undo reaches back to another company: show it.
        emit companyRequested(id);
        if (id != m_id)
            return true;
    }
    m_profile = profile;
    emit saved();
    emit profileChanged();
    return true;
}

} // namespace srdi::ui
