// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QList>
#include <QSet>

#include <vector>

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

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\\u" at `at`, or -1.
int escapeAt(const QByteArray &bytes, qsizetype at)
{
    if (at + 6 > bytes.size() || bytes.at(at) != '\\' || bytes.at(at + 1) != 'u')
        return -1;
    int value = 0;
    for (qsizetype k = at + 2; k < at + 6; ++k) {
        const int h = hexValue(bytes.at(k));
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

// The JSON string starting after its opening quote at `i`; `i` ends on the
// closing quote. `lone` tells whether a \u escape names a lone surrogate.
QString readString(const QByteArray &bytes, qsizetype &i, bool *lone)
{
    QString out;
    QByteArray run; // UTF-8 bytes not yet decoded
    const auto flush = [&] {
        out += QString::fromUtf8(run);
        run.clear();
    };
    for (++i; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            break;
        if (c != '\\') {
            run.append(c);
            continue;
        }
        if (i + 1 >= bytes.size())
            break;
        const char e = bytes.at(i + 1);
        if (e != 'u') {
            flush();
            switch (e) {
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            default: out += QChar::fromLatin1(e); break;
            }
            ++i;
            continue;
        }
        flush();
        const int unit = escapeAt(bytes, i);
        if (unit < 0) {
            ++i;
            continue;
        }
        i += 5; // on the last hex digit
        if (QChar::isHighSurrogate(char32_t(unit))) {
            const int low = escapeAt(bytes, i + 1);
            if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
                out += QChar(char16_t(unit));
                out += QChar(char16_t(low));
                i += 6;
                continue;
            }
            *lone = true;
        } else if (QChar::isLowSurrogate(char32_t(unit))) {
            *lone = true;
        }
        out += QChar(char16_t(unit));
    }
    flush();
    return out;
}

} // namespace

QString JsonInput::Flaw::message() const
{
    switch (kind) {
    case DuplicateKey:
        return tr("%1: the key is there twice (each key may appear once in an object)").arg(path);
    case LoneSurrogate:
        return tr("%1: a \\u escape names half of a surrogate pair, which is not a character").arg(path);
    case None:
        break;
    }
    return QString();
}

JsonInput::Flaw JsonInput::flaw(const QByteArray &bytes)
{
    // One pass over the text. A frame holds what its container needs (the
    // keys seen, the current key or index); the path is spelled out only for
    // a flaw found. A string without a backslash is its own UTF-8: a key is
    // then compared as it stands, a value skipped without being decoded.
    struct Frame
    {
        bool object = false;
        bool wantKey = true;
        qsizetype index = 0;
        QByteArray key; // the current key, as UTF-8
        QSet<QByteArray> keys;
    };
    std::vector<Frame> stack;
    const auto pathTo = [&](std::size_t depth, const QByteArray *last) {
        QString path;
        const auto step = [&path](const Frame &f, const QByteArray &key) {
            if (f.object)
                path = path.isEmpty() ? QString::fromUtf8(key) : path + u'.' + QString::fromUtf8(key);
            else
                path += u'[' + QString::number(f.index) + u']';
        };
        for (std::size_t j = 0; j < depth; ++j)
            step(stack[j], stack[j].key);
        if (last)
            step(stack[depth], *last);
        return path;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        switch (c) {
        case '"': {
            const qsizetype open = i;
            bool escaped = false;
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            bool lone = false;
            QByteArray text;
            if (escaped) {
                qsizetype at = open;
                text = readString(bytes, at, &lone).toUtf8();
            } else {
                text = bytes.mid(open + 1, i - open - 1);
            }
            if (!stack.empty() && stack.back().object && stack.back().wantKey) {
                Frame &f = stack.back();
                f.wantKey = false;
                if (lone)
                    return {Flaw::LoneSurrogate, pathTo(stack.size() - 1, &text)};
                if (f.keys.contains(text))
                    return {Flaw::DuplicateKey, pathTo(stack.size() - 1, &text)};
                f.keys.insert(text);
                f.key = std::move(text);
            } else if (lone) {
                return {Flaw::LoneSurrogate, pathTo(stack.size(), nullptr)};
            }
            break;
        }
        case '{':
        case '[':
            stack.push_back(Frame{c == '{', true, 0, {}, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().object)
                    stack.back().wantKey = true;
                else
                    ++stack.back().index;
            }
            break;
        default:
            break;
        }
    }
    return {};
}

std::optional<QByteArray> JsonInput::readFile(const QString &path, qint64 limit, QString *error, bool *tooLarge)
{
    const auto refuse = [&](const QString &message, bool large) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        if (tooLarge)
            *tooLarge = large;
        return std::nullopt;
    };
    const QString larger = tr("%1: the file is larger than %2 bytes").arg(path).arg(limit);
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(tr("%1: cannot read (it is a folder)").arg(path), false);
    // A regular file says its size: checked before anything is read.
    if (info.isFile() && info.size() > limit)
        return refuse(larger, true);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1: cannot read (%2)").arg(path, file.errorString()), false);
    // A device or a FIFO (or a file that grew): never more than limit + 1 bytes.
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(std::min<qint64>(limit + 1 - bytes.size(), 64 * 1024));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("%1: cannot read (%2)").arg(path, file.errorString()), false);
    if (bytes.size() > limit)
        return refuse(larger, true);
    return bytes;
}

std::optional<QJsonObject> JsonInput::parseObject(const QByteArray &bytes, const QString &origin, QStringList *errors)
{
    const auto refuse = [errors](const QString &message) {
        if (errors)
            errors->append(message);
        return std::nullopt;
    };
    // The files built into the program (":/data/…") cannot be changed by
    // anyone after the build, and test_catalogs::shippedDataIsSound holds
    // every one of them to these checks: they are parsed only (the checks
    // cost as much as the parse, at every start).
    const bool shipped = origin.startsWith(QLatin1String(":/"));
    if (bytes.size() > kMaxDataBytes)
        return refuse(tr("%1: the file is larger than %2 bytes").arg(origin).arg(kMaxDataBytes));
    if (!shipped && nestsDeeperThan(bytes, kMaxDataDepth))
        return refuse(tr("%1: the file nests deeper than %2 levels").arg(origin).arg(kMaxDataDepth));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errors)
            errors->append(tr("%1: not a JSON object (%2 at byte %3)").arg(origin, pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    if (const Flaw f = shipped ? Flaw{} : flaw(bytes); f.kind != Flaw::None)
        return refuse(tr("%1: %2").arg(origin, f.message()));
    return doc.object();
}

} // namespace srdi
