// SPDX-License-Identifier: GPL-3.0-or-later
// `--batch` and `--export-portfolio` as a script calls them (the real
// executable, SRDI_EXE): a folder with a bad file, a CSV round trip, re-runs
// and an interrupted run that completes without duplicates; and the CSV
// reader and company rows in-process (docs/batch-csv.md).

#include "SampleProfile.h"
#include "support/Files.h"
#include "cli/Batch.h"
#include "io/CreditCode.h"
#include "io/ProfileJson.h"
#include "testconfig.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

using namespace srdi;
using namespace srdi::cli;

using srdi::test::readAll;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(qEnvironmentVariable("SRDI_EXE"), args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The records of a CSV file as text (the reader under test is checked on
// its own below).
QList<QStringList> readCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.next(record)) {
        QStringList cells;
        for (const QByteArray &c : record.cells)
            cells.append(QString::fromUtf8(c));
        rows.append(cells);
    }
    return rows;
}

// Rows of a result file keyed by the header's column names.
QList<QHash<QString, QString>> resultRows(const QString &path)
{
    const QList<QStringList> rows = readCsv(readAll(path));
    QList<QHash<QString, QString>> out;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < rows.at(0).size() && c < rows.at(i).size(); ++c)
            row.insert(rows.at(0).at(c), rows.at(i).at(c));
        out.append(row);
    }
    return out;
}

