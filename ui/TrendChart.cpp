// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace srdi::ui {

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TrendChart::setData(const QList<int> &years, const QList<Series> &series, const QList<std::optional<double>> &scores,
                         const QString &scoreLabel)
{
    m_years = years;
    m_series = series;
    m_scores = scores;
    m_scoreLabel = scoreLabel;
    describe();
    update();
}

// The chart in words, for screen readers: every line with its value per year.
void TrendChart::describe()
{
    setAccessibleName(tr("Trend over the fiscal years"));
    if (m_years.size() < 2) {
        setAccessibleDescription(m_empty);
        return;
    }
    QStringList lines;
    auto line = [&](const QString &name, const QList<std::optional<double>> &values, int decimals, const QString &unit) {
        QStringList points;
        for (int i = 0; i < m_years.size(); ++i) {
            const auto v = values.value(i);
            points.append(QStringLiteral("%1 %2").arg(m_years.at(i)).arg(
                v ? QLocale().toString(*v, 'f', decimals) + unit : QStringLiteral("—")));
        }
        lines.append(QStringLiteral("%1: %2").arg(name, points.join(QStringLiteral(", "))));
    };
    for (const Series &s : std::as_const(m_series))
        line(s.name, s.values, 2, QStringLiteral(" %"));
    if (!m_scoreLabel.isEmpty())
        line(m_scoreLabel, m_scores, 0, QString());
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    if (m_years.size() < 2) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_empty);
        return;
    }
    // The scale: every value of every line, with zero in view.
    double lo = 0, hi = 0;
    for (const Series &s : std::as_const(m_series)) {
        for (const auto &v : s.values) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
    }
    if (hi - lo < 1)
        hi = lo + 1;
    const double step = std::pow(10.0, std::floor(std::log10((hi - lo) / 4)));
    const double tick = std::ceil((hi - lo) / 4 / step) * step;
    lo = std::floor(lo / tick) * tick;
    hi = std::ceil(hi / tick) * tick;

    const int legendHeight = fm.height() * ((int(m_series.size()) + 1) / 2) + 6;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("-100%")) + 10, fm.height() * 2 + 6,
                                       -16, -(fm.height() + 8 + legendHeight));
    auto xAt = [&](int i) { return plot.left() + plot.width() * i / std::max<qsizetype>(1, m_years.size() - 1); };
    auto yAt = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    // Grid and axis labels.
    p.setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    for (double v = lo; v <= hi + tick / 2; v += tick) {
        const int y = int(yAt(v));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(v, 0, 'f', tick < 1 ? 1 : 0));
    }
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < m_years.size(); ++i) {
        const int x = xAt(i);
        p.drawText(QRect(x - 30, plot.bottom() + 4, 60, fm.height()), Qt::AlignCenter, QString::number(m_years.at(i)));
        // The score of the assessment that uses this year as 上年度.
        if (i < m_scores.size() && m_scores.at(i))
            p.drawText(QRect(x - 40, 2, 80, fm.height()), Qt::AlignCenter, QString::number(*m_scores.at(i), 'f', 0));
    }
    if (!m_scoreLabel.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(QRect(0, 2 + fm.height(), width(), fm.height()), Qt::AlignCenter, m_scoreLabel);
    }

    // The lines.
    for (const Series &s : std::as_const(m_series)) {
        QPainterPath path;
        bool started = false;
        p.setPen(QPen(s.color, 2));
        p.setBrush(s.color);
        for (int i = 0; i < s.values.size() && i < m_years.size(); ++i) {
            if (!s.values.at(i)) {
                started = false;
                continue;
            }
            const QPointF pt(xAt(i), yAt(*s.values.at(i)));
            if (started)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            started = true;
            p.drawEllipse(pt, 2.5, 2.5);
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // The legend, two to a row.
    int row = 0, col = 0;
    const int top = plot.bottom() + fm.height() + 8;
    for (const Series &s : std::as_const(m_series)) {
        const int x = 8 + col * (width() / 2);
        const int y = top + row * fm.height();
        p.fillRect(QRect(x, y + fm.height() / 2 - 2, 14, 4), s.color);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(x + 18, y, width() / 2 - 26, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(s.name, Qt::ElideRight, width() / 2 - 26));
        if (++col == 2) {
            col = 0;
            ++row;
        }
    }
}

} // namespace srdi::ui
