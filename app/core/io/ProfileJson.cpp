// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileJson.h"

#include "model/Patch.h"
#include "JsonInput.h"

#include "i18n/Language.h"
#include "io/CreditCode.h"
#include "model/FieldHelp.h"
#include "model/Decimal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>

// Import is two passes over one set of rules:
//  1. structure: the JSON is read into a Profile; unknown keys, wrong types,
//     malformed numbers and dates are reported here;
//  2. meaning: Checker runs on the Profile (the same code validate()
//     runs for a profile edited in the forms): signs, ranges, vocabularies,
//     future dates, a year listed twice.
// Figures that contradict each other (主营 above 营业收入, ...) are no reason
// to refuse: they are stored as given and flagged (inconsistencies()).
// A meaning error at a path that (or whose parent) already has a structure
// error is dropped, so each field is reported once. Errors come out sorted
// in the order of the spec (the order the fields are documented in).

namespace srdi {

namespace {

const QString kFormatId = QStringLiteral("srdi-profile/1");

constexpr int kMinAssessmentYear = 2000;
constexpr int kMaxAssessmentYear = 2100;
constexpr int kMinYear = 1900; // fiscal years, award years
constexpr int kMaxYear = 2100;
// Integers are read from JSON doubles: beyond 2^53 they are no longer exact.
constexpr double kMaxExactInteger = 9007199254740992.0;
// decimal4FromDouble()/parseDecimal4() accept |value| <= 10^14.
constexpr double kMaxDecimal = 1e14;
// Money is bounded by ten billion 万元 (10^14 yuan): Rational relies on that
// bound, and every yuan amount within it comes back exactly from the JSON
// double export writes (10^14 < 2^53), so export -> import is lossless.
constexpr qint64 kMaxMoneyYuan = qint64(100000000000000LL);
constexpr qint64 kHundredPercent = 100 * kDecimalScale;
constexpr qint64 kMaxLocalFeatureScore = 15 * kDecimalScale;

// ---------------------------------------------------------------------------
// The keys of every object of the format, in the order the spec lists them.
// The unknown-key check and the order of the error list both come from here.

struct SchemaEntry
{
    const char *context; // the object's path with indices written as []
    const char *keys;    // space separated
};

constexpr SchemaEntry kSchema[] = {
    {"", "format assessment_year assessment_date company years innovation refinement "
         "specialization local_feature_score"},
    {"company", "name credit_code region industry established niche_since main_product "
                "recognitions attestations"},
    {"company.recognitions[]", "tier granted route"},
    {"company.attestations",
     "no_abnormal_or_dishonest_listing no_banned_products no_major_accident_3y"},
    {"years[]", "year operating_revenue main_business_revenue rd_expense cost_expense_total "
                "net_profit total_assets total_liabilities employees rd_staff tech_staff "
                "equity_financing"},
    {"innovation", "ip rd_institution rd_institution_own_or_joint sci_tech_awards honors "
                   "chuangke_china standards_led rd_measure"},
    {"innovation.ip", "class1_high_value class1_self_developed class1 class2 class1_applied"},
    {"innovation.sci_tech_awards[]", "level rank year"},
    {"innovation.chuangke_china[]", "year group"},
    {"innovation.standards_led[]", "year level"},
    {"refinement", "digital_level core_business_on_system quality_award quality_system_cert "
                   "own_brand standards_participation mgmt_or_intl_product_cert"},
    {"specialization", "field national_market_share_pct international_market_share_pct "
                       "domestic_rank market_leading chain_key_link development_scores renewal"},
    {"specialization.development_scores[]", "year score"},
};

const QHash<QString, QStringList> &schema()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> t;
        for (const SchemaEntry &e : kSchema)
            t.insert(QString::fromLatin1(e.context),
                     QString::fromLatin1(e.keys).split(u' ', Qt::SkipEmptyParts));
        return t;
    }();
    return table;
}

// ---------------------------------------------------------------------------
// Paths and values as they appear in error messages.

QString childPath(const QString &path, QAnyStringView key)
{
    const QString k = key.toString();
    return path.isEmpty() ? k : path + u'.' + k;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// The value as compact JSON text: "-5", "\"abc\"", "{\"a\":1}".
QString jsonText(const QJsonValue &value)
{
    constexpr qsizetype kMaxLength = 80;
    QByteArray text;
    if (value.isUndefined())
        return {};
    if (value.isObject()) {
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2);
    }
    QString out = QString::fromUtf8(text);
    if (out.size() > kMaxLength)
        out = out.left(kMaxLength - 1) + u'\u2026';
    return out;
}

QString stringText(const QString &s)
{
    return jsonText(QJsonValue(s));
}

QString dateText(const QDate &d)
{
    return stringText(d.toString(Qt::ISODate));
}

bool isPresent(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull(); // JSON null reads as absent
}

// ---------------------------------------------------------------------------
// Error order: by the spec's key order at each level, array elements by index.

struct PathSegment
{
    QString key;
    qsizetype index = -1; // >= 0 for an array index
};

QList<PathSegment> splitPath(const QString &path)
{
    QList<PathSegment> out;
    QString key;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'.') {
            if (!key.isEmpty())
                out.append({key, -1});
            key.clear();
        } else if (c == u'[') {
            if (!key.isEmpty())
                out.append({key, -1});
            key.clear();
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                break;
            out.append({QString(), QStringView(path).mid(i + 1, close - i - 1).toLongLong()});
            i = close;
        } else {
            key += c;
        }
    }
    if (!key.isEmpty())
        out.append({key, -1});
    return out;
}

bool pathLess(const QString &a, const QString &b)
{
    const QList<PathSegment> sa = splitPath(a);
    const QList<PathSegment> sb = splitPath(b);
    QString context;
    const qsizetype n = std::min(sa.size(), sb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const PathSegment &x = sa.at(i);
        const PathSegment &y = sb.at(i);
        if (x.index >= 0 && y.index >= 0) {
            if (x.index != y.index)
                return x.index < y.index;
            context += QStringLiteral("[]");
            continue;
        }
        if (x.index >= 0 || y.index >= 0)
            return x.index >= 0;
        if (x.key != y.key) {
            const QStringList keys = schema().value(context);
            const qsizetype rx = keys.indexOf(x.key);
            const qsizetype ry = keys.indexOf(y.key);
            if (rx >= 0 && ry >= 0)
                return rx < ry;
            if (rx >= 0 || ry >= 0)
                return rx >= 0; // known keys before unknown ones
            return x.key < y.key;
        }
        context = childPath(context, x.key);
    }
    return sa.size() < sb.size();
}

