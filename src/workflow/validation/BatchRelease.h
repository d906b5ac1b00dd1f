#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "domain/validation/ReleaseCheck.h"
#include "storage/Database.h"
#include "workflow/Authenticator.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "workflow/report/IssueReportVersion.h"
#include "workflow/validation/BiologicalValidation.h"

#include <QList>
#include <QString>

namespace sgl::workflow::validation {

/** A dossier technically complete, with the reasons that keep it out of batch release. */
struct ReleaseCandidate {
    qint64 dossierId = 0;
    QString number;
    int version = 0;
    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine;
    QList<domain::ReleaseExclusion> exclusions;   ///< empty: eligible
    [[nodiscard]] bool eligible() const { return exclusions.isEmpty(); }
};

/** A dossier batch release did not release, with why (its exclusions, or the refusal). */
struct ReleaseRefusal {
    qint64 dossierId = 0;
    QString number;
    QList<domain::ReleaseExclusion> exclusions;
    domain::Error error;                  ///< validation.excluded (reasons in the message) or the validation's error
};

/** What one batch release did. */
struct ReleaseOutcome {
    QList<ValidationOutcome> released;    ///< validated, report version issued
    QList<ReleaseRefusal> refused;
};

/**
 * Batch release (libération par lot) from the validation queue: the dossiers whose every result
 * is technically validated, within range, without delta alert, critical value, analyzer flag,
 * non-conformity, edited value or pending reflex proposal (domain::ReleaseCheck) are validated
 * without being opened, each with its report version (default sharing choices).
 *
 * candidates(): dossiers technically validated (none pending), each with its exclusion reasons
 * recomputed from the database (one read transaction-equivalent write, audited reads), oldest
 * first after priority. Permission ResultValidate.
 *
 * release(): Permission ResultValidate, then the biologist re-authenticates with the password
 * (Authenticator::authenticate on the session's login: a wrong password refuses everything with
 * auth.failed, nothing written; another account: validation.signer_mismatch). Each dossier is
 * then handled in its own write transaction: its facts are read again, the release rule is
 * recomputed there, and only an eligible dossier is validated (BiologicalValidation::validateIn
 * at the version read, report issued in the same transaction). A dossier excluded at that
 * moment — even one passed by a caller that skipped the queue — is refused with
 * validation.excluded and its reasons, and nothing is written for it; so is one whose
 * validation fails (report refused...). validation.no_dossier for an empty list. Audit:
 * validation.batch_release on each released dossier plus the validation rows.
 */
class BatchRelease {
public:
    BatchRelease(storage::Database &db, domain::UserSession session, Authenticator &authenticator,
                 report::IssueReportVersion reports = {});

    [[nodiscard]] domain::Result<QList<ReleaseCandidate>> candidates(int limit = 500);
    [[nodiscard]] domain::Result<ReleaseOutcome> release(const QString &password, const QList<qint64> &dossierIds);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    Authenticator &m_auth;
    report::IssueReportVersion m_reports;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
