// SPDX-License-Identifier: GPL-3.0-or-later
// `--batch` and `--export-portfolio` as a script calls them (the real
// executable, SRDI_EXE): a folder with a bad file, a CSV round trip, re-runs
// and an interrupted run that completes without duplicates; and the CSV
// reader and company rows in-process (docs/batch-csv.md).

#include "SampleProfile.h"
#include "support/Files.h"
#include "cli/Batch.h"
#include "io/PortfolioWorkbook.h"
#include "awards/AwardCatalog.h"
#include "rules/Assessment.h"
#include "io/CreditCode.h"
#include "io/ProfileJson.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
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
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

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
// A workbook as openpyxl reads it: every sheet's name, frozen cell, filter
// range and cells ({"v": value, "t": "n"|"s"|"d", "f": number format}).
QJsonObject readWorkbook(const QString &path)
{
    static const char *script = R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if hasattr(v, "isoformat"):
                v = v.isoformat()
            cells.append({"v": v, "t": c.data_type, "f": c.number_format})
        rows.append(cells)
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows})
print(json.dumps(out, ensure_ascii=False))
)";
    QProcess p;
    // Debian's python3 (where python3-openpyxl is), not one found first on PATH.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

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

    // Issue 16, finding 6: RFC 4180 strictly. A stray quote makes its own
    // row an error (line and column named) and never merges the rows after it.
    void csvReaderIsStrict_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArrayList>("expected"); // per record: line, problem cell or -, cells joined by |
        using P = QByteArrayList;
        QTest::newRow("quote inside an unquoted cell") << QByteArray("a,b\"c,d\nx,y,z\n")
                                                       << P{"1 1:quote", "2 -:x|y|z"};
        QTest::newRow("text after a closing quote") << QByteArray("\"a\"x,b\nx,y\n") << P{"1 0:after", "2 -:x|y"};
        QTest::newRow("space after a closing quote") << QByteArray("\"a\" ,b\n") << P{"1 0:after"};
        QTest::newRow("unclosed quote, reported rows")
            << QByteArray("\"Beta Co,2026,200\nGamma Co,2026,300\nDelta Co,2026,400\n")
            << P{"1 0:unclosed", "2 -:Gamma Co|2026|300", "3 -:Delta Co|2026|400"};
        QTest::newRow("unclosed quote, CRLF, no final line end")
            << QByteArray("x,\"Beta Co,2026\r\nGamma Co,2026\r\nDelta Co,2026")
            << P{"1 1:unclosed", "2 -:Gamma Co|2026", "3 -:Delta Co|2026"};
        QTest::newRow("unclosed quote closed by a later quote")
            << QByteArray("\"Beta Co,2026\nGamma Co,2026\n\"Delta, Co\",2026\n")
            << P{"1 0:unclosed", "2 -:Gamma Co|2026", "3 -:Delta, Co|2026"};
        QTest::newRow("a real multi-line cell stays one record")
            << QByteArray("\"two\r\nlines\",x\n\"say \"\"hi\"\"\",y\nz,w\n")
            << P{"1 -:two\r\nlines|x", "3 -:say \"hi\"|y", "4 -:z|w"};
        QTest::newRow("a problem on the first line, then an open quote")
            << QByteArray("a\"b,\"c\nd,e\n") << P{"1 0:quote", "2 -:d|e"};
        QTest::newRow("a lone quote") << QByteArray("\"\n") << P{"1 0:unclosed"};
        QTest::newRow("empty quoted cells") << QByteArray("\"\",\"\"\n") << P{"1 -:|"};
    }

    void csvReaderIsStrict()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArrayList, expected);
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        CsvRecord r;
        QByteArrayList got;
        while (reader.next(r)) {
            QString problem = QStringLiteral("-");
            switch (r.problem) {
            case CsvRecord::Problem::QuoteInCell:
                problem = QStringLiteral("%1:quote").arg(r.problemCell);
                break;
            case CsvRecord::Problem::TextAfterQuote:
                problem = QStringLiteral("%1:after").arg(r.problemCell);
                break;
            case CsvRecord::Problem::Unclosed:
                problem = QStringLiteral("%1:unclosed").arg(r.problemCell);
                break;
            case CsvRecord::Problem::None:
                break;
            }
            QStringList cells;
            for (const QByteArray &c : r.cells)
                cells.append(QString::fromUtf8(c));
            got.append((QStringLiteral("%1 %2").arg(r.line).arg(problem) +
                        (r.problem == CsvRecord::Problem::None ? u':' + cells.join(u'|') : QString()))
                           .toUtf8());
            QVERIFY(!r.isBlank() || r.problem == CsvRecord::Problem::None);
        }
        QCOMPARE(got, expected);
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
        // 主营 200 above 营业收入 100 only contradicts: stored and flagged, not refused (issue 17).
        QCOMPARE(paths, (QStringList{QStringLiteral("credit_code"), QStringLiteral("y3_rd_expense"),
                                     QStringLiteral("recognitions[0].granted"), QStringLiteral("recognitions[1]"),
                                     QStringLiteral("digital_level")}));
        QCOMPARE(r.errors.at(1).value, QStringLiteral("-5"));
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

    // The shapes a cell must have: a date YYYY-MM-DD or YYYY/M/D, a whole
    // number, a number with a point for decimals; nothing else is taken.
    void cellShapes_data()
    {
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason"); // empty: taken
        const QString notDate = QStringLiteral("must be a date written YYYY-MM-DD");
        const QString notWhole = QStringLiteral("must be a whole number");
        const QString notNumber = QStringLiteral("must be a number (no thousands separators, a point for decimals)");
        QTest::newRow("iso date") << QByteArray("established") << QByteArray("2020-01-05") << QString();
        QTest::newRow("slashed date") << QByteArray("established") << QByteArray("2020/1/5") << QString();
        QTest::newRow("slashed date, two digits") << QByteArray("established") << QByteArray("2020/01/15") << QString();
        QTest::newRow("iso date, one-digit month") << QByteArray("established") << QByteArray("2020-1-05") << notDate;
        QTest::newRow("slashed date, three-digit month") << QByteArray("established") << QByteArray("2020/123/5") << notDate;
        QTest::newRow("five-digit year") << QByteArray("established") << QByteArray("20200-01-05") << notDate;
        QTest::newRow("mixed separators") << QByteArray("established") << QByteArray("2020-01/05") << notDate;
        QTest::newRow("date and more") << QByteArray("established") << QByteArray("2020-01-05 1") << notDate;
        QTest::newRow("date cut short") << QByteArray("established") << QByteArray("2020-01-") << notDate;
        QTest::newRow("no real date") << QByteArray("established") << QByteArray("2020-02-30")
                                      << QStringLiteral("not a real date");
        QTest::newRow("whole number with sign") << QByteArray("y3_employees") << QByteArray("+12") << QString();
        QTest::newRow("whole number and letter") << QByteArray("y3_employees") << QByteArray("12a") << notWhole;
        QTest::newRow("whole number, decimals") << QByteArray("y3_employees") << QByteArray("12.0") << notWhole;
        QTest::newRow("sign alone") << QByteArray("y3_employees") << QByteArray("+") << notWhole;
        QTest::newRow("full-width digits") << QByteArray("y3_employees") << QByteArray("\xEF\xBC\x91\xEF\xBC\x92")
                                           << notWhole;
        QTest::newRow("decimal point last") << QByteArray("y3_rd_expense") << QByteArray("5.") << QString();
        QTest::newRow("decimal point first") << QByteArray("y3_rd_expense") << QByteArray("+.5") << QString();
        QTest::newRow("point alone") << QByteArray("y3_rd_expense") << QByteArray(".") << notNumber;
        QTest::newRow("two points") << QByteArray("y3_rd_expense") << QByteArray("1.2.3") << notNumber;
        QTest::newRow("thousands separator") << QByteArray("y3_rd_expense") << QByteArray("1 000") << notNumber;
        QTest::newRow("exponent") << QByteArray("y3_rd_expense") << QByteArray("1e3") << notNumber;
    }

    void cellShapes()
    {
        QFETCH(QByteArray, column);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        CsvRecord header;
        header.cells = {"name", "assessment_year", column};
        CsvRecord row;
        row.cells = {"甲", "2026", value};
        QList<ValidationError> errors;
        const auto layout = CompanyCsv::layout(header, &errors);
        QVERIFY(layout);
        const ImportResult r = CompanyCsv::read(*layout, row, QDate(2026, 11, 23));
        QStringList got;
        for (const ValidationError &e : r.errors) {
            if (e.path == QString::fromLatin1(column))
                got.append(e.reason);
        }
        QCOMPARE(got, reason.isEmpty() ? QStringList() : QStringList{reason});
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
        QVERIFY2(r.out.contains(QStringLiteral("2 added, 0 updated, 0 unchanged, 2 skipped")), qPrintable(r.out));
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
        // The one thing said on the side: the pledge columns are not in the file,
        // and what that means for the results.
        QVERIFY2(r.err.trimmed().startsWith(QStringLiteral("no_abnormal_or_dishonest_listing, no_banned_products, no_major_accident_3y: not in the file"))
                     && r.err.trimmed().count(u'\n') == 0,
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 added, 0 updated, 0 unchanged, 0 skipped")), qPrintable(r.out));
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

        // The same companies as a workbook: a name starting with '=' kept as
        // it is (a string cell is never a formula), the year a number.
        const QString sheet = dir.filePath(QStringLiteral("portfolio.xlsx"));
        const Run x = run({QStringLiteral("--export-portfolio"), sheet, QStringLiteral("--db"), db, QStringLiteral("--lang"),
                           QStringLiteral("en")});
        QVERIFY2(x.code == 0, qPrintable(x.err));
        const QJsonObject book = readWorkbook(sheet);
        const QJsonArray bookRows = book.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(bookRows.size(), exportedRows.size() + 1);
        QStringList inBook, inCsv;
        for (qsizetype i = 1; i < bookRows.size(); ++i) {
            const QJsonArray row = bookRows.at(i).toArray();
            QCOMPARE(row.at(0).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("s"));
            QCOMPARE(row.at(5).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("n")); // assessment year
            inBook.append(row.at(0).toObject().value(QStringLiteral("v")).toString());
        }
        for (const auto &row : exportedRows) {
            QString v = row.value(QStringLiteral("company"));
            if (v.size() > 1 && v.at(0) == u'\'' && QStringLiteral("=+-@\t\r").contains(v.at(1)))
                v = v.mid(1); // the CSV guards a leading '='; the workbook needs no guard
            inCsv.append(v);
        }
        inBook.sort();
        inCsv.sort();
        QCOMPARE(inBook, inCsv);
    }

    // Excel on Chinese Windows saves "CSV" in GBK/GB18030: read as such, and said.
    void gb18030FileIsRead()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("gbk.csv"));
        const QString text = QStringLiteral("name,region,assessment_year,y3_operating_revenue,main_product\r\n"
                                            "杭州余杭精密传动有限公司,330110,2026,8600,高精度数控机床主轴\r\n"
                                            "兰州某某科技有限公司,620100,2026,1200,“工业母机”配件\r\n");
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QByteArray bytes = gb(text);
        QVERIFY(!bytes.contains("\xE6\x9D\xAD")); // not UTF-8 (杭)
        QVERIFY(writeFile(csv, bytes));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(io::CompanyCsv::detectEncoding(f), io::CsvEncoding::Gb18030);
        QCOMPARE(f.pos(), 0);
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                           QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("read as GB18030")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 added")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("杭州余杭精密传动有限公司"), QStringLiteral("兰州某某科技有限公司")}));
    }

    // A UTF-8 file with one broken byte stays UTF-8: that row is refused,
    // never the whole file read in another encoding.
    void brokenByteInUtf8RefusesOneRow()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("u.csv"));
        QByteArray text = "name,assessment_year,y3_operating_revenue\n";
        for (int i = 0; i < 20; ++i)
            text += QStringLiteral("企业%1号,2026,100\n").arg(i, 2, 10, QChar(u'0')).toUtf8();
        text += "\xB2\xE2\xCA\xD4,2026,100\n"; // 测试 in GBK, among UTF-8 rows
        QVERIFY(writeFile(csv, text));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(io::CompanyCsv::detectEncoding(f), io::CsvEncoding::Utf8);
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                           QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral(":22: the text is not UTF-8")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("20 added")), qPrintable(r.out));
        QVERIFY(companyNames(db).contains(QStringLiteral("企业07号")));
    }

    // A character split across the reader's chunks is still UTF-8.
    void encodingAcrossChunks()
    {
        QByteArray text = "name,assessment_year\n";
        while (text.size() < 64 * 1024 - 1)
            text += 'a';
        text += QStringLiteral("中,2026\n").toUtf8(); // 中 straddles the 64 KiB boundary
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(io::CompanyCsv::detectEncoding(buffer), io::CsvEncoding::Utf8);
        // The same text in GB18030 only.
        QByteArray gb = QStringEncoder("GB18030")(QStringLiteral("名称,评价年度\n测试企业,2026\n"));
        QBuffer b2(&gb);
        QVERIFY(b2.open(QIODevice::ReadOnly));
        QCOMPARE(io::CompanyCsv::detectEncoding(b2), io::CsvEncoding::Gb18030);
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
        QVERIFY2(has(QStringLiteral(":10: column 1 (name): a quoted cell is not closed")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 added, 0 updated, 0 unchanged, 6 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("好企业一"), QStringLiteral("好企业二")}));
        QCOMPARE(resultRows(result).size(), 2);
    }

    // The two reported cases, through the executable.
    void strayQuoteCostsOneRow()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QVERIFY(writeFile(csv, "name,assessment_year,y3_operating_revenue\n"
                               "Alpha Co,2026,100\n"
                               "\"Beta Co,2026,200\n"
                               "Gamma Co,2026,300\n"
                               "Delta Co,2026,400\n"
                               "Eps\"ilon Co,2026,500\n"
                               "\"Zeta\" Co,2026,600\n"
                               "Eta Co,2026,700\n"));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                           QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":3: column 1 (name): a quoted cell is not closed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(csv + QStringLiteral(":6: column 1 (name): a \" inside a cell")), qPrintable(r.err));
        QVERIFY2(r.err.contains(csv + QStringLiteral(":7: column 1 (name): text after the closing \"")), qPrintable(r.err));
        QCOMPARE(r.err.count(csv + u':'), 3);
        QVERIFY2(r.out.contains(QStringLiteral(": 4 added, ")) && r.out.contains(QStringLiteral(", 3 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db), (QStringList{QStringLiteral("Alpha Co"), QStringLiteral("Gamma Co"),
                                               QStringLiteral("Delta Co"), QStringLiteral("Eta Co")}));
    }

    void unclosedQuoteInTwoThousandRows()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QByteArray text = CompanyCsv::headerLine();
        for (int n = 1; n <= 2000; ++n)
            text += (n == 10 ? QByteArray("\"") : QByteArray()) + CompanyCsv::line(company(n));
        QVERIFY(writeFile(csv, text));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("r.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db}, 600000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":11: column 1 (name): a quoted cell is not closed")), qPrintable(r.err));
        QCOMPARE(r.err.count(csv + u':'), 1);
        QVERIFY2(r.out.contains(QStringLiteral(": 1999 added, ")) && r.out.contains(QStringLiteral(", 1 skipped")), qPrintable(r.out));
        QCOMPARE(companyNames(db).size(), 1999);
        QCOMPARE(resultRows(result).size(), 1999);
    }

    // Rows are read ahead of the writing: messages and result rows still
    // come in the input's order, each invalid row named once at its line.
    void manyRowsKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("companies.csv"));
        QByteArray text = CompanyCsv::headerLine();
        QStringList expected;
        QStringList invalidLines;
        for (int n = 1; n <= 600; ++n) {
            QByteArray line = CompanyCsv::line(company(n));
            if (n % 45 == 0) {
                line.replace(",2026,", ",20x6,"); // assessment_year
                invalidLines.append(QString::number(n + 1));
            } else {
                expected.append(company(n).company.name);
            }
            text += line;
        }
        QVERIFY(writeFile(csv, text));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString result = dir.filePath(QStringLiteral("r.csv"));
        const Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), result, QStringLiteral("--db"), db}, 600000);
        QCOMPARE(r.code, 2);
        QStringList named;
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(csv + u':'))
                named.append(line.mid(csv.size() + 1).section(u':', 0, 0));
        }
        QCOMPARE(named, invalidLines);
        QStringList names;
        for (const auto &row : resultRows(result))
            names.append(row.value(QStringLiteral("company")));
        QCOMPARE(names, expected);
        QVERIFY2(r.out.contains(QStringLiteral(": %1 added, ").arg(expected.size())), qPrintable(r.out));
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
        QVERIFY2(r.out.contains(QStringLiteral("0 added, 0 updated, 20 unchanged")), qPrintable(r.out));
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
        // Companies are committed in groups: every one that is in is whole,
        // with all its years and its summary row.
        {
            QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("whole"));
            h.setDatabaseName(db);
            h.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            QVERIFY(h.open());
            QSqlQuery q(h);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM companies c WHERE"
                                          " (SELECT COUNT(*) FROM fiscal_years f WHERE f.company_id = c.id) <> %1"
                                          " OR NOT EXISTS (SELECT 1 FROM company_summary s WHERE s.company_id = c.id)")
                               .arg(company(0).years.size())) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("whole"));
        if (p.exitStatus() == QProcess::CrashExit) {
            qInfo("killed with %lld of %d companies in", qlonglong(before), kCompanies);
            QVERIFY2(before >= 5 && before < kCompanies, qPrintable(QString::number(before)));
            QVERIFY(!QFile::exists(result)); // whole or nothing
        }
        QCOMPARE(strayFiles(dir.path(), {QStringLiteral("companies.csv"), QStringLiteral("result.csv")}), QStringList());

        // Run again: the rest goes in, nothing twice.
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 added, 0 updated, %2 unchanged").arg(kCompanies - before).arg(before)), qPrintable(r.out));
        const QStringList names = companyNames(db);
        QCOMPARE(names.size(), kCompanies);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), kCompanies);
        QCOMPARE(resultRows(result).size(), kCompanies);
    }

    // The export reads one company at a time, in the list's order.
    void exportFollowsTheListOrder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        QStringList listed;
        {
            Database database(db);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            ProfileStore store(database);
            for (const QString &name : {QStringLiteral("示例科技有限公司"), QStringLiteral("湖州精工有限公司"),
                                        QStringLiteral("安庆电子有限公司"), QStringLiteral("重庆材料有限公司")}) {
                Profile p = company(int(listed.size()));
                p.company.name = name;
                QVERIFY2(store.insert(p, &error), qPrintable(error));
                listed.append(name);
            }
            QStringList order;
            QVERIFY(store.forEach([&](qint64, const Profile &p) {
                order.append(p.company.name);
                return true;
            }, &error));
            listed.clear();
            for (const CompanySummary &c : store.list())
                listed.append(c.name);
            QCOMPARE(order, listed);
            QCOMPARE(listed.first(), QStringLiteral("安庆电子有限公司")); // pinyin: an < chong < hu < shi
            int seen = 0;
            QVERIFY(store.forEach([&](qint64, const Profile &) { return ++seen < 2; }, &error));
            QCOMPARE(seen, 2); // stopped when asked
        }
        const QString out = dir.filePath(QStringLiteral("portfolio.csv"));
        const Run r = run({QStringLiteral("--export-portfolio"), out, QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList exported;
        for (const auto &row : resultRows(out))
            exported.append(row.value(QStringLiteral("company")));
        QCOMPARE(exported, listed);
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
        QVERIFY2(r.out.contains(QStringLiteral("5 added, 0 updated, 3 unchanged")), qPrintable(r.out));
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

    // Issue 16, finding 13: text stays text in what is written out. The
    // formula guard also sees past leading spaces; a control character
    // (stored before validation refused it) never reaches a spreadsheet.
    void outputKeepsTextText()
    {
        QCOMPARE(csvCell(QStringLiteral(" =cmd|' /C calc'!A0"), true), QByteArray("' =cmd|' /C calc'!A0"));
        QCOMPARE(csvCell(QStringLiteral("\u3000@SUM(A1)"), true).left(1), QByteArray("'"));
        QCOMPARE(csvCell(QStringLiteral("  -1"), true), QByteArray("'  -1"));
        QCOMPARE(csvCell(QStringLiteral("Beta Co"), true), QByteArray("Beta Co"));
        QCOMPARE(csvCell(QStringLiteral("a\vb")), QByteArray("a\xEF\xBF\xBD" "b"));

        Profile p = company(1);
        p.company.name = QStringLiteral("Beta\vCo\u0001<b>") + QChar(0xD800);
        const rules::Assessment a;
        const awards::AwardReport awards;
        // The workbook: the cell holds the text with the control characters
        // and the lone surrogate replaced, and the file opens.
        QTemporaryDir dir;
        const QString book = dir.filePath(QStringLiteral("t.xlsx"));
        {
            io::PortfolioWorkbook w(book, QStringLiteral("en"));
            QString error;
            QVERIFY2(w.open(&error), qPrintable(error));
            w.add(p, a, awards);
            QVERIFY2(w.close(&error), qPrintable(error));
        }
        const QJsonObject read = readWorkbook(book);
        QVERIFY2(!read.isEmpty(), "openpyxl could not read the workbook");
        QCOMPARE(read.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("rows")).toArray().at(1)
                     .toArray().at(0).toObject().value(QStringLiteral("v")).toString(),
                 QStringLiteral("Beta\uFFFDCo\uFFFD<b>\uFFFD"));
    }

    // --out *.xlsx: three sheets in the language asked for; numbers are
    // numbers (万元, %), the header frozen and filtered; read back by openpyxl.
    void workbookReadsBack()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        QFile full(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(in + QStringLiteral("/1.srdi.json"), full.readAll())); // first in the folder
        for (int i = 2; i <= 4; ++i)
            QVERIFY(writeFile(in + QStringLiteral("/%1.srdi.json").arg(i), ProfileJson::serialize(company(i))));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const QString book = dir.filePath(QStringLiteral("result.xlsx"));
        Run r = run({QStringLiteral("--batch"), in, QStringLiteral("--out"), book, QStringLiteral("--db"), db,
                     QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(book).startsWith("PK")); // a zip, not a text file
        QJsonObject read = readWorkbook(book);
        QVERIFY2(!read.isEmpty(), "openpyxl could not read the workbook");
        const QJsonArray sheets = read.value(QStringLiteral("sheets")).toArray();
        QCOMPARE(sheets.size(), 3);
        QCOMPARE(sheets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("企业一览"));
        QCOMPARE(sheets.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("差距清单"));
        QCOMPARE(sheets.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("奖励"));
        for (const QJsonValue &sv : sheets) {
            const QJsonObject sh = sv.toObject();
            QCOMPARE(sh.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
            QVERIFY2(sh.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")), qPrintable(sh.value(QStringLiteral("filter")).toString()));
        }
        const QJsonArray rows = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 5); // the header and four companies
        const QJsonArray head = rows.at(0).toArray();
        auto column = [&](const QString &name) {
            for (qsizetype i = 0; i < head.size(); ++i)
                if (head.at(i).toObject().value(QStringLiteral("v")).toString() == name)
                    return int(i);
            return -1;
        };
        const int company = column(QStringLiteral("企业名称"));
        const int region = column(QStringLiteral("所在地区"));
        const int awardsNow = column(QStringLiteral("现可申领奖励（万元）"));
        const int year = column(QStringLiteral("评价年度"));
        QVERIFY(company >= 0 && region >= 0 && awardsNow >= 0 && year >= 0);
        const QJsonArray first = rows.at(1).toArray();
        QCOMPARE(first.at(company).toObject().value(QStringLiteral("v")).toString(), QStringLiteral("兰州某某精密机械有限公司")); // the full fixture
        QVERIFY2(first.at(region).toObject().value(QStringLiteral("v")).toString().contains(QStringLiteral("兰州市")),
                 qPrintable(first.at(region).toObject().value(QStringLiteral("v")).toString()));
        QCOMPARE(first.at(awardsNow).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        QCOMPARE(first.at(awardsNow).toObject().value(QStringLiteral("f")).toString(), QStringLiteral("#,##0.00"));
        QCOMPARE(first.at(year).toObject().value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        // 差距清单: a percentage is a number with a percent format.
        bool percent = false;
        for (const QJsonValue &row : sheets.at(1).toObject().value(QStringLiteral("rows")).toArray())
            for (const QJsonValue &cell : row.toArray())
                percent = percent || (cell.toObject().value(QStringLiteral("t")).toString() == u"n"
                                      && cell.toObject().value(QStringLiteral("f")).toString() == u"0.00%");
        QVERIFY(percent);
        // 奖励: one row per award with its document.
        const QJsonArray awardRows = sheets.at(2).toObject().value(QStringLiteral("rows")).toArray();
        QVERIFY(awardRows.size() > 4);
        QVERIFY2(QJsonDocument(awardRows).toJson().contains("甘工信发〔2023〕128号"), "the Gansu award's document");

        // --export-portfolio to .xlsx, English: the same rows, English sheet names.
        const QString english = dir.filePath(QStringLiteral("p.xlsx"));
        r = run({QStringLiteral("--export-portfolio"), english, QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        read = readWorkbook(english);
        QCOMPARE(read.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Companies"));
        QCOMPARE(read.value(QStringLiteral("sheets")).toArray().at(0).toObject().value(QStringLiteral("rows")).toArray().size(), 5);
    }

    // Issue 16, finding 12: nothing is read without bound.
    void hostileSizes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        Run r = run({QStringLiteral("--import"), QStringLiteral("/dev/zero"), QStringLiteral("--db"), db}, 60000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/zero: the file is larger than")), qPrintable(r.err));
        r = run({QStringLiteral("--evaluate"), QStringLiteral("/dev/zero")}, 60000);
        QCOMPARE(r.code, 2);
        const QString big = dir.filePath(QStringLiteral("big.srdi.json"));
        QVERIFY(writeFile(big, QByteArray(ProfileJson::kMaxFileBytes + 1, ' ')));
        r = run({QStringLiteral("--import"), big, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("larger than")), qPrintable(r.err));
        const QString empty = dir.filePath(QStringLiteral("empty.srdi.json"));
        QVERIFY(writeFile(empty, QByteArray()));
        QCOMPARE(run({QStringLiteral("--import"), empty, QStringLiteral("--db"), db}).code, 2);
        const QString truncated = dir.filePath(QStringLiteral("cut.srdi.json"));
        QVERIFY(writeFile(truncated, ProfileJson::serialize(company(1)).left(100)));
        QCOMPARE(run({QStringLiteral("--import"), truncated, QStringLiteral("--db"), db}).code, 2);
        // A CSV that is one endless line.
        r = run({QStringLiteral("--batch"), QStringLiteral("/dev/zero"), QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                 QStringLiteral("--db"), db},
                60000);
        QCOMPARE(r.code, 2);
#ifdef Q_OS_UNIX
        // A folder with a FIFO and a device among its profiles: named and skipped.
        const QString folder = dir.filePath(QStringLiteral("profiles"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/a.srdi.json"), ProfileJson::serialize(company(1))));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/b.srdi.json")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/c.srdi.json")));
        r = run({QStringLiteral("--batch"), folder, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                 QStringLiteral("--db"), db},
                60000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("b.srdi.json: not a regular file")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("c.srdi.json: not a regular file")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": 1 added, ")), qPrintable(r.out));
#endif
        // Names at the limit assess and report quickly.
        Profile p = company(2);
        p.company.name = QString(ProfileJson::kMaxTextLength, u'长');
        const QString near = dir.filePath(QStringLiteral("near.srdi.json"));
        QVERIFY(writeFile(near, ProfileJson::serialize(p)));
        QElapsedTimer timer;
        timer.start();
        r = run({QStringLiteral("--report"), near, QStringLiteral("--out"), dir.filePath(QStringLiteral("near.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        p.company.name += u'长';
        QVERIFY(writeFile(near, ProfileJson::serialize(p)));
        r = run({QStringLiteral("--import"), near, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("company.name: is 201 characters long")), qPrintable(r.err));
    }

    // Issue 16, finding 1: an output that is the database, one of its side
    // files or backups, or an input of the same run is refused (exit 2)
    // before anything is read or written, however it is spelled.
    void outputsNeverDestroyInputs()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        const QString more = dir.filePath(QStringLiteral("more.csv"));
        QVERIFY(writeFile(csv, companiesCsv(0, 3)));
        QVERIFY(writeFile(more, companiesCsv(3, 5)));
        const Run first = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv")),
                               QStringLiteral("--db"), db});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QByteArray dbBytes = readAll(db);
        const QByteArray csvBytes = readAll(csv);
        QVERIFY(!dbBytes.isEmpty());

        const QString backups = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        const QString backup = backups + QStringLiteral("/d-20260101-000000.sqlite");
        QVERIFY(QFile::copy(db, backup));
        const QString symlink = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(db, symlink));
        const QString walLink = dir.filePath(QStringLiteral("wal-link"));
        QVERIFY(QFile::link(db + QStringLiteral("-wal"), walLink)); // dangling: the -wal is not there now
        const QString folder = dir.filePath(QStringLiteral("profiles"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/a.srdi.json"), ProfileJson::serialize(company(9))));
#ifdef Q_OS_UNIX
        const QString hardlink = dir.filePath(QStringLiteral("hard.sqlite"));
        QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hardlink).constData()), 0);
#endif
        const QString spelled = dir.path() + QStringLiteral("/profiles/../d.sqlite");

        struct Case
        {
            QStringList args;
            QString named; // the path the message names
        };
        const QString dbArg = QStringLiteral("--db");
        const QString out = QStringLiteral("--out");
        const QString batch = QStringLiteral("--batch");
        const QString portfolio = QStringLiteral("--export-portfolio");
        const QList<Case> cases = {
            {{portfolio, db, dbArg, db}, db},
            {{portfolio, spelled, dbArg, db}, spelled},
            {{batch, more, out, db, dbArg, db}, db},
            {{batch, more, out, db + QStringLiteral("-wal"), dbArg, db}, db + QStringLiteral("-wal")},
            {{batch, more, out, db + QStringLiteral("-shm"), dbArg, db}, db + QStringLiteral("-shm")},
            {{batch, more, out, db + QStringLiteral("-journal"), dbArg, db}, db + QStringLiteral("-journal")},
            {{batch, more, out, walLink, dbArg, db}, walLink},
            {{portfolio, backup, dbArg, db}, backup},
            {{portfolio, backups + QStringLiteral("/new.csv"), dbArg, db}, backups + QStringLiteral("/new.csv")},
            {{batch, csv, out, csv, dbArg, db}, csv},
            {{batch, folder, out, folder + QStringLiteral("/result.csv"), dbArg, db}, folder},
            {{QStringLiteral("--report"), csv, out, csv}, csv},
            {{QStringLiteral("--export"), QStringLiteral("1"), out, db, dbArg, db}, db},
            {{portfolio, symlink, dbArg, db}, symlink},
            {{portfolio, db, dbArg, symlink}, db},
#ifdef Q_OS_UNIX
            {{portfolio, hardlink, dbArg, db}, hardlink},
            {{batch, more, out, hardlink, dbArg, db}, hardlink},
#endif
        };
        for (const Case &c : cases) {
            const Run r = run(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(u' ') + u'\n' + r.err));
            QVERIFY2(r.err.contains(c.named) && r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
            QVERIFY2(readAll(db) == dbBytes, qPrintable(c.args.join(u' ')));
            QVERIFY2(readAll(csv) == csvBytes, qPrintable(c.args.join(u' ')));
            QVERIFY(readAll(backup) == dbBytes);
            QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(folder + QStringLiteral("/result.csv")));
            QVERIFY(!QFile::exists(backups + QStringLiteral("/new.csv")));
        }
        QCOMPARE(companyNames(db).size(), 3); // more.csv was never imported
        QVERIFY(QFileInfo(symlink).isSymLink());
    }

    // Standard output, a FIFO and a device are written in place: nothing is
    // renamed over them, and --out /dev/stdout works for any user.
    void outputToStreamsAndDevices()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeFile(csv, companiesCsv(0, 2)));

        // "-": the result CSV on standard output, the summary on standard error.
        Run r = run({QStringLiteral("--batch"), csv, QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("company,credit_code")), qPrintable(r.out)); // after the byte order mark
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 3);
        QVERIFY2(r.err.contains(QStringLiteral("2 added")), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("-")));
        r = run({QStringLiteral("--export-portfolio"), QStringLiteral("/dev/stdout"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 3);
        QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
        r = run({QStringLiteral("--export"), QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"srdi-profile/1\"")));

#ifdef Q_OS_UNIX
        // A FIFO: read here while the executable writes it.
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess p;
        p.start(qEnvironmentVariable("SRDI_EXE"), {QStringLiteral("--export-portfolio"), fifo, QStringLiteral("--db"), db});
        QVERIFY(p.waitForStarted());
        QByteArray got;
        {
            QFile reader(fifo);
            QVERIFY(reader.open(QIODevice::ReadOnly)); // blocks until the executable opens it
            got = reader.readAll();
        }
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(got.startsWith("\xEF\xBB\xBF" "company,credit_code"), got.constData());
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));

        // A device node (made where root may make one: a null device).
        const QString device = dir.filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0) {
            r = run({QStringLiteral("--export-portfolio"), device, QStringLiteral("--db"), db});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(::stat(QFile::encodeName(device).constData(), &st), 0);
            QVERIFY(S_ISCHR(st.st_mode));
        }

        // /dev/stdout for a user who may not write in /dev.
        if (::getuid() == 0 && QFile::exists(QStringLiteral("/usr/bin/setpriv"))) {
            QProcess nobody;
            nobody.start(QStringLiteral("/usr/bin/setpriv"),
                         {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                          qEnvironmentVariable("SRDI_EXE"), QStringLiteral("--report"),
                          QStringLiteral(SRDI_SOURCE_DIR "/tests/golden/score-at-line-2022/input.srdi.json"),
                          QStringLiteral("--out"), QStringLiteral("/dev/stdout")});
            QVERIFY(nobody.waitForFinished(120000));
            const QByteArray pdf = nobody.readAllStandardOutput();
            QVERIFY2(nobody.exitCode() == 0, nobody.readAllStandardError().constData());
            QVERIFY(pdf.startsWith("%PDF-"));
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "test_batch.moc"