bool isSameOrAncestor(const QString &ancestor, const QString &path)
{
    if (ancestor == path)
        return true;
    if (ancestor.isEmpty())
        return true;
    if (!path.startsWith(ancestor) || path.size() <= ancestor.size())
        return false;
    const QChar next = path.at(ancestor.size());
    return next == u'.' || next == u'[';
}

// ---------------------------------------------------------------------------
// Pass 1: structure.

class Reader
{
public:
    explicit Reader(QList<ValidationError> &errors) : m_errors(errors) {}

    void error(const QString &path, const QJsonValue &value, const QString &reason)
    {
        m_errors.append({path, jsonText(value), reason});
    }

    void required(const QString &path)
    {
        m_errors.append({path, QString(), ProfileJson::tr("required")});
    }

    // Reports every key of `object` the schema of `context` does not know.
    void checkKeys(const QJsonObject &object, const QString &path, const QString &context)
    {
        const QStringList known = schema().value(context);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                error(childPath(path, it.key()), it.value(), ProfileJson::tr("unknown key"));
        }
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path,
                                      const QString &context)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isObject()) {
            error(path, v, ProfileJson::tr("must be a JSON object"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        checkKeys(o, path, context);
        return o;
    }

    std::optional<QJsonArray> array(const QJsonValue &v, const QString &path)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isArray()) {
            error(path, v, ProfileJson::tr("must be a list"));
            return std::nullopt;
        }
        return v.toArray();
    }

    Opt<bool> boolean(const QJsonValue &v, const QString &path)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isBool()) {
            error(path, v, ProfileJson::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    Opt<QString> string(const QJsonValue &v, const QString &path)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isString()) {
            error(path, v, ProfileJson::tr("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    Opt<qint64> integer(const QJsonValue &v, const QString &path)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isDouble()) {
            error(path, v, ProfileJson::tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > kMaxExactInteger) {
            error(path, v, ProfileJson::tr("out of range"));
            return std::nullopt;
        }
        if (std::floor(d) != d) {
            error(path, v, ProfileJson::tr("must be a whole number"));
            return std::nullopt;
        }
        return v.toInteger();
    }

    Opt<int> smallInteger(const QJsonValue &v, const QString &path)
    {
        const Opt<qint64> n = integer(v, path);
        if (!n)
            return std::nullopt;
        if (*n < INT_MIN || *n > INT_MAX) {
            error(path, v, ProfileJson::tr("out of range"));
            return std::nullopt;
        }
        return int(*n);
    }

    // Money in 万元 (-> yuan) or a percentage/score (-> scaled by 10,000).
    Opt<qint64> decimal(const QJsonValue &v, const QString &path)
    {
        if (!isPresent(v))
            return std::nullopt;
        if (!v.isDouble()) {
            error(path, v, ProfileJson::tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > kMaxDecimal) {
            error(path, v, ProfileJson::tr("out of range"));
            return std::nullopt;
        }
        const std::optional<qint64> scaled = decimal4FromDouble(d);
        if (!scaled) {
            error(path, v, ProfileJson::tr("more than 4 decimals"));
            return std::nullopt;
        }
        return *scaled;
    }

    Opt<QDate> date(const QJsonValue &v, const QString &path)
    {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const Opt<QString> s = string(v, path);
        if (!s)
            return std::nullopt;
        if (!shape.match(*s).hasMatch()) {
            error(path, v, ProfileJson::tr("must be a date written YYYY-MM-DD"));
            return std::nullopt;
        }
        const QDate d = QDate::fromString(*s, Qt::ISODate);
        if (!d.isValid()) {
            error(path, v, ProfileJson::tr("not a real date"));
            return std::nullopt;
        }
        return d;
    }

    // A list of strings; an element of another type is reported and kept as
    // "" so the indices of later elements stay those of the file.
    Opt<QStringList> stringList(const QJsonValue &v, const QString &path)
    {
        const std::optional<QJsonArray> a = array(v, path);
        if (!a)
            return std::nullopt;
        QStringList out;
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue element = a->at(i);
            if (element.isNull())
                error(indexPath(path, i), element, ProfileJson::tr("must be a string"));
            out.append(string(element, indexPath(path, i)).value_or(QString()));
        }
        return out;
    }

    // A list of objects read by `readOne`; an element that is not an object
    // is reported and kept as a default value (see stringList).
    template <typename T>
    OptList<T> objectList(const QJsonValue &v, const QString &path, const QString &context,
                          const std::function<T(const QJsonObject &, const QString &)> &readOne)
    {
        const std::optional<QJsonArray> a = array(v, path);
        if (!a)
            return std::nullopt;
        QList<T> out;
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QString p = indexPath(path, i);
            const QJsonValue element = a->at(i);
            std::optional<QJsonObject> o = object(element, p, context);
            if (!o && element.isNull())
                error(p, element, ProfileJson::tr("must be a JSON object"));
            out.append(o ? readOne(*o, p) : T());
        }
        return out;
    }

    // A member that must be there (inside list elements and at the top).
    template <typename T> T require(const Opt<T> &value, const QJsonValue &v, const QString &path)
    {
        if (!value && !isPresent(v))
            required(path);
        return value.value_or(T());
    }

private:
    QList<ValidationError> &m_errors;
};

// One object of the file: its members by key, with their paths.
class Obj
{
public:
    Obj(const QJsonObject &object, QString path, QString context)
        : m_object(object), m_path(std::move(path)), m_context(std::move(context))
    {
    }

    QJsonValue value(const char *key) const
    {
        Q_ASSERT(schema().value(m_context).contains(QLatin1String(key)));
        return m_object.value(QLatin1String(key));
    }
    QString path(const char *key) const { return childPath(m_path, QLatin1String(key)); }
    QString childContext(const char *key) const { return childPath(m_context, QLatin1String(key)); }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_context;
};

struct StructureReader
{
    Reader r;

    Opt<bool> boolean(const Obj &o, const char *key)
    {
        return r.boolean(o.value(key), o.path(key));
    }
    Opt<QString> string(const Obj &o, const char *key)
    {
        return r.string(o.value(key), o.path(key));
    }
    Opt<qint64> integer(const Obj &o, const char *key)
    {
        return r.integer(o.value(key), o.path(key));
    }
    Opt<qint64> decimal(const Obj &o, const char *key)
    {
        return r.decimal(o.value(key), o.path(key));
    }
    Opt<QDate> date(const Obj &o, const char *key) { return r.date(o.value(key), o.path(key)); }
    Opt<QStringList> stringList(const Obj &o, const char *key)
    {
        return r.stringList(o.value(key), o.path(key));
    }
    std::optional<Obj> object(const Obj &o, const char *key)
    {
        const std::optional<QJsonObject> child =
            r.object(o.value(key), o.path(key), o.childContext(key));
        if (!child)
            return std::nullopt;
        return Obj(*child, o.path(key), o.childContext(key));
    }
    int requiredInt(const Obj &o, const char *key)
    {
        return r.require(r.smallInteger(o.value(key), o.path(key)), o.value(key), o.path(key));
    }
    QString requiredString(const Obj &o, const char *key)
    {
        return r.require(string(o, key), o.value(key), o.path(key));
    }
    template <typename T>
    OptList<T> objectList(const Obj &o, const char *key,
                          const std::function<T(const Obj &)> &readOne)
    {
        const QString context = o.childContext(key) + QStringLiteral("[]");
        return r.objectList<T>(o.value(key), o.path(key), context,
                               [&](const QJsonObject &element, const QString &path) {
                                   return readOne(Obj(element, path, context));
                               });
    }
};

// ---------------------------------------------------------------------------
// Pass 2: meaning. The rules of "What is rejected", on a Profile.

class Checker
{
public:
    Checker(const QDate &today, QList<ValidationError> &errors) : m_today(today), m_errors(errors)
    {
    }

    void error(const QString &path, const QString &value, const QString &reason)
    {
        m_errors.append({path, value, reason});
    }

    void money(const Opt<Yuan> &v, const QString &path, bool mayBeNegative = false)
    {
        if (!v)
            return;
        if (*v < -kMaxMoneyYuan || *v > kMaxMoneyYuan)
            error(path, formatDecimal4(*v), ProfileJson::tr("out of range"));
        else if (*v < 0 && !mayBeNegative)
            error(path, formatDecimal4(*v), ProfileJson::tr("money may not be negative"));
    }

    void count(const Opt<qint64> &v, const QString &path)
    {
        if (v && *v < 0)
            error(path, QString::number(*v), ProfileJson::tr("may not be negative"));
    }

    void rank(const Opt<qint64> &v, const QString &path)
    {
        if (v && *v < 1)
            error(path, QString::number(*v), ProfileJson::tr("must be at least 1"));
    }

    // lo <= v <= hi, all scaled by 10,000.
    void scaledRange(const Opt<Scaled4> &v, Scaled4 lo, Scaled4 hi, const QString &path)
    {
        if (v && (*v < lo || *v > hi))
            error(path, formatDecimal4(*v),
                  ProfileJson::tr("must be between %1 and %2")
                      .arg(formatDecimal4(lo), formatDecimal4(hi)));
    }

    void intRange(const Opt<qint64> &v, qint64 lo, qint64 hi, const QString &path)
    {
        if (v && (*v < lo || *v > hi))
            error(path, QString::number(*v),
                  ProfileJson::tr("must be between %1 and %2").arg(lo).arg(hi));
    }

    void year(int y, const QString &path) { intRange(qint64(y), kMinYear, kMaxYear, path); }

    void date(const Opt<QDate> &d, const QString &path)
    {
        if (!d)
            return;
        if (!d->isValid())
            error(path, QString(), ProfileJson::tr("not a real date"));
        else if (m_today.isValid() && *d > m_today)
            error(path, dateText(*d),
                  ProfileJson::tr("lies in the future (after %1)")
                      .arg(m_today.toString(Qt::ISODate)));
    }

    void vocabulary(const Opt<QString> &v, const QStringList &allowed, const QString &path)
    {
        if (v && !allowed.contains(*v))
            error(path, stringText(*v),
                  ProfileJson::tr("not one of: %1").arg(allowed.join(QStringLiteral(", "))));
    }

    void vocabularyList(const Opt<QStringList> &list, const QStringList &allowed,
                        const QString &path)
    {
        if (!list)
            return;
        for (qsizetype i = 0; i < list->size(); ++i)
            vocabulary(list->at(i), allowed, indexPath(path, i));
    }

    void creditCode(const Opt<QString> &code, const QString &path)
    {
        if (!code)
            return;
        switch (creditcode::check(*code)) {
        case creditcode::Problem::None:
            return;
        case creditcode::Problem::Length:
            error(path, stringText(*code), ProfileJson::tr("must be 18 characters"));
            return;
        case creditcode::Problem::Character:
            error(path, stringText(*code),
                  ProfileJson::tr("may use only digits and the capitals A-Y without I, O, S, V "
                                  "and Z"));
            return;
        case creditcode::Problem::CheckDigit:
            error(path, stringText(*code),
                  ProfileJson::tr("wrong check character (expected %1)")
                      .arg(creditcode::checkCharacter(QStringView(*code).first(17))));
            return;
        }
    }

    // Free text typed by people (a name, a product): at most
    // ProfileJson::kMaxTextLength characters, every one of them a character
    // (no control character, no lone surrogate), something visible, and one
    // line unless `lines` (then LF and CR are allowed).
    void text(const QString &v, const QString &path, bool lines)
    {
        qsizetype length = 0;
        bool visible = false;
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QChar c = v.at(i);
            char32_t code = c.unicode();
            if (c.isHighSurrogate() && i + 1 < v.size() && v.at(i + 1).isLowSurrogate()) {
                code = QChar::surrogateToUcs4(c, v.at(i + 1));
                ++i;
            } else if (c.isSurrogate()) {
                error(path, QString(),
                      ProfileJson::tr("holds a lone surrogate (U+%1), which is not a character")
                          .arg(codePoint(code)));
                return;
            }
            ++length;
            if (lines && (code == u'\n' || code == u'\r'))
                continue;
            if (isLineBreak(code)) {
                error(path, QString(),
                      ProfileJson::tr("holds a line break (U+%1); it must be one line")
                          .arg(codePoint(code)));
                return;
            }
            if (QChar::category(code) == QChar::Other_Control) {
                error(path, QString(),
                      ProfileJson::tr("holds a control character (U+%1)").arg(codePoint(code)));
                return;
            }
            visible = visible || !isInvisible(code);
        }
        if (!visible) {
            error(path, QString(), ProfileJson::tr("is blank: it holds only spaces or invisible characters"));
            return;
        }
        if (length > ProfileJson::kMaxTextLength)
            error(path, QString(),
                  ProfileJson::tr("is %1 characters long; at most %2 are allowed")
                      .arg(length)
                      .arg(ProfileJson::kMaxTextLength));
    }

    static QString codePoint(char32_t c)
    {
        return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    }

    static bool isLineBreak(char32_t c)
    {
        return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // Spaces, format characters (zero-width spaces and joiners, bidi marks,
    // the byte order mark), marks on nothing, and the fillers that show as blank.
    static bool isInvisible(char32_t c)
    {
        switch (QChar::category(c)) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Format:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
            return true;
        default:
            break;
        }
        return QChar::isSpace(c) || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    void pattern(const Opt<QString> &v, const QRegularExpression &re, const QString &reason,
                 const QString &path)
    {
        if (v && !re.match(*v).hasMatch())
            error(path, stringText(*v), reason);
    }

    // `yearIndex[i]` is the index in the file of profile.years[i].
    void profile(const Profile &p, const QList<qsizetype> &yearIndex);

private:
    void company(const Company &c);
    void years(const QList<FiscalYear> &years, const QList<qsizetype> &yearIndex);
    void innovation(const Innovation &in);
    void refinement(const Refinement &rf);
    void specialization(const Specialization &sp);

    QDate m_today;
    QList<ValidationError> &m_errors;
};

void Checker::profile(const Profile &p, const QList<qsizetype> &yearIndex)
{
    intRange(qint64(p.assessmentYear), kMinAssessmentYear, kMaxAssessmentYear,
             QStringLiteral("assessment_year"));
    date(p.assessmentDate, QStringLiteral("assessment_date"));
    company(p.company);
    years(p.years, yearIndex);
    innovation(p.innovation);
    refinement(p.refinement);
    specialization(p.specialization);
    scaledRange(p.localFeatureScore, 0, kMaxLocalFeatureScore,
                QStringLiteral("local_feature_score"));
}

void Checker::company(const Company &c)
{
    static const QRegularExpression region(QStringLiteral("^[0-9]{6}$"));
    static const QRegularExpression industry(QStringLiteral("^[A-T][0-9]{2,3}$"));
    const QString base = QStringLiteral("company");
    if (c.name.trimmed().isEmpty())
        error(childPath(base, u"name"), c.name.isEmpty() ? QString() : stringText(c.name),
              ProfileJson::tr("required"));
    else
        text(c.name, childPath(base, u"name"), false);
    // A product may be described over several lines; a name is one line.
    if (c.mainProduct)
        text(*c.mainProduct, childPath(base, u"main_product"), true);
    creditCode(c.creditCode, childPath(base, u"credit_code"));
    pattern(c.region, region, ProfileJson::tr("must be a six-digit GB/T 2260 code"),
            childPath(base, u"region"));
    pattern(c.industry, industry,
            ProfileJson::tr("must be a GB/T 4754 section letter A-T and a 2- or 3-digit "
                            "division, like C34"),
            childPath(base, u"industry"));
    date(c.established, childPath(base, u"established"));
    date(c.nicheSince, childPath(base, u"niche_since"));
    if (c.recognitions) {
        const QString list = childPath(base, u"recognitions");
        for (qsizetype i = 0; i < c.recognitions->size(); ++i) {
            const Recognition &rec = c.recognitions->at(i);
            const QString p = indexPath(list, i);
            vocabulary(rec.tier, vocab::tiers(), childPath(p, u"tier"));
            date(rec.granted, childPath(p, u"granted"));
            if (!rec.route.isEmpty()) {
                vocabulary(rec.route, vocab::recognitionRoutes(), childPath(p, u"route"));
                if (rec.tier != u"innovative")
                    error(childPath(p, u"route"), stringText(rec.route),
                          ProfileJson::tr("a route is recorded only for the first tier (innovative)"));
            }
        }
    }
}

void Checker::years(const QList<FiscalYear> &years, const QList<qsizetype> &yearIndex)
{
    QHash<int, qsizetype> seen; // year -> index in the file of its first listing
    // Report a duplicate at the later listing in the file.
    QList<qsizetype> order(years.size());
    for (qsizetype i = 0; i < years.size(); ++i)
        order[i] = i;
    const auto fileIndex = [&](qsizetype i) { return i < yearIndex.size() ? yearIndex[i] : i; };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return fileIndex(a) < fileIndex(b); });

    for (const qsizetype i : order) {
        const FiscalYear &fy = years.at(i);
        const QString p = indexPath(QStringLiteral("years"), fileIndex(i));
        const auto at = [&](QStringView key) { return childPath(p, key); };
        year(fy.year, at(u"year"));
        const auto first = seen.constFind(fy.year);
        if (first != seen.constEnd())
            error(at(u"year"), QString::number(fy.year),
                  ProfileJson::tr("the year is listed twice (also years[%1])").arg(*first));
        else
            seen.insert(fy.year, fileIndex(i));

        money(fy.operatingRevenue, at(u"operating_revenue"));
        money(fy.mainBusinessRevenue, at(u"main_business_revenue"));
        money(fy.rdExpense, at(u"rd_expense"));
        money(fy.costExpenseTotal, at(u"cost_expense_total"));
        money(fy.netProfit, at(u"net_profit"), true); // a loss is negative
        money(fy.totalAssets, at(u"total_assets"));
        money(fy.totalLiabilities, at(u"total_liabilities"));
        count(fy.employees, at(u"employees"));
        count(fy.rdStaff, at(u"rd_staff"));
        count(fy.techStaff, at(u"tech_staff"));
        money(fy.equityFinancing, at(u"equity_financing"));
    }
}

