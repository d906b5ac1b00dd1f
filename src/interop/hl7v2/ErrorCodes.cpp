#include "interop/hl7v2/ErrorCodes.h"

#include <QHash>

namespace sgl::interop::hl7v2 {

ErrorCondition errorConditionFor(const QString &code)
{
    static const QHash<QString, ErrorCondition> table = {
        {errc::EmptyMessage, ErrorCondition::SegmentSequence},
        {errc::MissingMsh, ErrorCondition::SegmentSequence},
        {errc::BadFieldSeparator, ErrorCondition::DataType},
        {errc::BadEncodingCharacters, ErrorCondition::DataType},
        {errc::BadSegmentId, ErrorCondition::SegmentSequence},
        {errc::UnexpectedMsh, ErrorCondition::SegmentSequence},
        {errc::UnsupportedCharset, ErrorCondition::TableValueNotFound},
        {errc::CharsetDecodeFailed, ErrorCondition::DataType},
        {errc::UnencodableCharacter, ErrorCondition::ApplicationInternalError},
        {errc::MissingSegment, ErrorCondition::SegmentSequence},
        {errc::MissingRequiredField, ErrorCondition::RequiredFieldMissing},
        {errc::ForbiddenField, ErrorCondition::DataType},
        {errc::BadDataType, ErrorCondition::DataType},
        {errc::BadTableValue, ErrorCondition::TableValueNotFound},
        {errc::UnsupportedMessageType, ErrorCondition::UnsupportedMessageType},
        {errc::UnsupportedEvent, ErrorCondition::UnsupportedEvent},
        {errc::UnsupportedProcessingId, ErrorCondition::UnsupportedProcessingId},
        {errc::UnsupportedVersion, ErrorCondition::UnsupportedVersion},
        {errc::UnknownKey, ErrorCondition::UnknownKey},
        {errc::DuplicateKey, ErrorCondition::DuplicateKey},
        {errc::InternalError, ErrorCondition::ApplicationInternalError},
        {errc::FrameTooLarge, ErrorCondition::ApplicationInternalError},
    };
    return table.value(code, ErrorCondition::ApplicationInternalError);
}

QString errorConditionText(ErrorCondition condition)
{
    switch (condition) {
    case ErrorCondition::Success: return QStringLiteral("Message accepted");
    case ErrorCondition::SegmentSequence: return QStringLiteral("Segment sequence error");
    case ErrorCondition::RequiredFieldMissing: return QStringLiteral("Required field missing");
    case ErrorCondition::DataType: return QStringLiteral("Data type error");
    case ErrorCondition::TableValueNotFound: return QStringLiteral("Table value not found");
    case ErrorCondition::UnsupportedMessageType: return QStringLiteral("Unsupported message type");
    case ErrorCondition::UnsupportedEvent: return QStringLiteral("Unsupported event code");
    case ErrorCondition::UnsupportedProcessingId: return QStringLiteral("Unsupported processing id");
    case ErrorCondition::UnsupportedVersion: return QStringLiteral("Unsupported version id");
    case ErrorCondition::UnknownKey: return QStringLiteral("Unknown key identifier");
    case ErrorCondition::DuplicateKey: return QStringLiteral("Duplicate key identifier");
    case ErrorCondition::ApplicationRecordLocked: return QStringLiteral("Application record locked");
    case ErrorCondition::ApplicationInternalError: return QStringLiteral("Application internal error");
    }
    return QStringLiteral("Application internal error");
}

bool isRejectCondition(ErrorCondition condition)
{
    switch (condition) {
    case ErrorCondition::UnsupportedMessageType:
    case ErrorCondition::UnsupportedEvent:
    case ErrorCondition::UnsupportedProcessingId:
    case ErrorCondition::UnsupportedVersion:
    case ErrorCondition::ApplicationInternalError:
        return true;
    default:
        return false;
    }
}

} // namespace sgl::interop::hl7v2
