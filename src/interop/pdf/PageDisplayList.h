#pragma once

#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/PdfFontProvider.h"

#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace sgl::interop::pdf {

/** Device RGB colour, components in [0, 1] (the OutputIntent makes it sRGB). */
struct Rgb {
    double r = 0, g = 0, b = 0;
};

/** Text drawn with its baseline at (x, y), PDF coordinates (origin bottom-left, points). */
struct TextOp {
    double x = 0, y = 0;
    FontStyle font = FontStyle::Regular;
    double size = 9;
    QString text;
    Rgb color;
};

/** Axis-aligned rectangle, filled and/or stroked (opaque: PDF/A-1 has no transparency). */
struct RectOp {
    double x = 0, y = 0, width = 0, height = 0;
    bool fill = true;
    Rgb fillColor;
    bool stroke = false;
    Rgb strokeColor;
    double lineWidth = 0.5;
};

struct LineOp {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    Rgb color;
};

/** A DataMatrix drawn as vector modules; (x, y) is the bottom-left corner of the symbol. */
struct DataMatrixOp {
    double x = 0, y = 0;
    double size = 80; ///< side of the symbol in points, quiet zone not included
    std::shared_ptr<const DataMatrixSymbol> symbol;
};

using PageOp = std::variant<TextOp, RectOp, LineOp, DataMatrixOp>;

/** Everything one page draws, produced by ReportLayout and painted by PdfPagePainter. */
struct PageDisplayList {
    std::vector<PageOp> ops;
};

} // namespace sgl::interop::pdf
