#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

namespace sgl::interop::pdf::testing {

/**
 * Reads a produced PDF back with an independent renderer (Qt PDF = PDFium), so tests check what
 * a viewer shows, not what our writer thinks it wrote.
 */
class RenderedPdf {
public:
    explicit RenderedPdf(const QByteArray &pdf);
    ~RenderedPdf();
    RenderedPdf(const RenderedPdf &) = delete;
    RenderedPdf &operator=(const RenderedPdf &) = delete;

    [[nodiscard]] bool loaded() const;
    [[nodiscard]] int pageCount() const;
    /** The extracted text of one page (through the fonts' ToUnicode maps). */
    [[nodiscard]] QString text(int page) const;
    /** All pages' text joined. */
    [[nodiscard]] QString allText() const;
    /** Page rendered at `dpi`, white background. */
    [[nodiscard]] QImage render(int page, int dpi = 150) const;

private:
    struct Impl;
    Impl *m_impl;
};

/** Runs a poppler-utils tool (pdffonts, pdfinfo) on the bytes; stdout, or "" when it failed. */
QString runPopplerTool(const QString &tool, const QByteArray &pdf, const QStringList &extraArgs = {});

/** One page rendered by poppler's pdftoppm (a second rasterizer); null image on failure. */
QImage renderWithPoppler(const QByteArray &pdf, int page, int dpi);

} // namespace sgl::interop::pdf::testing
