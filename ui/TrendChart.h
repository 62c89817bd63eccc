// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>
#include <optional>

namespace srdi::ui {

// A small line chart of key ratios over the fiscal years, with the tier-1
// score of each assessment year written above its year. Drawn with QPainter:
// no chart library for four lines.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<std::optional<double>> values; // one per year, in percent
    };

    explicit TrendChart(QWidget *parent = nullptr);
    void setData(const QList<int> &years, const QList<Series> &series, const QList<std::optional<double>> &scores,
                 const QString &scoreLabel);
    QSize sizeHint() const override { return {360, 240}; }
    QSize minimumSizeHint() const override { return {240, 160}; }
    void setEmptyText(const QString &text)
    {
        m_empty = text;
        describe();
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();
    QList<int> m_years;
    QList<Series> m_series;
    QList<std::optional<double>> m_scores;
    QString m_scoreLabel;
    QString m_empty;
};

} // namespace srdi::ui
