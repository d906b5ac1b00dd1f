#pragma once

#include "interop/pdf/PageDisplayList.h"

#include <array>

namespace PoDoFo {
class PdfFont;
class PdfPage;
} // namespace PoDoFo

namespace sgl::interop::pdf {

/**
 * Paints a display list on a PoDoFo page with opaque DeviceRGB colours only (no ExtGState, no
 * soft mask: PDF/A-1 forbids transparency). DataMatrix modules become filled rectangles, one
 * per horizontal run, so the symbol stays sharp at any resolution. Module internal; may throw
 * PoDoFo::PdfError.
 */
class PdfPagePainter {
public:
    /** fonts[FontStyle] must be set for every style the list uses. */
    explicit PdfPagePainter(std::array<PoDoFo::PdfFont *, 2> fonts) : m_fonts(fonts) {}

    void paint(PoDoFo::PdfPage &page, const PageDisplayList &list) const;

private:
    std::array<PoDoFo::PdfFont *, 2> m_fonts;
};

} // namespace sgl::interop::pdf
