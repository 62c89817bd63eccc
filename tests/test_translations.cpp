// SPDX-License-Identifier: GPL-3.0-or-later
// Both translations complete and sound, the run-time script conversion right
// for this domain, and the command line's text output in one script only.

#include "i18n/Language.h"
#include "rules/RulePack.h"
#include "testconfig.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <opencc/opencc.h>

namespace {

QString convert(const char *config, const QString &text)
{
    static std::map<std::string, std::unique_ptr<opencc::SimpleConverter>> converters;
    auto &c = converters[config];
    if (!c)
        c = std::make_unique<opencc::SimpleConverter>(config);
    return QString::fromStdString(c->Convert(text.toStdString()));
}

// Han characters of `text` that `config` would change: characters of the
// other script.
QString foreignCharacters(const char *config, const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x3400)
            continue;
        if (convert(config, QString(c)) != QString(c) && !out.contains(c))
            out.append(c);
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, lang);
        QFile f(QStringLiteral(SRDI_SOURCE_DIR "/translations/srdi_%1.ts").arg(lang));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&f));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.count() > 300);
        static const QRegularExpression placeholder(QStringLiteral("%(?:\\d|n|L\\d)"));
        QStringList problems;
        for (int i = 0; i < messages.count(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            QString text = t.text();
            if (m.attribute(QStringLiteral("numerus")) == u"yes")
                text = t.firstChildElement(QStringLiteral("numerusform")).text();
            if (t.attribute(QStringLiteral("type")) == u"unfinished" || text.isEmpty()) {
                problems.append(QStringLiteral("unfinished: ") + source);
                continue;
            }
            if (t.attribute(QStringLiteral("type")) == u"vanished" || t.attribute(QStringLiteral("type")) == u"obsolete") {
                problems.append(QStringLiteral("obsolete: ") + source);
                continue;
            }
            // Every placeholder of the source survives in the translation.
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured();
                if (!text.contains(p))
                    problems.append(QStringLiteral("lost %1: %2").arg(p, source));
            }
            // One script only.
            const QString foreign = foreignCharacters(lang == u"zh_TW" ? "s2tw.json" : "t2s.json", text);
            if (!foreign.isEmpty())
                problems.append(QStringLiteral("other script (%1): %2").arg(foreign, text));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void translatorsLoad()
    {
        QVERIFY(srdi::i18n::Language::apply(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("srdi::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QVERIFY(srdi::i18n::Language::apply(QStringLiteral("zh_TW")));
        // Mainland terms in traditional characters: 文件, not Taiwan's 檔案.
        QCOMPARE(QCoreApplication::translate("srdi::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("srdi::ui::MainWindow", "&Help"), QStringLiteral("幫助(&H)"));
        QVERIFY(srdi::i18n::Language::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("srdi::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void dataTextConverts()
    {
        using srdi::i18n::toTraditional;
        QCOMPARE(toTraditional(QStringLiteral("专精特新“小巨人”企业")), QStringLiteral("專精特新“小巨人”企業"));
        QCOMPARE(toTraditional(QStringLiteral("研发费用")), QStringLiteral("研發費用"));
        // The reviewed fixes: OpenCC alone gets these wrong here.
        QCOMPARE(toTraditional(QStringLiteral("发明专利")), QStringLiteral("發明專利"));
        QVERIFY(!toTraditional(QStringLiteral("并且")).contains(QStringLiteral("幷")));
        // No Taiwan phrase substitution of policy terms.
        QCOMPARE(toTraditional(QStringLiteral("软件著作权")), QStringLiteral("軟件著作權"));
        QCOMPARE(toTraditional(QStringLiteral("知识产权")), QStringLiteral("知識產權"));
        // Rule names without a zh_TW text are converted on the fly.
        srdi::rules::LocalText t;
        t.en = QStringLiteral("SRDI SME");
        t.zhCN = QStringLiteral("专精特新中小企业");
        QCOMPARE(t.get(QStringLiteral("zh_TW")), QStringLiteral("專精特新中小企業"));
    }

    void cliTextIsInOneScript_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("rules");
        QTest::newRow("zh_TW 2026") << QStringLiteral("zh_TW") << QStringLiteral("2026");
        QTest::newRow("zh_TW 2022") << QStringLiteral("zh_TW") << QStringLiteral("2022");
        QTest::newRow("zh_CN 2026") << QStringLiteral("zh_CN") << QStringLiteral("2026");
        QTest::newRow("zh_CN 2022") << QStringLiteral("zh_CN") << QStringLiteral("2022");
    }

    void cliTextIsInOneScript()
    {
        QFETCH(QString, lang);
        QFETCH(QString, rules);
        const QString exe = qEnvironmentVariable("SRDI_EXE");
        QVERIFY2(!exe.isEmpty(), "SRDI_EXE is not set");
        QProcess p;
        p.start(exe, {QStringLiteral("--evaluate"), QStringLiteral(SRDI_SOURCE_DIR "/tests/fixtures/full.srdi.json"),
                      QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--rules"), rules,
                      QStringLiteral("--lang"), lang});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        // The company's own name is the user's text, in whatever script.
        text.remove(QStringLiteral("兰州某某精密机械有限公司"));
        const QString foreign = foreignCharacters(lang == u"zh_TW" ? "s2tw.json" : "t2s.json", text);
        QVERIFY2(foreign.isEmpty(), qPrintable(foreign));
        // And no English label left over.
        static const QRegularExpression words(QStringLiteral("\\b[A-Za-z]{4,}\\b"));
        QStringList english;
        auto it = words.globalMatch(text);
        while (it.hasNext())
            english.append(it.next().captured());
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
