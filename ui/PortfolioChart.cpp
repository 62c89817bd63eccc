// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioChart.h"

#include <QPainter>

namespace srdi::ui {

PortfolioChart::PortfolioChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portfolioChart"));
}

void PortfolioChart::setCounts(const QStringList &names, const QList<int> &counts)
{
    m_names = names;
    m_counts = counts;
    // The bars in words, for screen readers.
    QStringList parts;
    for (int i = 0; i < m_counts.size(); ++i)
        parts.append(QStringLiteral("%1: %2").arg(m_names.value(i)).arg(m_counts.at(i)));
    setAccessibleName(tr("Companies by highest tier reached"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize PortfolioChart::sizeHint() const
{
    // As tall with counts as without (while they are counted): nothing jumps.
    return {200, (fontMetrics().height() + 4) * int(std::max<qsizetype>(1, std::max(m_counts.size(), m_names.size()))) + 4};
}

void PortfolioChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int rowH = fm.height() + 4;
    int max = 1;
    for (int c : std::as_const(m_counts))
        max = std::max(max, c);
    const int labelW = std::min(width() / 2, [&] {
        int w = 0;
        for (const QString &n : std::as_const(m_names))
            w = std::max(w, fm.horizontalAdvance(n));
        return w + 8;
    }());
    static const QColor colors[] = {QColor(0x9e9e9e), QColor(0x66bb6a), QColor(0x2e7d32), QColor(0xb71c1c)};
    for (int i = 0; i < std::max(m_counts.size(), m_names.size()); ++i) {
        const int y = 2 + i * rowH;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_names.value(i), Qt::ElideRight, labelW - 6));
        if (i >= m_counts.size())
            continue; // the names alone while the companies are counted
        const QString count = QString::number(m_counts.at(i));
        const int room = width() - labelW - fm.horizontalAdvance(count) - 8;
        const int w = room * m_counts.at(i) / max;
        p.fillRect(QRect(labelW, y + 3, std::max(w, m_counts.at(i) > 0 ? 2 : 0), rowH - 6), colors[std::min(i, 3)]);
        p.drawText(QRect(labelW + w + 4, y, width(), rowH), Qt::AlignLeft | Qt::AlignVCenter, count);
    }
}

} // namespace srdi::ui
