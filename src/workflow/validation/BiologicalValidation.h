#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/report/ReportVersion.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/catalogue/CatalogueCache.h"
#include "domain/report/SharingChoices.h"
#include "workflow/report/IssueReportVersion.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::workflow::validation {

/** What the biologist validates, as the screen showed it. */
struct ValidationRequest {
    qint64 dossierId = 0;
    std::optional<int> dossierVersion;   ///< the version displayed; nullopt: the stored one (CLI)
    QStringList analysisCodes;           ///< selected analyses (partial report); empty: see chapterCode
    QString chapterCode;                 ///< a chapter (with its sub-chapters); empty with no codes: the whole dossier
    QHash<qint64, int> resultVersions;   ///< result id -> version displayed (optional, per result)
    /** Sharing of the report version (DMP withheld with reason, masking...); nullopt: the defaults. */
    std::optional<domain::SharingChoices> sharing;
    /** Why the new version replaces an issued final one; empty: the last correction's reason. */
    QString amendmentReason;
    /**
     * Auto-validation validates (workflow::autoval, active mode): not a biologist's decision, so
     * it is not recorded against the engine's verdicts (shadow concordance).
     */
    bool automatic = false;
};

/** What one validation did. */
struct ValidationOutcome {
    domain::Dossier dossier;                 ///< after the status moved (validated or still in progress)
    QList<domain::LabResult> validated;      ///< as stored
    report::IssuedReport report;             ///< the version issued in the same transaction, with its outbox rows
    bool partial = false;                    ///< results of the dossier remain to validate
};

/**
 * Biological validation (validation biologique, SFBC SG3-02) of a dossier, a chapter or selected
 * analyses, and the report version it produces, in ONE write transaction:
 *
 * 1. permission ResultValidate (auth.forbidden before anything is read);
 * 2. the dossier's facts are read (DossierFacts) and the dossier is claimed at the version the
 *    screen displayed (storage.conflict « modifié par … depuis l'ouverture » otherwise: two
 *    biologists validating the same dossier at once, exactly one succeeds);
 * 3. each selected result must be technically validated (validation.transition_forbidden naming
 *    the analysis), at the displayed version when given (storage.conflict), and a critical value
 *    must have its call-back record (validation.critical_without_callback: rule enforced here,
 *    whatever the screen shows);
 * 4. each result goes to validated (who, when, result_history row), the dossier status moves,
 *    the action is audited (validation.validate);
 * 5. the report version is issued by report::IssueReportVersion::issueIn in the same transaction
 *    (partial while results remain, complete otherwise, amended when a final version exists; the
 *    biologist signs: Permission ReportSign) with its outbox rows and the caller's sharing choices;
 * 6. unless the request is automatic, the biologist's decision ("validated") is written on the
 *    current auto-validation verdicts of the results (storage::AutovalEvaluationRepository, the
 *    shadow concordance).
 *
 * Any refusal, including the report's own (missing LOINC...), rolls everything back: nothing is
 * validated. Scope errors: validation.not_in_dossier (code or chapter not in the dossier),
 * validation.nothing_to_validate (no technically validated result in the scope).
 */
class BiologicalValidation {
public:
    BiologicalValidation(storage::Database &db, domain::UserSession session, report::IssueReportVersion reports);

    [[nodiscard]] domain::Result<ValidationOutcome> validate(const ValidationRequest &request);


    /**
     * Steps 2-5 in the caller's transaction (batch release): no permission check (the caller
     * checked ResultValidate). On an error the caller's transaction must be abandoned.
     */
    [[nodiscard]] static domain::Result<ValidationOutcome> validateIn(storage::WriteTx &tx, const domain::UserSession &session,
                                                                      const ValidationRequest &request,
                                                                      CatalogueCache &cache, const report::IssueReportVersion &reports);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    report::IssueReportVersion m_reports;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