void Checker::innovation(const Innovation &in)
{
    const QString base = QStringLiteral("innovation");
    const QString ipBase = childPath(base, u"ip");
    const IpCounts &ip = in.ip;
    const auto ipPath = [&](QStringView key) { return childPath(ipBase, key); };
    count(ip.class1HighValue, ipPath(u"class1_high_value"));
    count(ip.class1SelfDeveloped, ipPath(u"class1_self_developed"));
    count(ip.class1, ipPath(u"class1"));
    count(ip.class2, ipPath(u"class2"));
    count(ip.class1Applied, ipPath(u"class1_applied"));
    // The subsets (高价值 ⊆ 自主研发Ⅰ类 ⊆ Ⅰ类 ...) are inconsistencies, not refusals.

    vocabulary(in.rdInstitution, vocab::rdInstitutions(), childPath(base, u"rd_institution"));
    if (in.sciTechAwards) {
        const QString list = childPath(base, u"sci_tech_awards");
        for (qsizetype i = 0; i < in.sciTechAwards->size(); ++i) {
            const SciTechAward &a = in.sciTechAwards->at(i);
            const QString p = indexPath(list, i);
            vocabulary(a.level, vocab::awardLevels(), childPath(p, u"level"));
            rank(qint64(a.rank), childPath(p, u"rank"));
            year(a.year, childPath(p, u"year"));
        }
    }
    vocabularyList(in.honors, vocab::honors(), childPath(base, u"honors"));
    if (in.chuangkeChina) {
        const QString list = childPath(base, u"chuangke_china");
        for (qsizetype i = 0; i < in.chuangkeChina->size(); ++i) {
            const ChuangkeEntry &c = in.chuangkeChina->at(i);
            const QString p = indexPath(list, i);
            year(c.year, childPath(p, u"year"));
            vocabulary(c.group, vocab::chuangkeGroups(), childPath(p, u"group"));
        }
    }
    if (in.standardsLed) {
        const QString list = childPath(base, u"standards_led");
        for (qsizetype i = 0; i < in.standardsLed->size(); ++i) {
            const StandardLed &s = in.standardsLed->at(i);
            const QString p = indexPath(list, i);
            year(s.year, childPath(p, u"year"));
            vocabulary(s.level, vocab::standardLevels(), childPath(p, u"level"));
        }
    }
    vocabulary(in.rdMeasure, vocab::rdMeasures(), childPath(base, u"rd_measure"));
}

