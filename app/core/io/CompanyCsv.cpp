// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyCsv.h"

#include "awards/AwardCatalog.h"
#include "model/Decimal.h"
#include "model/Patch.h"
#include "rules/Assessment.h"

#include <QStringDecoder>

#include <algorithm>
#include <climits>

namespace srdi::io {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kYearSlots = 3; // y1_ = assessment_year - 3 ... y3_ = assessment_year - 1
// Integers arrive as text; the JSON import bounds them at 2^53, so do we.
constexpr qint64 kMaxInteger = qint64(1) << 53;
constexpr qsizetype kMaxShownValue = 80;

QString yearPrefix(int slot)
{
    return QStringLiteral("y%1_").arg(slot);
}

QString shown(const QString &value)
{
    return value.size() > kMaxShownValue ? value.left(kMaxShownValue - 1) + u'\u2026' : value;
}

// ---------------------------------------------------------------------------
// Cells as text -> values. Each returns nullopt and a translated reason.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// [+-]?[0-9]+
bool isIntegerShape(QStringView text)
{
    if (text.startsWith(u'+') || text.startsWith(u'-'))
        text = text.mid(1);
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isDigit);
}

// [+-]?([0-9]+\.?[0-9]*|\.[0-9]+): digits with at most one point, at least one digit.
bool isDecimalShape(QStringView text)
{
    if (text.startsWith(u'+') || text.startsWith(u'-'))
        text = text.mid(1);
    int points = 0, digits = 0;
    for (const QChar c : text) {
        if (c == u'.')
            ++points;
        else if (isDigit(c))
            ++digits;
        else
            return false;
    }
    return points <= 1 && digits > 0;
}

// The number of `count` (or, with `upTo`, 1 to `count`) digits at `*at`,
// which moves past them; -1 when they are not there.
int digitsAt(QStringView text, qsizetype *at, int count, bool upTo = false)
{
    int value = 0, n = 0;
    while (*at < text.size() && n < count && isDigit(text.at(*at))) {
        value = value * 10 + (text.at(*at).unicode() - u'0');
        ++*at;
        ++n;
    }
    return n == count || (upTo && n > 0) ? value : -1;
}

