#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::storage {

/** Outcome recorded for one received message (column inbound_messages.status). */
enum class InboundStatus { Accepted, Rejected, Duplicate };

[[nodiscard]] QString inboundStatusCode(InboundStatus status);
[[nodiscard]] std::optional<InboundStatus> inboundStatusFromCode(const QString &code);

/**
 * One message received on an inbound interface, as kept for traceability and review: the raw
 * bytes exactly as received, who sent it, what we answered and why.
 */
struct InboundMessage {
    qint64 id = 0;
    QString channel;        ///< "pam"
    QString sender;         ///< MSH-3|MSH-4; empty when the header was unreadable
    QString controlId;      ///< MSH-10
    QString messageType;    ///< "ADT^A28"
    QString peer;           ///< "host:port"
    QByteArray raw;
    QDateTime receivedAt;   ///< UTC
    InboundStatus status = InboundStatus::Rejected;
    QString ackCode;        ///< AA, AE, AR
    QString errorCode;      ///< first error: stable code
    QString errorText;      ///< every error, French, one per line
    QString errorLocation;  ///< first error: ERL
    QStringList warnings;
    qint64 patientId = 0;   ///< patient the message was applied to (0: none)
    qint64 duplicateOf = 0; ///< accepted message this one repeats
    QDateTime processedAt;  ///< UTC
};

/** An identifier another system gives one of our patients (patient_external_ids). */
struct InboundMessageIdentifier {
    qint64 patientId = 0;
    QString authority; ///< OID/FINESS, else namespace
    QString typeCode;  ///< PI, AN, VN...
    QString value;
};

} // namespace sgl::storage
