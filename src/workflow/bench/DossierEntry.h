#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/security/Role.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/catalogue/ReflexTests.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sgl::workflow::bench {

/**
 * Where a value came from when not typed at the bench (analyzer ingestion): stored on the result
 * with the value so the bench and the history show which instrument measured it, with which
 * flags, in which message, at what run time. Empty for a value typed by hand (it then clears an
 * earlier analyzer provenance: the value shown is the typed one).
 */
struct ValueSource {
    QString analyzer;               ///< analyzer profile name
    QStringList instrumentFlags;    ///< as the instrument sent them
    qint64 analyzerMessageId = 0;   ///< analyzer_messages row
    QDateTime observedAt;           ///< run time (UTC); invalid: the entry time
};

/** One value typed for one result of the dossier. */
struct TypedResult {
    qint64 resultId = 0;
    std::optional<int> version;   ///< the version the screen showed; nullopt: the stored one (CLI, analyzers)
    QString text;                 ///< as typed: "5,1", "<0,5", ">500", a code or label of the list, text
};

/** What one entry stored. */
struct EntryOutcome {
    domain::Dossier dossier;                  ///< after the status moved with its results
    QList<domain::LabResult> entered;         ///< as stored (new versions), in the order typed
    QList<domain::LabResult> calculated;      ///< calculated analyses computed from the new values
    ReflexOrderOutcome reflex;                ///< automatic reflex analyses added
    QStringList criticalValues;               ///< French sentences, one per critical value (call the prescriber)
};

/** Everything an entry in one dossier needs, read (and audited) in the caller's transaction. */
struct DossierContext {
    domain::Dossier dossier;
    domain::Patient patient;
    QDate collection;
    std::shared_ptr<const domain::Catalogue> catalogue;
    qint64 catalogueVersionId = 0;        ///< the version `catalogue` is (passed on to the reflexes)
    QList<domain::LabResult> results;     ///< id order
    QString valueListSystem;
    /**
     * The audit row of the action that read this context (AuditRepository::appendAction in the
     * same transaction, covering the reads of this dossier), or null: the reads were audited one
     * by one. Passed on to the reflexes, which re-read the dossier under it.
     */
    const storage::ActionAudit *action = nullptr;

    /** The patient's range for `analysis` (sex, age at collection), if any. */
    [[nodiscard]] std::optional<domain::ReferenceRange> rangeFor(const domain::Analysis &analysis) const;
};

/**
 * The one path by which a value enters a result, shared by the bench (BenchResultEntry) and the
 * analyzers (AnalyzerIngestion, HeldResults), so both obey the same rules: version check,
 * calculated analyses refused, domain::ResultEntry checks against the patient's range,
 * ValidationStateMachine (Enter), value + flag + printed limits + who/when + provenance stored
 * with a result_history row (ResultStep), then the calculated analyses, the automatic reflexes
 * (ReflexTests::applyAutomaticIn) and the dossier status (DossierStatusSync). The values and
 * calculated analyses of one call are saved together (ResultStep::recordBatch: one audit row
 * with every before/after image, one history row each). All in the caller's transaction; the
 * first refusal is returned and the caller's transaction must then roll back.
 */
class DossierEntry {
public:
    /** What load() reads of the dossier and the patient. */
    enum class Reads {
        Full,      ///< the dossier with its copies and clinical answers, the patient with its documents
        EntryOnly, ///< their rows only: what apply() reads (an instrument's messages, one per tube)
    };
    /**
     * Reads dossier, patient, catalogue, results and settings: audited reads, as the bench grid,
     * or, when `action` is given, under that action's audit row (which must name the dossier;
     * contract of storage::ActionAudit), kept in the context. `reads` applies with `action` only;
     * a dossier read EntryOnly must never be saved whole (DossierRepository::update).
     */
    [[nodiscard]] static domain::Result<DossierContext> load(storage::WriteTx &tx, qint64 dossierId,
                                                             const domain::AuditActor &actor, CatalogueCache &cache,
                                                             const storage::ActionAudit *action = nullptr,
                                                             Reads reads = Reads::Full);
    /** Validated, reported or cancelled: no value may be entered any more. */
    [[nodiscard]] static bool isClosed(domain::DossierStatus status);
    /**
     * Enters `values` in the loaded dossier (see the class contract); `roles` are the roles the
     * state machine checks (the session's, or Technician for an instrument); `sources`, when not
     * empty, gives each value's provenance (same order as `values`). Errors: as
     * BenchResultEntry::enter, naming the analysis.
     */
    [[nodiscard]] static domain::Result<EntryOutcome> apply(storage::WriteTx &tx, DossierContext &context,
                                                            const QList<TypedResult> &values,
                                                            const domain::AuditActor &actor,
                                                            const QList<domain::Role> &roles, const QDateTime &now,
                                                            const QList<ValueSource> &sources = {});
};

} // namespace sgl::workflow::bench
