#include "interop/pdf/PdfPagePainter.h"
#include "domain/Overloaded.h"

#include <podofo/podofo.h>

namespace sgl::interop::pdf {

using namespace PoDoFo;

namespace {

PdfColor color(const Rgb &c)
{
    return PdfColor(c.r, c.g, c.b);
}

} // namespace

PdfImage *PdfPagePainter::dataMatrixImage(PdfDocument &doc, const DataMatrixSymbol &s)
{
    // A 1-bit stencil mask (ImageMask), one sample per module, painted in the current fill
    // colour. Renderers sample it pixel by pixel: vector rectangles showed hairline seams between
    // module rows at screen resolutions (poppler snaps each rectangle), which broke decoding.
    auto *image = new PdfImage(&doc);
    const int rowBytes = (s.columns + 7) / 8;
    QByteArray bits(rowBytes * s.rows, '\xff'); // 1 = not painted (default /Decode [0 1])
    for (int row = 0; row < s.rows; ++row)
        for (int col = 0; col < s.columns; ++col)
            if (s.dark(row, col))
                bits[row * rowBytes + col / 8] = static_cast<char>(bits[row * rowBytes + col / 8] & ~(0x80 >> (col % 8)));
    PdfMemoryInputStream stream(bits.constData(), bits.size());
    image->SetImageData(static_cast<unsigned>(s.columns), static_cast<unsigned>(s.rows), 1, &stream);
    PdfDictionary &d = image->GetObject()->GetDictionary();
    d.RemoveKey(PdfName("ColorSpace")); // a stencil mask has none
    d.AddKey(PdfName("ImageMask"), PdfVariant(true));
    d.AddKey(PdfName("Interpolate"), PdfVariant(false)); // PDF/A-1 §6.2.4: never true
    return image;
}

void PdfPagePainter::paint(PdfPage &page, const PageDisplayList &list) const
{
    PdfPainter painter;
    painter.SetPage(&page);
    painter.SetPrecision(2);
    for (const PageOp &op : list.ops) {
        std::visit(
            Overloaded{
                [&](const TextOp &t) {
                    PdfFont *font = m_fonts[static_cast<std::size_t>(t.font)];
                    font->SetFontSize(static_cast<float>(t.size));
                    painter.SetFont(font);
                    painter.SetColor(color(t.color));
                    const QByteArray utf8 = t.text.toUtf8();
                    painter.DrawText(t.x, t.y, PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData())));
                },
                [&](const RectOp &r) {
                    if (r.fill) {
                        painter.SetColor(color(r.fillColor));
                        painter.Rectangle(r.x, r.y, r.width, r.height);
                        painter.Fill();
                    }
                    if (r.stroke) {
                        painter.SetStrokingColor(color(r.strokeColor));
                        painter.SetStrokeWidth(r.lineWidth);
                        painter.Rectangle(r.x, r.y, r.width, r.height);
                        painter.Stroke();
                    }
                },
                [&](const LineOp &l) {
                    painter.SetStrokingColor(color(l.color));
                    painter.SetStrokeWidth(l.width);
                    painter.DrawLine(l.x1, l.y1, l.x2, l.y2);
                },
                [&](const DataMatrixOp &m) {
                    if (!m_dataMatrix)
                        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidHandle, "DataMatrix image missing");
                    painter.SetColor(PdfColor(0.0, 0.0, 0.0)); // the stencil paints the fill colour
                    painter.DrawImage(m.x, m.y, m_dataMatrix,
                                      m.size / m.symbol->columns, m.size / m.symbol->rows);
                },
            },
            op);
    }
    painter.FinishPage();
}

} // namespace sgl::interop::pdf
