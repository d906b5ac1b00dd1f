#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"

#include <QPointF>
#include <QSizeF>

namespace sgl::interop::labels {

/**
 * A sheet of labels (e.g. A4 self-adhesive sheets for an office printer): a grid of `rows` x
 * `columns` labels, the first one's top-left corner at `originMm` from the page's top-left corner,
 * each next one `pitchMm` further (label size plus the gap between labels). Labels fill the grid
 * row by row, then the next page.
 */
struct LabelSheet {
    QSizeF pageMm{210.0, 297.0}; ///< A4 portrait
    int rows = 0;
    int columns = 0;
    QPointF originMm;
    QSizeF pitchMm;

    [[nodiscard]] int labelsPerPage() const { return rows * columns; }
    /** Top-left corner in mm of the index-th label of a page (0-based, row by row). */
    [[nodiscard]] QPointF positionMm(int index) const;

    /**
     * "labels.sheet_invalid" naming the field when the grid is empty ("rows", "columns"), the
     * pitch is smaller than the label so labels would overlap ("pitchMm"), or the last row or
     * column runs off the page ("originMm").
     */
    [[nodiscard]] domain::Status validate(const domain::LabelLayout &layout) const;

    friend bool operator==(const LabelSheet &, const LabelSheet &) = default;
};

} // namespace sgl::interop::labels