void Checker::refinement(const Refinement &rf)
{
    const QString base = QStringLiteral("refinement");
    intRange(rf.digitalLevel, 1, 4, childPath(base, u"digital_level"));
    vocabulary(rf.qualityAward, vocab::qualityAwards(), childPath(base, u"quality_award"));
}

void Checker::specialization(const Specialization &sp)
{
    const QString base = QStringLiteral("specialization");
    vocabularyList(sp.field, vocab::fields(), childPath(base, u"field"));
    scaledRange(sp.nationalMarketSharePct, 0, kHundredPercent,
                childPath(base, u"national_market_share_pct"));
    scaledRange(sp.internationalMarketSharePct, 0, kHundredPercent,
                childPath(base, u"international_market_share_pct"));
    rank(sp.domesticRank, childPath(base, u"domestic_rank"));
    if (sp.developmentScores) {
        const QString list = childPath(base, u"development_scores");
        for (qsizetype i = 0; i < sp.developmentScores->size(); ++i) {
            const DevelopmentScore &d = sp.developmentScores->at(i);
            const QString p = indexPath(list, i);
            year(d.year, childPath(p, u"year"));
            scaledRange(d.score, 0, kHundredPercent, childPath(p, u"score"));
        }
    }
}

void sortErrors(QList<ValidationError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ValidationError &a, const ValidationError &b) {
                         return pathLess(a.path, b.path);
                     });
}

