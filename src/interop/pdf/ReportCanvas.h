#pragma once

#include "interop/pdf/PageDisplayList.h"
#include "interop/pdf/PdfFontProvider.h"

#include <QStringList>

#include <vector>

namespace sgl::interop::pdf {

/**
 * Drawing primitives over a list of page display lists, measured with the report's fonts:
 * text (control characters printed as spaces), aligned text, rectangles, lines, wrapping and
 * eliding. ReportLayout and ReportPageHeader decide what goes where; this class only records it.
 */
class ReportCanvas {
public:
    explicit ReportCanvas(const PdfFontProvider &fonts);

    /** Splits text into lines no wider than `width` (breaks at spaces, hard-splits long words). */
    [[nodiscard]] QStringList wrap(FontStyle style, double size, const QString &text,
                                   double width) const;
    /** `text` shortened with "…" to fit `width` (single-line fields: names in bands, footer). */
    [[nodiscard]] QString elide(FontStyle style, double size, const QString &text, double width) const;

    /** Draws on the last page; returns the width of what was drawn. */
    double text(double x, double y, FontStyle style, double size, const QString &s, Rgb color = {});
    void textRight(double right, double y, FontStyle style, double size, const QString &s, Rgb color = {});
    void textCentered(double center, double y, FontStyle style, double size, const QString &s, Rgb color = {});
    void rect(double x, double y, double w, double h, Rgb fill, bool stroke = false, Rgb strokeColor = {});
    void line(double x1, double y1, double x2, double y2, double width = 0.5, Rgb color = {});
    /** The page drawn on: the last one, or m_drawOn when set (footers, once pages are known). */
    [[nodiscard]] PageDisplayList &page() { return m_drawOn ? *m_drawOn : m_pages.back(); }

protected:
    const PdfFontProvider &m_fonts;
    std::vector<PageDisplayList> m_pages;
    PageDisplayList *m_drawOn = nullptr;
};

} // namespace sgl::interop::pdf
