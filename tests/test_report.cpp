// SPDX-License-Identifier: GPL-3.0-or-later
// The printed report: a golden HTML per language for the sample company, a
// PDF with the expected pages and searchable text (no Kangxi radicals), rows
// never split, and markup in a company name printed literally.

#include "SampleProfile.h"
#include "awards/AwardCatalog.h"
#include "i18n/Language.h"
#include "io/ProfileJson.h"
#include "report/Report.h"
#include "rules/Evaluator.h"
#include "testconfig.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextTable>
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

    // The sign-off (declaration, signatures, seal) is never cut by a page:
    // whatever comes before it, its two rows are on one page.
    void signOffOnOnePage()
    {
        QVERIFY(i18n::Language::apply(QStringLiteral("zh_CN")));
        awards::AwardCatalog::instance().load();
        QFile f(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ImportResult full = ProfileJson::parse(f.readAll(), kToday);
        QVERIFY(full.profile);
        int cases = 0;
        // A Yuhang renewal under the 2022 rules pushed the table over a page
        // foot (signatures on page 6, seal on 7); the others around it.
        for (const char *region : {"330110", "620100", "330100", "440307", "110108", "310115"}) {
            for (const bool renewal : {true, false}) {
                Profile p = *full.profile;
                p.company.region = QString::fromLatin1(region);
                p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2025, 6, 30), QStringLiteral("tech_sme")},
                                                            {QStringLiteral("specialized"), QDate(2023, 8, 15)}};
                p.specialization.renewal = renewal;
                const rules::PackChoice choice = rules::RulePacks::instance().choose(p, kToday);
                QVERIFY(choice.pack);
                const rules::Assessment a = rules::Evaluator::evaluate(p, choice, kToday);
                const awards::AwardReport awards = awards::AwardCatalog::instance().match(p, a, a.date);
                report::ReportInput in{&p, &a, QStringLiteral("zh_CN"), kToday, &awards};
                QTemporaryDir dir;
                const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
                QString error;
                QVERIFY2(report::Report::writePdf(in, pdf, &error), qPrintable(error));
                const QStringList pages = pdfText(pdf).remove(u' ').split(u'\f');
                int signs = -1, seal = -1;
                for (int i = 0; i < pages.size(); ++i) {
                    if (pages.at(i).contains(QStringLiteral("填报人")))
                        signs = i;
                    if (pages.at(i).contains(QStringLiteral("单位盖章")))
                        seal = i;
                }
                QVERIFY2(signs >= 0 && signs == seal,
                         qPrintable(QStringLiteral("%1 renewal=%2: signatures on page %3, seal on page %4")
                                        .arg(QString::fromLatin1(region)).arg(renewal).arg(signs + 1).arg(seal + 1)));
                ++cases;
            }
        }
        QCOMPARE(cases, 12);
    }

    // The 单位盖章 cell holds a 4.2 cm seal: at least 4.5 cm tall and wide, as
    // laid out on the printer's A4 page; the signature cells 1.5 cm tall.
    void signOffHoldsASeal()
    {
        QVERIFY(i18n::Language::apply(QStringLiteral("zh_CN")));
        const Profile p = sampleProfile(2026);
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        report::ReportInput in{&p, &a, QStringLiteral("zh_CN"), kToday, nullptr};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(report::Report::pageLayout());
        const qreal dpmm = 300 / 25.4;
        const QRectF page = writer.pageLayout().paintRectPixels(300);
        auto doc = report::Report::document(in);
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setPageSize(page.size());
        auto *layout = doc->documentLayout();
        // The cell beside a label: its extent from its top to the top of the
        // next row (or the table's foot).
        auto cellBeside = [&](const QString &label) -> QSizeF {
            for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
                auto *table = qobject_cast<QTextTable *>(frame);
                if (!table)
                    continue;
                for (int r = 0; r < table->rows(); ++r)
                    for (int c = 0; c + 1 < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        QTextCursor cur = cell.firstCursorPosition();
                        cur.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                        if (cur.selectedText().trimmed() != label)
                            continue;
                        const QTextTableCell next = table->cellAt(r, c + 1);
                        const qreal top = layout->blockBoundingRect(doc->findBlock(next.firstPosition())).top();
                        const qreal bottom = r + 1 < table->rows()
                                                 ? layout->blockBoundingRect(doc->findBlock(table->cellAt(r + 1, 0).firstPosition())).top()
                                                 : layout->frameBoundingRect(table).bottom();
                        const qreal left = layout->blockBoundingRect(doc->findBlock(next.firstPosition())).left();
                        const qreal right = c + 2 < table->columns()
                                                ? layout->blockBoundingRect(doc->findBlock(table->cellAt(r, c + 2).firstPosition())).left()
                                                : layout->frameBoundingRect(table).right();
                        return {(right - left) / dpmm, (bottom - top) / dpmm};
                    }
            }
            return {};
        };
        const QSizeF seal = cellBeside(QStringLiteral("单位盖章"));
        QVERIFY2(seal.height() >= 45 && seal.width() >= 45,
                 qPrintable(QStringLiteral("seal cell %1 × %2 mm").arg(seal.width()).arg(seal.height())));
        QVERIFY2(seal.height() <= 80, qPrintable(QString::number(seal.height()))); // not a page of its own
        for (const QString &sign : {QStringLiteral("填报人"), QStringLiteral("审核人")}) {
            const QSizeF s = cellBeside(sign);
            QVERIFY2(s.height() >= 15 && s.width() >= 40,
                     qPrintable(QStringLiteral("%1: %2 × %3 mm").arg(sign).arg(s.width()).arg(s.height())));
        }
    }

    // Every percentage with two decimals (4.00 %, not 4 % beside 4.17 %); every
    // yearly figure the rules read printed; the region by its name alone.
    void figuresAndPercentages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void figuresAndPercentages()
    {
        QFETCH(QString, lang);
        QVERIFY(i18n::Language::apply(lang));
        Profile p = sampleProfile(2026);
        // Ratios that come out whole and not: 4 % and 4.17 %.
        FiscalYear &fy = p.ensureYear(2025);
        fy.operatingRevenue = 24000000;
        fy.rdExpense = 1000000;    // 4.1666… %
        fy.mainBusinessRevenue = 23040000; // 96 %
        fy.costExpenseTotal = 21234567;
        fy.techStaff = 77;
        p.company.region = QStringLiteral("330100");
        const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")), kToday);
        const awards::AwardReport matched = awards::AwardCatalog::instance().match(p, a, kToday);
        report::ReportInput in{&p, &a, lang, kToday, &matched};
        const QString html = report::Report::html(in);
        QVERIFY(html.contains(QStringLiteral("4.17%")));
        QVERIFY(html.contains(QStringLiteral("96.00%")));
        // No percentage figure with other than two decimals. The texts of the
        // pack quote the policy ("不低于3%"): they are words, not figures.
        // The awards' notes and the definitions quote documents too: the
        // percentages are checked on the report without them.
        report::ReportInput noAwards = in;
        noAwards.awards = nullptr;
        QTextDocument plain;
        plain.setHtml(report::Report::html(noAwards));
        QString figures = plain.toPlainText();
        figures = figures.left(figures.lastIndexOf(lang == u"en" ? QStringLiteral("6. Definitions used") : QStringLiteral("六、指标释义")));
        QStringList texts;
        const auto pack = rules::RulePacks::instance().pack(QStringLiteral("2026"));
        auto drop = [&](const rules::LocalText &t) { texts.append(t.get(lang)); };
        for (const rules::Condition &c : pack->common)
            drop(c.name), drop(c.nextStep);
        for (const rules::Tier &t : pack->tiers)
            for (const rules::Route &r : t.routes) {
                drop(r.name);
                for (const auto *list : {&r.conditions, &r.direct})
                    for (const rules::Condition &c : *list)
                        drop(c.name), drop(c.nextStep);
                if (r.score)
                    for (const rules::Indicator &i : r.score->indicators) {
                        drop(i.name);
                        for (const rules::Band &b : i.bands)
                            drop(b.label);
                    }
            }
        std::sort(texts.begin(), texts.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
        for (const QString &t : std::as_const(texts))
            if (!t.isEmpty())
                figures.remove(t);
        static const QRegularExpression pct(QStringLiteral("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s?%"));
        QStringList wrong;
        for (auto it = pct.globalMatch(figures); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString n = m.captured(1);
            const qsizetype dot = n.indexOf(u'.');
            if (dot < 0 || n.size() - dot - 1 != 2)
                wrong.append(figures.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 60));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("\n=====\n"))));
        // Figures printed: 成本费用支出总额 and 科技人员 with their values.
        const bool zh = lang != u"en";
        QVERIFY(html.contains(zh ? QStringLiteral("2,123.46") : QStringLiteral("21,234,567")));
        QVERIFY(html.contains(QStringLiteral(">77<")));
        // The region without its code.
        QVERIFY(html.contains(zh ? QStringLiteral("杭州市") : QStringLiteral("Hangzhou")));
        QVERIFY2(!html.contains(QStringLiteral("330100")), "raw region code printed");
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
