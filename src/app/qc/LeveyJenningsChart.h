#pragma once

#include "workflow/qc/QcQueries.h"

#include <QChartView>
#include <QList>
#include <QStringList>

class QLineSeries;
class QScatterSeries;

namespace sgl::app {

/**
 * Levey-Jennings chart of one QC lot (Qt Charts): the control values in run order (x = run
 * number, oldest first), the lot's mean and the ±1, ±2, ±3 SD lines, and every run that fired a
 * Westgard rule marked — red for a rejection, orange for a 1-2s warning — with its rules written
 * beside the point. Runs recorded while a computed lot establishes its target are drawn in grey;
 * without target no SD line is drawn. The chart only draws what the runs say (rules are judged
 * in the domain when the run is recorded).
 */
class LeveyJenningsChart : public QChartView {
    Q_OBJECT
public:
    explicit LeveyJenningsChart(QWidget *parent = nullptr);

    void setLot(const workflow::qc::QcLotView &lot);
    void clear();

    /** What is drawn, for tests: number of values, limit lines, marked runs and their labels. */
    [[nodiscard]] int valueCount() const;
    [[nodiscard]] int limitLineCount() const { return int(m_limits.size()); }
    [[nodiscard]] QList<QScatterSeries *> rejections() const { return m_rejections; }
    [[nodiscard]] QList<QScatterSeries *> warnings() const { return m_warnings; }
    /** "1-3s" per marked run, in run order. */
    [[nodiscard]] QStringList markLabels() const { return m_labels; }

private:
    QLineSeries *m_values = nullptr;
    QList<QLineSeries *> m_limits;
    QList<QScatterSeries *> m_rejections;
    QList<QScatterSeries *> m_warnings;
    QStringList m_labels;
};

} // namespace sgl::app