std::optional<qint64> parseInteger(const QString &text, QString *reason)
{
    if (!isIntegerShape(text)) {
        *reason = CompanyCsv::tr("must be a whole number");
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value > kMaxInteger || value < -kMaxInteger) {
        *reason = CompanyCsv::tr("out of range");
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseSmallInteger(const QString &text, QString *reason)
{
    const std::optional<qint64> value = parseInteger(text, reason);
    if (!value)
        return std::nullopt;
    if (*value < INT_MIN || *value > INT_MAX) {
        *reason = CompanyCsv::tr("out of range");
        return std::nullopt;
    }
    return int(*value);
}

// Money in 万元, a percentage or a score: at most four decimals, exact.
std::optional<qint64> parseDecimal(const QString &text, QString *reason)
{
    if (!isDecimalShape(text)) {
        *reason = CompanyCsv::tr("must be a number (no thousands separators, a point for decimals)");
        return std::nullopt;
    }
    const std::optional<qint64> value = parseDecimal4(text);
    if (!value) {
        const qsizetype point = text.indexOf(u'.');
        QStringView decimals = point < 0 ? QStringView() : QStringView(text).mid(point + 1);
        while (decimals.endsWith(u'0'))
            decimals.chop(1);
        *reason = decimals.size() > 4 ? CompanyCsv::tr("more than 4 decimals") : CompanyCsv::tr("out of range");
        return std::nullopt;
    }
    return value;
}

// YYYY-MM-DD, or YYYY/M/D as a spreadsheet set to Chinese writes dates.
std::optional<QDate> parseDate(const QString &text, QString *reason)
{
    // [0-9]{4}-[0-9]{2}-[0-9]{2} or [0-9]{4}/[0-9]{1,2}/[0-9]{1,2}
    qsizetype at = 0;
    const int year = digitsAt(text, &at, 4);
    const QChar separator = at < text.size() ? text.at(at) : QChar();
    const bool slashed = separator == u'/';
    int month = -1, day = -1;
    if (year >= 0 && (separator == u'-' || slashed)) {
        ++at;
        month = digitsAt(text, &at, 2, slashed);
        if (month >= 0 && at < text.size() && text.at(at) == separator) {
            ++at;
            day = digitsAt(text, &at, 2, slashed);
        }
    }
    if (day < 0 || at != text.size()) {
        *reason = CompanyCsv::tr("must be a date written YYYY-MM-DD");
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        *reason = CompanyCsv::tr("not a real date");
        return std::nullopt;
    }
    return date;
}

std::optional<bool> parseBool(const QString &text, QString *reason)
{
    const QString t = text.toLower();
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"\u662f")
        return true;
    if (t == u"false" || t == u"no" || t == u"0" || t == u"\u5426")
        return false;
    *reason = CompanyCsv::tr("must be true or false");
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The columns after the head (name, credit_code, region, industry,
// assessment_year): the yearly figures, then every other field. One visitor
// walk serves the column list, the reader and the writer, so the three cannot
// drift apart. `P` is Profile or const Profile.

template <typename F, typename V> void visitYear(F &fy, V &v, const QString &prefix)
{
    v.decimal(prefix + QLatin1String("operating_revenue"), fy.operatingRevenue);
    v.decimal(prefix + QLatin1String("main_business_revenue"), fy.mainBusinessRevenue);
    v.decimal(prefix + QLatin1String("rd_expense"), fy.rdExpense);
    v.decimal(prefix + QLatin1String("cost_expense_total"), fy.costExpenseTotal);
    v.decimal(prefix + QLatin1String("net_profit"), fy.netProfit);
    v.decimal(prefix + QLatin1String("total_assets"), fy.totalAssets);
    v.decimal(prefix + QLatin1String("total_liabilities"), fy.totalLiabilities);
    v.integer(prefix + QLatin1String("employees"), fy.employees);
    v.integer(prefix + QLatin1String("rd_staff"), fy.rdStaff);
    v.integer(prefix + QLatin1String("tech_staff"), fy.techStaff);
    v.decimal(prefix + QLatin1String("equity_financing"), fy.equityFinancing);
}

template <typename P, typename V> void visitHead(P &p, V &v)
{
    v.text(QStringLiteral("credit_code"), p.company.creditCode);
    v.text(QStringLiteral("region"), p.company.region);
    v.text(QStringLiteral("industry"), p.company.industry);
}

template <typename P, typename V> void visitTail(P &p, V &v)
{
    v.date(QStringLiteral("assessment_date"), p.assessmentDate);
    v.date(QStringLiteral("established"), p.company.established);
    v.date(QStringLiteral("niche_since"), p.company.nicheSince);
    v.text(QStringLiteral("main_product"), p.company.mainProduct);
    v.recognitions(QStringLiteral("recognitions"), p.company.recognitions);
    v.boolean(QStringLiteral("no_abnormal_or_dishonest_listing"), p.company.attestations.noAbnormalOrDishonestListing);
    v.boolean(QStringLiteral("no_banned_products"), p.company.attestations.noBannedProducts);
    v.boolean(QStringLiteral("no_major_accident_3y"), p.company.attestations.noMajorAccident3y);
    v.integer(QStringLiteral("ip_class1_high_value"), p.innovation.ip.class1HighValue);
    v.integer(QStringLiteral("ip_class1_self_developed"), p.innovation.ip.class1SelfDeveloped);
    v.integer(QStringLiteral("ip_class1"), p.innovation.ip.class1);
    v.integer(QStringLiteral("ip_class2"), p.innovation.ip.class2);
    v.integer(QStringLiteral("ip_class1_applied"), p.innovation.ip.class1Applied);
    v.text(QStringLiteral("rd_institution"), p.innovation.rdInstitution);
    v.boolean(QStringLiteral("rd_institution_own_or_joint"), p.innovation.rdInstitutionOwnOrJoint);
    v.sciTechAwards(QStringLiteral("sci_tech_awards"), p.innovation.sciTechAwards);
    v.words(QStringLiteral("honors"), p.innovation.honors);
    v.chuangke(QStringLiteral("chuangke_china"), p.innovation.chuangkeChina);
    v.standards(QStringLiteral("standards_led"), p.innovation.standardsLed);
    v.text(QStringLiteral("rd_measure"), p.innovation.rdMeasure);
    v.integer(QStringLiteral("digital_level"), p.refinement.digitalLevel);
    v.boolean(QStringLiteral("core_business_on_system"), p.refinement.coreBusinessOnSystem);
    v.text(QStringLiteral("quality_award"), p.refinement.qualityAward);
    v.boolean(QStringLiteral("quality_system_cert"), p.refinement.qualitySystemCert);
    v.boolean(QStringLiteral("own_brand"), p.refinement.ownBrand);
    v.boolean(QStringLiteral("standards_participation"), p.refinement.standardsParticipation);
    v.boolean(QStringLiteral("mgmt_or_intl_product_cert"), p.refinement.mgmtOrIntlProductCert);
    v.words(QStringLiteral("field"), p.specialization.field);
    v.decimal(QStringLiteral("national_market_share_pct"), p.specialization.nationalMarketSharePct);
    v.decimal(QStringLiteral("international_market_share_pct"), p.specialization.internationalMarketSharePct);
    v.integer(QStringLiteral("domestic_rank"), p.specialization.domesticRank);
    v.boolean(QStringLiteral("market_leading"), p.specialization.marketLeading);
    v.boolean(QStringLiteral("chain_key_link"), p.specialization.chainKeyLink);
    v.developmentScores(QStringLiteral("development_scores"), p.specialization.developmentScores);
    v.boolean(QStringLiteral("renewal"), p.specialization.renewal);
    v.decimal(QStringLiteral("local_feature_score"), p.localFeatureScore);
}

// Collects the column names.
struct NameVisitor
{
    QStringList names;
    template <typename T> void add(const QString &name, const T &) { names.append(name); }
    template <typename T> void text(const QString &n, const T &v) { add(n, v); }
    template <typename T> void date(const QString &n, const T &v) { add(n, v); }
    template <typename T> void boolean(const QString &n, const T &v) { add(n, v); }
    template <typename T> void integer(const QString &n, const T &v) { add(n, v); }
    template <typename T> void decimal(const QString &n, const T &v) { add(n, v); }
    template <typename T> void words(const QString &n, const T &v) { add(n, v); }
    template <typename T> void recognitions(const QString &n, const T &v) { add(n, v); }
    template <typename T> void sciTechAwards(const QString &n, const T &v) { add(n, v); }
    template <typename T> void chuangke(const QString &n, const T &v) { add(n, v); }
    template <typename T> void standards(const QString &n, const T &v) { add(n, v); }
    template <typename T> void developmentScores(const QString &n, const T &v) { add(n, v); }
};

// ---------------------------------------------------------------------------
// Writing a company row.

struct WriteVisitor
{
    QByteArrayList cells;

    void text(const QString &, const Opt<QString> &v) { cells.append(v ? csvCell(*v) : QByteArray()); }
    void date(const QString &, const Opt<QDate> &v) { cells.append(v ? v->toString(Qt::ISODate).toUtf8() : QByteArray()); }
    void boolean(const QString &, const Opt<bool> &v)
    {
        cells.append(v ? QByteArray(*v ? "true" : "false") : QByteArray());
    }
    void integer(const QString &, const Opt<qint64> &v) { cells.append(v ? QByteArray::number(*v) : QByteArray()); }
    void decimal(const QString &, const Opt<qint64> &v) { cells.append(v ? formatDecimal4(*v).toUtf8() : QByteArray()); }

    template <typename T, typename F> void list(const OptList<T> &v, F item)
    {
        if (!v) {
            cells.append(QByteArray());
            return;
        }
        if (v->isEmpty()) {
            cells.append(QByteArrayLiteral("none"));
            return;
        }
        QStringList items;
        for (const T &e : *v)
            items.append(item(e));
        cells.append(csvCell(items.join(u';')));
    }
    void words(const QString &, const Opt<QStringList> &v)
    {
        list(v, [](const QString &s) { return s; });
    }
    void recognitions(const QString &, const OptList<Recognition> &v)
    {
        list(v, [](const Recognition &r) {
            return r.tier + u':' + r.granted.toString(Qt::ISODate) + (r.route.isEmpty() ? QString() : u':' + r.route);
        });
    }
    void sciTechAwards(const QString &, const OptList<SciTechAward> &v)
    {
        list(v, [](const SciTechAward &a) { return QStringLiteral("%1:%2:%3").arg(a.level).arg(a.rank).arg(a.year); });
    }
    void chuangke(const QString &, const OptList<ChuangkeEntry> &v)
    {
        list(v, [](const ChuangkeEntry &e) { return QString::number(e.year) + u':' + e.group; });
    }
    void standards(const QString &, const OptList<StandardLed> &v)
    {
        list(v, [](const StandardLed &s) { return QString::number(s.year) + u':' + s.level; });
    }
    void developmentScores(const QString &, const OptList<DevelopmentScore> &v)
    {
        list(v, [](const DevelopmentScore &d) { return QString::number(d.year) + u':' + formatDecimal4(d.score); });
    }
};

// ---------------------------------------------------------------------------
// Reading a company row.

class ReadVisitor
{
public:
    ReadVisitor(const CsvLayout &layout, const QStringList &cells, QList<ValidationError> &errors)
        : m_layout(layout), m_cells(cells), m_errors(errors)
    {
    }

    bool sawValue = false; // a visited cell was not empty

    // The trimmed cell of `column`; empty when the file has no such column.
    QString cell(const QString &column) const
    {
        const qsizetype i = m_layout.index(column);
        return i < 0 || i >= m_cells.size() ? QString() : m_cells.at(i);
    }

    void error(const QString &path, const QString &value, const QString &reason)
    {
        m_errors.append({path, shown(value), reason});
    }

    template <typename T, typename Parse> void scalar(const QString &column, Opt<T> &v, Parse parse)
    {
        const QString s = cell(column);
        if (s.isEmpty())
            return;
        sawValue = true;
        QString reason;
        const std::optional<T> value = parse(s, &reason);
        if (value)
            v = *value;
        else
            error(column, s, reason);
    }

    void text(const QString &column, Opt<QString> &v)
    {
        scalar(column, v, [](const QString &s, QString *) { return std::optional<QString>(s); });
    }
    void date(const QString &column, Opt<QDate> &v) { scalar(column, v, parseDate); }
    void boolean(const QString &column, Opt<bool> &v) { scalar(column, v, parseBool); }
    void integer(const QString &column, Opt<qint64> &v) { scalar(column, v, parseInteger); }
    void decimal(const QString &column, Opt<qint64> &v) { scalar(column, v, parseDecimal); }

    // A list: items separated by ';', each of `parts` parts separated by ':'.
    // "none" is a known empty list. An item that cannot be read is reported
    // and kept as a default value, so that later items keep their index.
    template <typename T, typename Read>
    void list(const QString &column, OptList<T> &v, int parts, const QString &shape, Read read, int maxParts = 0)
    {
        const QString s = cell(column);
        if (s.isEmpty())
            return;
        sawValue = true;
        QList<T> &out = v.emplace();
        if (s.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return;
        for (const QString &raw : s.split(u';')) {
            const QString item = raw.trimmed();
            if (item.isEmpty())
                continue;
            const QString path = QStringLiteral("%1[%2]").arg(column).arg(out.size());
            QStringList fields = item.split(u':');
            for (QString &f : fields)
                f = f.trimmed();
            T element{};
            if (fields.size() < parts || fields.size() > std::max(parts, maxParts))
                error(path, item, CompanyCsv::tr("must be written %1").arg(shape));
            else
                read(fields, path, element);
            out.append(element);
        }
    }

    void words(const QString &column, Opt<QStringList> &v)
    {
        OptList<QString> items;
        list(column, items, 1, QStringLiteral("a;b;c"),
             [](const QStringList &f, const QString &, QString &e) { e = f.at(0); });
        if (items)
            v = *items;
    }
    void recognitions(const QString &column, OptList<Recognition> &v)
    {
        list(
            column, v, 2, QStringLiteral("tier:YYYY-MM-DD[:route]"),
            [this](const QStringList &f, const QString &path, Recognition &e) {
                e.tier = f.at(0);
                part(f.at(1), path + QLatin1String(".granted"), parseDate, e.granted);
                e.route = f.value(2);
            },
            3);
    }
    void sciTechAwards(const QString &column, OptList<SciTechAward> &v)
    {
        list(column, v, 3, QStringLiteral("level:rank:year"), [this](const QStringList &f, const QString &path, SciTechAward &e) {
            e.level = f.at(0);
            part(f.at(1), path + QLatin1String(".rank"), parseSmallInteger, e.rank);
            part(f.at(2), path + QLatin1String(".year"), parseSmallInteger, e.year);
        });
    }
    void chuangke(const QString &column, OptList<ChuangkeEntry> &v)
    {
        list(column, v, 2, QStringLiteral("year:group"), [this](const QStringList &f, const QString &path, ChuangkeEntry &e) {
            part(f.at(0), path + QLatin1String(".year"), parseSmallInteger, e.year);
            e.group = f.at(1);
        });
    }
    void standards(const QString &column, OptList<StandardLed> &v)
    {
        list(column, v, 2, QStringLiteral("year:level"), [this](const QStringList &f, const QString &path, StandardLed &e) {
            part(f.at(0), path + QLatin1String(".year"), parseSmallInteger, e.year);
            e.level = f.at(1);
        });
    }
    void developmentScores(const QString &column, OptList<DevelopmentScore> &v)
    {
        list(column, v, 2, QStringLiteral("year:score"), [this](const QStringList &f, const QString &path, DevelopmentScore &e) {
            part(f.at(0), path + QLatin1String(".year"), parseSmallInteger, e.year);
            part(f.at(1), path + QLatin1String(".score"), parseDecimal, e.score);
        });
    }

private:
    template <typename T, typename Parse> void part(const QString &text, const QString &path, Parse parse, T &into)
    {
        QString reason;
        if (text.isEmpty()) {
            m_errors.append({path, QString(), CompanyCsv::tr("required")});
            return;
        }
        const auto value = parse(text, &reason);
        if (value)
            into = *value;
        else
            error(path, text, reason);
    }

    const CsvLayout &m_layout;
    const QStringList &m_cells;
    QList<ValidationError> &m_errors;
};

// The CSV column a validation path of the profile refers to.
QString columnOf(const QString &path, const QList<int> &yearSlots)
{
    if (path.startsWith(QLatin1String("years["))) {
        const qsizetype close = path.indexOf(u']');
        const qsizetype i = close < 0 ? -1 : QStringView(path).mid(6, close - 6).toLongLong();
        const QString rest = path.mid(close + 2);
        // The fiscal years follow from assessment_year.
        if (i < 0 || i >= yearSlots.size() || rest.isEmpty() || rest == u"year")
            return QStringLiteral("assessment_year");
        return yearPrefix(yearSlots.at(i)) + rest;
    }
    static const std::pair<QLatin1String, QLatin1String> prefixes[] = {
        {QLatin1String("company.attestations."), QLatin1String("")},
        {QLatin1String("company."), QLatin1String("")},
        {QLatin1String("innovation.ip."), QLatin1String("ip_")},
        {QLatin1String("innovation."), QLatin1String("")},
        {QLatin1String("refinement."), QLatin1String("")},
        {QLatin1String("specialization."), QLatin1String("")},
    };
    for (const auto &[prefix, replacement] : prefixes) {
        if (path.startsWith(prefix))
            return replacement + path.mid(prefix.size());
    }
    return path;
}

bool isSameOrAncestor(const QString &ancestor, const QString &path)
{
    if (ancestor == path)
        return true;
    if (!path.startsWith(ancestor) || path.size() <= ancestor.size())
        return false;
    const QChar next = path.at(ancestor.size());
    return next == u'.' || next == u'[';
}

QStringDecoder decoderFor(CsvEncoding encoding)
{
    if (encoding == CsvEncoding::Gb18030)
        return QStringDecoder("GB18030", QStringDecoder::Flag::Stateless);
    return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
}

// The record's cells as text, trimmed; false when a cell is not in the
// file's encoding.
bool decodeCells(const CsvRecord &record, QStringList *cells, CsvEncoding encoding)
{
    cells->clear();
    cells->reserve(record.cells.size());
    // One decoder for the record, reset before each cell: each is decoded
    // as by a decoder of its own.
    QStringDecoder decoder = decoderFor(encoding);
    for (const QByteArray &raw : record.cells) {
        decoder.resetState();
        QString text = decoder(raw);
        if (decoder.hasError() || !decoder.isValid())
            return false;
        cells->append(text.trimmed());
    }
    return true;
}

QString notUtf8(CsvEncoding encoding = CsvEncoding::Utf8)
{
    if (encoding == CsvEncoding::Gb18030)
        return CompanyCsv::tr("the text is neither UTF-8 nor GB18030 (in a spreadsheet, save as “CSV UTF-8”)");
    return CompanyCsv::tr("the text is not UTF-8 (in a spreadsheet, save as “CSV UTF-8”)");
}

// Where and how a record breaks RFC 4180: "column 3 (y3_rd_expense): …".
QString csvProblem(const CsvRecord &record, const CsvLayout *layout)
{
    const qsizetype index = std::max<qsizetype>(record.problemCell, 0);
    const QString name = layout ? layout->name(index) : QString();
    const QString column = name.isEmpty() ? CompanyCsv::tr("column %1").arg(index + 1)
                                          : CompanyCsv::tr("column %1 (%2)").arg(index + 1).arg(name);
    switch (record.problem) {
    case CsvRecord::Problem::QuoteInCell:
        return CompanyCsv::tr("%1: a \" inside a cell that does not start with one (put the cell in quotes and "
                              "write each \" in it twice)")
            .arg(column);
    case CsvRecord::Problem::TextAfterQuote:
        return CompanyCsv::tr("%1: text after the closing \" of a quoted cell (a cell in quotes must end at "
                              "its closing \")")
            .arg(column);
    case CsvRecord::Problem::Unclosed:
        return CompanyCsv::tr("%1: a quoted cell is not closed (a \" is missing); the row is read to the end "
                              "of its line and the next line starts a new row")
            .arg(column);
    case CsvRecord::Problem::None:
        break;
    }
    return QString();
}

} // namespace

// ---------------------------------------------------------------------------
// CsvRecord, CsvReader

bool CsvRecord::isBlank() const
{
    return problem == Problem::None && !tooLong &&
           std::all_of(cells.cbegin(), cells.cend(), [](const QByteArray &c) { return c.trimmed().isEmpty(); });
}

CsvReader::CsvReader(QIODevice &device) : m_device(device) {}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device.read(kReadChunk);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return uchar(m_buffer.at(m_pos));
}

qint64 CsvReader::position() const
{
    return m_device.pos() - (m_buffer.size() - m_pos);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvReader::next(CsvRecord &record)
{
    using Problem = CsvRecord::Problem;
    if (m_stopped)
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3) {
            const QByteArray more = m_device.read(kReadChunk);
            if (more.isEmpty())
                break;
            m_buffer += more;
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    record.cells.clear();
    record.line = m_line;
    record.unterminated = false;
    record.tooLong = false;
    record.problem = Problem::None;
    record.problemCell = -1;

    QByteArray cell;
    qsizetype size = 0;       // bytes of the record so far, separators included
    qsizetype cellIndex = 0;  // the cell being read
    bool any = false;         // anything read for this record
    bool inQuotes = false;
    bool cellStarted = false; // the cell has content (or an opening quote)
    bool afterQuote = false;  // the cell's closing quote was just read
    // Once a quoted cell runs over the record's first line end, the bytes
    // after that line end are kept, so that the record can be cut back to
    // its first line and those bytes read again as the next records.
    bool multiLine = false;
    qsizetype openCell = -1; // the cell whose quote was open at that line end
    QByteArray rest;         // the bytes read after that line end
    const auto add = [&](char c) {
        if (++size > kMaxRecordBytes)
            record.tooLong = true;
        else
            cell.append(c);
    };
    const auto endCell = [&] {
        if (++size > kMaxRecordBytes)
            record.tooLong = true;
        else
            record.cells.append(cell);
        cell.clear();
        cellStarted = false;
        afterQuote = false;
        ++cellIndex;
    };
    const auto breach = [&](Problem problem) {
        if (record.problem == Problem::None) {
            record.problem = problem;
            record.problemCell = cellIndex;
        }
    };
    // The record is only its first line: the rest is read again. Unless the
    // first line broke the rules already, the quote left open at its end is
    // the problem.
    const auto cutBack = [&](bool keepProblem) {
        m_buffer = rest + m_buffer.mid(m_pos);
        m_pos = 0;
        m_line = record.line + 1;
        if (!keepProblem) {
            record.problem = Problem::Unclosed;
            record.problemCell = openCell;
        }
        record.unterminated = record.problem == Problem::Unclosed;
        return true;
    };
    for (;;) {
        const int c = get();
        if (c < 0) {
            if (!any)
                return false;
            if (multiLine && (inQuotes || record.problem != Problem::None))
                return cutBack(false);
            if (inQuotes) {
                breach(Problem::Unclosed);
                record.unterminated = true;
            }
            endCell();
            return true;
        }
        any = true;
        if (size > kMaxLineBytes) {
            m_stopped = true;
            record.tooLong = true;
            return true;
        }
        if (multiLine) {
            rest.append(char(c));
            // A problem after the first line, or a cell over the bound: the
            // quote opened on the first line was not a real cell.
            if (record.problem != Problem::None || rest.size() > kMaxRecordBytes)
                return cutBack(false);
        }
        if (inQuotes) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    if (multiLine)
                        rest.append('"');
                    add('"');
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    ++m_line;
                    if (!multiLine) {
                        multiLine = true;
                        openCell = cellIndex;
                        if (record.problem != Problem::None)
                            return cutBack(true);
                    }
                }
                add(char(c));
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!cellStarted) {
                inQuotes = true;
            } else {
                breach(afterQuote ? Problem::TextAfterQuote : Problem::QuoteInCell);
                add('"');
            }
            cellStarted = true;
            break;
        case ',':
            endCell();
            break;
        case '\r':
            if (peek() == '\n') {
                get();
                if (multiLine)
                    rest.append('\n');
            }
            ++m_line;
            endCell();
            return true;
        case '\n':
            ++m_line;
            endCell();
            return true;
        default:
            if (afterQuote)
                breach(Problem::TextAfterQuote);
            add(char(c));
            cellStarted = true;
        }
    }
}

