// SPDX-License-Identifier: GPL-3.0-or-later
// The help text of the forms (data/field_help.json): every field in three
// languages, real 繁體, the definitions of criteria.md §4, a name for every
// vocabulary value, and a loader that falls back and reports broken files.

#include "model/FieldHelp.h"
#include "i18n/Language.h"
#include "model/Profile.h"
#include "rules/FieldsRead.h"
#include "rules/RulePack.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace srdi;

namespace {

// Every field the forms show, as profile-format.md names it.
const QStringList &formPaths()
{
    static const QStringList list{
        QStringLiteral("assessment_year"),
        QStringLiteral("assessment_date"),
        QStringLiteral("company.name"),
        QStringLiteral("company.credit_code"),
        QStringLiteral("company.region"),
        QStringLiteral("company.industry"),
        QStringLiteral("company.established"),
        QStringLiteral("company.niche_since"),
        QStringLiteral("company.main_product"),
        QStringLiteral("company.recognitions"),
        QStringLiteral("company.recognitions.route"),
        QStringLiteral("company.attestations.no_abnormal_or_dishonest_listing"),
        QStringLiteral("company.attestations.no_banned_products"),
        QStringLiteral("company.attestations.no_major_accident_3y"),
        QStringLiteral("years.operating_revenue"),
        QStringLiteral("years.main_business_revenue"),
        QStringLiteral("years.rd_expense"),
        QStringLiteral("years.cost_expense_total"),
        QStringLiteral("years.net_profit"),
        QStringLiteral("years.total_assets"),
        QStringLiteral("years.total_liabilities"),
        QStringLiteral("years.employees"),
        QStringLiteral("years.rd_staff"),
        QStringLiteral("years.tech_staff"),
        QStringLiteral("years.equity_financing"),
        QStringLiteral("innovation.ip.class1_high_value"),
        QStringLiteral("innovation.ip.class1_self_developed"),
        QStringLiteral("innovation.ip.class1"),
        QStringLiteral("innovation.ip.class2"),
        QStringLiteral("innovation.ip.class1_applied"),
        QStringLiteral("innovation.rd_institution"),
        QStringLiteral("innovation.rd_institution_own_or_joint"),
        QStringLiteral("innovation.sci_tech_awards"),
        QStringLiteral("innovation.honors"),
        QStringLiteral("innovation.chuangke_china"),
        QStringLiteral("innovation.standards_led"),
        QStringLiteral("innovation.rd_measure"),
        QStringLiteral("refinement.digital_level"),
        QStringLiteral("refinement.core_business_on_system"),
        QStringLiteral("refinement.quality_award"),
        QStringLiteral("refinement.quality_system_cert"),
        QStringLiteral("refinement.own_brand"),
        QStringLiteral("refinement.standards_participation"),
        QStringLiteral("refinement.mgmt_or_intl_product_cert"),
        QStringLiteral("specialization.field"),
        QStringLiteral("specialization.national_market_share_pct"),
        QStringLiteral("specialization.international_market_share_pct"),
        QStringLiteral("specialization.domestic_rank"),
        QStringLiteral("specialization.market_leading"),
        QStringLiteral("specialization.chain_key_link"),
        QStringLiteral("specialization.development_scores"),
        QStringLiteral("specialization.renewal"),
        QStringLiteral("local_feature_score"),
    };
    return list;
}

const QStringList &languages()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("zh_CN"),
                                  QStringLiteral("zh_TW")};
    return list;
}

const QStringList &kinds()
{
    static const QStringList list{QStringLiteral("label"), QStringLiteral("tip"),
                                  QStringLiteral("definition")};
    return list;
}

