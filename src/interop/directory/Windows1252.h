#pragma once

#include <QByteArray>
#include <QString>

namespace sgl::interop::directory {

/**
 * Windows-1252 through Qt's converters (ICU): Latin-1 except 0x80–0x9F, where 27 bytes are
 * typographic characters (€, ’, œ, Š…) and five (0x81, 0x8D, 0x8F, 0x90, 0x9D) are undefined.
 * ICU passes those five through as C1 controls; a file holding one of them, or NUL, is not a
 * Windows-1252 text: decode() reports it rather than guessing.
 */
class Windows1252 {
public:
    /**
     * Decodes `bytes` into `out`; returns -1 on success, otherwise the 0-based offset of the
     * first byte that is not a Windows-1252 character (out is then incomplete).
     */
    [[nodiscard]] static qsizetype decode(QByteArrayView bytes, QString &out);
    /** Encodes `text`; a character Windows-1252 cannot hold becomes the converter's substitute. */
    [[nodiscard]] static QByteArray encode(const QString &text);
};

} // namespace sgl::interop::directory