ImportResult fileError(const QString &reason)
{
    ImportResult result;
    result.errors.append({QString(), QString(), reason});
    return result;
}

// ---------------------------------------------------------------------------
// Export helpers.

void putBool(QJsonObject &o, const char *key, const Opt<bool> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void putString(QJsonObject &o, const char *key, const Opt<QString> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

void putInteger(QJsonObject &o, const char *key, const Opt<qint64> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonValue(*v));
}

void putDecimal(QJsonObject &o, const char *key, const Opt<qint64> &v)
{
    if (v)
        o.insert(QLatin1String(key), decimal4ToDouble(*v));
}

void putDate(QJsonObject &o, const char *key, const Opt<QDate> &v)
{
    if (v)
        o.insert(QLatin1String(key), v->toString(Qt::ISODate));
}

void putStringList(QJsonObject &o, const char *key, const Opt<QStringList> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonArray::fromStringList(*v));
}

template <typename T, typename F>
void putList(QJsonObject &o, const char *key, const OptList<T> &v, F toObject)
{
    if (!v)
        return;
    QJsonArray a;
    for (const T &element : *v)
        a.append(toObject(element));
    o.insert(QLatin1String(key), a);
}

void putObject(QJsonObject &o, const char *key, const QJsonObject &child)
{
    if (!child.isEmpty())
        o.insert(QLatin1String(key), child);
}

