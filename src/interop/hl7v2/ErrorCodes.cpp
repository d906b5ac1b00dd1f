#include "interop/hl7v2/ErrorCodes.h"

#include <QHash>

namespace sgl::interop::hl7v2 {

ErrorCondition errorConditionFor(const QString &code)
{
    static const QHash<QString, ErrorCondition> table = {
        {QString::fromLatin1(errc::EmptyMessage), ErrorCondition::SegmentSequence},
        {QString::fromLatin1(errc::MissingMsh), ErrorCondition::SegmentSequence},
        {QString::fromLatin1(errc::BadFieldSeparator), ErrorCondition::DataType},
        {QString::fromLatin1(errc::BadEncodingCharacters), ErrorCondition::DataType},
        {QString::fromLatin1(errc::BadSegmentId), ErrorCondition::SegmentSequence},
        {QString::fromLatin1(errc::UnexpectedMsh), ErrorCondition::SegmentSequence},
        {QString::fromLatin1(errc::UnsupportedCharset), ErrorCondition::TableValueNotFound},
        {QString::fromLatin1(errc::CharsetDecodeFailed), ErrorCondition::DataType},
        {QString::fromLatin1(errc::UnencodableCharacter), ErrorCondition::ApplicationInternalError},
        {QString::fromLatin1(errc::MissingSegment), ErrorCondition::SegmentSequence},
        {QString::fromLatin1(errc::MissingRequiredField), ErrorCondition::RequiredFieldMissing},
        {QString::fromLatin1(errc::ForbiddenField), ErrorCondition::DataType},
        {QString::fromLatin1(errc::BadDataType), ErrorCondition::DataType},
        {QString::fromLatin1(errc::BadTableValue), ErrorCondition::TableValueNotFound},
        {QString::fromLatin1(errc::UnsupportedMessageType), ErrorCondition::UnsupportedMessageType},
        {QString::fromLatin1(errc::UnsupportedEvent), ErrorCondition::UnsupportedEvent},
        {QString::fromLatin1(errc::UnsupportedProcessingId), ErrorCondition::UnsupportedProcessingId},
        {QString::fromLatin1(errc::UnsupportedVersion), ErrorCondition::UnsupportedVersion},
        {QString::fromLatin1(errc::UnknownKey), ErrorCondition::UnknownKey},
        {QString::fromLatin1(errc::DuplicateKey), ErrorCondition::DuplicateKey},
        {QString::fromLatin1(errc::InternalError), ErrorCondition::ApplicationInternalError},
        {QString::fromLatin1(errc::FrameTooLarge), ErrorCondition::ApplicationInternalError},
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
