// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// 资料准备清单: the company documents a clerk pulls to fill in every figure
// the rules in force read (审计报告, 企业所得税年度纳税申报表, 知识产权证书…),
// each with the fields it supplies and whether the company's profile holds
// them yet. The documents are data (source_document in
// data/field_help.json); which fields count is read from the rule pack.
namespace srdi::rules {
struct RulePack;
}

namespace srdi::report {

struct ChecklistInput
{
    const Profile *profile = nullptr;
    const rules::RulePack *pack = nullptr;
    QString lang = QStringLiteral("en");
    QDate printed;
};

class DocumentChecklist
{
    Q_DECLARE_TR_FUNCTIONS(srdi::report::DocumentChecklist)
public:
    struct Item
    {
        QString path; // "years.rd_expense"
        int year = 0; // the fiscal year of a yearly figure, else 0
        QString label; // "研发费用 2025", in the language asked for
        bool entered = false;
    };
    struct Document
    {
        QString name; // in the language asked for; empty: none named
        QList<Item> items;
        int missing() const;
    };

    // The documents in the order the rules first need them, each with its fields.
    static QList<Document> documents(const ChecklistInput &in);
    static QString html(const ChecklistInput &in);
    static std::unique_ptr<QTextDocument> document(const ChecklistInput &in);
    // Paints the checklist on the device's pages, with the company and the
    // page number on each. Returns the number of pages.
    static int paint(const ChecklistInput &in, QPagedPaintDevice &device);
    // Writes it as PDF through a QSaveFile: whole or not at all.
    static bool writePdf(const ChecklistInput &in, const QString &path, QString *error, int *pages = nullptr);
};

} // namespace srdi::report
