#include "interop/labels/LabelTextFitter.h"

#include <QFontMetricsF>

#include <cmath>

namespace sgl::interop::labels {

LabelTextFitter::Fitted LabelTextFitter::fit(const QString &text, const QFont &font, qreal maxWidth)
{
    Fitted out{QString(), font, 0};
    if (text.isEmpty() || maxWidth <= 0)
        return out;
    const int nominal = font.pixelSize();
    const int smallest = std::max(1, static_cast<int>(std::floor(nominal * MinScale)));
    QFont f = font;
    for (int size = nominal; size >= smallest; --size) {
        f.setPixelSize(size);
        const qreal w = QFontMetricsF(f).horizontalAdvance(text);
        if (w <= maxWidth) {
            out.text = text;
            out.font = f;
            out.width = w;
            return out;
        }
    }
    // Still too long at the smallest size: cut at the right, with a visible mark that it was cut.
    f.setPixelSize(smallest);
    const QFontMetricsF metrics(f);
    out.text = metrics.elidedText(text, Qt::ElideRight, maxWidth);
    out.font = f;
    out.width = metrics.horizontalAdvance(out.text);
    return out;
}

} // namespace sgl::interop::labels
