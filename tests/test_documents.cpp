// SPDX-License-Identifier: GPL-3.0-or-later
// 资料准备清单: which fields the rule packs read (walked from the packs, not
// listed by hand), a source document named for each of them in
// data/field_help.json, the checklist's HTML grouped by document with the
// company's state per field, and its PDF.

#include "i18n/Language.h"
#include "io/ProfileJson.h"
#include "model/FieldHelp.h"
#include "report/DocumentChecklist.h"
#include "rules/FieldsRead.h"
#include "rules/RulePack.h"
#include "rules/SmeSize.h"
#include "testconfig.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace srdi;
using rules::FieldRead;

namespace {

const QDate kToday(2026, 11, 23);

Profile fixture(const char *name)
{
    QFile f(QStringLiteral(SRDI_FIXTURES_DIR "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ImportResult r = ProfileJson::parse(f.readAll(), kToday);
    return r.profile.value_or(Profile());
}

std::shared_ptr<const rules::RulePack> pack(const char *id)
{
    return rules::RulePacks::instance().pack(QString::fromLatin1(id));
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
        QVERIFY(pack("2026"));
        QVERIFY(pack("2022"));
    }

    void cleanup()
    {
        i18n::Language::apply(QStringLiteral("en"));
    }

    // The walk finds what each pack's conditions and indicators read, the SME
    // test's figures and each fiscal year a growth or a sum looks at.
    void packsReadWhatTheirConditionsRead()
    {
        const QList<FieldRead> read26 = rules::fieldsRead(*pack("2026"));
        for (const FieldRead &f : {FieldRead{QStringLiteral("company.industry"), 0},
                                   FieldRead{QStringLiteral("years.employees"), -1},
                                   FieldRead{QStringLiteral("years.rd_expense"), -1},
                                   FieldRead{QStringLiteral("years.rd_expense"), -2},
                                   FieldRead{QStringLiteral("years.operating_revenue"), -3},
                                   FieldRead{QStringLiteral("innovation.ip.class1"), 0},
                                   FieldRead{QStringLiteral("company.recognitions"), 0},
                                   FieldRead{QStringLiteral("innovation.rd_measure"), 0},
                                   FieldRead{QStringLiteral("specialization.development_scores"), 0},
                                   FieldRead{QStringLiteral("company.attestations.no_banned_products"), 0}})
            QVERIFY2(read26.contains(f), qPrintable(f.path + QString::number(f.yearOffset)));
        // Fields the 2026 rules do not look at are not counted.
        for (const FieldRead &f : read26) {
            QVERIFY(!f.path.startsWith(u"refinement."));
            QVERIFY(f.path != u"company.name" && f.path != u"company.credit_code");
            QVERIFY(f.isYearly() ? f.yearOffset <= -1 && f.yearOffset >= -3 : f.yearOffset == 0);
        }
        // Each once.
        for (qsizetype i = 0; i < read26.size(); ++i)
            QCOMPARE(read26.indexOf(read26.at(i)), i);
        // The 2022 rules read the refinement indicators and the local score.
        const QList<FieldRead> read22 = rules::fieldsRead(*pack("2022"));
        QVERIFY(read22.contains(FieldRead{QStringLiteral("refinement.digital_level"), 0}));
        QVERIFY(read22.contains(FieldRead{QStringLiteral("local_feature_score"), 0}));
        QVERIFY(read22.contains(FieldRead{QStringLiteral("years.net_profit"), -1}));
    }

    // A pack of one condition reads exactly that condition's fields.
    void smallPackReadsItsFields()
    {
        const QString tier = QStringLiteral(
            R"({"tier": "%1", "name": {"en": "t", "zh_CN": "t"}, "routes": [{
              "id": "r", "name": {"en": "r", "zh_CN": "r"},
              "conditions": [{"id": "c", "name": {"en": "c", "zh_CN": "c"},
                "source": {"document": "t", "article": "1"}, "test": %2}]}]})");
        const QString growth = QStringLiteral(
            R"({"metric": {"growth": [{"field": "rd_expense", "year": -1}, {"field": "rd_expense", "year": -2}]},
                "op": ">=", "value": 10, "unit": "%"})");
        const QString chain = QStringLiteral(R"({"is": "specialization.chain_key_link"})");
        const QString json = QStringLiteral(R"({
          "format": "srdi-rules/1", "id": "t", "name": {"en": "t", "zh_CN": "t"},
          "document": "t", "title": {"en": "t", "zh_CN": "t"}, "issued": "2026-01-01",
          "effective": "2026-01-01", "title_validity_years": 3, "verified": true,
          "tiers": [%1, %2, %3]})")
                                 .arg(tier.arg(QStringLiteral("innovative"), growth),
                                      tier.arg(QStringLiteral("specialized"), chain),
                                      tier.arg(QStringLiteral("little_giant"), growth));
        QStringList errors;
        const auto p = rules::RulePackLoader::load(json.toUtf8(), QStringLiteral("t.json"), &errors);
        QVERIFY2(p, qPrintable(errors.join(u'\n')));
        QCOMPARE(rules::fieldsRead(*p), (QList<FieldRead>{{QStringLiteral("years.rd_expense"), -1},
                                                          {QStringLiteral("years.rd_expense"), -2},
                                                          {QStringLiteral("specialization.chain_key_link"), 0}}));
    }

    void isEnteredFollowsTheProfile()
    {
        Profile p;
        p.assessmentYear = 2026;
        const FieldRead rd{QStringLiteral("years.rd_expense"), -1};
        QVERIFY(!rules::isEntered(rd, p));
        p.ensureYear(2025);
        QVERIFY(!rules::isEntered(rd, p));
        p.ensureYear(2025).rdExpense = 0; // zero is a figure
        QVERIFY(rules::isEntered(rd, p));
        QVERIFY(!rules::isEntered({QStringLiteral("years.rd_expense"), -2}, p));
        const FieldRead titles{QStringLiteral("company.recognitions"), 0};
        QVERIFY(!rules::isEntered(titles, p));
        p.company.recognitions = QList<Recognition>(); // none, known
        QVERIFY(rules::isEntered(titles, p));
        QVERIFY(!rules::isEntered({QStringLiteral("specialization.market_leading"), 0}, p));
        p.specialization.marketLeading = false;
        QVERIFY(rules::isEntered({QStringLiteral("specialization.market_leading"), 0}, p));
    }

    void knownDocuments()
    {
        const FieldHelp &h = FieldHelp::instance();
        const QString cn = QStringLiteral("zh_CN");
        QVERIFY(h.sourceDocument(QStringLiteral("years.operating_revenue"), cn).contains(QStringLiteral("审计报告")));
        QVERIFY(h.sourceDocument(QStringLiteral("years.main_business_revenue"), cn).contains(QStringLiteral("纳税申报表")));
        QVERIFY(h.sourceDocument(QStringLiteral("years.rd_expense"), cn).contains(QStringLiteral("研发费用加计扣除")));
        QVERIFY(h.sourceDocument(QStringLiteral("years.employees"), cn).contains(QStringLiteral("社保")));
        QVERIFY(h.sourceDocument(QStringLiteral("innovation.ip.class1"), cn).contains(QStringLiteral("知识产权证书")));
        QVERIFY(h.sourceDocument(QStringLiteral("company.established"), cn).contains(QStringLiteral("营业执照")));
        QVERIFY(h.sourceDocument(QStringLiteral("years.rd_expense"), QStringLiteral("zh_TW")).contains(QStringLiteral("研發費用")));
        // A field no rule reads needs none.
        QVERIFY(h.sourceDocument(QStringLiteral("company.name"), cn).isEmpty());
    }

    // The checklist groups the fields by document, each document once, with
    // the company's state; a gap shows as "still missing".
    void checklistListsEachDocumentWithItsFields()
    {
        Profile p = fixture("full.srdi.json");
        QVERIFY(!p.company.name.isEmpty());
        const int y = p.assessmentYear - 1;
        p.ensureYear(y).rdExpense.reset(); // a known gap
        report::ChecklistInput in{&p, pack("2026").get(), QStringLiteral("zh_CN"), kToday};
        const QList<report::DocumentChecklist::Document> docs = report::DocumentChecklist::documents(in);
        const FieldHelp &help = FieldHelp::instance();
        QStringList names;
        int items = 0;
        for (const auto &d : docs) {
            QVERIFY2(!d.name.isEmpty(), "a field without a document");
            QVERIFY2(!names.contains(d.name), qPrintable(d.name));
            names.append(d.name);
            for (const auto &i : d.items) {
                QCOMPARE(help.sourceDocument(i.path, in.lang), d.name);
                ++items;
            }
        }
        QCOMPARE(items, int(rules::fieldsRead(*pack("2026")).size()));
        const QString html = report::DocumentChecklist::html(in);
        for (const auto &d : docs) {
            const qsizetype at = html.indexOf(d.name.toHtmlEscaped());
            QVERIFY2(at >= 0, qPrintable(d.name));
            // Its fields follow it, before the next document.
            const qsizetype next = html.indexOf(QStringLiteral("<h2>"), at);
            for (const auto &i : d.items) {
                const qsizetype f = html.indexOf(i.label.toHtmlEscaped(), at);
                QVERIFY2(f > at && (next < 0 || f < next), qPrintable(d.name + u' ' + i.label));
            }
        }
        const QString rdDoc = help.sourceDocument(QStringLiteral("years.rd_expense"), in.lang);
        const auto rd = std::find_if(docs.begin(), docs.end(), [&](const auto &d) { return d.name == rdDoc; });
        QVERIFY(rd != docs.end());
        const auto rdItem = std::find_if(rd->items.begin(), rd->items.end(),
                                         [&](const auto &i) { return i.path == u"years.rd_expense" && i.year == y; });
        QVERIFY(rdItem != rd->items.end());
        QVERIFY(!rdItem->entered);
        QCOMPARE(rdItem->label, QStringLiteral("研发费用 %1").arg(y));
        QVERIFY(html.contains(QStringLiteral("研发费用 %1</td><td class='missing'>").arg(y)));
        QVERIFY(html.contains(QStringLiteral("审计报告")));
        QVERIFY(html.contains(QStringLiteral("知识产权证书")));
    }

    void checklistSpeaksTheLanguage()
    {
        const Profile p = fixture("full.srdi.json");
        report::ChecklistInput in{&p, pack("2026").get(), QStringLiteral("zh_TW"), kToday};
        QVERIFY(i18n::Language::apply(QStringLiteral("zh_TW")));
        const QString tw = report::DocumentChecklist::html(in);
        QVERIFY(tw.contains(QStringLiteral("審計報告")));
        QVERIFY(tw.contains(QStringLiteral("研發費用")));
        QVERIFY(!tw.contains(QStringLiteral("审计报告")));
        i18n::Language::apply(QStringLiteral("en"));
        in.lang = QStringLiteral("en");
        const QString en = report::DocumentChecklist::html(in);
        QVERIFY(en.contains(QStringLiteral("Document checklist")));
        QVERIFY(en.contains(QStringLiteral("Annual audit report")));
        QVERIFY(!en.contains(QRegularExpression(QStringLiteral("\\p{Han}{4}"))) || en.contains(p.company.name));
    }

    void pdfIsWritten()
    {
        const Profile p = fixture("full.srdi.json");
        report::ChecklistInput in{&p, pack("2026").get(), QStringLiteral("zh_CN"), kToday};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checklist.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(report::DocumentChecklist::writePdf(in, path, &error, &pages), qPrintable(error));
        QVERIFY(pages >= 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext not available");
        QVERIFY2(text.contains(QStringLiteral("审计报告")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("知识产权证书")));
        // Every page has the shared frame: the company in the header, its number in the footer.
        const QStringList pageTexts = QString(text).remove(u' ').split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const QString &t = pageTexts.at(i);
            QVERIFY2(t.contains(QStringLiteral("第%1页/共%2页").arg(i + 1).arg(pages))
                         || t.contains(QStringLiteral("Page%1of%2").arg(i + 1).arg(pages)),
                     qPrintable(t.right(200)));
            QVERIFY2(t.contains(QString(p.company.name).remove(u' ').left(8)), qPrintable(t.left(200)));
        }
        // Where it cannot be written: an error, no file.
        QVERIFY(!report::DocumentChecklist::writePdf(in, QStringLiteral("/nonexistent/dir/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDocuments)
#include "test_documents.moc"
