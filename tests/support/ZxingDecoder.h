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

} // namespace sgl::testing
