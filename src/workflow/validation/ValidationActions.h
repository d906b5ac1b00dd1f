#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::workflow::validation {

/** The dossier after one of the biologist's actions, and the results it changed or created. */
struct ActionOutcome {
    domain::Dossier dossier;             ///< as stored (new version, status moved)
    QList<domain::LabResult> results;    ///< as stored
};

/** A result sent back to the bench by the biologist. */
struct SendBackRequest {
    qint64 dossierId = 0;
    std::optional<int> dossierVersion;   ///< displayed; nullopt: the stored one
    qint64 resultId = 0;
    std::optional<int> resultVersion;
    bench::RerunOrder::Kind kind = bench::RerunOrder::Kind::Rerun;
    QString reason;                      ///< required
    std::optional<double> dilutionFactor; ///< required for a dilution (> 1)
};

/** A value corrected by the biologist. */
struct CorrectionRequest {
    qint64 dossierId = 0;
    std::optional<int> dossierVersion;
    qint64 resultId = 0;
    std::optional<int> resultVersion;
    QString value;                       ///< as typed ("5,1", "<0,5", a code of the list, text)
    QString reason;                      ///< required
};

/** An analysis the biologist may add to a dossier (the "Ajouter une analyse" picker). */
struct AddableAnalysis {
    QString code;
    QString label;
};

/**
 * The biologist's actions on a dossier other than validating it. Each is one write transaction
 * that claims the dossier at the displayed version (storage.conflict « modifié par … depuis
 * l'ouverture » otherwise; version bumped so a concurrent validator is refused), writes the
 * change with result_history rows, moves the dossier status and audits the action on the
 * dossier (validation.send_back, validation.correct, validation.unvalidate,
 * validation.add_analysis). A refusal writes nothing.
 * sendBack and correct also write the biologist's decision "held" on the result's current
 * auto-validation verdict (shadow concordance, storage::AutovalEvaluationRepository).
 *
 * - sendBack (Permission ResultValidate): rerun, dilution or new sample with its reason, through
 *   bench::RerunRequest::requestIn (value kept in the history, calculated results sent back with it).
 * - correct (ResultCorrect): a technically validated or validated value replaced, the reason
 *   mandatory (validation.reason_required): correct step, the new value entered through the bench
 *   path (bench::DossierEntry: checks, flag, calculated results) and technically validated by the
 *   biologist; it then waits for validation, whose report version is an amended one when a
 *   version was issued.
 * - unvalidate (ResultCorrect): validated results back to technically validated with the reason
 *   (comment « Dévalidation : … »); the next validation issues an amended version.
 * - addAnalysis (ResultValidate): one pending result of an analysis of the catalogue (not
 *   retired, not calculated, not already active in the dossier: validation.unknown_analysis,
 *   validation.already_in_dossier) on the dossier's received tube of its container when there is
 *   one, on the bench's worklist; the reason is printed in its comment.
 * - addableAnalyses (ResultValidate): what addAnalysis would accept now, for the picker: the
 *   current catalogue's analyses not retired, not calculated, not already active in the dossier,
 *   by label then code. A read transaction; the dossier's analysis codes carry no value or
 *   identity and are not audited. storage.not_found for an unknown dossier.
 */
class ValidationActions {
public:
    ValidationActions(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<ActionOutcome> sendBack(const SendBackRequest &request);
    [[nodiscard]] domain::Result<ActionOutcome> correct(const CorrectionRequest &request);
    [[nodiscard]] domain::Result<ActionOutcome> unvalidate(qint64 dossierId, std::optional<int> dossierVersion,
                                                           const QStringList &analysisCodes, const QString &reason);
    [[nodiscard]] domain::Result<ActionOutcome> addAnalysis(qint64 dossierId, std::optional<int> dossierVersion,
                                                            const QString &analysisCode, const QString &reason);
    [[nodiscard]] domain::Result<QList<AddableAnalysis>> addableAnalyses(qint64 dossierId);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::validation
