// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"

#include <QCoreApplication>
#include <memory>

// 《中小企业划型标准规定》 as data (data/sme_size.json): which industry group a
// GB/T 4754 code falls in, and the limits that make a firm an SME, medium or
// small (micro is an SME that is not small).
namespace srdi::rules {

class SmeSizeTable
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::SmeSizeTable)
public:
    struct Group
    {
        QString id;
        LocalText name;
        QStringList codes;      // prefixes: "C", "G59", "K701"
        bool ambiguous = false; // the code needs one more digit to decide
        bool fallback = false;  // the other industries (其他未列明行业)
        std::unique_ptr<Pred> sme, medium, small;
    };

    static std::shared_ptr<const SmeSizeTable> load(const QByteArray &json, const QString &origin,
                                                    QStringList *errors);
    static const SmeSizeTable &builtin();

    // The group for an industry code (longest prefix), else the fallback group.
    const Group *group(const QString &industry) const;
    // `inconsistent`: figures that contradict another one, read as not known.
    SmeResult classify(const Profile &p, int assessmentYear,
                       const QList<MissingInput> *inconsistent = nullptr) const;

    QString document;
    bool verified = true;
    std::vector<Group> groups;

private:
    const Group *m_fallback = nullptr;
};

} // namespace srdi::rules
