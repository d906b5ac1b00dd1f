#pragma once

#include "domain/lab/LabelField.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/SymbolExtent.h"

#include <QList>
#include <QRectF>

namespace sgl::domain {

/**
 * Where each part of a tube label goes, in mm from the label's top-left corner. The QPainter
 * renderer and the ZPL writer both place their output from this one computation, so a label
 * looks the same on paper, in a PDF and on a Zebra printer.
 *
 * From top to bottom: name (bold) with the priority mark at the right; used name; birth date and
 * sex with the dossier number (bold) at the right; the barcode band (a gap, the symbol, a gap),
 * followed for Code 128 by the human-readable text centred under the bars; container with the
 * specimen type at the right; sampling time with the copy index at the right. A line whose fields
 * are all left out takes no room. A Code 128 symbol is centred in the printable width; a
 * DataMatrix sits at the left of its band, with the human-readable text beside it.
 */
class LabelGeometry {
public:
    /** Gap between the barcode band and the text around it, in mm. */
    static constexpr double BandGapMm = 0.5;

    /**
     * One line of text. `left` fields are joined with a space and drawn left-aligned (or centred
     * when `centred`); `right` fields are drawn right-aligned on the same line and keep their room
     * first (they are short and must stay whole); the left text gets the rest.
     */
    struct TextLine {
        QRectF rectMm;
        QList<LabelField> left;
        QList<LabelField> right;
        bool centred = false;
        bool boldLeft = false;
        bool boldRight = false;
        bool reverseRight = false; ///< right text white on black (priority mark)
        friend bool operator==(const TextLine &, const TextLine &) = default;
    };

    /**
     * Lays out `layout` for a symbol of `extent` modules (0 columns: symbol size unknown, the
     * symbol rectangle is then empty), each `moduleMm` wide (0: LabelLayout::effectiveModuleMm(),
     * the printer's; a raster device passes its own whole-pixel module). Does not validate: call
     * LabelLayout::validate() and validateBarcode() first; a layout that does not fit gives
     * rectangles past the label.
     */
    [[nodiscard]] static LabelGeometry compute(const LabelLayout &layout, SymbolExtent extent = {},
                                               double moduleMm = 0);

    /** Text lines in top-to-bottom order, each with at least one printed field. */
    [[nodiscard]] const QList<TextLine> &lines() const { return m_lines; }
    /** The symbol's modules, without quiet zone (one module = LabelLayout::effectiveModuleMm()). */
    [[nodiscard]] QRectF symbolMm() const { return m_symbol; }
    /** The band reserved for the symbol, gaps included, across the printable width. */
    [[nodiscard]] QRectF bandMm() const { return m_band; }
    /** Height the lines, the band and the top and bottom margins need. */
    [[nodiscard]] double requiredHeightMm() const { return m_requiredHeight; }

private:
    QList<TextLine> m_lines;
    QRectF m_symbol;
    QRectF m_band;
    double m_requiredHeight = 0;
};

} // namespace sgl::domain
