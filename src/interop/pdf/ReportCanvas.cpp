#include "interop/pdf/ReportCanvas.h"

namespace sgl::interop::pdf {

namespace {

/** Control characters (tabs, CR from HL7 or pasted text) print as spaces, never as missing glyphs. */
QString printable(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    return out;
}

} // namespace

ReportCanvas::ReportCanvas(const PdfFontProvider &fonts) : m_fonts(fonts)
{
}

double ReportCanvas::text(double x, double y, FontStyle style, double size, const QString &s, Rgb color)
{
    const QString clean = printable(s).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!clean.isEmpty())
        page().ops.emplace_back(TextOp{x, y, style, size, clean, color});
    return m_fonts.width(style, size, clean);
}

void ReportCanvas::textRight(double right, double y, FontStyle style, double size, const QString &s,
                             Rgb color)
{
    text(right - m_fonts.width(style, size, s), y, style, size, s, color);
}

void ReportCanvas::textCentered(double center, double y, FontStyle style, double size,
                                const QString &s, Rgb color)
{
    text(center - m_fonts.width(style, size, s) / 2, y, style, size, s, color);
}

void ReportCanvas::rect(double x, double y, double w, double h, Rgb fill, bool stroke, Rgb strokeColor)
{
    page().ops.emplace_back(RectOp{x, y, w, h, true, fill, stroke, strokeColor, 0.5});
}

void ReportCanvas::line(double x1, double y1, double x2, double y2, double width, Rgb color)
{
    page().ops.emplace_back(LineOp{x1, y1, x2, y2, width, color});
}

QStringList ReportCanvas::wrap(FontStyle style, double size, const QString &text, double width) const
{
    QStringList lines;
    for (const QString &paragraph : printable(text).split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (m_fonts.width(style, size, candidate) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty())
                lines << current;
            current = word;
            // A word wider than the column is cut where it overflows.
            while (m_fonts.width(style, size, current) > width && current.size() > 1) {
                qsizetype cut = current.size() - 1;
                while (cut > 1 && m_fonts.width(style, size, current.left(cut)) > width)
                    --cut;
                lines << current.left(cut);
                current = current.mid(cut);
            }
        }
        lines << current;
    }
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString ReportCanvas::elide(FontStyle style, double size, const QString &text, double width) const
{
    if (m_fonts.width(style, size, text) <= width)
        return text;
    QString cut = text;
    const QString ellipsis(QChar(0x2026));
    while (!cut.isEmpty() && m_fonts.width(style, size, cut + ellipsis) > width)
        cut.chop(1);
    return cut.trimmed() + ellipsis;
}

} // namespace sgl::interop::pdf
