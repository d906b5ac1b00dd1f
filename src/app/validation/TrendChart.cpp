#include "app/validation/TrendChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sgl::app {

using namespace sgl::domain;

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // decimal comma on the value axis
    chart->setLocale(QLocale(QLocale::French, QLocale::France));
    setChart(chart);
    setMinimumHeight(120);
    setRow(nullptr);
}

int TrendChart::pointCount() const
{
    return m_values ? int(m_values->count()) : 0;
}

void TrendChart::setRow(const workflow::validation::ValidationResultRow *row)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_values = nullptr;
    if (!row) {
        c->setTitle(tr("Tendance : choisissez une analyse"));
        return;
    }
    QList<QPointF> points;
    // Censored values ("< 1") are left out: drawn at their limit they would look measured.
    for (const auto &p : row->previous)
        if (p.converted && p.observedAt.isValid() && p.value.comparator == Comparator::None)
            points << QPointF(double(p.observedAt.toMSecsSinceEpoch()), *p.converted);
    if (const auto v = row->result.value.toDouble();
        v && row->result.observedAt.isValid() && row->result.value.comparator == Comparator::None)
        points << QPointF(double(row->result.observedAt.toMSecsSinceEpoch()), *v);
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    c->setTitle(row->unit.isEmpty() ? row->analysisLabel : tr("%1 (%2)").arg(row->analysisLabel, row->unit));
    if (points.isEmpty()) {
        c->setTitle(tr("%1 : pas de valeur numérique à tracer").arg(row->analysisLabel));
        return;
    }
    m_values = new QLineSeries;
    m_values->append(points);
    m_values->setPointsVisible(true);
    c->addSeries(m_values);

    double low = points.first().y(), high = low;
    for (const QPointF &p : points)
        low = std::min(low, p.y()), high = std::max(high, p.y());
    const double x0 = points.first().x(), x1 = points.size() > 1 ? points.last().x() : x0 + 86400000.0;
    QList<QLineSeries *> limits;
    if (row->range) {
        for (const QString &text : {row->result.referenceLow, row->result.referenceHigh}) {
            bool ok = false;
            const double limit = text.toDouble(&ok);
            if (!ok)
                continue;
            auto *line = new QLineSeries;
            line->append(x0, limit);
            line->append(x1, limit);
            QPen pen(QColor(0x80, 0x80, 0x80));
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            c->addSeries(line);
            limits << line;
            low = std::min(low, limit), high = std::max(high, limit);
        }
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM/yy"));
    x->setTickCount(std::clamp(int(points.size()), 2, 5));
    if (points.size() == 1)
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0) - 86400000), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    auto *y = new QValueAxis;
    const double pad = high > low ? (high - low) * 0.1 : std::max(1.0, std::abs(high) * 0.1);
    y->setRange(low - pad, high + pad);
    y->setLabelFormat(QStringLiteral("%.4g"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    m_values->attachAxis(x);
    m_values->attachAxis(y);
    for (QLineSeries *line : limits) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace sgl::app
