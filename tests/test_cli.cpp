// SPDX-License-Identifier: GPL-3.0-or-later
// The executable as a script calls it: exit statuses, messages naming the
// field and value, import/export through the database, --evaluate output.

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SRDI_EXE"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The environment of a run in which the library `file` (libpq.so.5 …) is
// found first in dir and is no library; in English.
QProcessEnvironment withBrokenLibrary(const QTemporaryDir &dir, const QString &file)
{
    QFile broken(dir.filePath(file));
    if (broken.open(QIODevice::WriteOnly))
        broken.close();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    e.remove(QStringLiteral("LANGUAGE"));
    return e;
}

QString golden(const QString &name, const QString &file)
{
    return QStringLiteral(SRDI_SOURCE_DIR "/tests/golden/%1/%2").arg(name, file);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_EXE")), "SRDI_EXE must name the built executable");
    }

    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("srdi-assess ")));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const QString &opt : {QStringLiteral("--evaluate"), QStringLiteral("--import"), QStringLiteral("--export"),
                                  QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--rules")})
            QVERIFY2(h.out.contains(opt), qPrintable(opt));
    }

    // Without --lang the command line speaks the locale's language, as the
    // window does: LC_ALL over LC_MESSAGES over LANG; --lang overrides.
    void languageFollowsLocale_data()
    {
        QTest::addColumn<QStringList>("env"); // NAME=value, set for the child
        QTest::addColumn<QString>("lang");   // extra --lang, or empty
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG zh_CN") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << QString() << QStringLiteral("zh_CN");
        QTest::newRow("LC_ALL zh_CN") << QStringList{QStringLiteral("LC_ALL=zh_CN.UTF-8")} << QString() << QStringLiteral("zh_CN");
        QTest::newRow("LC_MESSAGES zh_CN") << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")}
                                          << QString() << QStringLiteral("zh_CN");
        QTest::newRow("LANG zh_TW") << QStringList{QStringLiteral("LANG=zh_TW.UTF-8")} << QString() << QStringLiteral("zh_TW");
        QTest::newRow("LANG zh_HK") << QStringList{QStringLiteral("LANG=zh_HK.UTF-8")} << QString() << QStringLiteral("zh_TW");
        QTest::newRow("LC_ALL over LANG") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=en_US.UTF-8")}
                                          << QString() << QStringLiteral("en");
        QTest::newRow("de_DE") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << QString() << QStringLiteral("en");
        QTest::newRow("C") << QStringList{QStringLiteral("LANG=C")} << QString() << QStringLiteral("en");
        QTest::newRow("--lang overrides") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << QStringLiteral("en")
                                          << QStringLiteral("en");
        QTest::newRow("--lang zh_TW over zh_CN") << QStringList{QStringLiteral("LC_ALL=zh_CN.UTF-8")} << QStringLiteral("zh_TW")
                                                 << QStringLiteral("zh_TW");
    }

    void languageFollowsLocale()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            e.remove(QString::fromLatin1(name));
        for (const QString &kv : env)
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const QStringList extra = lang.isEmpty() ? QStringList() : QStringList{QStringLiteral("--lang"), lang};
        const QString help = run(QStringList{QStringLiteral("--help")} + extra, e).out;
        const Run text = run(QStringList{QStringLiteral("--evaluate"),
                                         golden(QStringLiteral("score-at-line-2022"), QStringLiteral("input.srdi.json")),
                                         QStringLiteral("--format"), QStringLiteral("text")} + extra, e);
        QCOMPARE(text.code, 0);
        const QHash<QString, std::pair<QString, QString>> words = {
            {QStringLiteral("en"), {QStringLiteral("Output format: json (default) or text."), QStringLiteral("Company: ")}},
            {QStringLiteral("zh_CN"), {QStringLiteral("输出格式：json（默认）或text。"), QStringLiteral("企业：")}},
            {QStringLiteral("zh_TW"), {QStringLiteral("輸出格式：json（默認）或text。"), QStringLiteral("企業：")}}};
        QVERIFY2(help.contains(words.value(expected).first), qPrintable(help));
        QVERIFY2(text.out.contains(words.value(expected).second), qPrintable(text.out.left(400)));
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            if (it.key() != expected)
                QVERIFY2(!help.contains(it.value().first), qPrintable(it.key()));
        // The report follows as well: its PDF title is in the language.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const Run rep = run(QStringList{QStringLiteral("--report"), QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"),
                                        QStringLiteral("--out"), pdf} + extra, e);
        QCOMPARE(rep.code, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // The PDF writer stores the title as UTF-16BE after a byte-order mark,
        // in a literal string: ( ) and \\ escaped.
        const QHash<QString, QString> title = {{QStringLiteral("en"), QStringLiteral("SRDI self-assessment report")},
                                               {QStringLiteral("zh_CN"), QStringLiteral("专精特新企业自评报告")},
                                               {QStringLiteral("zh_TW"), QStringLiteral("專精特新企業自評報告")}};
        for (auto it = title.cbegin(); it != title.cend(); ++it) {
            QByteArray utf16("\xfe\xff");
            for (QChar c : it.value())
                for (const char b : {char(c.unicode() >> 8), char(c.unicode() & 0xff)}) {
                    if (b == '(' || b == ')' || b == '\\')
                        utf16.append('\\');
                    utf16.append(b);
                }
            QCOMPARE(bytes.contains(QByteArray("/Title (") + utf16), it.key() == expected);
        }
    }

    void evaluateMatchesGolden()
    {
        const Run r = run({QStringLiteral("--evaluate"), golden(QStringLiteral("score-at-line-2022"), QStringLiteral("input.srdi.json"))});
        QCOMPARE(r.code, 0);
        QFile expected(golden(QStringLiteral("score-at-line-2022"), QStringLiteral("expected.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), QJsonDocument::fromJson(expected.readAll()).object());
    }

    void evaluateOtherPackAndText()
    {
        const Run r = run({QStringLiteral("--evaluate"), golden(QStringLiteral("score-at-line-2022"), QStringLiteral("input.srdi.json")),
                           QStringLiteral("--rules"), QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Company: 甲精密部件有限公司")));
        QVERIFY(r.out.contains(QStringLiteral("工信部企业〔2026〕2号")));
        const Run bad = run({QStringLiteral("--evaluate"), golden(QStringLiteral("score-at-line-2022"), QStringLiteral("input.srdi.json")),
                             QStringLiteral("--rules"), QStringLiteral("1999")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("1999")));
    }

    void invalidInputNamesFieldAndValue()
    {
        QTemporaryDir dir;
        QFile in(golden(QStringLiteral("score-at-line-2022"), QStringLiteral("input.srdi.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("\"rd_expense\": 240", "\"rd_expense\": -5");
        const QString path = dir.filePath(QStringLiteral("bad.srdi.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run r = run({QStringLiteral("--evaluate"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("rd_expense")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("-5")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing imported either.
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(run({QStringLiteral("--import"), path, QStringLiteral("--db"), db}).code, 2);
        QCOMPARE(run({QStringLiteral("--export"), QStringLiteral("甲精密部件有限公司"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("x.json")), QStringLiteral("--db"), db}).code, 2);
    }

    void missingFileIsAnError()
    {
        const Run r = run({QStringLiteral("--evaluate"), QStringLiteral("/nonexistent/x.srdi.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x.srdi.json")));
    }

    // PostgreSQL's client library is loaded when a shared database is first
    // used: when it cannot be, the message says so (and what to install),
    // not that the address is wrong.
    void sharedDatabaseWithoutItsClientLibraryIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment e = withBrokenLibrary(dir, QStringLiteral("libpq.so.5"));
        const Run r = run({QStringLiteral("--db"), QStringLiteral("postgresql://someone@/portfolio?host=") + dir.path(),
                           QStringLiteral("--export-portfolio"), dir.filePath(QStringLiteral("out.csv"))},
                          e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("client library (libpq) could not be used")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("libpq5")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("is not a PostgreSQL address")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.csv"))));
    }

    // The spreadsheet library is loaded when a workbook is written: without
    // it the export says so and leaves no file; a CSV export still works.
    void workbookWithoutItsLibraryIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(run({QStringLiteral("--import"), QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"), QStringLiteral("--db"), db}).code, 0);
        const QProcessEnvironment e = withBrokenLibrary(dir, QStringLiteral("libxlsxwriter.so.4"));
        const QString book = dir.filePath(QStringLiteral("out.xlsx"));
        const Run r = run({QStringLiteral("--db"), db, QStringLiteral("--export-portfolio"), book}, e);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("spreadsheet library (libxlsxwriter) could not be used")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("libxlsxwriter4")), qPrintable(r.err));
        QVERIFY(!QFile::exists(book));
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--export-portfolio"), csv}, e).code, 0);
        QVERIFY(QFile::exists(csv));
    }

    // The window's loading threads start before QApplication; Qt must still
    // count the thread that makes it as its main thread, whichever of them
    // asks Qt for its thread first (else: "QApplication was not created in
    // the main() thread", now and then).
    void applicationMadeInTheMainThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("SRDI_TEST_LOADING_THREAD_LINGER_MS"), QStringLiteral("300"));
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("--quit-after-startup")}, e);
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("main() thread")), qPrintable(r.err));
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const QString full = QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json");
        Run r = run({QStringLiteral("--import"), full, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("added company 1")));
        r = run({QStringLiteral("--import"), full, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        // Same credit code: no duplicate, and the same figures change nothing.
        QVERIFY2(r.out.startsWith(QStringLiteral("company 1 unchanged")), qPrintable(r.out));
        const QString first = dir.filePath(QStringLiteral("first.srdi.json"));
        QCOMPARE(run({QStringLiteral("--export"), QStringLiteral("1"), QStringLiteral("--out"), first, QStringLiteral("--db"), db}).code, 0);
        // Exported file -> a second database -> exported again: byte-identical.
        const QString db2 = dir.filePath(QStringLiteral("t2.sqlite"));
        QCOMPARE(run({QStringLiteral("--import"), first, QStringLiteral("--db"), db2}).code, 0);
        const QString second = dir.filePath(QStringLiteral("second.srdi.json"));
        QFile f1(first);
        QVERIFY(f1.open(QIODevice::ReadOnly));
        const QByteArray a = f1.readAll();
        const QString name = QJsonDocument::fromJson(a).object().value(QStringLiteral("company")).toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(run({QStringLiteral("--export"), name, QStringLiteral("--out"), second, QStringLiteral("--db"), db2}).code, 0);
        QFile f2(second);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        QCOMPARE(f2.readAll(), a);
        // And the file holds what the fixture holds.
        QFile orig(full);
        QVERIFY(orig.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(a).object().value(QStringLiteral("years")),
                 QJsonDocument::fromJson(orig.readAll()).object().value(QStringLiteral("years")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
