// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <memory>

// Where the command line writes its results (--out, --export-portfolio).
// An output never destroys an input: OutputGuard refuses an output that is
// the database in use, one of its side files or backups, or an input of the
// same run, comparing files by identity (device and inode), not by spelling.
// OutputFile writes a regular file atomically (QSaveFile) and a device, a
// FIFO or standard output ("-") directly, never renaming over it.
namespace srdi::cli {

// What a path names once symbolic links are followed.
struct FileIdentity
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    bool regular = false; // a regular file (not a device, FIFO, socket or folder)
    QString spelling;     // the canonical folder + the final name (links followed)

    static FileIdentity of(const QString &path);
    bool sameFile(const FileIdentity &other) const;
};

class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(srdi::cli::OutputGuard)
public:
    // The database file, its -wal, -shm and -journal, and every file of its
    // backups folder.
    void protectDatabase(const QString &databasePath);
    // An input file of the run, or a folder of inputs (every file in it).
    void protectInput(const QString &path);

    // Empty when `output` may be written; otherwise the translated reason,
    // naming `option` and the path ("--out = d.sqlite: …").
    QString check(const QString &option, const QString &output) const;

private:
    struct Entry
    {
        FileIdentity identity;
        QString what;        // translated: "the database in use (…)"
        bool folder = false; // any file directly inside it
    };
    void add(const QString &path, const QString &what, bool folder);
    QList<Entry> m_entries;
};

// One output file. A regular file (or a name not yet taken) is written to a
// temporary file and renamed over the target on commit(); "-", a file that is
// standard output, a device or a FIFO is written in place.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(srdi::cli::OutputFile)
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();

    // True when `path` is written in place (see above).
    static bool isDirect(const QString &path);
    // True when `path` is "-" or names the file standard output goes to.
    static bool isStandardOutput(const QString &path);

    bool open();
    qint64 write(const QByteArray &bytes);
    bool commit();
    void cancelWriting();
    QString errorString() const;

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace srdi::cli
