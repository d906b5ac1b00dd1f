#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "interop/hl7v2/AckBuilder.h"
#include "storage/InboundMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::pam {

/** What happened to one received message and what to answer. */
struct PamOutcome {
    interop::hl7v2::AckCode code = interop::hl7v2::AckCode::AR; ///< application outcome (AA/AE/AR)
    std::optional<QByteArray> ack; ///< bytes to send back (none when MSH-15/16 ask for none)
    storage::InboundStatus status = storage::InboundStatus::Rejected;
    qint64 messageId = 0;          ///< inbound_messages.id; 0 when even the rejection could not be stored
    qint64 patientId = 0;
    QList<domain::Error> errors;
    QStringList warnings;
};

/**
 * Use case "receive one IHE PAM France message" (ITI-30/31), used by the MLLP listener.
 *
 * Contract:
 * - parse (hl7v2::Parser) and validate (hl7v2::PamMapper); header errors give AR, content errors AE;
 * - idempotent by (MSH-3|MSH-4, MSH-10): a message already accepted is recorded as `duplicate`,
 *   answered AA again and not applied twice;
 * - an accepted message is applied and recorded in ONE write transaction (patients, external
 *   identifiers, inbound_messages row): either all of it is stored or nothing;
 * - a message that cannot be applied (validation or application error) leaves nothing applied
 *   and is recorded as `rejected` with its raw bytes and errors, in its own transaction: it is
 *   never dropped. Only if the database cannot store even that does the sender get AR 207, so
 *   it keeps the message and retries;
 * - callers feed messages one at a time in arrival order (MllpServer guarantees it).
 */
class ProcessPamMessage {
public:
    ProcessPamMessage(storage::Database &db, domain::AuditActor actor);

    [[nodiscard]] PamOutcome process(const QByteArray &raw, const QString &peer = {},
                                     const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());

private:
    [[nodiscard]] QString nextAckControlId();

    storage::Database &m_db;
    domain::AuditActor m_actor;
    quint64 m_ackCounter = 0;
};

} // namespace sgl::workflow::pam
