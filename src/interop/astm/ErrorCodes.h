#pragma once

#include <QLatin1StringView>

namespace sgl::interop::astm {

/**
 * Stable codes of the astm module (domain::Error::code and LinkEvent::code). Declared here only;
 * never reworded or reused: logs, the held-message screen and tests key on them.
 */
namespace errc {
// E1381 link layer, receiving side
inline constexpr QLatin1StringView BadChecksum{"astm.bad_checksum"};
inline constexpr QLatin1StringView MalformedChecksum{"astm.malformed_checksum"};
inline constexpr QLatin1StringView LowercaseChecksum{"astm.lowercase_checksum"};
inline constexpr QLatin1StringView BadFrameNumber{"astm.bad_frame_number"};
inline constexpr QLatin1StringView FrameOutOfSequence{"astm.frame_out_of_sequence"};
inline constexpr QLatin1StringView DuplicateFrame{"astm.duplicate_frame"};
inline constexpr QLatin1StringView DuplicateFrameDiffers{"astm.duplicate_frame_differs"};
inline constexpr QLatin1StringView RestrictedCharacter{"astm.restricted_character"};
inline constexpr QLatin1StringView LineFeedInFrame{"astm.line_feed_in_frame"};
inline constexpr QLatin1StringView FrameTooLarge{"astm.frame_too_large"};
inline constexpr QLatin1StringView TruncatedFrame{"astm.truncated_frame"};
inline constexpr QLatin1StringView StrayBytes{"astm.stray_bytes"};
inline constexpr QLatin1StringView FrameWithoutEnq{"astm.frame_without_enq"};
inline constexpr QLatin1StringView ReceiveTimeout{"astm.receive_timeout"};
inline constexpr QLatin1StringView PartialMessageDiscarded{"astm.partial_message_discarded"};
inline constexpr QLatin1StringView TransferStarted{"astm.transfer_started"};
inline constexpr QLatin1StringView TransferEnded{"astm.transfer_ended"};
inline constexpr QLatin1StringView BusyRefused{"astm.busy_refused"};
// E1381 link layer, sending side
inline constexpr QLatin1StringView ReplyTimeout{"astm.reply_timeout"};
inline constexpr QLatin1StringView ReceiverBusy{"astm.receiver_busy"};
inline constexpr QLatin1StringView Contention{"astm.contention"};
inline constexpr QLatin1StringView FrameRefused{"astm.frame_refused"};
inline constexpr QLatin1StringView SendAborted{"astm.send_aborted"};
inline constexpr QLatin1StringView ReceiverInterrupt{"astm.receiver_interrupt"};
inline constexpr QLatin1StringView MessageDelivered{"astm.message_delivered"};
inline constexpr QLatin1StringView RestrictedCharacterInText{"astm.restricted_character_in_text"};
inline constexpr QLatin1StringView EmptyMessage{"astm.empty_message"};
// both sides
inline constexpr QLatin1StringView ConnectionLost{"astm.connection_lost"};
// E1394 records
inline constexpr QLatin1StringView MissingHeader{"astm.missing_header"};
inline constexpr QLatin1StringView BadDelimiters{"astm.bad_delimiters"};
inline constexpr QLatin1StringView BadRecordType{"astm.bad_record_type"};
inline constexpr QLatin1StringView BadEncoding{"astm.bad_encoding"};
inline constexpr QLatin1StringView RecordOutsideMessage{"astm.record_outside_message"};
inline constexpr QLatin1StringView MissingTerminator{"astm.missing_terminator"};
inline constexpr QLatin1StringView MessageAborted{"astm.message_aborted"};
inline constexpr QLatin1StringView UnencodableCharacter{"astm.unencodable_character"};
inline constexpr QLatin1StringView ControlCharacterInValue{"astm.control_character_in_value"};
// transports and replay
inline constexpr QLatin1StringView ListenFailed{"astm.listen_failed"};
inline constexpr QLatin1StringView ConnectFailed{"astm.connect_failed"};
inline constexpr QLatin1StringView SerialOpenFailed{"astm.serial_open_failed"};
inline constexpr QLatin1StringView WriteFailed{"astm.write_failed"};
inline constexpr QLatin1StringView EmptyStream{"astm.empty_stream"};
} // namespace errc

} // namespace sgl::interop::astm
