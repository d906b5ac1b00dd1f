#pragma once

#include <QFont>
#include <QString>

namespace sgl::interop::labels {

/**
 * Fits one line of label text into a width: first at its nominal size, then shrunk step by step
 * down to `minScale` of it (a long name stays whole when it can), and last elided at the right
 * with "…" at the smallest size. Widths are measured with the font's own metrics in pixels
 * (pixel-sized fonts, no hinting), which are the units LabelPainter draws in.
 */
class LabelTextFitter {
public:
    struct Fitted {
        QString text; ///< the text to draw: the original, or elided with "…"
        QFont font;   ///< the font to draw it with (possibly smaller than the nominal one)
        qreal width = 0; ///< its advance in pixels, at most the available width
    };

    /** Smallest scale a text may be shrunk to before it is elided. */
    static constexpr qreal MinScale = 0.8;

    /** `font` must have a pixel size. An empty text or a width <= 0 gives an empty text. */
    [[nodiscard]] static Fitted fit(const QString &text, const QFont &font, qreal maxWidth);
};

} // namespace sgl::interop::labels