// The names of the companies in a database (read directly, not through the
// code under test); empty when it cannot be read yet.
QStringList companyNames(const QString &db)
{
    QStringList names;
    {
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        h.setDatabaseName(db);
        h.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (h.open()) {
            QSqlQuery q(h);
            if (q.exec(QStringLiteral("SELECT name FROM companies ORDER BY id"))) {
                while (q.next())
                    names.append(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return names;
}

QString creditCode(int n)
{
    const QString first17 = QStringLiteral("9162010000") + QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
    return first17 + creditcode::checkCharacter(first17);
}

// A valid company, the sample with its own name and credit code.
Profile company(int n)
{
    Profile p = sampleProfile(2026);
    p.assessmentDate = QDate(2026, 11, 1);
    p.company.name = QStringLiteral("批量测试企业%1有限公司").arg(n, 5, 10, QLatin1Char('0'));
    p.company.creditCode = creditCode(n);
    return p;
}

QByteArray companiesCsv(int from, int to)
{
    QByteArray csv = CompanyCsv::headerLine();
    for (int n = from; n < to; ++n)
        csv += CompanyCsv::line(company(n));
    return csv;
}

const QStringList kStatuses{QStringLiteral("met"), QStringLiteral("unmet"), QStringLiteral("missing_data"),
                            QStringLiteral("manual_review")};

// Files in `dir` other than the ones named: what an interrupted write left.
QStringList strayFiles(const QString &dir, const QStringList &expected)
{
    QStringList stray;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (!expected.contains(name) && !name.startsWith(QLatin1String("db.sqlite")))
            stray.append(name);
    }
    return stray;
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_EXE")), "SRDI_EXE must name the built executable");
    }

    // ---- in-process: the reader and the rows ------------------------------

    void csvReaderHandlesQuotesAndLineEnds()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "a,b,c\r\n"
                                 "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                 "\n"
                                 "1,,3\r"
                                 "last,row,\"open";
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.cells, (QList<QByteArray>{"a", "b", "c"})); // the byte order mark is gone
        QCOMPARE(r.line, 1);
        QVERIFY(reader.next(r));
        QCOMPARE(r.cells, (QList<QByteArray>{"x, y", "say \"hi\"", "two\nlines"}));
        QCOMPARE(r.line, 2);
        QVERIFY(reader.next(r));
        QVERIFY(r.isBlank());
        QCOMPARE(r.line, 4);
        QVERIFY(reader.next(r));
        QCOMPARE(r.cells, (QList<QByteArray>{"1", "", "3"}));
        QCOMPARE(r.line, 5);
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 6);
        QVERIFY(r.unterminated);
        QVERIFY(!reader.next(r));
    }

    void csvReaderBoundsARecord()
    {
        QByteArray bytes = "a,b\n\"";
        bytes += QByteArray(CsvReader::kMaxRecordBytes + 10, 'x');
        bytes += "\",1\nc,d\n";
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord r;
        QVERIFY(reader.next(r));
        QVERIFY(reader.next(r));
        QVERIFY(r.tooLong);
        QVERIFY(r.cells.isEmpty() || r.cells.first().size() <= CsvReader::kMaxRecordBytes);
        QVERIFY(reader.next(r)); // the reader is back in step afterwards
        QCOMPARE(r.cells, (QList<QByteArray>{"c", "d"}));
    }

    void companyRowRoundTrip()
    {
        // Every field of the full fixture goes through a row and back.
        const ImportResult full =
            ProfileJson::parse(readAll(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json")), QDate(2026, 11, 23));
        QVERIFY(full.profile);
        const QByteArray csv = CompanyCsv::headerLine() + CompanyCsv::line(*full.profile);
        QBuffer buffer;
        buffer.setData(csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord header, row;
        QVERIFY(reader.next(header));
        QVERIFY(reader.next(row));
        QList<ValidationError> errors;
        const auto layout = CompanyCsv::layout(header, &errors);
        QVERIFY(layout);
        const ImportResult back = CompanyCsv::read(*layout, row, QDate(2026, 11, 23));
        for (const ValidationError &e : back.errors)
            qWarning() << e.message();
        QVERIFY(back.profile);
        QCOMPARE(ProfileJson::serialize(*back.profile), ProfileJson::serialize(*full.profile));
        QVERIFY(*back.profile == *full.profile);
    }

    void companyRowErrorsNameTheColumn()
    {
        const QByteArray csv = "name,assessment_year,y3_rd_expense,y3_operating_revenue,y3_main_business_revenue,"
                               "credit_code,recognitions,digital_level\n"
                               "甲,2026,-5,100,200,91620100MA72XXXXXX,innovative:2024-13-01;x,7\n";
        QBuffer buffer;
        buffer.setData(csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord header, row;
        QVERIFY(reader.next(header) && reader.next(row));
        QList<ValidationError> errors;
        const auto layout = CompanyCsv::layout(header, &errors);
        QVERIFY(layout);
        const ImportResult r = CompanyCsv::read(*layout, row, QDate(2026, 11, 23));
        QVERIFY(!r.profile);
        QStringList paths;
        for (const ValidationError &e : r.errors)
            paths.append(e.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("credit_code"), QStringLiteral("y3_main_business_revenue"),
                                     QStringLiteral("y3_rd_expense"), QStringLiteral("recognitions[0].granted"),
                                     QStringLiteral("recognitions[1]"), QStringLiteral("digital_level")}));
        QCOMPARE(r.errors.at(2).value, QStringLiteral("-5"));
    }

    void hugeNumbersAreOutOfRange()
    {
        CsvRecord header;
        header.cells = {"name", "assessment_year", "y3_operating_revenue", "y3_employees", "y2_rd_expense"};
        CsvRecord row;
        row.cells = {"甲", "2026", "999999999999999", "99999999999999999999", "10000000000.00001"};
        QList<ValidationError> errors;
        const auto layout = CompanyCsv::layout(header, &errors);
        QVERIFY(layout);
        const ImportResult r = CompanyCsv::read(*layout, row, QDate(2026, 11, 23));
        QVERIFY(!r.profile);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).path, QStringLiteral("y2_rd_expense"));
        QCOMPARE(r.errors.at(0).reason, QStringLiteral("more than 4 decimals"));
        QCOMPARE(r.errors.at(1).path, QStringLiteral("y3_operating_revenue"));
        QCOMPARE(r.errors.at(1).reason, QStringLiteral("out of range"));
        QCOMPARE(r.errors.at(2).path, QStringLiteral("y3_employees"));
        QCOMPARE(r.errors.at(2).reason, QStringLiteral("out of range"));
    }

    void headerErrors()
    {
        QList<ValidationError> errors;
        CsvRecord header;
        header.cells = {"Name", "assesment_year", "region", "REGION"};
        QVERIFY(!CompanyCsv::layout(header, &errors));
        QStringList paths;
        for (const ValidationError &e : errors)
            paths.append(e.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("assesment_year"), QStringLiteral("region"),
                                     QStringLiteral("assessment_year")}));
    }

    // ---- the executable -----------------------------------------------------

    void folderWithABadFile()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        QVERIFY(QFile::copy(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"), in + QStringLiteral("/a-full.srdi.json")));
        QVERIFY(QFile::copy(QStringLiteral(SRDI_FIXTURES_DIR "/profiles-bad/duplicate-year.srdi.json"),
                            in + QStringLiteral("/b-bad.srdi.json")));
        QVERIFY(QFile::copy(QStringLiteral(SRDI_FIXTURES_DIR "/minimal.srdi.json"), in + QStringLiteral("/c-minimal.srdi.json")));
        QVERIFY(QFile::copy(QStringLiteral(SRDI_FIXTURES_DIR "/profiles-bad/not-json.srdi.json"),
                            in + QStringLiteral("/d-notjson.srdi.json")));
        QVERIFY(writeFile(in + QStringLiteral("/notes.txt"), "not a profile")); // not *.srdi.json: ignored
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));

        const Run r = run({QStringLiteral("--batch"), in, QStringLiteral("--out"), result, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("b-bad.srdi.json: years[")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("listed twice")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("d-notjson.srdi.json: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("notes.txt")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 added, 0 updated, 2 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("兰州某某精密机械有限公司"), QStringLiteral("某某科技有限公司")}));

        const QByteArray bytes = readAll(result);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "company,credit_code,"));
        const auto rows = resultRows(result);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(QStringLiteral("company")), QStringLiteral("兰州某某精密机械有限公司"));
        QCOMPARE(rows.at(0).value(QStringLiteral("credit_code")), QStringLiteral("91620100MA72XXXXXB"));
        QCOMPARE(rows.at(1).value(QStringLiteral("company")), QStringLiteral("某某科技有限公司"));
        QCOMPARE(rows.at(1).value(QStringLiteral("innovative_status")), QStringLiteral("missing_data"));
    }

    void csvRoundTrip()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        // As a spreadsheet saves it: a byte order mark, CRLF, quotes where
        // needed, columns in an order of its own, a subset of them.
        const QByteArray text =
            "\xEF\xBB\xBF"
            "name,credit_code,region,industry,assessment_year,assessment_date,"
            "y1_operating_revenue,y1_rd_expense,y1_employees,y1_rd_staff,"
            "y2_operating_revenue,y2_rd_expense,y2_employees,y2_rd_staff,"
            "y3_operating_revenue,y3_main_business_revenue,y3_rd_expense,y3_net_profit,y3_total_assets,"
            "y3_total_liabilities,y3_employees,y3_rd_staff,ip_class1,ip_class2,honors,main_product,recognitions\r\n"
            "\"甲精密部件有限公司, 兰州\",91620100MA72XXXXXB,620100,C34,2026,2026-11-01,"
            "6200,300.25,140,24,7300,365,150,27,8600.1234,8170,430,690,12000,5400,160,30,4,12,"
            "high_tech_enterprise;ip_advantage,\"主轴\n(二代)\",innovative:2024-06-30\r\n"
            "乙科技有限公司,,310115,I65,2026,2026/11/1,,,,,,,,,1200,1100,150,80,3000,900,45,12,0,3,none,,\r\n"
            "丙制造有限公司,,440307,C39,2025,,500,20,30,5,600,25,32,6,700,650,30,10,900,300,35,7,,,,,\r\n";
        QVERIFY(writeFile(csv, text));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 added, 0 updated, 0 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("甲精密部件有限公司, 兰州"), QStringLiteral("乙科技有限公司"),
                                                QStringLiteral("丙制造有限公司")}));

        // What went into the database, read back through --export.
        const QString exported = dir.filePath(QStringLiteral("a.srdi.json"));
        QCOMPARE(run({QStringLiteral("--export"), QStringLiteral("1"), QStringLiteral("--out"), exported,
                      QStringLiteral("--db"), db})
                     .code,
                 0);
        const QJsonObject a = QJsonDocument::fromJson(readAll(exported)).object();
        const QJsonArray years = a.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(0).toObject().value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(years.at(0).toObject().value(QStringLiteral("rd_expense")).toDouble(), 300.25);
        QCOMPARE(years.at(2).toObject().value(QStringLiteral("operating_revenue")).toDouble(), 8600.1234);
        QCOMPARE(years.at(2).toObject().value(QStringLiteral("rd_staff")).toInt(), 30);
        const QJsonObject company = a.value(QStringLiteral("company")).toObject();
        QCOMPARE(company.value(QStringLiteral("main_product")).toString(), QStringLiteral("主轴\n(二代)"));
        QCOMPARE(company.value(QStringLiteral("recognitions")).toArray().size(), 1);
        QCOMPARE(a.value(QStringLiteral("innovation")).toObject().value(QStringLiteral("honors")).toArray().size(), 2);
        const QString exportedB = dir.filePath(QStringLiteral("b.srdi.json"));
        QCOMPARE(run({QStringLiteral("--export"), QStringLiteral("乙科技有限公司"), QStringLiteral("--out"), exportedB,
                      QStringLiteral("--db"), db})
                     .code,
                 0);
        const QJsonObject b = QJsonDocument::fromJson(readAll(exportedB)).object();
        QCOMPARE(b.value(QStringLiteral("assessment_date")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(b.value(QStringLiteral("years")).toArray().size(), 1); // y1 and y2 empty: no year
        QVERIFY(b.value(QStringLiteral("innovation")).toObject().value(QStringLiteral("honors")).toArray().isEmpty());
        QVERIFY(b.value(QStringLiteral("innovation")).toObject().contains(QStringLiteral("honors"))); // none: known

        // One row each, as --evaluate sees the same company.
        const auto rows = resultRows(result);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).value(QStringLiteral("company")), QStringLiteral("甲精密部件有限公司, 兰州"));
        QCOMPARE(rows.at(0).value(QStringLiteral("credit_code")), QStringLiteral("91620100MA72XXXXXB"));
        QCOMPARE(rows.at(1).value(QStringLiteral("credit_code")), QString());
        QCOMPARE(rows.at(2).value(QStringLiteral("assessment_year")), QStringLiteral("2025"));
        const Run evaluated = run({QStringLiteral("--evaluate"), exported});
        QCOMPARE(evaluated.code, 0);
        const QJsonObject e = QJsonDocument::fromJson(evaluated.out.toUtf8()).object();
        QCOMPARE(rows.at(0).value(QStringLiteral("rules")), e.value(QStringLiteral("rules")).toString());
        QCOMPARE(rows.at(0).value(QStringLiteral("sme_size")), e.value(QStringLiteral("sme_size")).toString());
        QCOMPARE(rows.at(0).value(QStringLiteral("highest_tier")), e.value(QStringLiteral("highest_tier")).toString());
        for (const QJsonValue &t : e.value(QStringLiteral("tiers")).toArray()) {
            const QString tier = t.toObject().value(QStringLiteral("tier")).toString();
            QCOMPARE(rows.at(0).value(tier + QStringLiteral("_status")), t.toObject().value(QStringLiteral("status")).toString());
            const QJsonValue score = t.toObject().value(QStringLiteral("score"));
            QCOMPARE(rows.at(0).value(tier + QStringLiteral("_score")),
                     score.isDouble() ? QString::number(score.toDouble()) : QString());
        }
        QCOMPARE(rows.at(0).value(QStringLiteral("awards_now_wan")).toDouble(),
                 e.value(QStringLiteral("award_totals")).toObject().value(QStringLiteral("now_wan")).toDouble());
        for (const auto &row : rows) {
            for (const QString &tier : {QStringLiteral("innovative"), QStringLiteral("specialized"), QStringLiteral("little_giant")})
                QVERIFY2(kStatuses.contains(row.value(tier + QStringLiteral("_status"))), qPrintable(tier));
        }

        // The portfolio export gives the same rows (ordered by name).
        const QString portfolio = dir.filePath(QStringLiteral("portfolio.csv"));
        const Run p = run({QStringLiteral("--export-portfolio"), portfolio, QStringLiteral("--db"), db});
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QVERIFY(readAll(portfolio).startsWith("\xEF\xBB\xBF" "company,"));
        auto exportedRows = resultRows(portfolio);
        auto batchRows = rows;
        const auto byName = [](const QHash<QString, QString> &x, const QHash<QString, QString> &y) {
            return x.value(QStringLiteral("company")) < y.value(QStringLiteral("company"));
        };
        std::sort(exportedRows.begin(), exportedRows.end(), byName);
        std::sort(batchRows.begin(), batchRows.end(), byName);
        QCOMPARE(exportedRows, batchRows);

        // The same rows as a spreadsheet (*.xml): numbers typed as numbers,
        // text as text, a name starting with '=' kept as it is (never a formula).
        const QString sheet = dir.filePath(QStringLiteral("portfolio.xml"));
        const Run x = run({QStringLiteral("--export-portfolio"), sheet, QStringLiteral("--db"), db});
        QVERIFY2(x.code == 0, qPrintable(x.err));
        QList<QHash<QString, QString>> sheetRows;
        QHash<QString, QString> types; // column -> the cell types seen
        {
            QFile f(sheet);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            QStringList header;
            QStringList cells, cellTypes;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"Row") {
                    cells.clear();
                    cellTypes.clear();
                } else if (xml.isStartElement() && xml.name() == u"Cell") {
                    cells.append(QString());
                    cellTypes.append(QString());
                } else if (xml.isStartElement() && xml.name() == u"Data") {
                    cellTypes.last() = xml.attributes().value(QStringLiteral("urn:schemas-microsoft-com:office:spreadsheet"),
                                                              QStringLiteral("Type")).toString();
                    cells.last() = xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == u"Row") {
                    if (header.isEmpty()) {
                        header = cells;
                        continue;
                    }
                    QCOMPARE(cells.size(), header.size());
                    QHash<QString, QString> row;
                    for (qsizetype i = 0; i < cells.size(); ++i) {
                        row.insert(header.at(i), cells.at(i));
                        if (!cellTypes.at(i).isEmpty())
                            types[header.at(i)] += cellTypes.at(i).left(1);
                    }
                    sheetRows.append(row);
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(header.join(u','), QString::fromUtf8(ResultCsv::headerLine()).trimmed());
        }
        std::sort(sheetRows.begin(), sheetRows.end(), byName);
        // The CSV guards a leading '=' with a quote; the sheet needs no guard.
        for (auto &row : exportedRows) {
            for (const char *column : {"company", "credit_code"}) {
                const QString key = QString::fromLatin1(column);
                const QString v = row.value(key);
                if (v.size() > 1 && v.at(0) == u'\'' && QStringLiteral("=+-@\t\r").contains(v.at(1)))
                    row[key] = v.mid(1);
            }
        }
        QCOMPARE(sheetRows, exportedRows);
        QVERIFY2(types.value(QStringLiteral("awards_now_wan")).count(u'N') == sheetRows.size(), qPrintable(types.value(QStringLiteral("awards_now_wan"))));
        QVERIFY(!types.value(QStringLiteral("assessment_year")).contains(u'S'));
        QVERIFY(!types.value(QStringLiteral("company")).contains(u'N'));
        QVERIFY(types.value(QStringLiteral("innovative_score")).contains(u'N'));
    }

    void csvBadRowsAreSkippedAndNamed()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        const QByteArray text = "name,credit_code,assessment_year,y3_operating_revenue,y3_rd_expense\n"
                                "好企业一,,2026,1000,50\n"
                                "坏企业一,,2026,1000,-5\n"
                                "坏企业二,91620100MA72XXXXXA,2026,1000,50\n"
                                "坏企业三,,2026,1000\n"
                                "\n"
                                "好企业二,,2026,,\n"
                                "坏企业四,,两千,1000,50\n"
                                "\xD7\xDC\xB9\xAB\xCB\xBE,,2026,1,1\n" // GBK, not UTF-8
                                "\"坏企业五,,2026,1,1\n";
        QVERIFY(writeFile(csv, text));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        const auto has = [&](const QString &s) { return r.err.contains(csv + s); };
        QVERIFY2(has(QStringLiteral(":3: y3_rd_expense = -5: money may not be negative")), qPrintable(r.err));
        QVERIFY2(has(QStringLiteral(":4: credit_code = \"91620100MA72XXXXXA\": wrong check character")), qPrintable(r.err));
        QVERIFY2(has(QStringLiteral(":5: the row has 4 cells, the header 5")), qPrintable(r.err));
        QVERIFY2(has(QStringLiteral(":8: assessment_year = 两千: must be a whole number")), qPrintable(r.err));
        QVERIFY2(has(QStringLiteral(":9: the text is not UTF-8")), qPrintable(r.err));
        QVERIFY2(has(QStringLiteral(":10: a quoted cell is not closed")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 added, 0 updated, 6 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("好企业一"), QStringLiteral("好企业二")}));
        QCOMPARE(resultRows(result).size(), 2);
    }

    void badHeaderWritesNothing()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QVERIFY(writeFile(csv, "name,assessment_year,y3_revenue\n甲,2026,1\n"));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":1: y3_revenue: unknown column")), qPrintable(r.err));
        QVERIFY(!QFile::exists(result));
        QVERIFY(companyNames(db).isEmpty());
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("companies.csv")}), QStringList());

        // And the other ways a run cannot start.
        QCOMPARE(run({QStringLiteral("--batch"), csv}).code, 2); // no --out
        QCOMPARE(run({QStringLiteral("--batch"), dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--out"), result,
                      QStringLiteral("--db"), db})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db,
                      QStringLiteral("--rules"), QStringLiteral("1999")})
                     .code,
                 2);
        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(run({QStringLiteral("--batch"), empty, QStringLiteral("--out"), result, QStringLiteral("--db"), db}).code, 2);
        QCOMPARE(run({QStringLiteral("--export-portfolio"), result, QStringLiteral("--db"), dir.filePath(QStringLiteral("no.sqlite"))}).code, 1);
        QVERIFY(!QFile::exists(result));
    }

    void rerunMakesNoDuplicates()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QVERIFY(writeFile(csv, companiesCsv(0, 20)));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const QStringList args{QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db};
        Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("20 added, 0 updated")), qPrintable(r.out));
        r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 added, 20 updated")), qPrintable(r.out));
        QCOMPARE(companyNames(db).size(), 20);
        QCOMPARE(resultRows(result).size(), 20);
        // --rules picks one pack for every company.
        r = run(args + QStringList{QStringLiteral("--rules"), QStringLiteral("2022")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const auto &row : resultRows(result))
            QCOMPARE(row.value(QStringLiteral("rules")), QStringLiteral("2022"));
    }

    void interruptedRunCompletes()
    {
        constexpr int kCompanies = 1500;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QVERIFY(writeFile(csv, companiesCsv(0, kCompanies)));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const QStringList args{QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db};

        // Killed (SIGKILL: no chance to tidy up) once some companies are in.
        QProcess p;
        p.start(qEnvironmentVariable("SRDI_EXE"), args);
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        qsizetype seen = 0;
        while (p.state() == QProcess::Running && t.elapsed() < 60000) {
            seen = companyNames(db).size();
            if (seen >= 5)
                break;
            QThread::msleep(5);
        }
        p.kill();
        p.waitForFinished();
        const qsizetype before = companyNames(db).size();
        if (p.exitStatus() == QProcess::CrashExit) {
            qInfo("killed with %lld of %d companies in", qlonglong(before), kCompanies);
            QVERIFY2(before >= 5 && before < kCompanies, qPrintable(QString::number(before)));
            QVERIFY(!QFile::exists(result)); // whole or nothing
        }
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("companies.csv"), QStringLiteral("result.csv")}), QStringList());

        // Run again: the rest goes in, nothing twice.
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 added, %2 updated").arg(kCompanies - before).arg(before)), qPrintable(r.out));
        const QStringList names = companyNames(db);
        QCOMPARE(names.size(), kCompanies);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), kCompanies);
        QCOMPARE(resultRows(result).size(), kCompanies);
    }

    void partialInputThenWhole()
    {
        // The same without a kill: the first rows alone, then all of them.
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("part.csv"));
        const QString whole = dir.filePath(QStringLiteral("whole.csv"));
        QVERIFY(writeFile(part, companiesCsv(0, 3)));
        QVERIFY(writeFile(whole, companiesCsv(0, 8)));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        QCOMPARE(run({QStringLiteral("--batch"), part, QStringLiteral("--out"), result, QStringLiteral("--db"), db}).code, 0);
        const Run r = run({QStringLiteral("--batch"), whole, QStringLiteral("--out"), result, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("5 added, 3 updated")), qPrintable(r.out));
        QCOMPARE(companyNames(db).size(), 8);
    }

    void resultGuardsAgainstFormulas()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QVERIFY(writeFile(csv, "name,assessment_year\n\"=HYPERLINK(\"\"http://x\"\")\",2026\n"));
        const QString result = dir.filePath(QStringLiteral("result.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"),
                           dir.filePath(QStringLiteral("db.sqlite"))});
        QCOMPARE(r.code, 0);
        const auto rows = resultRows(result);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value(QStringLiteral("company")), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "test_batch.moc"
