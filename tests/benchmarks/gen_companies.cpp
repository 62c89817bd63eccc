// SPDX-License-Identifier: GPL-3.0-or-later
// Writes N random but valid companies for `--batch`, twice: as one CSV file
// (docs/batch-csv.md) and as a folder of *.srdi.json files. Each profile is
// checked with ProfileJson::validate before it is written. Not a test: the
// input of the batch benchmark in docs/benchmarks.md.
//   build/tests/benchmarks/gen_companies N OUTDIR [SEED]
//     -> OUTDIR/companies.csv, OUTDIR/profiles/000001.srdi.json ...

#include "cli/Batch.h"
#include "io/CreditCode.h"
#include "io/ProfileJson.h"
#include "../support/GeneratedCompanies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

using namespace srdi;

using testsupport::Gen;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        err << "usage: gen_companies N OUTDIR [SEED]" << Qt::endl;
        return 2;
    }
    const int n = args.at(1).toInt();
    const QDir out(args.at(2));
    const quint32 seed = args.size() > 3 ? args.at(3).toUInt() : 20261123u;
    if (n <= 0 || !QDir().mkpath(out.filePath(QStringLiteral("profiles")))) {
        err << "gen_companies: bad N or cannot create " << out.path() << Qt::endl;
        return 2;
    }
    QFile csv(out.filePath(QStringLiteral("companies.csv")));
    if (!csv.open(QIODevice::WriteOnly)) {
        err << csv.fileName() << ": " << csv.errorString() << Qt::endl;
        return 1;
    }
    csv.write(cli::ResultCsv::byteOrderMark() + cli::CompanyCsv::headerLine());
    Gen gen(seed);
    const QDate today(2026, 11, 23);
    for (int i = 1; i <= n; ++i) {
        const Profile p = gen.company(i);
        const QList<ValidationError> problems = ProfileJson::validate(p, today);
        if (!problems.isEmpty()) {
            err << "gen_companies: company " << i << " is invalid: " << problems.first().message() << Qt::endl;
            return 1;
        }
        csv.write(cli::CompanyCsv::line(p));
        QFile json(out.filePath(QStringLiteral("profiles/%1.srdi.json").arg(i, 6, 10, QLatin1Char('0'))));
        if (!json.open(QIODevice::WriteOnly) || json.write(ProfileJson::serialize(p)) < 0) {
            err << json.fileName() << ": " << json.errorString() << Qt::endl;
            return 1;
        }
    }
    if (!csv.flush()) {
        err << csv.fileName() << ": " << csv.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << n << " companies: " << csv.fileName() << ", " << out.filePath(QStringLiteral("profiles"))
                        << Qt::endl;
    return 0;
}
