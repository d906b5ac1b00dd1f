#include "interop/labels/ZplWriter.h"

#include "domain/lab/LabelGeometry.h"
#include "interop/labels/LabelEncoder.h"

#include <cmath>

namespace sgl::interop::labels {

using domain::LabelGeometry;
using domain::LabelLayout;

namespace {

constexpr double FontToLine = 0.82;  // same share of the line as LabelPainter's font
constexpr double FieldGapMm = 1.0;   // between the left and right texts of a line
constexpr double ReversePadMm = 0.4; // black margin around the reversed priority mark

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

/** `text` cut to what `widthDots` holds at the estimated advance, "..." marking a cut. */
QString truncated(const QString &text, int widthDots, int fontDots)
{
    const double advance = ZplWriter::CharWidthFactor * fontDots;
    const auto budget = static_cast<qsizetype>(std::floor(widthDots / advance));
    if (text.size() <= budget)
        return text;
    if (budget <= 3)
        return text.left(std::max<qsizetype>(0, budget));
    return text.left(budget - 3) + QStringLiteral("...");
}

int estimatedWidth(const QString &text, int fontDots)
{
    return static_cast<int>(std::ceil(text.size() * ZplWriter::CharWidthFactor * fontDots));
}

} // namespace

ZplWriter::ZplWriter(domain::LabelLayout layout)
    : m_layout(std::move(layout))
{
}

QByteArray ZplWriter::fieldData(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '^' || c == '~' || c == '_' || c < 0x20 || c == 0x7F) {
            out += '_';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        } else {
            out += ch;
        }
    }
    return out;
}

domain::Result<QByteArray> ZplWriter::write(const QList<domain::TubeLabel> &labels) const
{
    auto prepared = LabelEncoder::prepareAll(m_layout, labels);
    if (!prepared)
        return std::unexpected(prepared.error());
    const auto &L = m_layout;
    const int font = L.dots(L.lineHeightMm * FontToLine);
    const int lineDots = L.dots(L.lineHeightMm);
    const int gap = L.dots(FieldGapMm);
    const int pad = L.dots(ReversePadMm);
    const QByteArray fontCmd = "^A0N," + num(font) + ',' + num(font);

    QByteArray out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const domain::TubeLabel &label = labels[i];
        const BarcodeSymbol &symbol = (*prepared)[i];
        const LabelGeometry g = LabelGeometry::compute(L, symbol.extent());
        out += "^XA\n^CI28\n";
        out += "^PW" + num(L.dots(L.widthMm)) + '\n';
        out += "^LL" + num(L.dots(L.heightMm)) + '\n';
        out += "^LH0,0\n";
        auto field = [&](int x, int y, int width, char justify, const QString &text, bool reverse) {
            out += "^FO" + num(x) + ',' + num(y);
            if (reverse)
                out += "^FR";
            out += fontCmd + "^FB" + num(width) + ",1,0," + justify + ",0^FH_^FD" + fieldData(text) + "^FS\n";
        };
        for (const auto &line : g.lines()) {
            const int x = L.dots(line.rectMm.left());
            const int top = L.dots(line.rectMm.top());
            const int width = L.dots(line.rectMm.left() + line.rectMm.width()) - x;
            const int y = top + (lineDots - font) / 2;
            int leftWidth = width;
            if (const QString right = label.text(line.right); !right.isEmpty()) {
                // Up to 55 % of the line, like the painter; the estimate decides how much the left keeps.
                const QString shown = truncated(right, static_cast<int>(width * 0.55) - 2 * pad, font);
                if (line.reverseRight) {
                    const int box = estimatedWidth(shown, font) + 2 * pad;
                    out += "^FO" + num(x + width - box) + ',' + num(top) + "^GB" + num(box) + ',' + num(lineDots)
                           + ',' + num(lineDots) + "^FS\n";
                    field(x + width - box, y, box, 'C', shown, true);
                    leftWidth = width - box - gap;
                } else {
                    field(x, y, width, 'R', shown, false);
                    leftWidth = width - estimatedWidth(shown, font) - gap;
                }
            }
            if (const QString left = label.text(line.left); !left.isEmpty())
                field(x, y, line.centred ? width : leftWidth, line.centred ? 'C' : 'L',
                      truncated(left, line.centred ? width : leftWidth, font), false);
        }
        const int sx = L.dots(g.symbolMm().left());
        const int sy = L.dots(g.symbolMm().top());
        if (L.symbology == LabelLayout::Symbology::DataMatrix) {
            // '_' is also ^BX's escape character (explicit, whatever the firmware's default): a
            // literal one is doubled, each sent as _5F so ^FH restores "__" before ^BX reads it.
            QByteArray data = fieldData(symbol.content());
            data.replace("_5F", "_5F_5F");
            out += "^FO" + num(sx) + ',' + num(sy) + "^BXN," + num(L.moduleDots()) + ",200," + num(symbol.columns())
                   + ',' + num(symbol.rows()) + ",,_^FH_^FD" + data + "^FS\n";
        } else {
            out += "^FO" + num(sx) + ',' + num(sy) + "^BY" + num(L.moduleDots()) + "^BCN," + num(L.dots(L.barcodeHeightMm))
                   + ",N,N,N,A^FH_^FD" + fieldData(symbol.content()) + "^FS\n";
        }
        out += "^PQ1\n^XZ\n";
    }
    return out;
}

} // namespace sgl::interop::labels
