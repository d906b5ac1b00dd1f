#pragma once

// An independent barcode decoder for the tests: ZXing-C++ (Debian libzxing-dev), which shares no
// code with the encoders the product uses (libdmtx for the INS DataMatrix, libzint for labels).
// A symbol that only our own library can read back proves little; one that ZXing reads proves it
// follows the standard.

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace sgl::testing {

/** One symbol found in an image. */
struct DecodedSymbol {
    QString format;   ///< ZXing's name: "DataMatrix", "Code128", ...
    QByteArray bytes; ///< decoded content, byte for byte (GS separators included)
};

/** Every symbol ZXing finds in `image` (any format, rotations tried); empty when none decodes. */
inline QList<DecodedSymbol> zxingDecode(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    QList<DecodedSymbol> out;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        const auto &b = r.bytes();
        out << DecodedSymbol{QString::fromLatin1(ZXing::ToString(r.format())),
                             QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size()))};
    }
    return out;
}

/**
 * Like a handheld scanner aimed at each part of a page in turn: tries the whole image, then
 * square windows of `window` pixels (half-overlapping) until one decodes. ZXing 1.4 locates a
 * DataMatrix reliably only when it fills a good part of the image; among a page of text it often
 * gives up.
 */
inline QList<DecodedSymbol> zxingScan(const QImage &image, int window)
{
    auto found = zxingDecode(image);
    if (!found.isEmpty() || window <= 0)
        return found;
    const int step = window / 2;
    for (int y = 0; y + step < image.height(); y += step)
        for (int x = 0; x + step < image.width(); x += step) {
            found = zxingDecode(image.copy(x, y, window, window));
            if (!found.isEmpty())
                return found;
        }
    return found;
}

} // namespace sgl::testing
