#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelField.h"
#include "domain/lab/SymbolExtent.h"

#include <QList>
#include <QString>

namespace sgl::domain {

/**
 * How tube labels are laid out: label size and margins in mm, which fields are printed, the
 * barcode symbology and its dimensions, the text line height, and the resolution of the ZPL
 * printer. Independent of any output: interop/labels draws it on a QPainter (PDF, printer,
 * image) and writes it as ZPL II from the same LabelGeometry.
 *
 * Module width: a printer places whole dots, so the module used everywhere is moduleWidthMm
 * rounded to whole dots at `dpi` (moduleDots(), effectiveModuleMm()); 0.25 mm gives 2 dots at
 * 203 dpi (0.250 mm), 3 at 300 dpi (0.254 mm), 6 at 600 dpi.
 *
 * Quiet zones (when quietZones is true, the default and the standards' rule): 10 modules each
 * side of a Code 128 symbol (ISO/IEC 15417), 1 module around a DataMatrix (ISO/IEC 16022); they
 * must lie on the label, free of print.
 */
struct LabelLayout {
    enum class Symbology { Code128, DataMatrix };

    /** Blank border in mm; nothing is printed there. */
    struct Margins {
        double left = 1.5;
        double top = 1.5;
        double right = 1.5;
        double bottom = 1.5;
        friend bool operator==(const Margins &, const Margins &) = default;
    };

    double widthMm = 50.0;
    double heightMm = 25.0;
    Margins marginsMm;
    /** Printed fields; order does not matter (each field has its place, see LabelGeometry). */
    QList<LabelField> fields = defaultFields();
    Symbology symbology = Symbology::Code128;
    double barcodeHeightMm = 7.0; ///< bar height (Code 128), or the band a DataMatrix must fit in
    double moduleWidthMm = 0.25;  ///< narrow bar / DataMatrix cell, before rounding to dots
    int dpi = 203;                ///< ZPL printer resolution: 203, 300 or 600
    double lineHeightMm = 2.3;    ///< height of one text line (glyphs are fitted inside)
    bool quietZones = true;

    /** Fields printed by default: all but the used name and the specimen type. */
    [[nodiscard]] static QList<LabelField> defaultFields();
    /** The resolutions Zebra printers are built with: 203, 300, 600. */
    [[nodiscard]] static QList<int> supportedDpi();
    /** Quiet zone of a symbology, in modules, on each side (0 when quietZones is false). */
    [[nodiscard]] int quietZoneModules() const;

    [[nodiscard]] bool shows(LabelField field) const { return fields.contains(field); }
    /** mm to printer dots at `dpi`, rounded to the nearest dot. */
    [[nodiscard]] int dots(double mm) const;
    /** moduleWidthMm in whole dots at `dpi` (at least 0: validate() refuses 0). */
    [[nodiscard]] int moduleDots() const;
    /** The module width actually printed: moduleDots() dots at `dpi`, in mm. */
    [[nodiscard]] double effectiveModuleMm() const;

    /**
     * Checks the settings alone. Each error names its field in `location` (the member name:
     * "widthMm", "dpi", "moduleWidthMm", "heightMm"...) and says in French what is wrong:
     * size or margins leaving no printable area ("label.size_invalid", "label.margins_invalid"),
     * resolution not 203/300/600 ("label.dpi_unsupported"), module narrower than one dot or wider
     * than ZPL's 10 dots ("label.module_width_invalid"), line or barcode height not positive
     * ("label.line_height_invalid", "label.barcode_height_invalid"), label too short for the
     * chosen fields and the barcode ("label.height_too_small", location "heightMm"). Empty when
     * the layout is usable.
     */
    [[nodiscard]] QList<Error> validate() const;

    /**
     * Checks one barcode under this layout: content not empty and made of printable ASCII
     * (0x20-0x7E), which Code 128 encodes and scanners type back faithfully
     * ("label.barcode_not_encodable", location "barcode"); the symbol of `extent` modules, with
     * its quiet zones, fits the label ("label.barcode_too_wide", location "moduleWidthMm") and,
     * for a DataMatrix, the barcode band ("label.barcode_too_tall", location "barcodeHeightMm").
     * An extent of 0 columns skips the size checks. Does not repeat validate().
     */
    [[nodiscard]] QList<Error> validateBarcode(const QString &content, SymbolExtent extent) const;

    friend bool operator==(const LabelLayout &, const LabelLayout &) = default;
};

/** "code128" or "datamatrix" (settings, CLI). */
[[nodiscard]] QString symbologyKey(LabelLayout::Symbology symbology);

} // namespace sgl::domain