// The closed vocabularies of the format and the field whose choices name them.
QList<std::pair<QString, QStringList>> vocabularies()
{
    return {
        {QStringLiteral("company.recognitions"), vocab::tiers()},
        {QStringLiteral("company.recognitions.route"), vocab::recognitionRoutes()},
        {QStringLiteral("innovation.rd_institution"), vocab::rdInstitutions()},
        {QStringLiteral("innovation.sci_tech_awards"), vocab::awardLevels()},
        {QStringLiteral("innovation.honors"), vocab::honors()},
        {QStringLiteral("innovation.chuangke_china"), vocab::chuangkeGroups()},
        {QStringLiteral("innovation.standards_led"), vocab::standardLevels()},
        {QStringLiteral("innovation.rd_measure"), vocab::rdMeasures()},
        {QStringLiteral("refinement.quality_award"), vocab::qualityAwards()},
        {QStringLiteral("specialization.field"), vocab::fields()},
        // The four levels of 《中小企业数字化水平评测指标》, each with its score band.
        {QStringLiteral("refinement.digital_level"),
         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
    };
}

// The shipped file as raw JSON: completeness is checked there, before any fallback.
QJsonObject shipped()
{
    QFile f(QStringLiteral(":/data/field_help.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString raw(const QJsonObject &root, const QString &path, const QString &kind, const QString &lang)
{
    return root.value(QStringLiteral("fields"))
        .toObject()
        .value(path)
        .toObject()
        .value(kind)
        .toObject()
        .value(lang)
        .toString();
}

bool hasHan(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return s.contains(han);
}

// Characters that exist only in simplified script: one of them in a zh_TW text
// is a conversion miss.
const QString &simplifiedOnly()
{
    static const QString chars = QStringLiteral(
        "发费业产专权质营资负债员职数级类获创认证评价务国场链应设计经济统会为这时实关键规标总额"
        "审导领组织构机与两单项奖励报况纳税识库");
    return chars;
}

QString simplifiedIn(const QString &s)
{
    QString found;
    for (const QChar c : s) {
        if (simplifiedOnly().contains(c) && !found.contains(c))
            found.append(c);
    }
    return found;
}

} // namespace

class TestFieldHelp : public QObject
{
    Q_OBJECT
private slots:
    void shippedFileHasNoProblems()
    {
        const QStringList problems = FieldHelp::instance().problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!shipped().isEmpty());
    }

    void pathsAreExactlyTheFormFields()
    {
        QStringList expected = formPaths();
        expected.sort();
        QCOMPARE(FieldHelp::instance().paths(), expected);
    }

    void everyFieldComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : formPaths())
            QTest::newRow(qPrintable(p)) << p;
    }

    void everyFieldComplete()
    {
        QFETCH(QString, path);
        const QJsonObject root = shipped();
        const FieldHelp &help = FieldHelp::instance();
        for (const QString &kind : kinds()) {
            for (const QString &lang : languages()) {
                const QString text = raw(root, path, kind, lang);
                const QString where = kind + u'.' + lang;
                QVERIFY2(!text.trimmed().isEmpty(),
                         qPrintable(where + QStringLiteral(" is empty")));
                if (lang != u"en")
                    QVERIFY2(hasHan(text), qPrintable(where + QStringLiteral(" is not Chinese")));
                QString viaApi;
                if (kind == u"label")
                    viaApi = help.label(path, lang);
                else if (kind == u"tip")
                    viaApi = help.tip(path, lang);
                else
                    viaApi = help.definition(path, lang);
                QCOMPARE(viaApi, text);
            }
        }
        // An English label is English.
        QVERIFY2(!hasHan(raw(root, path, QStringLiteral("label"), QStringLiteral("en"))),
                 "Chinese in the English label");
        // A tip is one sentence; the definition says more than the tip.
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
            const QString tip = raw(root, path, QStringLiteral("tip"), lang);
            QVERIFY2(tip.count(u'。') == 1 && tip.endsWith(u'。'),
                     qPrintable(lang + QStringLiteral(" tip is not one sentence: ") + tip));
            QVERIFY(raw(root, path, QStringLiteral("definition"), lang).size() > tip.size());
        }
        QVERIFY2(raw(root, path, QStringLiteral("tip"), QStringLiteral("en")).size() <= 160,
                 "English tip longer than a sentence");
        QVERIFY2(!help.source(path).trimmed().isEmpty(), "no source");
    }

    void traditionalIsTraditional()
    {
        const QJsonObject root = shipped();
        int checked = 0;
        auto check = [&checked](const QString &where, const QJsonObject &text) {
            const QString cn = text.value(QStringLiteral("zh_CN")).toString();
            const QString tw = text.value(QStringLiteral("zh_TW")).toString();
            const QString left = simplifiedIn(tw);
            QVERIFY2(left.isEmpty(), qPrintable(where + QStringLiteral(": simplified ") + left +
                                                QStringLiteral(" in ") + tw));
            if (!simplifiedIn(cn).isEmpty())
                QVERIFY2(tw != cn, qPrintable(where + QStringLiteral(": zh_TW is the zh_CN text")));
            ++checked;
        };
        const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            for (const QString &kind : kinds()) {
                check(it.key() + u'.' + kind, it.value().toObject().value(kind).toObject());
                if (QTest::currentTestFailed())
                    return;
            }
        }
        const QJsonObject choices = root.value(QStringLiteral("choices")).toObject();
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            const QJsonObject values = it.value().toObject();
            for (auto v = values.begin(); v != values.end(); ++v) {
                check(it.key() + u'.' + v.key(), v.value().toObject());
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(checked >= formPaths().size() * 3);
    }

    void knownTraditionalForms_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        const FieldHelp &h = FieldHelp::instance();
        const QString tw = QStringLiteral("zh_TW");
        QTest::newRow("R&D expense")
            << h.label(QStringLiteral("years.rd_expense"), tw) << QStringLiteral("研發費用");
        // Official mainland terms stay terms: not 程式碼 (s2twp would say so).
        QTest::newRow("credit code") << h.label(QStringLiteral("company.credit_code"), tw)
                                     << QStringLiteral("統一社會信用代碼");
        QTest::newRow("class I IP")
            << h.label(QStringLiteral("innovation.ip.class1"), tw) << QStringLiteral("Ⅰ類知識產權");
        QTest::newRow("employees")
            << h.label(QStringLiteral("years.employees"), tw) << QStringLiteral("職工總數");
        QTest::newRow("little giant")
            << h.choice(QStringLiteral("company.recognitions"), QStringLiteral("little_giant"), tw)
            << QStringLiteral("專精特新“小巨人”企業");
        QTest::newRow("ten key industries") << h.choice(QStringLiteral("specialization.field"),
                                                        QStringLiteral("ten_key_industries"), tw)
                                            << QStringLiteral("製造強國戰略明確的十大重點產業領域");
    }

    void knownTraditionalForms()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void definitionsCarryKeyTerms_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("term");
        auto row = [](const char *path, const char *lang, const QString &term) {
            QTest::addRow("%s %s %s", path, lang, qPrintable(term))
                << QString::fromLatin1(path) << QString::fromLatin1(lang) << term;
        };
        // §4 Ⅰ类知识产权
        for (const QString &t :
             {QStringLiteral("发明专利"), QStringLiteral("国防专利"), QStringLiteral("植物新品种"),
              QStringLiteral("国家级农作物品种"), QStringLiteral("国家新药"),
              QStringLiteral("国家一级中药保护品种"), QStringLiteral("集成电路布图设计专有权")})
            row("innovation.ip.class1", "zh_CN", t);
        row("innovation.ip.class1", "zh_TW", QStringLiteral("發明專利"));
        row("innovation.ip.class1", "en", QStringLiteral("invention patent"));
        row("innovation.ip.class1", "zh_CN", QStringLiteral("不满1年"));
        // §4 Ⅱ类知识产权
        for (const QString &t :
             {QStringLiteral("软件著作权"), QStringLiteral("不含商标"), QStringLiteral("实用新型"),
              QStringLiteral("外观设计"), QStringLiteral("超过2年")})
            row("innovation.ip.class2", "zh_CN", t);
        row("innovation.ip.class2", "zh_TW", QStringLiteral("軟件著作權"));
        row("innovation.ip.class2", "en", QStringLiteral("software copyright"));
        // §4 Ⅰ类高价值
        for (const QString &t :
             {QStringLiteral("G20"), QStringLiteral("新加坡"), QStringLiteral("欧洲专利局"),
              QStringLiteral("超过10年"), QStringLiteral("质押融资"),
              QStringLiteral("国家科学技术奖"), QStringLiteral("中国专利奖")})
            row("innovation.ip.class1_high_value", "zh_CN", t);
        // §4 自主研发
        for (const QString &t :
             {QStringLiteral("受让"), QStringLiteral("受赠"), QStringLiteral("并购")})
            row("innovation.ip.class1_self_developed", "zh_CN", t);
        // §4 主导产品
        row("company.main_product", "zh_CN", QStringLiteral("超过50%"));
        row("company.main_product", "en", QStringLiteral("more than 50 %"));
        // §4 数字化水平: all four levels with their points.
        for (const QString &t : {QStringLiteral("一级20–40分"), QStringLiteral("二级40–60分"),
                                 QStringLiteral("三级60–80分"), QStringLiteral("四级80分以上")})
            row("refinement.digital_level", "zh_CN", t);
        for (const QString &t : {QStringLiteral("一級"), QStringLiteral("二級"),
                                 QStringLiteral("三級"), QStringLiteral("四級")})
            row("refinement.digital_level", "zh_TW", t);
        for (const QString &t :
             {QStringLiteral("level 1 = 20–40"), QStringLiteral("level 2 = 40–60"),
              QStringLiteral("level 3 = 60–80"), QStringLiteral("level 4 = above 80")})
            row("refinement.digital_level", "en", t);
        row("refinement.digital_level", "zh_CN", QStringLiteral("工信厅企业〔2024〕56号"));
        // §4 合格机构投资者
        row("years.equity_financing", "zh_CN", QStringLiteral("合格机构投资者"));
        row("years.equity_financing", "zh_CN", QStringLiteral("实缴"));
        row("years.equity_financing", "en", QStringLiteral("paid in"));
        // Statistical and accounting meanings.
        row("years.rd_expense", "zh_CN", QStringLiteral("统计口径"));
        row("years.rd_staff", "zh_CN", QStringLiteral("统计口径"));
        row("years.operating_revenue", "zh_CN", QStringLiteral("主营业务收入与其他业务收入之和"));
        row("years.main_business_revenue", "zh_CN", QStringLiteral("不超过营业收入"));
        row("years.tech_staff", "zh_CN", QStringLiteral("183天"));
        // §0 years and the niche; titles valid 3 years.
        row("assessment_year", "zh_CN", QStringLiteral("上年度＝评价年度－1"));
        row("assessment_year", "en", QStringLiteral("assessment year − 1"));
        row("company.niche_since", "zh_CN", QStringLiteral("上年度12月31日"));
        row("company.niche_since", "en", QStringLiteral("31 December of 上年度"));
        row("company.recognitions", "zh_CN", QStringLiteral("有效期为三年"));
        row("company.recognitions", "en", QStringLiteral("valid for three years"));
        row("assessment_date", "zh_CN", QStringLiteral("2026年4月1日"));
    }

    void definitionsCarryKeyTerms()
    {
        QFETCH(QString, path);
        QFETCH(QString, lang);
        QFETCH(QString, term);
        const QString text = FieldHelp::instance().definition(path, lang);
        QVERIFY2(text.contains(term), qPrintable(text));
    }

    void unitsAndSources_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("unit");
        auto rows = [](const QString &unit, std::initializer_list<const char *> paths) {
            for (const char *p : paths)
                QTest::newRow(p) << QString::fromLatin1(p) << unit;
        };
        rows(QStringLiteral("万元"),
             {"years.operating_revenue", "years.main_business_revenue", "years.rd_expense",
              "years.cost_expense_total", "years.net_profit", "years.total_assets",
              "years.total_liabilities", "years.equity_financing"});
        rows(QStringLiteral("people"), {"years.employees", "years.rd_staff", "years.tech_staff"});
        rows(QStringLiteral("count"),
             {"innovation.ip.class1_high_value", "innovation.ip.class1_self_developed",
              "innovation.ip.class1", "innovation.ip.class2", "innovation.ip.class1_applied"});
        rows(QStringLiteral("%"), {"specialization.national_market_share_pct",
                                   "specialization.international_market_share_pct"});
        rows(QStringLiteral("date"),
             {"assessment_date", "company.established", "company.niche_since"});
        rows(QString(), {"assessment_year", "company.name", "refinement.digital_level",
                         "specialization.field", "local_feature_score"});
    }

    void unitsAndSources()
    {
        QFETCH(QString, path);
        QFETCH(QString, unit);
        QCOMPARE(FieldHelp::instance().unit(path), unit);
    }

    void sourcesNameTheDocument()
    {
        const FieldHelp &h = FieldHelp::instance();
        QVERIFY(h.source(QStringLiteral("innovation.ip.class1"))
                    .contains(QStringLiteral("工信部企业〔2022〕63号")));
        QVERIFY(h.source(QStringLiteral("years.tech_staff"))
                    .contains(QStringLiteral("国科发政〔2017〕115号")));
        QVERIFY(h.source(QStringLiteral("company.credit_code"))
                    .contains(QStringLiteral("GB 32100-2015")));
        QVERIFY(h.source(QStringLiteral("specialization.development_scores"))
                    .contains(QStringLiteral("工信厅企业〔2024〕75号")));
    }

    void everyVocabularyValueHasAName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        for (const auto &[path, values] : vocabularies()) {
            for (const QString &v : values)
                QTest::addRow("%s=%s", qPrintable(path), qPrintable(v)) << path << v;
        }
    }

    void everyVocabularyValueHasAName()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        const QJsonObject names = shipped()
                                      .value(QStringLiteral("choices"))
                                      .toObject()
                                      .value(path)
                                      .toObject()
                                      .value(value)
                                      .toObject();
        for (const QString &lang : languages()) {
            const QString name = names.value(lang).toString();
            QVERIFY2(!name.trimmed().isEmpty(), qPrintable(lang + QStringLiteral(" name missing")));
            QCOMPARE(FieldHelp::instance().choice(path, value, lang), name);
        }
        QVERIFY(hasHan(names.value(QStringLiteral("zh_CN")).toString()));
        QVERIFY(!hasHan(names.value(QStringLiteral("en")).toString()));
    }

    void noChoiceOutsideTheVocabularies()
    {
        const QJsonObject choices = shipped().value(QStringLiteral("choices")).toObject();
        QStringList expectedPaths;
        for (const auto &[path, values] : vocabularies()) {
            expectedPaths.append(path);
            QStringList names = choices.value(path).toObject().keys();
            QStringList wanted = values;
            names.sort();
            wanted.sort();
            QCOMPARE(names, wanted);
        }
        QStringList paths = choices.keys();
        paths.sort();
        expectedPaths.sort();
        QCOMPARE(paths, expectedPaths);
    }

    void officialChoiceNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        auto row = [](const char *path, const char *value, const QString &name) {
            QTest::addRow("%s=%s", path, value)
                << QString::fromLatin1(path) << QString::fromLatin1(value) << name;
        };
        row("company.recognitions", "innovative",
            QStringLiteral("创新型中小企业（2026起：科技和创新型中小企业）"));
        row("company.recognitions", "specialized", QStringLiteral("专精特新中小企业"));
        row("company.recognitions", "little_giant", QStringLiteral("专精特新“小巨人”企业"));
        row("innovation.rd_institution", "below_city", QStringLiteral("市级以下"));
        row("innovation.honors", "tech_innovation_demo", QStringLiteral("国家级技术创新示范企业"));
        row("innovation.honors", "ip_demo", QStringLiteral("知识产权示范企业"));
        row("innovation.chuangke_china", "top50", QStringLiteral("全国50强"));
        row("innovation.chuangke_china", "top500", QStringLiteral("全国500强"));
        row("innovation.standards_led", "industry", QStringLiteral("行业标准"));
        row("innovation.rd_measure", "revenue", QStringLiteral("研发费用占营业收入比重"));
        row("innovation.rd_measure", "cost", QStringLiteral("研发费用占成本费用支出总额比重"));
        row("refinement.quality_award", "provincial", QStringLiteral("省级质量奖"));
        row("specialization.field", "strategic_emerging", QStringLiteral("战略性新兴产业"));
        row("specialization.field", "chain_key_effect",
            QStringLiteral("在产业链供应链关键环节及关键领域“补短板”“锻长板”“填空白”"));
        row("specialization.field", "six_foundations", QStringLiteral("工业“六基”领域"));
        row("specialization.field", "time_honored", QStringLiteral("中华老字号"));
        row("specialization.field", "serves_chain_leader", QStringLiteral("服务产业链链主企业"));
        row("specialization.field", "ten_key_industries",
            QStringLiteral("制造强国战略明确的十大重点产业领域"));
        row("specialization.field", "network_power", QStringLiteral("网络强国建设的重点领域"));
        row("specialization.field", "emerging_or_future_industry",
            QStringLiteral("新兴产业或未来产业"));
        row("specialization.field", "traditional_industry_upgrading", QStringLiteral("改造提升传统产业"));
    }

    void officialChoiceNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, name);
        QCOMPARE(FieldHelp::instance().choice(path, value, QStringLiteral("zh_CN")), name);
    }

    void fallbacks()
    {
        const FieldHelp h(R"({
            "format": "srdi-field-help/1",
            "fields": {
                "a": {
                    "label": {"en": "Revenue", "zh_CN": "营业收入"},
                    "tip": {"en": "Revenue of the year."},
                    "definition": {"en": "Def", "zh_CN": "定义", "zh_TW": "定義"},
                    "unit": "万元",
                    "source": "doc"
                }
            },
            "choices": {"a": {"x": {"en": "Ex", "zh_CN": "甲"}}}
        })");
        QVERIFY2(h.problems().isEmpty(), qPrintable(h.problems().join(u'\n')));
        // zh_TW missing → zh_CN; a language missing → en; a language unknown → en.
        QCOMPARE(h.label(QStringLiteral("a"), QStringLiteral("zh_TW")), QStringLiteral("营业收入"));
        QCOMPARE(h.label(QStringLiteral("a"), QStringLiteral("zh_CN")), QStringLiteral("营业收入"));
        QCOMPARE(h.label(QStringLiteral("a"), QStringLiteral("en")), QStringLiteral("Revenue"));
        QCOMPARE(h.tip(QStringLiteral("a"), QStringLiteral("zh_CN")),
                 QStringLiteral("Revenue of the year."));
        QCOMPARE(h.tip(QStringLiteral("a"), QStringLiteral("zh_TW")),
                 QStringLiteral("Revenue of the year."));
        QCOMPARE(h.label(QStringLiteral("a"), QStringLiteral("fr")), QStringLiteral("Revenue"));
        QCOMPARE(h.definition(QStringLiteral("a"), QStringLiteral("zh_TW")),
                 QStringLiteral("定義"));
        QCOMPARE(h.choice(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("zh_TW")),
                 QStringLiteral("甲"));
        QCOMPARE(h.choice(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("en")),
                 QStringLiteral("Ex"));
        QCOMPARE(h.unit(QStringLiteral("a")), QStringLiteral("万元"));
        QCOMPARE(h.source(QStringLiteral("a")), QStringLiteral("doc"));
        QCOMPARE(h.paths(), QStringList{QStringLiteral("a")});
        // Unknown paths and values: empty.
        const QString none = QStringLiteral("b");
        QVERIFY(h.label(none, QStringLiteral("en")).isEmpty());
        QVERIFY(h.tip(none, QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(h.definition(none, QStringLiteral("zh_TW")).isEmpty());
        QVERIFY(h.unit(none).isEmpty());
        QVERIFY(h.source(none).isEmpty());
        QVERIFY(h.choice(none, QStringLiteral("x"), QStringLiteral("en")).isEmpty());
        QVERIFY(h.choice(QStringLiteral("a"), QStringLiteral("y"), QStringLiteral("en")).isEmpty());
        QVERIFY(FieldHelp::instance()
                    .label(QStringLiteral("years.no_such_field"), QStringLiteral("en"))
                    .isEmpty());
    }

    void brokenFilesYieldProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray entry =
            R"("label": {"en": "L"}, "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s")";
        auto row = [](const char *name, const QByteArray &json, const char *mentions) {
            QTest::newRow(name) << json << QString::fromUtf8(mentions);
        };
        auto file = [](const QByteArray &fields, const QByteArray &rest = QByteArray()) {
            return QByteArray(R"({"format": "srdi-field-help/1", "fields": {)") + fields + "}" +
                   rest + "}";
        };
        row("not JSON", "{\"format\": ", "not JSON");
        row("empty", QByteArray(), "not JSON");
        row("array", "[]", "not a JSON object");
        row("wrong format", R"({"format": "srdi-field-help/2", "fields": {}})", "format: expected");
        row("no fields", R"({"format": "srdi-field-help/1"})", "fields: must be an object");
        row("unknown top-level key", file("", R"(, "field": {})"), "field: unknown key");
        row("entry not an object", file(R"("a": 1)"), "a: must be an object");
        row("label missing",
            file(R"("a": {"tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s"})"),
            "a.label: missing");
        row("label a string",
            file(
                R"("a": {"label": "L", "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s"})"),
            "a.label: must be an object");
        row("English missing",
            file(
                R"("a": {"label": {"zh_CN": "标签"}, "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s"})"),
            "a.label.en: missing");
        row("unknown language",
            file(
                R"("a": {"label": {"en": "L", "zh": "标签"}, "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s"})"),
            "a.label.zh: unknown language");
        row("language not a string",
            file(
                R"("a": {"label": {"en": "L", "zh_CN": 3}, "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s"})"),
            "a.label.zh_CN: must be a string");
        row("unknown unit", file(R"("a": {)" + entry + R"(, "unit": "yuan"})"),
            "a.unit: \"yuan\" is not one of");
        row("unit not a string", file(R"("a": {)" + entry + R"(, "unit": 1})"),
            "a.unit: must be a string");
        row("no source",
            file(R"("a": {"label": {"en": "L"}, "tip": {"en": "T"}, "definition": {"en": "D"}})"),
            "a.source: the document the definition comes from is missing");
        row("unknown key in entry", file(R"("a": {)" + entry + R"(, "tooltip": {"en": "T"}})"),
            "a.tooltip: unknown key");
        row("choice for no field",
            file(R"("a": {)" + entry + "}", R"(, "choices": {"b": {"x": {"en": "X"}}})"),
            "choices.b: no such field");
        row("choice name without English",
            file(R"("a": {)" + entry + "}", R"(, "choices": {"a": {"x": {"zh_CN": "甲"}}})"),
            "choices.a.x.en: missing");
        row("choices not an object", file(R"("a": {)" + entry + "}", R"(, "choices": [])"),
            "choices: must be an object");
    }

    void brokenFilesYieldProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QStringList problems = FieldHelp(json).problems();
        QVERIFY(!problems.isEmpty());
        // A row means one fault: a malformed row must not pass as "not JSON".
        if (!mentions.startsWith(QStringLiteral("not JSON")))
            QVERIFY2(!problems.join(u'\n').contains(QStringLiteral("not JSON")),
                     qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.join(u'\n').contains(mentions), qPrintable(problems.join(u'\n')));
    }

    void aSoundMinimalFileHasNoProblems()
    {
        // The counterpart of the rows above: the same skeleton, sound.
        const FieldHelp h(
            R"({"format": "srdi-field-help/1", "fields": {"a": {"label": {"en": "L"}, "tip": {"en": "T"}, "definition": {"en": "D"}, "source": "s", "unit": "%"}}, "choices": {"a": {"x": {"en": "X"}}}})");
        QVERIFY2(h.problems().isEmpty(), qPrintable(h.problems().join(u'\n')));
    }

    // Every field either pack reads names the document it is taken from, in
    // English and 简体, and 繁體 by conversion.
    void everyFieldReadHasADocument_data()
    {
        QTest::addColumn<QString>("path");
        rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
        QStringList seen;
        for (const char *id : {"2026", "2022"}) {
            for (const rules::FieldRead &f : rules::fieldsRead(*rules::RulePacks::instance().pack(QString::fromLatin1(id)))) {
                if (seen.contains(f.path))
                    continue;
                seen.append(f.path);
                QTest::newRow(qPrintable(f.path)) << f.path;
            }
        }
    }

    void everyFieldReadHasADocument()
    {
        QFETCH(QString, path);
        const FieldHelp &help = FieldHelp::instance();
        QVERIFY2(!help.label(path, QStringLiteral("en")).isEmpty(), "no help entry");
        const QString en = help.sourceDocument(path, QStringLiteral("en"));
        const QString cn = help.sourceDocument(path, QStringLiteral("zh_CN"));
        const QString tw = help.sourceDocument(path, QStringLiteral("zh_TW"));
        QVERIFY2(!en.trimmed().isEmpty(), "no English document");
        QVERIFY2(!cn.trimmed().isEmpty(), "no 简体 document");
        QVERIFY(!tw.trimmed().isEmpty());
        QVERIFY2(!en.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(en));
        QVERIFY(cn.contains(QRegularExpression(QStringLiteral("\\p{Han}"))));
        QCOMPARE(tw, i18n::toTraditional(cn));
    }

    // A document given without 简体 is a problem of the file.
    void loaderChecksDocuments()
    {
        const QByteArray base = R"({"format": "srdi-field-help/1", "fields": {"x": {
            "label": {"en": "X"}, "tip": {"en": "X."}, "definition": {"en": "X"}, "unit": "",
            "source": "doc" %1}}})";
        QVERIFY(FieldHelp(QString::fromUtf8(base).arg(QString()).toUtf8()).problems().isEmpty());
        const FieldHelp good(QString::fromUtf8(base).arg(QStringLiteral(", \"source_document\": {\"en\": \"Audit report\", \"zh_CN\": \"审计报告\"}")).toUtf8());
        QVERIFY2(good.problems().isEmpty(), qPrintable(good.problems().join(u'\n')));
        QCOMPARE(good.sourceDocument(QStringLiteral("x"), QStringLiteral("zh_TW")), QStringLiteral("審計報告"));
        QCOMPARE(good.sourceDocument(QStringLiteral("x"), QStringLiteral("en")), QStringLiteral("Audit report"));
        const FieldHelp noChinese(QString::fromUtf8(base).arg(QStringLiteral(", \"source_document\": {\"en\": \"Audit report\"}")).toUtf8());
        QVERIFY(noChinese.problems().join(u'\n').contains(QStringLiteral("x.source_document.zh_CN")));
        const FieldHelp notText(QString::fromUtf8(base).arg(QStringLiteral(", \"source_document\": \"审计报告\"")).toUtf8());
        QVERIFY(notText.problems().join(u'\n').contains(QStringLiteral("x.source_document")));
    }
};

QTEST_GUILESS_MAIN(TestFieldHelp)
#include "test_fieldhelp.moc"
