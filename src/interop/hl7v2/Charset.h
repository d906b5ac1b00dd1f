#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sgl::interop::hl7v2 {

/**
 * Character sets an SGL accepts in MSH-18 (shared/specs/hl7v2.md §1). Latin-9 (8859/15) is the
 * French standard; Qt 6.4's QStringDecoder has no Latin-9, so it is Latin-1 plus the 8 code
 * points that differ (€ Š š Ž ž Œ œ Ÿ), mapped here.
 */
enum class Charset { Ascii, Latin1, Latin9, Utf8 };

/** Result of reading MSH-18: the charset and whether the spelling was only tolerated. */
struct CharsetChoice {
    Charset charset = Charset::Ascii;
    bool tolerated = false; ///< "UTF-8", "UNICODE", "ISO-8859-1"...: accepted with a warning
};

/**
 * Interprets the MSH-18 value (first repetition only). Empty and "ASCII" give Ascii.
 * nullopt for a charset the SGL does not support (e.g. "8859/2", "ISO IR87").
 */
[[nodiscard]] std::optional<CharsetChoice> charsetFromMsh18(QStringView value);

/** HL7 table 0211 spelling used when emitting MSH-18 ("UNICODE UTF-8", "8859/15"...). */
[[nodiscard]] QString charsetMsh18Code(Charset charset);

/**
 * Decodes bytes in the given charset. Ascii input holding bytes above 0x7F is decoded as UTF-8
 * when valid, else as Latin-9 (`*lenient` set to true so the caller can warn).
 * Fails ("hl7v2.charset_decode_failed") on invalid UTF-8.
 */
[[nodiscard]] domain::Result<QString> decodeBytes(QByteArrayView bytes, Charset charset,
                                                  bool *lenient = nullptr);

/**
 * Encodes text in the given charset; fails ("hl7v2.unencodable_character") when a character has
 * no code in it rather than replacing it (identity traits are never transliterated).
 */
[[nodiscard]] domain::Result<QByteArray> encodeText(QStringView text, Charset charset);

} // namespace sgl::interop::hl7v2
