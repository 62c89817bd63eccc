// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include "storage/Backup.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace srdi::cli {

namespace {

// Symbolic links of the last component are followed by hand, so that a link
// whose target does not exist yet (a -wal, a database about to be created)
// still names that target.
QString resolvedSpelling(const QString &path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo fi(p);
        if (!fi.isSymLink())
            break;
        const QString target = fi.symLinkTarget();
        if (target.isEmpty())
            break;
        p = target;
    }
    const QFileInfo fi(p);
    const QString folder = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? fi.absolutePath() : folder) + u'/' + fi.fileName());
}

#ifdef Q_OS_UNIX
bool sameAsStandardOutput(const QString &path)
{
    struct stat out = {};
    struct stat file = {};
    if (::fstat(STDOUT_FILENO, &out) != 0 || ::stat(QFile::encodeName(path).constData(), &file) != 0)
        return false;
    return out.st_dev == file.st_dev && out.st_ino == file.st_ino;
}
#endif

} // namespace

// ---------------------------------------------------------------------------
// FileIdentity

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    if (path.isEmpty() || path == u"-") {
        id.spelling = path;
        return id;
    }
    id.spelling = resolvedSpelling(path);
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.exists = true;
        id.device = quint64(st.st_dev);
        id.inode = quint64(st.st_ino);
        id.regular = S_ISREG(st.st_mode);
    }
#else
    const QFileInfo fi(path);
    id.exists = fi.exists();
    id.regular = fi.isFile();
#endif
    return id;
}

bool FileIdentity::sameFile(const FileIdentity &other) const
{
    if (spelling.isEmpty() || other.spelling.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    if (exists && other.exists)
        return device == other.device && inode == other.inode;
    return spelling == other.spelling;
#else
    return spelling.compare(other.spelling, Qt::CaseInsensitive) == 0;
#endif
}

// ---------------------------------------------------------------------------
// OutputGuard

void OutputGuard::add(const QString &path, const QString &what, bool folder)
{
    m_entries.append({FileIdentity::of(path), what, folder});
}

void OutputGuard::protectDatabase(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    add(databasePath, tr("the database in use (%1)").arg(databasePath), false);
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = databasePath + QLatin1String(suffix);
        add(side, tr("%1, a file of the database in use").arg(side), false);
    }
    const QString backups = Backup::folderFor(databasePath);
    add(backups, tr("a file in the backups folder of the database (%1)").arg(backups), true);
}

void OutputGuard::protectInput(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo fi(path);
    if (fi.isDir())
        add(path, tr("a file in the input folder %1 of this run").arg(path), true);
    else
        add(path, tr("the input %1 of this run").arg(path), false);
}

QString OutputGuard::check(const QString &option, const QString &output) const
{
    if (output == u"-")
        return {};
    const FileIdentity out = FileIdentity::of(output);
    const FileIdentity parent = FileIdentity::of(QFileInfo(out.spelling).absolutePath());
    for (const Entry &e : m_entries) {
        if (e.folder ? parent.sameFile(e.identity) : out.sameFile(e.identity))
            return tr("%1 = %2: refused, it is %3; nothing was written").arg(option, output, e.what);
    }
    return {};
}

// ---------------------------------------------------------------------------
// OutputFile

OutputFile::OutputFile(const QString &path) : m_path(path) {}

OutputFile::~OutputFile() = default;

bool OutputFile::isStandardOutput(const QString &path)
{
    if (path == u"-")
        return true;
#ifdef Q_OS_UNIX
    return sameAsStandardOutput(path);
#else
    return false;
#endif
}

bool OutputFile::isDirect(const QString &path)
{
    if (isStandardOutput(path))
        return true;
    const FileIdentity id = FileIdentity::of(path);
    return id.exists && !id.regular;
}

bool OutputFile::open()
{
    if (isStandardOutput(m_path)) {
        std::fflush(stdout);
        m_direct = std::make_unique<QFile>();
        return m_direct->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    }
    if (isDirect(m_path)) {
        // A device or a FIFO: opened as it is, nothing renamed over it.
        m_direct = std::make_unique<QFile>(m_path);
        return m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    return m_save->open(QIODevice::WriteOnly);
}

qint64 OutputFile::write(const QByteArray &bytes)
{
    if (m_save)
        return m_save->write(bytes);
    if (m_direct)
        return m_direct->write(bytes);
    return -1;
}

bool OutputFile::commit()
{
    if (m_save)
        return m_save->commit();
    if (m_direct) {
        const bool ok = m_direct->flush() && m_direct->error() == QFileDevice::NoError;
        m_direct->close();
        return ok;
    }
    return false;
}

void OutputFile::cancelWriting()
{
    if (m_save)
        m_save->cancelWriting();
    if (m_direct)
        m_direct->close();
}

QString OutputFile::errorString() const
{
    if (m_save)
        return m_save->errorString();
    if (m_direct)
        return m_direct->errorString();
    return tr("not open");
}

} // namespace srdi::cli
