#include "interop/labels/LabelPainter.h"

#include "domain/lab/LabelGeometry.h"
#include "interop/labels/LabelEncoder.h"
#include "interop/labels/LabelTextFitter.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace sgl::interop::labels {

using domain::LabelField;
using domain::LabelGeometry;
using domain::LabelLayout;

namespace {

constexpr double MmPerInch = 25.4;
constexpr double FontToLine = 0.82;   // DejaVu Sans is 1.164 em tall: 0.82 em keeps it within the line
constexpr double RightShare = 0.55;   // right-hand fields may take up to this share of a line
constexpr double FieldGapMm = 1.0;    // between the left and right texts of a line
constexpr double ReversePadMm = 0.4;  // black margin around a reversed (priority) text
constexpr int SnapBelowDpi = 600;

} // namespace

LabelPainter::LabelPainter(domain::LabelLayout layout)
    : m_layout(std::move(layout))
{
}

QString LabelPainter::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

domain::Status LabelPainter::paint(QPainter &painter, const domain::TubeLabel &label, QPointF topLeftMm) const
{
    auto symbol = LabelEncoder::prepare(m_layout, label);
    if (!symbol)
        return std::unexpected(symbol.error());
    paint(painter, label, *symbol, topLeftMm);
    return {};
}

void LabelPainter::paint(QPainter &painter, const domain::TubeLabel &label, const BarcodeSymbol &symbol,
                         QPointF topLeftMm) const
{
    const QPaintDevice *device = painter.device();
    const double dpiX = device ? device->logicalDpiX() : 300;
    const double dpiY = device ? device->logicalDpiY() : 300;
    const double sx = dpiX / MmPerInch;
    const double sy = dpiY / MmPerInch;
    auto rectPx = [&](const QRectF &mm) {
        return QRectF(mm.left() * sx, mm.top() * sy, mm.width() * sx, mm.height() * sy);
    };
    const QRectF labelPx(0, 0, m_layout.widthMm * sx, m_layout.heightMm * sy);
    const bool matrix = symbol.symbology() == LabelLayout::Symbology::DataMatrix;

    // Module size on this device. On a raster device under 600 dpi, a whole number of pixels
    // (bars of uneven width scan badly): rounded, or rounded down when rounding up would push
    // the symbol and its quiet zones off the label or a DataMatrix out of its band.
    const double moduleMm = m_layout.effectiveModuleMm();
    double mx = moduleMm * sx;
    double my = moduleMm * sy;
    const bool snap = dpiX < SnapBelowDpi;
    if (snap) {
        const double quietModules = m_layout.quietZoneModules() * 2.0; // both sides
        mx = std::max(1.0, std::round(mx));
        if ((symbol.columns() + quietModules) * mx > labelPx.width()
            || (matrix && symbol.rows() * mx > m_layout.barcodeHeightMm * sy))
            mx = std::max(1.0, std::floor(moduleMm * sx));
        my = matrix ? mx : my; // square modules; a Code 128 bar height is not in modules
    }
    // Placed with the module actually drawn, so text beside a DataMatrix keeps its distance.
    const LabelGeometry geometry = LabelGeometry::compute(m_layout, symbol.extent(), mx / sx);

    painter.save();
    painter.translate(topLeftMm.x() * sx, topLeftMm.y() * sy);
    painter.setClipRect(labelPx, Qt::IntersectClip);
    painter.setPen(Qt::black);

    QFont base(fontFamily());
    base.setHintingPreference(QFont::PreferNoHinting);
    base.setPixelSize(std::max(1, static_cast<int>(std::lround(m_layout.lineHeightMm * FontToLine * sy))));
    QFont bold = base;
    bold.setBold(true);

    for (const auto &line : geometry.lines()) {
        const QRectF r = rectPx(line.rectMm);
        const QString leftText = label.text(line.left);
        const QString rightText = label.text(line.right);
        qreal leftWidth = r.width();
        painter.save();
        painter.setClipRect(r, Qt::IntersectClip);
        if (!rightText.isEmpty()) {
            const qreal pad = line.reverseRight ? ReversePadMm * sx : 0;
            const auto fitted = LabelTextFitter::fit(rightText, line.boldRight ? bold : base, r.width() * RightShare - 2 * pad);
            const QRectF box(r.right() - fitted.width - 2 * pad, r.top(), fitted.width + 2 * pad, r.height());
            if (line.reverseRight) {
                painter.fillRect(box, Qt::black);
                painter.setPen(Qt::white);
            }
            painter.setFont(fitted.font);
            painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, fitted.text);
            painter.setPen(Qt::black);
            leftWidth = box.left() - r.left() - FieldGapMm * sx;
        }
        if (!leftText.isEmpty()) {
            const auto fitted = LabelTextFitter::fit(leftText, line.boldLeft ? bold : base, leftWidth);
            painter.setFont(fitted.font);
            const Qt::Alignment align = line.centred ? Qt::AlignHCenter : Qt::AlignLeft;
            painter.drawText(QRectF(r.left(), r.top(), line.centred ? r.width() : leftWidth, r.height()),
                             align | Qt::AlignVCenter | Qt::TextSingleLine, fitted.text);
        }
        painter.restore();
    }

    // The symbol, module by module (runs of dark modules merged into one rectangle).
    const QRectF symbolPx = rectPx(geometry.symbolMm());
    const double width = symbol.columns() * mx;
    const double height = matrix ? symbol.rows() * my : symbolPx.height();
    // Code 128 stays centred on its place, a DataMatrix on its left edge and its band's middle.
    double x0 = matrix ? symbolPx.left() : symbolPx.center().x() - width / 2;
    double y0 = matrix ? symbolPx.center().y() - height / 2 : symbolPx.top();
    if (snap) {
        x0 = std::round(x0);
        y0 = std::round(y0);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int row = 0; row < symbol.rows(); ++row) {
        const double y = matrix ? y0 + row * my : y0;
        const double h = matrix ? my : height;
        for (int c = 0; c < symbol.columns();) {
            if (!symbol.dark(row, c)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < symbol.columns() && symbol.dark(row, end))
                ++end;
            painter.fillRect(QRectF(x0 + c * mx, y, (end - c) * mx, h), Qt::black);
            c = end;
        }
    }
    painter.restore();
}

domain::Result<QImage> LabelPainter::toImage(const domain::TubeLabel &label, int dpi) const
{
    auto symbol = LabelEncoder::prepare(m_layout, label);
    if (!symbol)
        return std::unexpected(symbol.error());
    const double dpmm = dpi / MmPerInch;
    QImage image(static_cast<int>(std::lround(m_layout.widthMm * dpmm)),
                 static_cast<int>(std::lround(m_layout.heightMm * dpmm)), QImage::Format_RGB32);
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, label, *symbol, {});
    painter.end();
    return image;
}

} // namespace sgl::interop::labels
