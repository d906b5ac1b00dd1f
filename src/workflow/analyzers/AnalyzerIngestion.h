#pragma once

#include "domain/Error.h"
#include "domain/analyzer/MappedMessage.h"
#include "domain/audit/AuditActor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {
class CatalogueCache;
}

namespace sgl::workflow::analyzers {

/** One instrument message as the gateway (or `sgl analyzer replay`) received and read it. */
struct IngestInput {
    QString profileName;                    ///< the AnalyzerProfile::name it was read with
    QByteArray raw;                         ///< the message bytes as received (E1394 text or HL7, unframed)
    QString peer;                           ///< "10.0.0.5:5000", "/dev/ttyUSB0", "replay:file.astm"
    QDateTime receivedAt;                   ///< UTC
    domain::analyzer::MappedMessage mapped; ///< ProfileMapper::map of the decoded message
};

/** What became of one result of the message. */
enum class ItemFate {
    Stored,     ///< value entered on the dossier's result (state entered), for technical validation
    Held,       ///< put in the held-message queue with `reason`
    Qc,         ///< QC result recorded against the instrument (never on a patient dossier)
    Ignored,    ///< excluded by the profile (kept in the raw message)
    Duplicate   ///< the same result of the same message was already ingested: nothing stored again
};

struct IngestedItem {
    domain::analyzer::MappedResult result;
    ItemFate fate = ItemFate::Held;
    qint64 dossierId = 0;          ///< Stored: the dossier
    QString dossierNumber;
    qint64 resultId = 0;           ///< Stored: the result row
    qint64 heldId = 0;             ///< Held: the held item row (0 in a dry run)
    std::optional<domain::Error> reason; ///< Held: why (stable code, French message, location)
};

/** The outcome of one message. */
struct IngestOutcome {
    qint64 messageId = 0;          ///< analyzer_messages row (0 in a dry run)
    bool duplicateMessage = false; ///< the very same message (profile, raw bytes digest) was already stored
    QList<IngestedItem> items;     ///< one per mapped result, same order
};

/**
 * Use case "store what an analyzer sent" (issue 11 §6), shared by the live gateway and the replay
 * command so both run exactly the same code.
 *
 * Contract:
 * - ONE write transaction per message: the raw message row (bytes, profile, peer, times, control
 *   id), every stored result, every held item, the audit rows; a failure stores nothing and is
 *   returned (the link then answers NAK/AE so the instrument sends again);
 * - duplicate: a message whose (profile, SHA-256 of raw) was already stored is recorded as
 *   nothing new (duplicateMessage, items Duplicate) — an instrument re-sending is never stored twice;
 * - a Store result is entered when its specimen id is the barcode of a received tube whose dossier
 *   has an active result for the analysis in a state that accepts entry (pending, entered,
 *   rerun requested): value checked by domain::ResultEntry against the patient's range, flag from
 *   the catalogue limits, instrument flags, analyzer (profile name), run time (observedAt), link to
 *   the message row, history row; calculated analyses and automatic reflexes as at the bench;
 * - otherwise held with a stable code: analyzer.unknown_specimen, analyzer.specimen_not_received,
 *   analyzer.not_ordered, analyzer.cancelled_analysis, analyzer.already_validated, the mapper's
 *   codes (unmapped test, malformed or incomplete message, no specimen id) or the ResultEntry
 *   refusal (not a number, implausible...);
 * - nothing is ever dropped: every result of the message is in `items` with its fate.
 * dryRun() computes the same outcome without writing (heldId, resultId and messageId stay 0).
 */
class AnalyzerIngestion {
public:
    AnalyzerIngestion(storage::Database &db, domain::AuditActor actor);
    ~AnalyzerIngestion();
    AnalyzerIngestion(AnalyzerIngestion &&) noexcept;

    [[nodiscard]] domain::Result<IngestOutcome> ingest(const IngestInput &input);
    [[nodiscard]] domain::Result<IngestOutcome> dryRun(const IngestInput &input);

private:
    storage::Database &m_db;
    domain::AuditActor m_actor;
    // Kept across messages: the catalogue is reloaded only when its version changed.
    std::unique_ptr<CatalogueCache> m_catalogue;
};

} // namespace sgl::workflow::analyzers