// ---------------------------------------------------------------------------
// CompanyCsv

const QStringList &CompanyCsv::columns()
{
    static const QStringList names = [] {
        NameVisitor v;
        v.names = {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("region"),
                   QStringLiteral("industry"), QStringLiteral("assessment_year")};
        const FiscalYear fy;
        for (int slot = 1; slot <= kYearSlots; ++slot)
            visitYear(fy, v, yearPrefix(slot));
        const Profile p;
        visitTail(p, v);
        return v.names;
    }();
    return names;
}

std::optional<CsvLayout> CompanyCsv::layout(const CsvRecord &header, QList<ValidationError> *errors, CsvEncoding encoding)
{
    QStringList cells;
    if (!decodeCells(header, &cells, encoding)) {
        errors->append({QString(), QString(), notUtf8(encoding)});
        return std::nullopt;
    }
    if (header.problem != CsvRecord::Problem::None) {
        errors->append({QString(), QString(), tr("the header row cannot be read: %1").arg(csvProblem(header, nullptr))});
        return std::nullopt;
    }
    if (header.tooLong) {
        errors->append({QString(), QString(), tr("the header row cannot be read")});
        return std::nullopt;
    }
    CsvLayout layout;
    layout.m_width = cells.size();
    layout.m_encoding = encoding;
    const QStringList &known = columns();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString name = cells.at(i).toLower();
        if (name.isEmpty()) {
            errors->append({QStringLiteral("#%1").arg(i + 1), QString(), tr("the column has no name")});
        } else if (!known.contains(name)) {
            errors->append({shown(cells.at(i)), QString(), tr("unknown column (see docs/batch-csv.md)")});
        } else if (layout.m_index.contains(name)) {
            errors->append({name, QString(), tr("the column is there twice")});
        } else {
            layout.m_index.insert(name, i);
        }
    }
    for (const QString &required : {QStringLiteral("name"), QStringLiteral("assessment_year")}) {
        if (!layout.m_index.contains(required))
            errors->append({required, QString(), tr("required column missing")});
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return layout;
}

