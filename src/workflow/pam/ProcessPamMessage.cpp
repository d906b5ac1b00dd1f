#include "workflow/pam/ProcessPamMessage.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/PamMapper.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"
#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "storage/InboundMessageRepository.h"
#include "workflow/pam/PamEventApplier.h"
#include "workflow/Tr.h"


namespace sgl::workflow::pam {

namespace hl7 = interop::hl7v2;
using storage::InboundMessage;
using storage::InboundMessageRepository;
using storage::InboundStatus;

namespace {

// ERR entry for any error: hl7v2 codes carry their 0357 condition; storage failures are
// internal errors (AR: the sender keeps the message and retries); other rule refusals are
// content errors.
hl7::AckError ackErrorFor(const domain::Error &e)
{
    hl7::AckError a = hl7::AckError::fromError(e);
    if (e.code == storage::errc::Duplicate)
        a.condition = hl7::ErrorCondition::DuplicateKey;
    else if (e.code == storage::errc::Conflict)
        a.condition = hl7::ErrorCondition::ApplicationRecordLocked;
    return a;
}

hl7::AckCode outcomeFor(const QList<domain::Error> &errors)
{
    if (errors.isEmpty())
        return hl7::AckCode::AA;
    for (const domain::Error &e : errors) {
        const bool hl7Code = e.code.startsWith(u"hl7v2.");
        const bool storageFailure = e.code.startsWith(u"storage.") && e.code != storage::errc::Duplicate
                                    && e.code != storage::errc::Conflict;
        if (storageFailure || (hl7Code && hl7::isRejectCondition(hl7::errorConditionFor(e.code))))
            return hl7::AckCode::AR;
    }
    return hl7::AckCode::AE;
}

QString join(const QList<domain::Error> &errors)
{
    QStringList lines;
    for (const domain::Error &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace

ProcessPamMessage::ProcessPamMessage(storage::Database &db, domain::AuditActor actor)
    : m_db(db), m_actor(std::move(actor))
{
}

QString ProcessPamMessage::nextAckControlId()
{
    return QStringLiteral("SGLACK") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"))
           + QString::number(++m_ackCounter);
}

PamOutcome ProcessPamMessage::process(const QByteArray &raw, const QString &peer, const QDateTime &receivedAt)
{
    PamOutcome out;
    InboundMessage row;
    row.channel = QStringLiteral("pam");
    row.peer = peer;
    row.raw = raw;
    row.receivedAt = receivedAt.toUTC();

    hl7::MessageHeader header;
    std::optional<hl7::PamEvent> event;
    bool unreadable = false;
    if (auto message = hl7::Parser::parse(raw); !message) {
        unreadable = true; // no usable header: the whole message is refused (AR)
        header = hl7::AckBuilder::peekHeader(raw);
        out.errors << message.error();
    } else {
        header = message->header();
        if (auto mapped = hl7::PamMapper::map(*message); !mapped)
            out.errors = mapped.error();
        else
            event = std::move(*mapped);
    }
    row.sender = header.senderKey() == u"|" ? QString() : header.senderKey();
    row.controlId = header.controlId;
    row.messageType = header.messageCode
                      + (header.triggerEvent.isEmpty() ? QString() : u'^' + header.triggerEvent);

    if (event) {
        out.warnings = event->warnings;
        bool duplicate = false;
        qint64 patientId = 0;
        QStringList notes;
        // The body may run again on a transient conflict: it only assigns these captured outputs.
        auto applied = m_db.write([&](storage::WriteTx &tx) -> domain::Result<qint64> {
            duplicate = false;
            patientId = 0;
            notes.clear();
            auto previous = InboundMessageRepository::findAccepted(tx, row.sender, row.controlId);
            if (!previous)
                return std::unexpected(previous.error());
            InboundMessage stored = row;
            stored.processedAt = QDateTime::currentDateTimeUtc();
            stored.ackCode = QStringLiteral("AA");
            stored.warnings = out.warnings;
            if (*previous) {
                duplicate = true;
                auto original = InboundMessageRepository::get(tx, **previous);
                if (!original)
                    return std::unexpected(original.error());
                if (original->raw != row.raw)
                    stored.warnings << Tr::tr("Même émetteur et même MSH-10 qu'un message déjà accepté (n° %1) mais contenu différent : non rejoué.")
                                           .arg(**previous);
                stored.status = InboundStatus::Duplicate;
                stored.duplicateOf = **previous;
                return InboundMessageRepository::insert(tx, stored);
            }
            stored.status = InboundStatus::Accepted;
            auto id = InboundMessageRepository::insert(tx, stored);
            if (!id)
                return id;
            PamEventApplier applier(tx, m_actor, *id);
            auto patient = applier.apply(*event);
            if (!patient)
                return std::unexpected(patient.error());
            patientId = *patient;
            notes = applier.notes();
            if (auto s = InboundMessageRepository::setPatient(tx, *id, *patient); !s)
                return std::unexpected(s.error());
            return *id;
        });
        if (applied) {
            out.messageId = *applied;
            out.patientId = patientId;
            out.warnings << notes;
            out.status = duplicate ? InboundStatus::Duplicate : InboundStatus::Accepted;
            out.code = hl7::AckCode::AA;
        } else {
            out.errors << applied.error();
        }
    }

    if (!out.errors.isEmpty()) {
        out.code = unreadable ? hl7::AckCode::AR : outcomeFor(out.errors);
        out.status = InboundStatus::Rejected;
        row.status = InboundStatus::Rejected;
        row.ackCode = hl7::ackCodeText(out.code);
        row.errorCode = out.errors.first().code;
        row.errorLocation = out.errors.first().location;
        row.errorText = join(out.errors);
        row.warnings = out.warnings;
        row.processedAt = QDateTime::currentDateTimeUtc();
        auto stored = m_db.write([&](storage::WriteTx &tx) { return InboundMessageRepository::insert(tx, row); });
        if (stored) {
            out.messageId = *stored;
        } else {
            // Not even the rejection could be kept: make the sender keep and resend it.
            out.errors << stored.error();
            out.code = hl7::AckCode::AR;
        }
    }

    QList<hl7::AckError> ackErrors;
    for (const domain::Error &e : out.errors)
        ackErrors << ackErrorFor(e);
    const auto response = hl7::AckBuilder::responseFor(header, out.code);
    if (response) {
        const hl7::Message ack = hl7::AckBuilder::build(header, *response, ackErrors, nextAckControlId(),
                                                        QDateTime::currentDateTimeUtc());
        auto bytes = hl7::Serializer::toBytes(ack);
        if (!bytes) {
            // An error text the sender's charset cannot carry: answer in UTF-8 rather than not at all.
            hl7::MessageHeader utf8 = header;
            utf8.characterSet = QStringLiteral("UNICODE UTF-8");
            bytes = hl7::Serializer::toBytes(hl7::AckBuilder::build(utf8, *response, ackErrors, nextAckControlId(),
                                                                    QDateTime::currentDateTimeUtc()));
        }
        if (bytes)
            out.ack = *bytes;
    }
    return out;
}

} // namespace sgl::workflow::pam
