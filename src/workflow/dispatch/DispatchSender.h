#pragma once

#include "domain/Error.h"
#include "domain/report/Channel.h"
#include "domain/report/ReportVersion.h"
#include "storage/OutboxEntry.h"
#include "storage/StoredDocument.h"

#include <QString>

#include <functional>

namespace sgl::workflow::dispatch {

/**
 * What a sender receives for one attempt at one outbox row. Built by the Dispatcher after the
 * claim, outside any transaction; the sender runs outside any transaction too (network).
 */
struct DispatchItem {
    storage::OutboxEntry row;     ///< channel, recipient (INS, MSSanté address...), documentRef, state sending
    /**
     * 1 for the first attempt. A value > 1 means an earlier attempt may have reached the remote
     * side (the dispatcher may have died after the remote accepted and before the outcome was
     * recorded): the sender MUST be idempotent on `uniqueId` (DMP: find the document by uniqueId
     * first; MSSanté: same Message-ID derived from uniqueId and recipient) and answer Sent when
     * the document is already there.
     */
    int attempt = 1;
    QString uniqueId;             ///< the document's uniqueId (= row.documentRef)
    /** The report version of the document (id 0 when the row's document is not a stored version). */
    domain::ReportVersion version; ///< setId, versionNumber, replacesDocumentId (RPLC), sharing choices
    qint64 dossierId = 0;
    QString dossierNumber;
    qint64 patientId = 0;
    /**
     * Loads one document of the version with its bytes, hash verified (kinds "N3", "N1", "PDF",
     * "PDF-patient"; storage.not_found when absent). Opens its own read transaction: call it
     * from send() only. Reads are covered by the row's "dispatch.claim" audit row.
     */
    std::function<domain::Result<storage::StoredDocument>(const QString &kind)> document;
};

/** The outcome of one attempt, as a sender reports it. */
struct SendOutcome {
    enum class Kind {
        Sent,             ///< accepted by the remote side (or already there: idempotent re-send)
        TransientFailure, ///< try again later (network, timeout, 4xx SMTP, service unavailable)
        PermanentFailure  ///< retrying cannot help (rejected document, unknown recipient): parked for a human
    };
    Kind kind = Kind::TransientFailure;
    QString acknowledgement; ///< Sent: the remote id if any (DMP entryUUID, Message-ID...)
    QString reason;          ///< failures: French, shown on the dispatch screen as it is

    [[nodiscard]] static SendOutcome sent(QString acknowledgement = {}) { return {Kind::Sent, std::move(acknowledgement), {}}; }
    [[nodiscard]] static SendOutcome transient(QString reason) { return {Kind::TransientFailure, {}, std::move(reason)}; }
    [[nodiscard]] static SendOutcome permanent(QString reason) { return {Kind::PermanentFailure, {}, std::move(reason)}; }
};

/**
 * One channel's sender (DMP, MSSanté professional, MSSanté patient, DPI), registered in a
 * SenderRegistry. Contract: send() never throws, returns within the dispatcher's lease
 * (DispatcherConfig::leaseSeconds, with margin: after it another dispatcher may re-send), is
 * idempotent on DispatchItem::uniqueId (see DispatchItem::attempt), and reports every failure
 * as Transient or Permanent with a French reason. It may be called from one thread at a time.
 */
class DispatchSender {
public:
    virtual ~DispatchSender() = default;
    [[nodiscard]] virtual domain::Channel channel() const = 0;
    [[nodiscard]] virtual SendOutcome send(const DispatchItem &item) = 0;
};

} // namespace sgl::workflow::dispatch