QStringList CsvLayout::missing() const
{
    QStringList out;
    for (const QString &c : CompanyCsv::columns())
        if (!m_index.contains(c))
            out.append(c);
    return out;
}

CsvEncoding CompanyCsv::detectEncoding(QIODevice &device)
{
    const qint64 start = device.pos();
    CsvEncoding found = CsvEncoding::Utf8;
    if (device.peek(3) != QByteArrayLiteral("\xEF\xBB\xBF")) {
        // Counted over the whole file: characters that read as UTF-8 and
        // bytes that do not. A UTF-8 file with a few broken bytes stays UTF-8
        // (the rows with them are refused one by one, never read in another
        // encoding); a GBK/GB18030 file breaks UTF-8 at nearly every character.
        qint64 good = 0, bad = 0;
        QByteArray carry;
        for (QByteArray chunk = device.read(kReadChunk); !chunk.isEmpty() || !carry.isEmpty();
             chunk = device.read(kReadChunk)) {
            const bool last = chunk.isEmpty();
            const QByteArray bytes = carry + chunk;
            carry.clear();
            qsizetype i = 0;
            while (i < bytes.size()) {
                const auto b = uchar(bytes.at(i));
                if (b < 0x80) {
                    ++i;
                    continue;
                }
                const int len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
                if (len == 0 || (len == 2 && b < 0xC2)) {
                    ++bad;
                    ++i;
                    continue;
                }
                if (i + len > bytes.size() && !last) {
                    carry = bytes.mid(i); // finished with the next chunk
                    break;
                }
                bool ok = i + len <= bytes.size();
                for (int k = 1; ok && k < len; ++k)
                    ok = (uchar(bytes.at(i + k)) & 0xC0) == 0x80;
                if (ok) {
                    ++good;
                    i += len;
                } else {
                    ++bad;
                    ++i;
                }
            }
            if (last)
                break;
        }
        if (bad > 0 && good < 4 * bad)
            found = CsvEncoding::Gb18030;
    }
    device.seek(start);
    return found;
}

