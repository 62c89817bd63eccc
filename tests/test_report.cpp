// SPDX-License-Identifier: GPL-3.0-or-later
// The printed report: a golden HTML per language for the sample company, a
// PDF with the expected pages and searchable text (no Kangxi radicals), rows
// never split, and markup in a company name printed literally.

#include "SampleProfile.h"
#include "awards/AwardCatalog.h"
#include "i18n/Language.h"
#include "report/Report.h"
#include "rules/Evaluator.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace srdi;

namespace {

const QDate kToday(2026, 11, 23);

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
        QVERIFY(awards::AwardCatalog::instance().load(QStringLiteral("/nonexistent")).isEmpty());
    }

    void cleanup()
    {
        i18n::Language::apply(QStringLiteral("en"));
    }

    void goldenHtml_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("SRDI self-assessment report"), QStringLiteral("Full marks"),
                                           QStringLiteral("Company seal"), QStringLiteral("Lanzhou")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("专精特新企业自评报告"), QStringLiteral("序号"), QStringLiteral("标准分"),
                                              QStringLiteral("事实数据"), QStringLiteral("实际得分"), QStringLiteral("填报人"),
                                              QStringLiteral("审核人"), QStringLiteral("单位盖章"), QStringLiteral("甘肃省 · 兰州市")};
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW")
                               << QStringList{QStringLiteral("專精特新企業自評報告"), QStringLiteral("序號"), QStringLiteral("標準分"),
                                              QStringLiteral("事實數據"), QStringLiteral("實際得分"), QStringLiteral("填報人"),
                                              QStringLiteral("審核人"), QStringLiteral("單位蓋章"), QStringLiteral("甘肅省 · 蘭州市")};
    }

    void goldenHtml()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, mustContain);
        QVERIFY(i18n::Language::apply(lang));
        const Profile p = sampleProfile(2026);
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        const awards::AwardReport matched = awards::AwardCatalog::instance().match(p, a, kToday);
        report::ReportInput in{&p, &a, lang, kToday, &matched};
        const QString html = report::Report::html(in);
        // Lanzhou: Gansu's awards with their document.
        QVERIFY(html.contains(QStringLiteral("128")));
        for (const QString &s : mustContain)
            QVERIFY2(html.contains(s), qPrintable(s));

        const QString path = QStringLiteral(SRDI_SOURCE_DIR "/tests/golden-report/sample-%1.html").arg(lang);
        if (qEnvironmentVariableIsSet("SRDI_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(html.toUtf8());
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), "golden HTML missing: run with SRDI_UPDATE_GOLDEN=1 and read it");
        QCOMPARE(html, QString::fromUtf8(f.readAll()));
    }

    void pdfPagesAndText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("footer");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("第 1 页 / 共");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("第 1 頁 / 共");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Page 1 of");
    }

    void pdfPagesAndText()
    {
        QFETCH(QString, lang);
        QFETCH(QString, footer);
        QVERIFY(i18n::Language::apply(lang));
        const Profile p = sampleProfile(2026);
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        report::ReportInput in{&p, &a, lang, kToday, nullptr};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(report::Report::writePdf(in, pdf, &error, &pages), qPrintable(error));
        QVERIFY2(pages >= 3 && pages <= 6, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        // pdftotext drops the spaces between Han characters: compare without them.
        QVERIFY2(QString(text).remove(u' ').contains(QString(footer).remove(u' ')), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("兰州精工数控主轴有限公司")));
        QCOMPARE(text.count(QChar(u'\f')), pages); // pdftotext ends each page with a form feed
        // Searchable: no Kangxi radical stands in for a CJK ideograph.
        for (const QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF), qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
        if (lang == u"zh_CN") {
            QVERIFY(text.contains(QStringLiteral("研发费用")));
            QVERIFY(text.contains(QStringLiteral("单位盖章")));
        }
    }

    void markupInNameIsLiteral()
    {
        Profile p = sampleProfile(2026);
        p.company.name = QStringLiteral("<b>甲</b> & Co <script>");
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        report::ReportInput in{&p, &a, QStringLiteral("en"), kToday, nullptr};
        const QString html = report::Report::html(in);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;甲&lt;/b&gt; &amp; Co &lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>甲</b>")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("m.pdf"));
        QString error;
        QVERIFY(report::Report::writePdf(in, pdf, &error));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("<b>甲</b> & Co <script>")));
    }

    void failedWriteLeavesNothing()
    {
        const Profile p = sampleProfile(2026);
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        report::ReportInput in{&p, &a, QStringLiteral("en"), kToday, nullptr};
        QString error;
        QVERIFY(!report::Report::writePdf(in, QStringLiteral("/nonexistent-dir/x.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