// Structure pass over the whole file; fills `yearIndex` (file index of each
// entry of profile.years once sorted).
Profile readProfile(StructureReader &s, const QJsonObject &root, QList<qsizetype> &yearIndex)
{
    Reader &r = s.r;
    Profile p;
    r.checkKeys(root, QString(), QString());
    const Obj top(root, QString(), QString());

    const QJsonValue format = top.value("format");
    if (!isPresent(format))
        r.required(QStringLiteral("format"));
    else if (!format.isString() || format.toString() != kFormatId)
        r.error(QStringLiteral("format"), format, ProfileJson::tr("must be \"%1\"").arg(kFormatId));

    p.assessmentYear = s.requiredInt(top, "assessment_year");
    p.assessmentDate = s.date(top, "assessment_date");

    // company
    // An absent company leaves company.name empty, which the Checker reports.
    if (const std::optional<Obj> company = s.object(top, "company")) {
        const Obj &c = *company;
        Company &pc = p.company;
        pc.name = s.requiredString(c, "name");
        pc.creditCode = s.string(c, "credit_code");
        pc.region = s.string(c, "region");
        pc.industry = s.string(c, "industry");
        pc.established = s.date(c, "established");
        pc.nicheSince = s.date(c, "niche_since");
        pc.mainProduct = s.string(c, "main_product");
        pc.recognitions = s.objectList<Recognition>(c, "recognitions", [&](const Obj &e) {
            Recognition rec;
            rec.tier = s.requiredString(e, "tier");
            const Opt<QDate> granted = s.date(e, "granted");
            rec.granted = r.require(granted, e.value("granted"), e.path("granted"));
            rec.route = s.string(e, "route").value_or(QString());
            return rec;
        });
        if (const std::optional<Obj> att = s.object(c, "attestations")) {
            pc.attestations.noAbnormalOrDishonestListing =
                s.boolean(*att, "no_abnormal_or_dishonest_listing");
            pc.attestations.noBannedProducts = s.boolean(*att, "no_banned_products");
            pc.attestations.noMajorAccident3y = s.boolean(*att, "no_major_accident_3y");
        }
    }

    // years, read in file order then sorted (stable) by year
    const OptList<FiscalYear> years = s.objectList<FiscalYear>(top, "years", [&](const Obj &y) {
        FiscalYear fy;
        fy.year = s.requiredInt(y, "year");
        fy.operatingRevenue = s.decimal(y, "operating_revenue");
        fy.mainBusinessRevenue = s.decimal(y, "main_business_revenue");
        fy.rdExpense = s.decimal(y, "rd_expense");
        fy.costExpenseTotal = s.decimal(y, "cost_expense_total");
        fy.netProfit = s.decimal(y, "net_profit");
        fy.totalAssets = s.decimal(y, "total_assets");
        fy.totalLiabilities = s.decimal(y, "total_liabilities");
        fy.employees = s.integer(y, "employees");
        fy.rdStaff = s.integer(y, "rd_staff");
        fy.techStaff = s.integer(y, "tech_staff");
        fy.equityFinancing = s.decimal(y, "equity_financing");
        return fy;
    });
    if (years) {
        QList<qsizetype> order(years->size());
        for (qsizetype i = 0; i < years->size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return years->at(a).year < years->at(b).year;
        });
        for (const qsizetype i : order) {
            p.years.append(years->at(i));
            yearIndex.append(i);
        }
    }

    // innovation
    if (const std::optional<Obj> in = s.object(top, "innovation")) {
        Innovation &pi = p.innovation;
        if (const std::optional<Obj> ip = s.object(*in, "ip")) {
            pi.ip.class1HighValue = s.integer(*ip, "class1_high_value");
            pi.ip.class1SelfDeveloped = s.integer(*ip, "class1_self_developed");
            pi.ip.class1 = s.integer(*ip, "class1");
            pi.ip.class2 = s.integer(*ip, "class2");
            pi.ip.class1Applied = s.integer(*ip, "class1_applied");
        }
        pi.rdInstitution = s.string(*in, "rd_institution");
        pi.rdInstitutionOwnOrJoint = s.boolean(*in, "rd_institution_own_or_joint");
        pi.sciTechAwards = s.objectList<SciTechAward>(*in, "sci_tech_awards", [&](const Obj &e) {
            SciTechAward a;
            a.level = s.requiredString(e, "level");
            a.rank = s.requiredInt(e, "rank");
            a.year = s.requiredInt(e, "year");
            return a;
        });
        pi.honors = s.stringList(*in, "honors");
        pi.chuangkeChina = s.objectList<ChuangkeEntry>(*in, "chuangke_china", [&](const Obj &e) {
            ChuangkeEntry c;
            c.year = s.requiredInt(e, "year");
            c.group = s.requiredString(e, "group");
            return c;
        });
        pi.standardsLed = s.objectList<StandardLed>(*in, "standards_led", [&](const Obj &e) {
            StandardLed st;
            st.year = s.requiredInt(e, "year");
            st.level = s.requiredString(e, "level");
            return st;
        });
        pi.rdMeasure = s.string(*in, "rd_measure");
    }

    // refinement
    if (const std::optional<Obj> rf = s.object(top, "refinement")) {
        Refinement &pr = p.refinement;
        pr.digitalLevel = s.integer(*rf, "digital_level");
        pr.coreBusinessOnSystem = s.boolean(*rf, "core_business_on_system");
        pr.qualityAward = s.string(*rf, "quality_award");
        pr.qualitySystemCert = s.boolean(*rf, "quality_system_cert");
        pr.ownBrand = s.boolean(*rf, "own_brand");
        pr.standardsParticipation = s.boolean(*rf, "standards_participation");
        pr.mgmtOrIntlProductCert = s.boolean(*rf, "mgmt_or_intl_product_cert");
    }

    // specialization
    if (const std::optional<Obj> sp = s.object(top, "specialization")) {
        Specialization &ps = p.specialization;
        ps.field = s.stringList(*sp, "field");
        ps.nationalMarketSharePct = s.decimal(*sp, "national_market_share_pct");
        ps.internationalMarketSharePct = s.decimal(*sp, "international_market_share_pct");
        ps.domesticRank = s.integer(*sp, "domestic_rank");
        ps.marketLeading = s.boolean(*sp, "market_leading");
        ps.chainKeyLink = s.boolean(*sp, "chain_key_link");
        ps.developmentScores =
            s.objectList<DevelopmentScore>(*sp, "development_scores", [&](const Obj &e) {
                DevelopmentScore d;
                d.year = s.requiredInt(e, "year");
                d.score = r.require(s.decimal(e, "score"), e.value("score"), e.path("score"));
                return d;
            });
        ps.renewal = s.boolean(*sp, "renewal");
    }

    p.localFeatureScore = s.decimal(top, "local_feature_score");
    return p;
}

} // namespace

QString ValidationError::message() const
{
    if (path.isEmpty())
        return reason;
    if (value.isEmpty())
        return ProfileJson::tr("%1: %2").arg(path, reason);
    return ProfileJson::tr("%1 = %2: %3").arg(path, value, reason);
}

ImportResult ProfileJson::parse(const QByteArray &bytes, const QDate &today)
{
    if (bytes.size() > kMaxFileBytes)
        return fileError(tr("the file is larger than %1 bytes").arg(kMaxFileBytes));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes); // decoded only to find invalid sequences
    if (decoder.hasError())
        return fileError(tr("the file is not UTF-8 text"));

    if (JsonInput::nestsDeeperThan(bytes, kMaxDepth))
        return fileError(tr("the file nests deeper than %1 levels").arg(kMaxDepth));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(tr("the file is not valid JSON: %1 at byte %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return fileError(tr("the file does not hold a JSON object"));
    // A key given twice (QJsonDocument keeps the last one silently) or a
    // lone surrogate escape (which takes the next character with it).
    if (const JsonInput::Flaw flaw = JsonInput::flaw(bytes); flaw.kind != JsonInput::Flaw::None) {
        ImportResult result;
        result.errors.append({flaw.path, QString(),
                              flaw.kind == JsonInput::Flaw::DuplicateKey
                                  ? tr("the key is there twice (each key may appear once in an object)")
                                  : tr("a \\u escape names half of a surrogate pair, which is not a character")});
        return result;
    }
    return fromJson(doc.object(), today);
}

ImportResult ProfileJson::fromJson(const QJsonObject &object, const QDate &today)
{
    ImportResult result;
    QList<ValidationError> structural;
    StructureReader reader{Reader(structural)};
    QList<qsizetype> yearIndex;
    const Profile profile = readProfile(reader, object, yearIndex);

    QList<ValidationError> semantic;
    Checker(today, semantic).profile(profile, yearIndex);

    result.errors = structural;
    for (const ValidationError &e : std::as_const(semantic)) {
        const bool covered =
            std::any_of(structural.cbegin(), structural.cend(),
                        [&](const ValidationError &s) { return isSameOrAncestor(s.path, e.path); });
        if (!covered)
            result.errors.append(e);
    }
    sortErrors(result.errors);
    if (result.errors.isEmpty()) {
        result.profile = profile;
        result.fields = givenFields(object);
    }
    return result;
}

QStringList ProfileJson::givenFields(const QJsonObject &object)
{
    QStringList out;
    // Walks the objects of the file; a key that is a field (a scalar or a
    // whole list) is given when present, whatever its value.
    const std::function<void(const QJsonObject &, const QString &)> walk = [&](const QJsonObject &o,
                                                                              const QString &prefix) {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = prefix + it.key();
            if (key == QLatin1String("years")) {
                const QJsonArray years = it.value().toArray();
                for (const QJsonValue &y : years) {
                    const QJsonObject fy = y.toObject();
                    const int year = fy.value(QLatin1String("year")).toInt();
                    out.append(QStringLiteral("years.%1").arg(year));
                    for (auto f = fy.constBegin(); f != fy.constEnd(); ++f) {
                        const QString yearKey = QStringLiteral("years.%1.%2").arg(year).arg(f.key());
                        if (fields::isKey(yearKey))
                            out.append(yearKey);
                    }
                }
            } else if (fields::isKey(key)) {
                out.append(key);
            } else if (it.value().isObject()) {
                walk(it.value().toObject(), key + u'.');
            }
        }
    };
    walk(object, QString());
    return out;
}

