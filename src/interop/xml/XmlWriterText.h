#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

namespace sgl::interop::xml {

/**
 * Internal to the writers of this library: turns caller text into the UTF-8 bytes an XML 1.0
 * document can carry. Characters XML forbids (C0 controls other than TAB/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF, U+0000, bytes that are not UTF-8) become U+FFFD; `replaced` is
 * incremented once per replacement. Clean input is converted without any extra pass.
 */
class XmlWriterText
{
public:
    [[nodiscard]] static QByteArray fromString(const QString &text, int &replaced);
    [[nodiscard]] static QByteArray fromLatin1(QLatin1StringView text, int &replaced);
    /** True when the NUL-terminated `utf8` is printable ASCII, TAB, LF or CR: usable as is. */
    [[nodiscard]] static bool isCleanAscii(const char *utf8);
    [[nodiscard]] static bool isCleanAscii(QLatin1StringView text);
    /** Any NUL-terminated UTF-8 (invalid sequences count as replaced). */
    [[nodiscard]] static QByteArray fromUtf8(const char *utf8, int &replaced);
    /** True when every character of text may appear in an XML 1.0 document. */
    [[nodiscard]] static bool isAllowed(const QString &text);
};

} // namespace sgl::interop::xml
