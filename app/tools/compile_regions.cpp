// SPDX-License-Identifier: GPL-3.0-or-later
// Run by the build: checks data/regions.json as the program would (every
// problem listed, and the build fails) and writes the binary form the
// program reads at start (RegionCatalog::compiled): parsing 325 KB of JSON
// at every start cost more than the rest of the catalog's work.
//
//   srdi-compile-regions data/regions.json OUT.bin
#include "model/Catalogs.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: srdi-compile-regions regions.json OUT.bin\n");
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(file.errorString()));
        return 1;
    }
    const srdi::RegionCatalog catalog(file.readAll());
    if (!catalog.problems().isEmpty()) {
        for (const QString &p : catalog.problems())
            std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(p));
        return 1;
    }
    const QByteArray bytes = catalog.compiled();
    // What the program will read back is the catalog just checked.
    const std::optional<srdi::RegionCatalog> back = srdi::RegionCatalog::fromCompiled(bytes);
    if (!back || !(*back == catalog)) {
        std::fprintf(stderr, "%s: the compiled form does not read back the same\n", argv[1]);
        return 1;
    }
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
        std::fprintf(stderr, "%s: %s\n", argv[2], qPrintable(save.errorString()));
        return 1;
    }
    return 0;
}
