// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldsRead.h"

#include "RulePack.h"
#include "SmeSize.h"

namespace srdi::rules {

namespace {

class Walker
{
public:
    explicit Walker(const SmeSizeTable &sizes)
        : m_sizes(sizes)
    {
    }

    QList<FieldRead> out;

    void add(const QString &path, int yearOffset = 0)
    {
        const FieldRead f{path, yearOffset};
        if (!out.contains(f))
            out.append(f);
    }

    void field(const FieldInfo *info, int yearOffset = 0)
    {
        if (!info)
            return;
        if (info->kind == FieldKind::YearNumber)
            add(QStringLiteral("years.") + info->name, yearOffset);
        else
            add(info->name);
    }

    void num(const NumExpr *e)
    {
        if (!e)
            return;
        switch (e->shape) {
        case NumExpr::Shape::Field: {
            const auto *f = static_cast<const FieldExpr *>(e);
            field(f->info, f->yearOffset);
            break;
        }
        case NumExpr::Shape::Ratio:
        case NumExpr::Shape::Growth:
        case NumExpr::Shape::Cagr: {
            const auto *p = static_cast<const PairExpr *>(e);
            num(p->a.get());
            num(p->b.get());
            break;
        }
        case NumExpr::Shape::Sum:
        case NumExpr::Shape::Mean:
        case NumExpr::Shape::Max:
            for (const auto &x : static_cast<const ListExpr *>(e)->items)
                num(x.get());
            break;
        case NumExpr::Shape::YearsSince:
            field(static_cast<const YearsSinceExpr *>(e)->info);
            break;
        case NumExpr::Shape::Count:
        case NumExpr::Shape::Pick:
            add(static_cast<const ListFactExpr *>(e)->list);
            break;
        case NumExpr::Shape::Const:
            break;
        }
    }

    void pred(const Pred *p)
    {
        if (!p)
            return;
        switch (p->kind) {
        case Pred::Kind::Cmp:
            num(static_cast<const CmpPred *>(p)->metric.get());
            break;
        case Pred::Kind::All:
        case Pred::Kind::Any:
        case Pred::Kind::AtLeast:
            for (const auto &x : static_cast<const GroupPred *>(p)->items)
                pred(x.get());
            break;
        case Pred::Kind::Not:
            pred(static_cast<const NotPred *>(p)->inner.get());
            break;
        case Pred::Kind::Is:
        case Pred::Kind::Enum:
        case Pred::Kind::Set:
            field(static_cast<const FactPred *>(p)->info);
            break;
        case Pred::Kind::HoldsTitle:
            add(QStringLiteral("company.recognitions"));
            break;
        case Pred::Kind::Sme:
            // The size class: the industry picks the group, whose limits read
            // the figures of 上年度.
            add(QStringLiteral("company.industry"));
            for (const SmeSizeTable::Group &g : m_sizes.groups) {
                pred(g.sme.get());
                pred(g.medium.get());
                pred(g.small.get());
            }
            break;
        case Pred::Kind::Cases: {
            const auto *c = static_cast<const CasesPred *>(p);
            for (const auto &[cond, then] : c->branches) {
                pred(cond.get());
                pred(then.get());
            }
            pred(c->otherwise.get());
            break;
        }
        }
    }

    void condition(const Condition &c)
    {
        pred(c.test.get());
        num(c.shown.metric.get());
    }

    void indicator(const Indicator &ind)
    {
        field(ind.chooseBy);
        for (const Band &b : ind.bands)
            pred(b.when.get());
        num(ind.pointsFrom.get());
        for (const Indicator::Alternative &a : ind.alternatives) {
            for (const Band &b : a.bands)
                pred(b.when.get());
        }
        num(ind.fact.metric.get());
    }

private:
    const SmeSizeTable &m_sizes;
};

template <typename T> bool known(const std::optional<T> &v)
{
    return v.has_value();
}

} // namespace

QList<FieldRead> fieldsRead(const RulePack &pack, const SmeSizeTable *sizes)
{
    Walker w(sizes ? *sizes : SmeSizeTable::builtin());
    for (const Condition &c : pack.common)
        w.condition(c);
    for (const Tier &t : pack.tiers) {
        for (const Route &r : t.routes) {
            for (const Condition &c : r.conditions)
                w.condition(c);
            if (r.score) {
                for (const Indicator &ind : r.score->indicators)
                    w.indicator(ind);
            }
            for (const Condition &c : r.direct)
                w.condition(c);
        }
    }
    return w.out;
}

bool isEntered(const FieldRead &f, const Profile &p)
{
    if (f.isYearly()) {
        const FieldInfo *info = Fields::find(f.path.mid(QLatin1String("years.").size()));
        return info && Fields::number(info->id, p, f.year(p)).has_value();
    }
    // The list facts and the industry, which the rules read as a whole.
    if (f.path == u"company.industry")
        return known(p.company.industry);
    if (f.path == u"company.recognitions")
        return known(p.company.recognitions);
    if (f.path == u"innovation.sci_tech_awards")
        return known(p.innovation.sciTechAwards);
    if (f.path == u"innovation.chuangke_china")
        return known(p.innovation.chuangkeChina);
    if (f.path == u"innovation.standards_led")
        return known(p.innovation.standardsLed);
    if (f.path == u"specialization.development_scores")
        return known(p.specialization.developmentScores);
    const FieldInfo *info = Fields::find(f.path);
    if (!info)
        return false;
    switch (info->kind) {
    case FieldKind::YearNumber:
    case FieldKind::Number: return Fields::number(info->id, p, 0).has_value();
    case FieldKind::Bool: return Fields::boolean(info->id, p).has_value();
    case FieldKind::Enum: return Fields::enumValue(info->id, p).has_value();
    case FieldKind::Set: return Fields::set(info->id, p).has_value();
    case FieldKind::Date: return Fields::date(info->id, p).has_value();
    }
    return false;
}

} // namespace srdi::rules
