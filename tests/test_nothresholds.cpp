// SPDX-License-Identifier: GPL-3.0-or-later
// No threshold in C++: the engine's sources (and the awards matcher's) may
// hold only the scales of its units (10 for decimals, 100 for percent, 10,000
// for 万元) and 0/1, never a line like 3 % or 60 points, nor an amount. A rule that creeps into code fails here. A line
// whose number is structure (an arity, a rank) says so with `// structural:`.

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

class TestNoThresholds : public QObject
{
    Q_OBJECT
private slots:
    void engineHoldsNoThreshold()
    {
        // The rules engine, and the awards matcher: an amount is data too.
        QStringList files;
        for (const QString &folder : {QStringLiteral(SRDI_SOURCE_DIR "/app/core/rules"), QStringLiteral(SRDI_SOURCE_DIR "/app/core/awards")}) {
            const QDir d(folder);
            for (const QString &name : d.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files))
                files.append(d.filePath(name));
        }
        QVERIFY(files.contains(QStringLiteral(SRDI_SOURCE_DIR "/app/core/rules/Evaluator.cpp")));
        QVERIFY(files.contains(QStringLiteral(SRDI_SOURCE_DIR "/app/core/awards/AwardCatalog.cpp")));
        const QSet<QString> allowed = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("100"),
                                       QStringLiteral("10000"), QStringLiteral("1000000")};
        // Formatting code may also use digit-grouping and decimal places; it decides nothing.
        const QSet<QString> formatting = {QStringLiteral("AssessmentText.cpp"), QStringLiteral("AssessmentJson.cpp")};
        const QRegularExpression comment(QStringLiteral("//.*$"));
        const QRegularExpression strings(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
        const QRegularExpression literal(QStringLiteral("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?![\\w.])"));
        QStringList offenders;
        for (const QString &path : files) {
            const QString name = QFileInfo(path).fileName();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int lineNo = 0;
            bool inBlock = false;
            for (QString line : QString::fromUtf8(f.readAll()).split(u'\n')) {
                ++lineNo;
                if (inBlock) {
                    const qsizetype end = line.indexOf(QStringLiteral("*/"));
                    if (end < 0)
                        continue;
                    line = line.mid(end + 2);
                    inBlock = false;
                }
                // A number that is structure, not policy (an arity, a rank, the
                // calendar's 31 December) is marked on its line and skipped.
                if (line.contains(QStringLiteral("// structural:")))
                    continue;
                line.remove(comment).remove(strings);
                if (line.trimmed().startsWith(QStringLiteral("/*"))) {
                    inBlock = !line.contains(QStringLiteral("*/"));
                    continue;
                }
                if (line.trimmed().startsWith(u'#'))
                    continue;
                auto it = literal.globalMatch(line);
                while (it.hasNext()) {
                    QString number = it.next().captured(1);
                    if (number.endsWith(QStringLiteral(".0")))
                        number.chop(2); // 100.0 is the percent scale, as 100 is
                    if (allowed.contains(number) || (formatting.contains(name) && number.size() == 1))
                        continue;
                    offenders.append(QStringLiteral("%1:%2: %3").arg(name).arg(lineNo).arg(number));
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestNoThresholds)
#include "test_nothresholds.moc"
