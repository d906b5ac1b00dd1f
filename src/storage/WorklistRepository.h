#pragma once

#include "domain/Error.h"
#include "domain/Sex.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/ResultValue.h"
#include "domain/lab/Specimen.h"
#include "domain/lab/ValidationState.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace sgl::storage {

/** What a bench worklist shows of one result to do. */
struct WorklistItem {
    qint64 resultId = 0;
    int resultVersion = 0;
    qint64 dossierId = 0;
    QString dossierNumber;
    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine;
    qint64 patientId = 0;
    QString patientName;          ///< "DURAND (MARTIN) Claire": used name first, birth name in brackets
    QDate birthDate;
    domain::Sex sex = domain::Sex::Unknown;
    QString analysisCode;
    QString bench;
    domain::ValidationState state = domain::ValidationState::Pending;
    QString barcode;              ///< empty when the analysis has no tube (calculated)
    domain::Specimen::Status specimenStatus = domain::Specimen::Status::Expected;
    QString containerCode;
    QDateTime sampledAt;          ///< UTC
    QDateTime receivedAt;         ///< UTC, invalid while the tube is not received
    domain::ResultValue value;
    std::optional<domain::AbnormalFlag> flag;
    QString reservation;
    QString analyzer;             ///< analyzer profile the value came from; empty when typed at the bench
    QStringList instrumentFlags;  ///< the instrument's flags as sent (the bench screen shows them)
    QDateTime observedAt;         ///< UTC run time (analyzer) or entry time; invalid while pending
};

/** Which results a worklist lists. */
struct WorklistFilter {
    QString bench;                ///< empty: every bench
    QList<domain::ValidationState> states{domain::ValidationState::Pending, domain::ValidationState::Entered,
                                          domain::ValidationState::RerunRequested};
    bool receivedOnly = true;     ///< results whose tube is received (and results without tube)
    std::optional<domain::Dossier::Priority> priority;
    QString barcode;              ///< not empty: only the results of the tube of that barcode (exact)
    bool openDossiersOnly = false; ///< also leave out validated and reported dossiers (analyzer host query)
    int limit = 5000;
};

/**
 * The bench worklists: results to enter or validate, most urgent first (vital, urgent, then
 * routine) and oldest specimen first within a priority. A worklist shows patients: each load
 * is audited (worklist.read) in the caller's transaction.
 */
class WorklistRepository {
public:
    [[nodiscard]] static domain::Result<QList<WorklistItem>> load(WriteTx &tx, const WorklistFilter &filter,
                                                                  const domain::AuditActor &actor);
    /** How many results match `filter` on each bench (the filter's own bench ignored). Not audited: counts only. */
    [[nodiscard]] static domain::Result<QMap<QString, int>> countsByBench(ReadTx &tx, const WorklistFilter &filter);
};

} // namespace sgl::storage
