// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QStringList>

// What the forms say about each field of a profile (data/field_help.json): a
// label, a one-sentence tip and the official definition, in en, zh_CN and
// zh_TW, plus the display names of the closed vocabularies. Paths are those of
// the exchange format ("company.credit_code", "years.rd_expense").
namespace srdi {

class FieldHelp
{
    Q_DECLARE_TR_FUNCTIONS(srdi::FieldHelp)
public:
    // The built-in file, loaded once from :/data/field_help.json.
    static const FieldHelp &instance();

    explicit FieldHelp(const QByteArray &json);

    // What is wrong with the file, each naming the path; empty when it is sound.
    QStringList problems() const;

    // In `lang` ("en", "zh_CN", "zh_TW"): a missing zh_TW falls back to zh_CN,
    // any other missing language to en. An unknown path gives an empty string.
    QString label(const QString &path, const QString &lang) const;
    QString tip(const QString &path, const QString &lang) const;
    QString definition(const QString &path, const QString &lang) const;
    QString unit(const QString &path) const;   // 万元, %, people, count, date or empty
    QString source(const QString &path) const; // the document the definition comes from
    // The company's own document a clerk takes the figure from (审计报告,
    // 企业所得税年度纳税申报表…), in `lang` (繁體 converted from 简体 unless
    // the file gives it); empty when the file names none.
    QString sourceDocument(const QString &path, const QString &lang) const;
    // The display name of `value` of the vocabulary at `path`.
    QString choice(const QString &path, const QString &value, const QString &lang) const;

    QStringList paths() const; // sorted

private:
    struct Text
    {
        QString en, zhCN, zhTW;
        QString get(const QString &lang) const;
    };
    struct Entry
    {
        Text label, tip, definition;
        Text sourceDocument; // optional
        QString unit, source;
    };

    Text readText(const QJsonValue &v, const QString &path);
    const Entry *entry(const QString &path) const;

    QHash<QString, Entry> m_fields;
    QHash<QString, QHash<QString, Text>> m_choices;
    QStringList m_problems;
};

} // namespace srdi
