// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QList>
#include <QString>

// Which of the profile's fields a rule pack reads, found by walking every
// condition, indicator and shown figure of the pack (and the SME size table
// when a condition asks whether the company is an SME). What the forms count
// as "still missing" and what the document checklist lists.
namespace srdi::rules {

struct RulePack;
class SmeSizeTable;

struct FieldRead
{
    // The field as the exchange format and data/field_help.json name it:
    // "years.rd_expense", "innovation.ip.class1", "company.recognitions".
    QString path;
    // For a fiscal-year figure: the year as an offset from the assessment year
    // (-1 is 上年度); 0 for every other field.
    int yearOffset = 0;
    bool operator==(const FieldRead &) const = default;

    bool isYearly() const { return path.startsWith(u"years."); }
    // The fiscal year of a yearly figure for `p`; 0 for any other field.
    int year(const Profile &p) const { return isYearly() ? p.assessmentYear + yearOffset : 0; }
};

// Every field `pack` reads, each once (a yearly figure once per year it
// reads), in the order the pack first reads them. `sizes`: the SME size
// table read by an {"sme": true} test (the built-in one when null).
QList<FieldRead> fieldsRead(const RulePack &pack, const SmeSizeTable *sizes = nullptr);

// Whether `p` holds a value for the field (an empty list is a known "none").
bool isEntered(const FieldRead &f, const Profile &p);

} // namespace srdi::rules
