// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading JSON that comes from outside the program (profiles, rule packs,
// award packs): one parser entry point, so that every reader gets the same
// checks and the same messages.

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace srdi {

class JsonInput
{
    Q_DECLARE_TR_FUNCTIONS(srdi::JsonInput)
public:
    // Whether [ and { nest deeper than `limit` in the raw text (strings skipped).
    static bool nestsDeeperThan(const QByteArray &bytes, int limit);

    // What QJsonDocument lets pass silently, found in the raw text of a
    // document that parses: a key twice in one object (QJsonDocument keeps
    // the last) and a \u escape of a lone surrogate (which takes the next
    // character with it). `path` is the key's path: "company.name", "years[1].year".
    struct Flaw
    {
        enum Kind { None, DuplicateKey, LoneSurrogate };
        Kind kind = None;
        QString path;
        QString message() const; // translated: "company.name: the key is there twice"
    };
    static Flaw flaw(const QByteArray &bytes);

    // A file's bytes, never more than `limit`: a regular file's size is
    // checked before it is read, anything else (a device, a FIFO) is read
    // up to limit + 1 bytes. nullopt with a translated `error` naming the
    // path; `tooLarge` tells that the file was refused for its size.
    static std::optional<QByteArray> readFile(const QString &path, qint64 limit, QString *error,
                                              bool *tooLarge = nullptr);

    // Data files (rule packs, award packs, possibly from the user's folder)
    // are refused before parsing when larger or deeper than this: the largest
    // built-in pack is 90 KB and nests 18 levels.
    static constexpr qsizetype kMaxDataBytes = 4 * 1024 * 1024;
    static constexpr int kMaxDataDepth = 64;

    // The document as an object; otherwise nullopt, with the reason
    // ("<origin>: not a JSON object (…)", too large, too deep) appended to `errors`.
    static std::optional<QJsonObject> parseObject(const QByteArray &bytes, const QString &origin, QStringList *errors);
};

} // namespace srdi
