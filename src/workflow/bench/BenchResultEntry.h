#pragma once

#include "domain/Error.h"
#include "domain/Sex.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/ResultEntry.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/catalogue/ReflexTests.h"
#include "workflow/bench/DossierEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::workflow::bench {

/** One line of the entry grid: the result with what the technician must see while typing. */
struct SheetRow {
    domain::LabResult result;                 ///< with its provenance: analyzer, instrumentFlags, observedAt (run time)
    domain::Analysis analysis;                ///< from the current catalogue (label, unit, value list)
    std::optional<domain::ReferenceRange> range; ///< the patient's range (sex, age at collection), if any
};

/** A dossier as the bench enters it. */
struct DossierSheet {
    domain::Dossier dossier;
    QString patientName;                      ///< "DURAND (MARTIN) Claire"
    domain::Sex sex = domain::Sex::Unknown;
    QDate birthDate;
    QList<SheetRow> rows;                     ///< active results (cancelled ones left out), id order
};

/**
 * Result entry at the bench (saisie des résultats): the typed values of one dossier, checked and
 * stored in ONE write transaction; any refusal writes nothing at all. The checks and writes are
 * DossierEntry's, shared with analyzer ingestion.
 *
 * For each value: the result must belong to the dossier and carry the version the screen
 * showed (storage.conflict otherwise), its analysis must not be calculated (bench.calculated),
 * the state must allow entry (ValidationStateMachine: pending, entered or rerun requested), then
 * domain::ResultEntry checks and parses it against the patient's range (RangeResolver: sex and
 * age at collection): result.not_a_number (two decimal separators...), result.not_in_list,
 * result.implausible (outside the valid limits), result.empty_entry, result.text_too_long. The
 * value, its flag (critical limits from the catalogue), the printed reference limits, who and
 * when are stored; state entered; one result_history row per change (a value typed again
 * unchanged is not a change). Then every calculated analysis of the dossier whose inputs are
 * all present and one of which was just entered is computed and stored the same way; then the
 * automatic reflex rules are applied (ReflexTests::applyAutomaticIn); then the dossier status
 * moves with its results (DossierStatusSync). Errors name the analysis (location = its code).
 *
 * Other errors: bench.no_entry (empty list), bench.not_in_dossier, bench.dossier_closed,
 * storage.not_found. Permission ResultEnter (auth.forbidden before anything is read). Audit:
 * dossier.read, result.read_dossier, patient.read, result.update, result.create, reflex.order,
 * dossier.status.
 */
class BenchResultEntry {
public:
    BenchResultEntry(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<EntryOutcome> enter(qint64 dossierId, const QList<TypedResult> &values);
    /**
     * One value for the active result of `analysisCode` in the dossier, at its stored version
     * (command line); bench.not_in_dossier when the dossier has no such analysis.
     */
    [[nodiscard]] domain::Result<EntryOutcome> enterByCode(qint64 dossierId, const QString &analysisCode,
                                                           const QString &text);
    /** The dossier's entry grid; permission DossierRead or ResultEnter; audited reads. */
    [[nodiscard]] domain::Result<DossierSheet> sheet(qint64 dossierId);
    /** Every step of one result, oldest first; permission DossierRead or ResultEnter; audited (result.read). */
    [[nodiscard]] domain::Result<QList<domain::ResultHistoryEntry>> history(qint64 resultId);

    /**
     * What storing `typed` for `row` would give (value and flag) or the refusal, without
     * storing anything: the grid shows it while the technician types.
     */
    [[nodiscard]] static domain::Result<domain::ResultEntry::Entered> check(const SheetRow &row, const QString &typed);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::bench
