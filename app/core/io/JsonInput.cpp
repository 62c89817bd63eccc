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
    const auto refuse = [errors](const QString &message) {
        if (errors)
            errors->append(message);
        return std::nullopt;
    };
    if (bytes.size() > kMaxDataBytes)
        return refuse(tr("%1: the file is larger than %2 bytes").arg(origin).arg(kMaxDataBytes));
    if (nestsDeeperThan(bytes, kMaxDataDepth))
        return refuse(tr("%1: the file nests deeper than %2 levels").arg(origin).arg(kMaxDataDepth));
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
