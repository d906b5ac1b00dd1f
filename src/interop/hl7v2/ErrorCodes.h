#pragma once

#include <QLatin1StringView>
#include <QString>

namespace sgl::interop::hl7v2 {

/**
 * Stable error codes raised by the hl7v2 module (domain::Error::code), and the HL7 table 0357
 * condition each one is acknowledged with (ERR-3). Codes are never reworded or reused.
 */
namespace errc {
inline constexpr QLatin1StringView BadDataType{"hl7v2.bad_data_type"};
inline constexpr QLatin1StringView BadEncodingCharacters{"hl7v2.bad_encoding_characters"};
inline constexpr QLatin1StringView BadFieldSeparator{"hl7v2.bad_field_separator"};
inline constexpr QLatin1StringView BadSegmentId{"hl7v2.bad_segment_id"};
inline constexpr QLatin1StringView BadTableValue{"hl7v2.bad_table_value"};
inline constexpr QLatin1StringView CharsetDecodeFailed{"hl7v2.charset_decode_failed"};
inline constexpr QLatin1StringView DuplicateKey{"hl7v2.duplicate_key"};
inline constexpr QLatin1StringView EmptyMessage{"hl7v2.empty_message"};
inline constexpr QLatin1StringView ForbiddenField{"hl7v2.forbidden_field"};
inline constexpr QLatin1StringView FrameTooLarge{"hl7v2.mllp_frame_too_large"};
inline constexpr QLatin1StringView InternalError{"hl7v2.internal_error"};
inline constexpr QLatin1StringView ListenFailed{"hl7v2.listen_failed"};  ///< « Impossible d'écouter sur %1:%2 : %3… »
inline constexpr QLatin1StringView MissingMsh{"hl7v2.missing_msh"};
inline constexpr QLatin1StringView MissingRequiredField{"hl7v2.missing_required_field"};
inline constexpr QLatin1StringView MissingSegment{"hl7v2.missing_segment"};
inline constexpr QLatin1StringView MllpConnection{"hl7v2.mllp_connection"};  ///< « Échec de la connexion MLLP : %1… »
inline constexpr QLatin1StringView MllpTimeout{"hl7v2.mllp_timeout"};  ///< « Aucun accusé de réception MLLP reçu dans le délai (%1 ms). »
inline constexpr QLatin1StringView UnencodableCharacter{"hl7v2.unencodable_character"};
inline constexpr QLatin1StringView UnexpectedMsh{"hl7v2.unexpected_msh"};
inline constexpr QLatin1StringView UnknownKey{"hl7v2.unknown_key"};
inline constexpr QLatin1StringView UnsupportedCharset{"hl7v2.unsupported_charset"};
inline constexpr QLatin1StringView UnsupportedEvent{"hl7v2.unsupported_event"};
inline constexpr QLatin1StringView UnsupportedMessageType{"hl7v2.unsupported_message_type"};
inline constexpr QLatin1StringView UnsupportedProcessingId{"hl7v2.unsupported_processing_id"};
inline constexpr QLatin1StringView UnsupportedVersion{"hl7v2.unsupported_version"};
} // namespace errc

/** HL7 table 0357 message error condition codes. */
enum class ErrorCondition {
    Success = 0,
    SegmentSequence = 100,
    RequiredFieldMissing = 101,
    DataType = 102,
    TableValueNotFound = 103,
    UnsupportedMessageType = 200,
    UnsupportedEvent = 201,
    UnsupportedProcessingId = 202,
    UnsupportedVersion = 203,
    UnknownKey = 204,
    DuplicateKey = 205,
    ApplicationRecordLocked = 206,
    ApplicationInternalError = 207,
};

/** 0357 condition for an error code of any module; ApplicationInternalError for unknown codes. */
[[nodiscard]] ErrorCondition errorConditionFor(const QString &code);

/** HL7 text of a 0357 condition ("Required field missing"...), sent in ERR-3.2. */
[[nodiscard]] QString errorConditionText(ErrorCondition condition);

/**
 * True when the condition makes the whole message unacceptable for this receiver (MSA-1 "AR":
 * unsupported type/event/processing id/version, unreadable header, internal failure), false for
 * content errors (MSA-1 "AE").
 */
[[nodiscard]] bool isRejectCondition(ErrorCondition condition);

} // namespace sgl::interop::hl7v2