QString CompanyCsv::encodingName(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

QStringList CompanyCsv::missingColumnNotes(const CsvLayout &layout)
{
    const QStringList missing = layout.missing();
    QStringList notes;
    QStringList attestations;
    for (const char *c : {"no_abnormal_or_dishonest_listing", "no_banned_products", "no_major_accident_3y"})
        if (missing.contains(QLatin1String(c)))
            attestations.append(QLatin1String(c));
    if (!attestations.isEmpty())
        notes.append(tr("%1: not in the file. The pledges are common conditions of every tier: for a new company "
                        "every tier stays \"missing data\" until they are answered; a company already stored keeps "
                        "its answers.")
                         .arg(attestations.join(QStringLiteral(", "))));
    if (missing.contains(QStringLiteral("recognitions")))
        notes.append(tr("recognitions: not in the file. Titles held decide the second and third tiers and the "
                        "renewal awards: new companies have none recorded; stored companies keep theirs."));
    QStringList figures;
    // The figures of 上年度 that most conditions of every tier read.
    for (const char *c : {"y3_operating_revenue", "y3_main_business_revenue", "y3_rd_expense", "y3_total_assets",
                          "y3_total_liabilities", "y3_employees"})
        if (missing.contains(QLatin1String(c)))
            figures.append(QLatin1String(c));
    if (!figures.isEmpty())
        notes.append(tr("%1: not in the file. These figures of 上年度 are read by most conditions: they stay "
                        "\"missing data\" for new companies.")
                         .arg(figures.join(QStringLiteral(", "))));
    return notes;
}

ImportResult CompanyCsv::read(const CsvLayout &layout, const CsvRecord &record, const QDate &today)
{
    ImportResult result;
    const auto rowError = [&](const QString &reason) {
        result.errors.append({QString(), QString(), reason});
        return result;
    };
    if (record.tooLong)
        return rowError(tr("the row is longer than %1 bytes").arg(CsvReader::kMaxRecordBytes));
    if (record.problem != CsvRecord::Problem::None)
        return rowError(csvProblem(record, &layout));
    if (record.cells.size() != layout.width())
        return rowError(tr("the row has %1 cells, the header %2").arg(record.cells.size()).arg(layout.width()));
    QStringList cells;
    if (!decodeCells(record, &cells, layout.encoding()))
        return rowError(notUtf8(layout.encoding()));

    QList<ValidationError> structural;
    ReadVisitor v(layout, cells, structural);
    Profile p;
    p.company.name = v.cell(QStringLiteral("name"));
    visitHead(p, v);

    // assessment_year is required; the fiscal years follow from it.
    const QString yearText = v.cell(QStringLiteral("assessment_year"));
    bool yearKnown = false;
    if (yearText.isEmpty()) {
        structural.append({QStringLiteral("assessment_year"), QString(), tr("required")});
    } else {
        QString reason;
        if (const std::optional<int> y = parseSmallInteger(yearText, &reason)) {
            p.assessmentYear = *y;
            yearKnown = true;
        } else {
            v.error(QStringLiteral("assessment_year"), yearText, reason);
        }
    }
    QList<int> yearSlots; // yearSlots[i]: the yN_ columns of p.years[i]
    for (int slot = 1; slot <= kYearSlots; ++slot) {
        FiscalYear fy;
        v.sawValue = false;
        visitYear(fy, v, yearPrefix(slot));
        if (v.sawValue && yearKnown) {
            fy.year = p.assessmentYear - (kYearSlots + 1) + slot;
            p.years.append(fy);
            yearSlots.append(slot);
        }
    }
    visitTail(p, v);

    // The meaning checks of import, reported at the columns; a column with a
    // reading error already is not reported again.
    result.errors = structural;
    for (const ValidationError &e : ProfileJson::validate(p, today)) {
        const ValidationError mapped{columnOf(e.path, yearSlots), e.value, e.reason};
        const bool covered = std::any_of(structural.cbegin(), structural.cend(), [&](const ValidationError &s) {
            return isSameOrAncestor(s.path, mapped.path);
        });
        if (!covered)
            result.errors.append(mapped);
    }
    // An empty cell gives nothing: a stored value stays.
    if (result.errors.isEmpty())
        result.fields = fields::known(p);
    // In the order of the columns.
    const QStringList &order = columns();
    const auto rank = [&](const QString &path) {
        const qsizetype cut = path.indexOf(u'[');
        const qsizetype i = order.indexOf(cut < 0 ? path : path.left(cut));
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [&](const ValidationError &a, const ValidationError &b) { return rank(a.path) < rank(b.path); });
    if (result.errors.isEmpty())
        result.profile = std::move(p);
    return result;
}

QByteArray CompanyCsv::headerLine()
{
    return columns().join(u',').toUtf8() + "\r\n";
}

QByteArray CompanyCsv::line(const Profile &p)
{
    WriteVisitor v;
    v.cells.append(csvCell(p.company.name));
    visitHead(p, v);
    v.cells.append(QByteArray::number(p.assessmentYear));
    for (int slot = 1; slot <= kYearSlots; ++slot) {
        const FiscalYear *fy = p.fiscalYear(p.assessmentYear - (kYearSlots + 1) + slot);
        const FiscalYear empty;
        visitYear(fy ? *fy : empty, v, yearPrefix(slot));
    }
    visitTail(p, v);
    return v.cells.join(',') + "\r\n";
}

// ---------------------------------------------------------------------------
// ResultCsv

namespace {
const QStringList &resultTiers()
{
    static const QStringList tiers{QStringLiteral("innovative"), QStringLiteral("specialized"),
                                   QStringLiteral("little_giant")};
    return tiers;
}
} // namespace

QByteArray ResultCsv::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QStringList ResultCsv::columns()
{
    QStringList names{QStringLiteral("company"), QStringLiteral("credit_code"), QStringLiteral("assessment_year"),
                      QStringLiteral("rules"), QStringLiteral("sme_size")};
    for (const QString &tier : resultTiers())
        names << tier + QLatin1String("_status") << tier + QLatin1String("_score");
    names << QStringLiteral("highest_tier") << QStringLiteral("awards_now_wan");
    return names;
}

QByteArray ResultCsv::headerLine()
{
    return columns().join(u',').toUtf8() + "\r\n";
}

QList<ResultCsv::Cell> ResultCsv::cells(const Profile &p, const rules::Assessment &a, const awards::AwardReport &awards)
{
    QList<Cell> cells;
    cells << Cell{p.company.name} << Cell{p.company.creditCode.value_or(QString())}
          << Cell{QString::number(p.assessmentYear), true} << Cell{a.pack ? a.pack->id : QString()} << Cell{a.sme.size};
    for (const QString &tier : resultTiers()) {
        const rules::TierResult *t = a.tier(tier);
        const bool scored = t && !t->routes.isEmpty() && t->best().scored;
        cells << Cell{t ? rules::statusId(t->status) : QString()};
        cells << Cell{scored ? formatDecimal4(t->best().score.toScaled4Rounded()) : QString(), scored};
    }
    cells << Cell{a.highestTier} << Cell{formatDecimal4(awards.nowYuan), true};
    return cells;
}

QByteArray ResultCsv::line(const Profile &p, const rules::Assessment &a, const awards::AwardReport &awards)
{
    QByteArrayList out;
    const QList<Cell> row = cells(p, a, awards);
    for (qsizetype i = 0; i < row.size(); ++i)
        out << csvCell(row.at(i).text, i < 2 || i == 3); // names and codes are typed by people
    return out.join(',') + "\r\n";
}


QByteArray csvCell(const QString &text, bool guardFormula)
{
    QString t = ProfileJson::printable(text);
    // No control character is written (a tab or line break in a name is
    // U+FFFD). A spreadsheet skips leading spaces before a formula: " =cmd|…" runs too.
    const qsizetype first = std::find_if(t.cbegin(), t.cend(), [](QChar c) { return !c.isSpace(); }) - t.cbegin();
    if (guardFormula && first < t.size() && QStringLiteral("=+-@").contains(t.at(first)))
        t.prepend(u'\'');
    QByteArray bytes = t.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}


} // namespace srdi::io
