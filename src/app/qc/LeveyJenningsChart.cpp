#include "app/qc/LeveyJenningsChart.h"

#include "domain/qc/Westgard.h"
#include "domain/qc/WestgardRule.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace sgl::app {

LeveyJenningsChart::LeveyJenningsChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("leveyJenningsChart"));
    auto *chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true); // decimal comma on the value axis
    chart->setLocale(QLocale(QLocale::French, QLocale::France));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void LeveyJenningsChart::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_values = nullptr;
    m_limits.clear();
    m_rejections.clear();
    m_warnings.clear();
    m_labels.clear();
    c->setTitle(QString());
}

int LeveyJenningsChart::valueCount() const
{
    return m_values ? int(m_values->count()) : 0;
}

void LeveyJenningsChart::setLot(const workflow::qc::QcLotView &view)
{
    clear();
    QChart *c = chart();
    const auto &lot = view.lot;
    c->setTitle(tr("Lot %1 — %2 sur %3").arg(lot.lotNumber, lot.analysisCode, lot.analyzer));
    auto *x = new QValueAxis;
    x->setTitleText(tr("Passage"));
    x->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once numbers are localised
    auto *y = new QValueAxis;
    y->setTitleText(lot.unit);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    m_values = new QLineSeries;
    m_values->setName(tr("Valeurs"));
    m_values->setPointsVisible(true);
    auto *establishing = new QScatterSeries;
    establishing->setName(tr("Établissement de la cible"));
    establishing->setColor(Qt::gray);
    establishing->setMarkerSize(7);
    double low = 0, high = 0;
    bool any = false;
    const auto extend = [&](double v) {
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    };
    const int n = int(view.runs.size());
    for (int i = 0; i < n; ++i) {
        const storage::QcRunRow &run = view.runs[i];
        const double xPos = i + 1;
        m_values->append(xPos, run.value);
        extend(run.value);
        if (run.outcome == QLatin1String("establishing")) {
            establishing->append(xPos, run.value);
            continue;
        }
        if (run.rulesFired.isEmpty())
            continue;
        bool rejects = false;
        for (const QString &code : run.rulesFired)
            if (const auto rule = domain::qc::westgardRuleFromCode(code))
                rejects = rejects || domain::qc::westgardRuleRejects(*rule);
        auto *mark = new QScatterSeries;
        const QString label = run.rulesFired.join(QStringLiteral(", "));
        mark->setName(label);
        mark->setColor(rejects ? QColor(Qt::red) : QColor(255, 140, 0));
        mark->setMarkerSize(12);
        mark->append(xPos, run.value);
        mark->setPointLabelsFormat(label); // the rules, written beside the point
        mark->setPointLabelsVisible(true);
        mark->setPointLabelsColor(mark->color());
        (rejects ? m_rejections : m_warnings) << mark;
        m_labels << label;
    }
    c->addSeries(m_values);
    m_values->attachAxis(x);
    m_values->attachAxis(y);
    if (establishing->count() > 0) {
        c->addSeries(establishing);
        establishing->attachAxis(x);
        establishing->attachAxis(y);
    } else {
        delete establishing;
    }
    if (lot.established()) {
        const double mean = *lot.mean, sd = *lot.sd;
        const QList<std::pair<int, QColor>> lines{{0, QColor(Qt::darkGreen)}, {1, QColor(Qt::gray)},
                                                  {-1, QColor(Qt::gray)},     {2, QColor(255, 140, 0)},
                                                  {-2, QColor(255, 140, 0)},  {3, QColor(Qt::red)},
                                                  {-3, QColor(Qt::red)}};
        for (const auto &[k, color] : lines) {
            auto *line = new QLineSeries;
            line->setName(k == 0 ? tr("Moyenne") : tr("%1%2 ET").arg(k > 0 ? QStringLiteral("+") : QString()).arg(k));
            QPen pen(color);
            pen.setStyle(k == 0 ? Qt::SolidLine : Qt::DashLine);
            line->setPen(pen);
            const double v = mean + k * sd;
            line->append(0.5, v);
            line->append(std::max(n, 1) + 0.5, v);
            extend(v);
            c->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            m_limits << line;
        }
    }
    for (QScatterSeries *mark : m_rejections + m_warnings) {
        c->addSeries(mark);
        mark->attachAxis(x);
        mark->attachAxis(y);
    }
    x->setRange(0.5, std::max(n, 1) + 0.5);
    // Ticks on the runs themselves (1, 2, 3…), not on the range's half-integer ends.
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1.0);
    x->setTickInterval(std::max(1, (n + 9) / 10));
    const double pad = any && high > low ? (high - low) * 0.15 : 1.0; // room for the rule written above a point
    y->setRange(low - pad, high + pad);
}

} // namespace sgl::app
