#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"
#include "interop/labels/BarcodeSymbol.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPointF>

class QPainter;

namespace sgl::interop::labels {

/**
 * Draws tube labels on any QPainter (QImage, QPdfWriter, QPrinter, a preview widget) at their
 * real size in mm, placed by domain::LabelGeometry. Sizes follow the paint device's logical
 * resolution, so the painter must not be scaled (a translation is fine: sheets use it).
 *
 * Contract: nothing is drawn outside the label rectangle, nor over the barcode band. Text lines
 * are fitted (shrunk to 80 %, then elided with "…", LabelTextFitter) and clipped to their line;
 * fields at the right of a line (priority, dossier number, copy index) keep their room first.
 * On raster devices under 600 dpi each module is a whole number of pixels (bars of uneven width
 * scan badly); on finer devices modules keep their exact width in mm. Text uses DejaVu Sans
 * (fonts-dejavu-core), which has every French accent.
 */
class LabelPainter {
public:
    explicit LabelPainter(domain::LabelLayout layout);

    [[nodiscard]] const domain::LabelLayout &layout() const { return m_layout; }

    /** LabelEncoder::prepare() then paint(); nothing is drawn when it fails. */
    domain::Status paint(QPainter &painter, const domain::TubeLabel &label, QPointF topLeftMm = {}) const;

    /** Draws a label already prepared (symbol from LabelEncoder::prepare() for this label and layout). */
    void paint(QPainter &painter, const domain::TubeLabel &label, const BarcodeSymbol &symbol,
               QPointF topLeftMm) const;

    /** The label alone on a white image of its size at `dpi` (previews, tests, thermal rasters). */
    [[nodiscard]] domain::Result<QImage> toImage(const domain::TubeLabel &label, int dpi) const;

    /** The family text is drawn with. */
    [[nodiscard]] static QString fontFamily();

private:
    domain::LabelLayout m_layout;
};

} // namespace sgl::interop::labels
