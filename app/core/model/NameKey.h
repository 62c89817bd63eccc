// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace srdi {

// A key whose byte order is the order of names as a Chinese reader expects
// them: Han characters by pinyin (湖州 < 绍兴 < 示例), Latin letters alike,
// digits by value — ICU's "zh" collation. Stored beside each company, so that
// the list sorts by it in the database (a BLOB compares byte by byte). Where
// the program is built without ICU, the key is the name's UTF-8 (code point order).
QByteArray nameSortKey(const QString &name);

} // namespace srdi
