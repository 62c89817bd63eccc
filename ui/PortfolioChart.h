// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace srdi::ui {

// How many companies stand on each rung: one bar per tier, with its count.
class PortfolioChart : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioChart(QWidget *parent = nullptr);
    void setCounts(const QStringList &names, const QList<int> &counts);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    QList<int> m_counts;
};

} // namespace srdi::ui
