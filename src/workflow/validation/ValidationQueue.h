#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "domain/validation/ReleaseCheck.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::workflow::validation {

/** What the biologist narrows the queue to (every criterion optional, all must hold). */
struct ValidationQueueFilter {
    bool urgentOnly = false;          ///< urgent or vital
    bool abnormalOnly = false;        ///< a result outside its range (critical included)
    bool criticalOnly = false;
    bool deltaOnly = false;
    bool nonConformityOnly = false;
    std::optional<bool> complete;     ///< true: technically complete; false: partly
    QString bench;                    ///< a result of this bench
    std::optional<domain::Dossier::Origin> origin;
    std::optional<int> minSpecimenAgeHours; ///< first tube received at least that long ago
};

/** One dossier of the queue. */
struct ValidationQueueRow {
    qint64 dossierId = 0;
    QString number;
    int version = 0;                  ///< the version to pass back to the actions
    QString patientName;              ///< "DUPONT Marie"
    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine;
    domain::DossierStatus status = domain::DossierStatus::InProgress;
    domain::Dossier::Origin origin = domain::Dossier::Origin::External;
    QString ward;
    QDateTime sampledAt;
    QDateTime firstReceivedAt;
    int resultCount = 0;              ///< active results
    int toValidate = 0;               ///< technically validated, awaiting the biologist
    int validated = 0;
    int pending = 0;                  ///< not yet technically validated
    QStringList benches;
    bool complete = false;            ///< no result pending at the bench
    bool abnormal = false;
    bool critical = false;
    bool criticalWithoutCallBack = false;
    bool deltaAlert = false;
    bool nonConformity = false;
    QList<domain::ReleaseExclusion> exclusions; ///< why batch release would not take it
};

/** How many dossiers of the whole queue (before filtering) fall in each group. */
struct ValidationQueueCounts {
    int all = 0, urgent = 0, abnormal = 0, critical = 0, delta = 0, complete = 0, incomplete = 0, nonConformity = 0;
};

struct ValidationQueueView {
    QList<ValidationQueueRow> rows;   ///< filtered, sorted: vital, urgent, routine, then oldest sample first
    ValidationQueueCounts counts;
};

/**
 * The biologist's queue (issue 12 item 1): dossiers technically complete or partly so, with the
 * flags the filters use and, for each, the batch-release exclusion reasons (DossierFacts +
 * domain::ReleaseCheck, the same rule as BatchRelease). Permission ResultValidate. The candidate
 * dossiers come from one query (storage::ValidationQueueRepository); each dossier's facts are
 * then read in the same write transaction (audited reads of the patient file: one set per
 * dossier shown). `limit` bounds the number of dossiers examined.
 */
class ValidationQueue {
public:
    ValidationQueue(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<ValidationQueueView> load(const ValidationQueueFilter &filter = {}, int limit = 500);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
