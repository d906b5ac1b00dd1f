#pragma once

#include "interop/pdf/PageDisplayList.h"

#include <array>

namespace PoDoFo {
class PdfDocument;
class PdfFont;
class PdfPage;
class PdfImage;
} // namespace PoDoFo

namespace sgl::interop::pdf {

/**
 * Paints a display list on a PoDoFo page with opaque DeviceRGB colours only (no ExtGState, no
 * soft mask: PDF/A-1 forbids transparency). A DataMatrix is one image XObject per document
 * (dataMatrixImage: a 1-bit stencil mask, one sample per module, no interpolation), drawn on
 * every page, so it costs its bytes once. Module internal; may throw PoDoFo::PdfError.
 */
class PdfPagePainter {
public:
    /** fonts[FontStyle] must be set for every style the list uses. */
    explicit PdfPagePainter(std::array<PoDoFo::PdfFont *, 2> fonts,
                            PoDoFo::PdfImage *dataMatrix = nullptr)
        : m_fonts(fonts), m_dataMatrix(dataMatrix)
    {
    }

    /** The symbol as an ImageMask XObject (columns x rows samples); the caller owns the
     *  wrapper, the document the PDF object. */
    static PoDoFo::PdfImage *dataMatrixImage(PoDoFo::PdfDocument &doc, const DataMatrixSymbol &symbol);

    void paint(PoDoFo::PdfPage &page, const PageDisplayList &list) const;

private:
    std::array<PoDoFo::PdfFont *, 2> m_fonts;
    PoDoFo::PdfImage *m_dataMatrix;
};

} // namespace sgl::interop::pdf
