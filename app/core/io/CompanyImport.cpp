// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyImport.h"

#include "io/JsonInput.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace srdi::io {

CompanyImport::CompanyImport(QString path, QDate today)
    : m_path(std::move(path))
    , m_today(today)
{
}

CompanyImport::~CompanyImport() = default;

bool CompanyImport::open()
{
    m_problems.clear();
    m_unreadable = false;
    m_folder = QFileInfo(m_path).isDir();
    return m_folder ? openFolder() : openCsv();
}

bool CompanyImport::openFolder()
{
    // Names only, sorted here: QDir's own sorting holds a QFileInfo per file,
    // which made the peak memory grow with the size of the folder. System
    // entries too (FIFOs, devices, sockets): they are named and skipped
    // rather than left out without a word.
    for (QDirIterator it(m_path, {QStringLiteral("*.srdi.json")}, QDir::Files | QDir::System); it.hasNext();) {
        it.next();
        m_names.append(it.fileName());
    }
    m_names.sort();
    if (m_names.isEmpty()) {
        m_problems.append(tr("%1: holds no *.srdi.json file").arg(m_path));
        return false;
    }
    return true;
}

bool CompanyImport::openCsv()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_problems.append(tr("%1: cannot read (%2)").arg(m_path, m_file.errorString()));
        m_unreadable = true;
        return false;
    }
    // A FIFO or a device has no size and cannot be read twice.
    if (m_file.isSequential()) {
        m_problems.append(tr("%1: not a regular file (a device, a FIFO or a socket)").arg(m_path));
        return false;
    }
    m_size = std::max<qint64>(m_file.size(), 1);
    m_encoding = CompanyCsv::detectEncoding(m_file);
    m_reader = std::make_unique<CsvReader>(m_file);
    CsvRecord record;
    bool haveHeader = false;
    while (m_reader->next(record)) {
        if (!record.isBlank()) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        m_problems.append(
            tr("%1: the file is empty; the first row must name the columns (see docs/batch-csv.md)").arg(m_path));
        return false;
    }
    QList<ValidationError> errors;
    m_layout = CompanyCsv::layout(record, &errors, m_encoding);
    if (!m_layout) {
        for (const ValidationError &e : std::as_const(errors))
            m_problems.append(tr("%1:%2: %3").arg(m_path).arg(record.line).arg(e.message()));
        return false;
    }
    return true;
}

QStringList CompanyImport::notes() const
{
    QStringList out;
    if (!m_layout)
        return out;
    if (m_encoding == CsvEncoding::Gb18030)
        out.append(tr("%1: read as GB18030 (not UTF-8)").arg(m_path));
    for (const QString &n : CompanyCsv::missingColumnNotes(*m_layout))
        out.append(n);
    return out;
}

bool CompanyImport::next(ImportItem &item)
{
    item = ImportItem();
    return m_folder ? nextFile(item) : nextCsv(item);
}

bool CompanyImport::nextCsv(ImportItem &item)
{
    if (!m_reader || !m_layout)
        return false;
    CsvRecord record;
    do {
        if (!m_reader->next(record))
            return false;
    } while (record.isBlank());
    m_lastLine = record.line;
    item.where = QStringLiteral("%1:%2").arg(m_path).arg(record.line);
    ImportResult r = CompanyCsv::read(*m_layout, record, m_today);
    if (r.profile) {
        item.profile = std::move(r.profile);
        item.given = r.fields;
    } else {
        for (const ValidationError &e : std::as_const(r.errors))
            item.errors.append(tr("%1: %2").arg(item.where, e.message()));
    }
    return true;
}

bool CompanyImport::nextFile(ImportItem &item)
{
    if (m_nextName >= m_names.size())
        return false;
    const QString path = QDir(m_path).filePath(m_names.at(m_nextName++));
    item.where = path;
    // A FIFO would block the run and a device never end: only regular files
    // are read, and never more than a profile may hold.
    if (!QFileInfo(path).isFile()) {
        item.errors.append(tr("%1: not a regular file (a device, a FIFO or a socket); skipped").arg(path));
        return true;
    }
    QString error;
    bool tooLarge = false;
    const std::optional<QByteArray> bytes = JsonInput::readFile(path, ProfileJson::kMaxFileBytes, &error, &tooLarge);
    if (!bytes) {
        item.errors.append(error);
        item.unreadable = !tooLarge;
        return true;
    }
    ImportResult r = ProfileJson::parse(*bytes, m_today);
    if (r.profile) {
        item.profile = std::move(r.profile);
        item.given = r.fields;
    } else {
        for (const ValidationError &e : std::as_const(r.errors))
            item.errors.append(path + QStringLiteral(": ") + e.message());
    }
    return true;
}

int CompanyImport::percent() const
{
    if (m_folder)
        return m_names.isEmpty() ? 100 : int(m_nextName * 100 / m_names.size());
    return m_reader ? int(std::min<qint64>(m_reader->position() * 100 / m_size, 100)) : 0;
}

QString CompanyImport::endNote() const
{
    if (m_reader && m_reader->stoppedEarly())
        return tr("%1:%2: a line is longer than %3 bytes; the rest of the file is not read")
            .arg(m_path)
            .arg(m_lastLine)
            .arg(CsvReader::kMaxLineBytes);
    return QString();
}

} // namespace srdi::io
