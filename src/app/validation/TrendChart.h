#pragma once

#include "workflow/validation/ValidationDossier.h"

#include <QChartView>

class QLineSeries;

namespace sgl::app {

/**
 * Trend of one analysis over time (Qt Charts): the antériorités and the current value as a
 * line against their dates (values converted to the current unit; those that could not be
 * converted, are censored or are not numeric are left out), the reference limits of this patient as dashed
 * lines when the range is numeric.
 */
class TrendChart : public QChartView {
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    /** Draws `row` (nullptr: empties the chart). */
    void setRow(const workflow::validation::ValidationResultRow *row);
    /** Number of points drawn (tests). */
    [[nodiscard]] int pointCount() const;

private:
    QLineSeries *m_values = nullptr;
};

} // namespace sgl::app
