#pragma once

#include "domain/Error.h"
#include "domain/analyzer/SourcePosition.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Specimen.h"
#include "domain/security/Role.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"
#include "workflow/bench/DossierEntry.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::analyzers {

/** One value an instrument measured for one tube, as ingestion or a held-result attach gives it. */
struct AnalyzerValue {
    QString barcode;              ///< the tube's barcode (the result's specimen id)
    QString testCode;             ///< the instrument's code, for messages
    QString analysisCode;         ///< catalogue analysis
    QString valueText;            ///< as domain::ResultEntry takes a typed value
    bench::ValueSource source;    ///< analyzer, instrument flags, message, run time
    QString location;             ///< where it was read ("message 1, R record 5"), for errors
    /** Where it was read, when `location` is not given: spelled out only if an error needs it. */
    std::optional<domain::analyzer::SourcePosition> position = std::nullopt;

    [[nodiscard]] QString where() const { return location.isEmpty() && position ? position->toString() : location; }
};

/** Where a value was stored. */
struct PlacedValue {
    qint64 dossierId = 0;
    QString dossierNumber;
    qint64 resultId = 0;
};

/**
 * Puts analyzer values on the bench through the bench's own entry path (bench::DossierEntry), in
 * the caller's transaction: shared by AnalyzerIngestion and HeldResults so a held result attached
 * later obeys exactly the rules of a live one.
 *
 * Contract: place() checks, without writing, that the value can be entered and queues it; it
 * refuses with the hold reason: analyzer.unknown_specimen (no tube has that barcode),
 * analyzer.specimen_not_received (tube expected or rejected), analyzer.not_ordered (the dossier
 * has no result for the analysis), analyzer.cancelled_analysis (only cancelled results, or a
 * cancelled dossier), analyzer.already_validated (no result in a state accepting entry, or a
 * validated/reported dossier), bench.calculated, or the domain::ResultEntry refusal
 * (result.not_a_number, result.implausible...); messages are French and name the barcode, the
 * test code and the analysis; location is the value's. commit() enters every queued value, one
 * DossierEntry::apply per dossier (calculated analyses, reflexes and status once per dossier),
 * and returns where each went, in queue order; an error there is a storage failure and the
 * caller's transaction must roll back. Values are entered with the roles given (Technician for
 * an instrument) and audited under the given actor: each dossier read audited on its own, or,
 * after readUnder(), under the caller's action row; the changes of one dossier are one audit row
 * with every before/after image (bench::DossierEntry). A tube is looked up once per writer.
 */
class AnalyzerResultWriter {
public:
    AnalyzerResultWriter(storage::WriteTx &tx, domain::AuditActor actor, QList<domain::Role> roles,
                         CatalogueCache &catalogue, QDateTime now);

    /**
     * The dossier of the received tube `barcode`, 0 when no tube has it or it is not received;
     * reads no patient data (the tube row only), so a caller can name the dossiers a message
     * will touch in its audit row before any place(). storage.* on a database failure.
     */
    [[nodiscard]] domain::Result<qint64> dossierOf(const QString &barcode);
    /**
     * From now on dossiers are read under `action` (the caller's audit row in this transaction,
     * which must name every dossier dossierOf() gave) instead of one audit row per read.
     */
    void readUnder(const storage::ActionAudit &action);
    [[nodiscard]] domain::Status place(const AnalyzerValue &value);
    [[nodiscard]] domain::Result<QList<PlacedValue>> commit();

private:
    [[nodiscard]] domain::Result<std::optional<domain::Specimen>> specimen(const QString &barcode);
    struct Queued {
        qint64 dossierId = 0;
        qint64 resultId = 0;
        AnalyzerValue value;
    };
    [[nodiscard]] domain::Result<bench::DossierContext *> context(qint64 dossierId);

    storage::WriteTx &m_tx;
    domain::AuditActor m_actor;
    QList<domain::Role> m_roles;
    CatalogueCache &m_catalogue;
    QDateTime m_now;
    QHash<qint64, bench::DossierContext> m_contexts;
    QHash<QString, std::optional<domain::Specimen>> m_specimens; ///< by trimmed barcode
    std::optional<storage::ActionAudit> m_action;
    QList<Queued> m_queue;
};

} // namespace sgl::workflow::analyzers
