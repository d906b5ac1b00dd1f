#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sgl::interop::mss {

/**
 * The MIME encodings the MSSanté messages need (RFC 2045, 2047, 2231, 5322), both ways.
 * Pure functions over bytes; no line is ever longer than 78 characters on output.
 */
class MimeEncoding {
public:
    /**
     * A header value of printable ASCII stays as it is; anything else becomes RFC 2047
     * encoded-words "=?UTF-8?B?...?=" (each at most 75 characters, split on whole UTF-8
     * characters) separated by CRLF SP folds. `firstLineUsed` is the length already taken
     * on the first line ("Subject: " = 9).
     */
    [[nodiscard]] static QByteArray encodeHeaderText(const QString &text, int firstLineUsed);
    /** Decodes the encoded-words of a received header (B and Q, UTF-8 and Latin-1), tolerant. */
    [[nodiscard]] static QString decodeHeaderText(QByteArrayView raw);
    /** Base64 in lines of 76 characters, each ending with CRLF. */
    [[nodiscard]] static QByteArray base64Lines(QByteArrayView data);
    /** Decodes base64 ignoring line breaks and white space; invalid characters are skipped. */
    [[nodiscard]] static QByteArray decodeBase64(QByteArrayView data);
    /** Decodes quoted-printable (soft breaks, =XX); a stray '=' is kept as it is. */
    [[nodiscard]] static QByteArray decodeQuotedPrintable(QByteArrayView data);
    /**
     * A Content-Disposition/Content-Type file name parameter: `name="ascii"` when the name is
     * plain ASCII, else an ASCII fallback plus RFC 2231 `name*=UTF-8''%..`.
     */
    [[nodiscard]] static QByteArray fileNameParameters(const char *parameter, const QString &fileName);
    /** An ASCII stand-in for a French file name (accents removed, unsafe characters as '_'). */
    [[nodiscard]] static QString asciiFileName(const QString &fileName);
    /** True when `address` is one plain addr-spec (local@domain, no display name, no CR/LF, no <>). */
    [[nodiscard]] static bool isPlainAddress(const QString &address);
};

} // namespace sgl::interop::mss
