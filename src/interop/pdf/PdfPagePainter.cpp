#include "interop/pdf/PdfPagePainter.h"

#include <podofo/podofo.h>

namespace sgl::interop::pdf {

using namespace PoDoFo;

namespace {

PdfColor color(const Rgb &c)
{
    return PdfColor(c.r, c.g, c.b);
}

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

} // namespace

PdfXObject *PdfPagePainter::dataMatrixForm(PdfDocument &doc, const DataMatrixSymbol &s)
{
    auto *form = new PdfXObject(PdfRect(0, 0, s.columns, s.rows), &doc);
    // Integer coordinates, written directly: thousands of PdfPainter::Rectangle calls with
    // floating-point formatting cost more than the rest of the page.
    QByteArray content = "0 0 0 rg\n";
    for (int row = 0; row < s.rows; ++row) {
        const int y = s.rows - 1 - row;
        int col = 0;
        while (col < s.columns) {
            if (!s.dark(row, col)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < s.columns && s.dark(row, col))
                ++col;
            content += QByteArray::number(start) + ' ' + QByteArray::number(y) + ' '
                + QByteArray::number(col - start) + " 1 re\n";
        }
    }
    content += "f\n";
    form->GetContentsForAppending()->GetStream()->Set(content.constData(), content.size());
    return form;
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
                        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidHandle, "DataMatrix form missing");
                    const double scale = m.size / m.symbol->columns;
                    painter.DrawXObject(m.x, m.y, m_dataMatrix, scale, scale);
                },
            },
            op);
    }
    painter.FinishPage();
}

} // namespace sgl::interop::pdf