QString ProfileJson::printable(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool layout = c == u'\t' || c == u'\n' || c == u'\r'; // harmless in CSV, XML and HTML
        if (c.isSurrogate() || (c.category() == QChar::Other_Control && !layout))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QList<ValidationError> ProfileJson::validate(const Profile &profile, const QDate &today)
{
    QList<ValidationError> errors;
    QList<qsizetype> yearIndex;
    for (qsizetype i = 0; i < profile.years.size(); ++i)
        yearIndex.append(i);
    Checker(today, errors).profile(profile, yearIndex);
    sortErrors(errors);
    return errors;
}

namespace {

// One "a <= b" between two figures of a profile: `a` exceeds `b`.
struct Exceeds
{
    QString a, b;       // model/Patch.h keys
    QString aField, bField; // the engine's names (rules::Fields)
    int year = 0;       // fiscal year, 0 when not yearly
    qint64 aValue = 0, bValue = 0;
    bool money = false;
};

// Every pair of figures that contradicts, in the order of the spec: per
// fiscal year 主营 <= 营业收入, 研发人员 <= 职工总数, 科技人员 <= 职工总数; then
// 高价值 <= 自主研发Ⅰ类 <= Ⅰ类 and Ⅰ类 in use <= Ⅰ类. Only figures both
// present and not negative are compared (a negative one is refused).
QList<Exceeds> exceeding(const Profile &p)
{
    QList<Exceeds> out;
    // The keys are made only for a figure that does exceed its bound.
    const auto exceeds = [](const Opt<qint64> &v, const Opt<qint64> &bound) {
        return v && bound && *v >= 0 && *bound >= 0 && *v > *bound;
    };
    for (const FiscalYear &fy : p.years) {
        const auto check = [&](const Opt<qint64> &v, const Opt<qint64> &bound, const char *a, const char *b,
                               bool money) {
            if (!exceeds(v, bound))
                return;
            const auto key = [&](const char *column) {
                return QStringLiteral("years.%1.%2").arg(fy.year).arg(QLatin1String(column));
            };
            out.append({key(a), key(b), QLatin1String(a), QLatin1String(b), fy.year, *v, *bound, money});
        };
        check(fy.mainBusinessRevenue, fy.operatingRevenue, "main_business_revenue", "operating_revenue", true);
        check(fy.rdStaff, fy.employees, "rd_staff", "employees", false);
        check(fy.techStaff, fy.employees, "tech_staff", "employees", false);
    }
    const IpCounts &ip = p.innovation.ip;
    const auto check = [&](const Opt<qint64> &v, const Opt<qint64> &bound, const char *a, const char *b) {
        if (!exceeds(v, bound))
            return;
        const QString aKey = QLatin1String(a), bKey = QLatin1String(b);
        out.append({aKey, bKey, aKey, bKey, 0, *v, *bound, false});
    };
    const char *high = "innovation.ip.class1_high_value";
    const char *self = "innovation.ip.class1_self_developed";
    const char *class1 = "innovation.ip.class1";
    const char *applied = "innovation.ip.class1_applied";
    if (ip.class1SelfDeveloped)
        check(ip.class1HighValue, ip.class1SelfDeveloped, high, self);
    else
        check(ip.class1HighValue, ip.class1, high, class1);
    check(ip.class1SelfDeveloped, ip.class1, self, class1);
    check(ip.class1Applied, ip.class1, applied, class1);
    return out;
}

} // namespace

QList<Inconsistency> ProfileJson::inconsistencies(const Profile &profile, const QString &language)
{
    const QString lang = language.isEmpty() ? i18n::Language::current() : language;
    const FieldHelp &help = FieldHelp::instance();
    const auto name = [&](const QString &key) {
        int year = 0;
        QString column;
        if (fields::splitYearKey(key, &year, &column)) {
            const QString label = help.label(QStringLiteral("years.") + column, lang);
            return QStringLiteral("%1 %2").arg(label.isEmpty() ? column : label).arg(year);
        }
        const QString label = help.label(key, lang);
        return label.isEmpty() ? key : label;
    };
    const auto value = [&](qint64 v, bool money) {
        QString text = money ? formatDecimal4(v) : QString::number(v);
        // Thousands grouped, as the forms show them: 9,000.
        qsizetype end = text.indexOf(u'.');
        if (end < 0)
            end = text.size();
        for (qsizetype i = end - 3; i > 0; i -= 3)
            text.insert(i, u',');
        if (money) {
            const QString unit = help.unit(QStringLiteral("years.operating_revenue"));
            text += u' ' + (lang == u"zh_TW" ? i18n::toTraditional(unit) : unit);
        }
        return text;
    };
    QList<Inconsistency> out;
    for (const Exceeds &e : exceeding(profile)) {
        out.append({{e.a, e.b},
                    tr("%1 (%2) is more than %3 (%4): one of the two is wrong",
                       "a figure above the figure that includes it")
                        .arg(name(e.a), value(e.aValue, e.money), name(e.b), value(e.bValue, e.money))});
    }
    return out;
}

QList<QPair<QString, int>> ProfileJson::inconsistentFields(const Profile &profile)
{
    QList<QPair<QString, int>> out;
    for (const Exceeds &e : exceeding(profile)) {
        for (const QPair<QString, int> &f : {qMakePair(e.aField, e.year), qMakePair(e.bField, e.year)}) {
            if (!out.contains(f))
                out.append(f);
        }
    }
    return out;
}

QJsonObject ProfileJson::toJson(const Profile &p)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormatId);
    root.insert(QLatin1String("assessment_year"), p.assessmentYear);
    putDate(root, "assessment_date", p.assessmentDate);

    const Company &c = p.company;
    QJsonObject company;
    company.insert(QLatin1String("name"), c.name);
    putString(company, "credit_code", c.creditCode);
    putString(company, "region", c.region);
    putString(company, "industry", c.industry);
    putDate(company, "established", c.established);
    putDate(company, "niche_since", c.nicheSince);
    putString(company, "main_product", c.mainProduct);
    putList(company, "recognitions", c.recognitions, [](const Recognition &r) {
        QJsonObject o{{QLatin1String("tier"), r.tier}, {QLatin1String("granted"), r.granted.toString(Qt::ISODate)}};
        if (!r.route.isEmpty())
            o.insert(QLatin1String("route"), r.route);
        return o;
    });
    QJsonObject attestations;
    putBool(attestations, "no_abnormal_or_dishonest_listing",
            c.attestations.noAbnormalOrDishonestListing);
    putBool(attestations, "no_banned_products", c.attestations.noBannedProducts);
    putBool(attestations, "no_major_accident_3y", c.attestations.noMajorAccident3y);
    putObject(company, "attestations", attestations);
    root.insert(QLatin1String("company"), company);

    if (!p.years.isEmpty()) {
        QJsonArray years;
        for (const FiscalYear &fy : p.years) {
            QJsonObject y;
            y.insert(QLatin1String("year"), fy.year);
            putDecimal(y, "operating_revenue", fy.operatingRevenue);
            putDecimal(y, "main_business_revenue", fy.mainBusinessRevenue);
            putDecimal(y, "rd_expense", fy.rdExpense);
            putDecimal(y, "cost_expense_total", fy.costExpenseTotal);
            putDecimal(y, "net_profit", fy.netProfit);
            putDecimal(y, "total_assets", fy.totalAssets);
            putDecimal(y, "total_liabilities", fy.totalLiabilities);
            putInteger(y, "employees", fy.employees);
            putInteger(y, "rd_staff", fy.rdStaff);
            putInteger(y, "tech_staff", fy.techStaff);
            putDecimal(y, "equity_financing", fy.equityFinancing);
            years.append(y);
        }
        root.insert(QLatin1String("years"), years);
    }

    const Innovation &in = p.innovation;
    QJsonObject innovation;
    QJsonObject ip;
    putInteger(ip, "class1_high_value", in.ip.class1HighValue);
    putInteger(ip, "class1_self_developed", in.ip.class1SelfDeveloped);
    putInteger(ip, "class1", in.ip.class1);
    putInteger(ip, "class2", in.ip.class2);
    putInteger(ip, "class1_applied", in.ip.class1Applied);
    putObject(innovation, "ip", ip);
    putString(innovation, "rd_institution", in.rdInstitution);
    putBool(innovation, "rd_institution_own_or_joint", in.rdInstitutionOwnOrJoint);
    putList(innovation, "sci_tech_awards", in.sciTechAwards, [](const SciTechAward &a) {
        return QJsonObject{{QLatin1String("level"), a.level},
                           {QLatin1String("rank"), a.rank},
                           {QLatin1String("year"), a.year}};
    });
    putStringList(innovation, "honors", in.honors);
    putList(innovation, "chuangke_china", in.chuangkeChina, [](const ChuangkeEntry &e) {
        return QJsonObject{{QLatin1String("year"), e.year}, {QLatin1String("group"), e.group}};
    });
    putList(innovation, "standards_led", in.standardsLed, [](const StandardLed &s) {
        return QJsonObject{{QLatin1String("year"), s.year}, {QLatin1String("level"), s.level}};
    });
    putString(innovation, "rd_measure", in.rdMeasure);
    putObject(root, "innovation", innovation);

    const Refinement &rf = p.refinement;
    QJsonObject refinement;
    putInteger(refinement, "digital_level", rf.digitalLevel);
    putBool(refinement, "core_business_on_system", rf.coreBusinessOnSystem);
    putString(refinement, "quality_award", rf.qualityAward);
    putBool(refinement, "quality_system_cert", rf.qualitySystemCert);
    putBool(refinement, "own_brand", rf.ownBrand);
    putBool(refinement, "standards_participation", rf.standardsParticipation);
    putBool(refinement, "mgmt_or_intl_product_cert", rf.mgmtOrIntlProductCert);
    putObject(root, "refinement", refinement);

    const Specialization &sp = p.specialization;
    QJsonObject specialization;
    putStringList(specialization, "field", sp.field);
    putDecimal(specialization, "national_market_share_pct", sp.nationalMarketSharePct);
    putDecimal(specialization, "international_market_share_pct", sp.internationalMarketSharePct);
    putInteger(specialization, "domestic_rank", sp.domesticRank);
    putBool(specialization, "market_leading", sp.marketLeading);
    putBool(specialization, "chain_key_link", sp.chainKeyLink);
    putList(specialization, "development_scores", sp.developmentScores,
            [](const DevelopmentScore &d) {
                return QJsonObject{{QLatin1String("year"), d.year},
                                   {QLatin1String("score"), decimal4ToDouble(d.score)}};
            });
    putBool(specialization, "renewal", sp.renewal);
    putObject(root, "specialization", specialization);

    putDecimal(root, "local_feature_score", p.localFeatureScore);
    return root;
}

QByteArray ProfileJson::serialize(const Profile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

QJsonValue ProfileJson::fieldValue(const QJsonObject &profile, const QString &key)
{
    int year = 0;
    QString column;
    const bool yearField = fields::splitYearKey(key, &year, &column);
    if (yearField || fields::isYearKey(key, &year)) {
        for (const QJsonValue &y : profile.value(QStringLiteral("years")).toArray()) {
            if (y.toObject().value(QStringLiteral("year")).toInt() == year)
                return yearField ? y.toObject().value(column) : y;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue at = profile;
    for (const QString &part : key.split(u'.')) {
        if (!at.isObject())
            return QJsonValue(QJsonValue::Undefined);
        at = at.toObject().value(part);
    }
    return at;
}

QString ProfileJson::fieldText(const Profile &profile, const QString &key)
{
    const QJsonValue v = fieldValue(toJson(profile), key);
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace srdi
