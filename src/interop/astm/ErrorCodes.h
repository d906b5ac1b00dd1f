#pragma once

namespace sgl::interop::astm {

/**
 * Stable codes of the astm module (domain::Error::code and LinkEvent::code). Declared here only;
 * never reworded or reused: logs, the held-message screen and tests key on them.
 */
namespace errc {
// E1381 link layer, receiving side
inline constexpr auto BadChecksum = "astm.bad_checksum";
inline constexpr auto MalformedChecksum = "astm.malformed_checksum";
inline constexpr auto LowercaseChecksum = "astm.lowercase_checksum";
inline constexpr auto BadFrameNumber = "astm.bad_frame_number";
inline constexpr auto FrameOutOfSequence = "astm.frame_out_of_sequence";
inline constexpr auto DuplicateFrame = "astm.duplicate_frame";
inline constexpr auto DuplicateFrameDiffers = "astm.duplicate_frame_differs";
inline constexpr auto RestrictedCharacter = "astm.restricted_character";
inline constexpr auto LineFeedInFrame = "astm.line_feed_in_frame";
inline constexpr auto FrameTooLarge = "astm.frame_too_large";
inline constexpr auto TruncatedFrame = "astm.truncated_frame";
inline constexpr auto StrayBytes = "astm.stray_bytes";
inline constexpr auto FrameWithoutEnq = "astm.frame_without_enq";
inline constexpr auto ReceiveTimeout = "astm.receive_timeout";
inline constexpr auto PartialMessageDiscarded = "astm.partial_message_discarded";
inline constexpr auto TransferStarted = "astm.transfer_started";
inline constexpr auto TransferEnded = "astm.transfer_ended";
inline constexpr auto BusyRefused = "astm.busy_refused";
// E1381 link layer, sending side
inline constexpr auto ReplyTimeout = "astm.reply_timeout";
inline constexpr auto ReceiverBusy = "astm.receiver_busy";
inline constexpr auto Contention = "astm.contention";
inline constexpr auto FrameRefused = "astm.frame_refused";
inline constexpr auto SendAborted = "astm.send_aborted";
inline constexpr auto ReceiverInterrupt = "astm.receiver_interrupt";
inline constexpr auto MessageDelivered = "astm.message_delivered";
inline constexpr auto RestrictedCharacterInText = "astm.restricted_character_in_text";
inline constexpr auto EmptyMessage = "astm.empty_message";
// both sides
inline constexpr auto ConnectionLost = "astm.connection_lost";
// E1394 records
inline constexpr auto MissingHeader = "astm.missing_header";
inline constexpr auto BadDelimiters = "astm.bad_delimiters";
inline constexpr auto BadRecordType = "astm.bad_record_type";
inline constexpr auto BadEncoding = "astm.bad_encoding";
inline constexpr auto RecordOutsideMessage = "astm.record_outside_message";
inline constexpr auto MissingTerminator = "astm.missing_terminator";
inline constexpr auto MessageAborted = "astm.message_aborted";
inline constexpr auto UnencodableCharacter = "astm.unencodable_character";
inline constexpr auto ControlCharacterInValue = "astm.control_character_in_value";
// transports and replay
inline constexpr auto ListenFailed = "astm.listen_failed";
inline constexpr auto ConnectFailed = "astm.connect_failed";
inline constexpr auto SerialOpenFailed = "astm.serial_open_failed";
inline constexpr auto WriteFailed = "astm.write_failed";
inline constexpr auto EmptyStream = "astm.empty_stream";
} // namespace errc

} // namespace sgl::interop::astm
