// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include <QJsonDocument>

namespace srdi {

bool JsonInput::nestsDeeperThan(const QByteArray &bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

std::optional<QJsonObject> JsonInput::parseObject(const QByteArray &bytes, const QString &origin, QStringList *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errors)
            errors->append(tr("%1: not a JSON object (%2 at byte %3)").arg(origin, pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace srdi
