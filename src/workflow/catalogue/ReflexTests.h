#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/ReflexEvaluator.h"
#include "domain/lab/LabResult.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sgl::storage {
class ActionAudit;
class Database;
class WriteTx;
}

namespace sgl::workflow {

/** The current catalogue a caller already holds for a transaction (CatalogueCache), to spare a reload. */
struct CurrentCatalogue {
    std::shared_ptr<const domain::Catalogue> catalogue;
    qint64 versionId = 0;
};

/** What order() / applyAutomatic() added to the dossier. */
struct ReflexOrderOutcome {
    QStringList ruleCodes;          ///< rules applied, in catalogue order
    QStringList analysisCodes;      ///< analyses added, one pending result each, in order
    QList<qint64> resultIds;        ///< ids of the pending results, same order
};

/**
 * The dossier side of the catalogue's reflex rules (tests réflexes).
 *
 * The rules are evaluated by domain::ReflexEvaluator against the dossier's results that carry a
 * value (cancelled results and results sent back for a rerun are not trusted as triggers), with
 * every analysis already in the dossier (whatever its state) counted as ordered, so a proposal
 * never repeats an analysis. Every read of the dossier and its results is audited
 * (dossier.read, result.read_dossier) under the session's user.
 *
 * Adding reflex analyses (order, applyAutomatic) happens in one write transaction that
 * re-evaluates the rules on what is stored at that moment, so a result corrected since the
 * proposals were shown is taken into account. Each addition is one pending LabResult:
 * catalogue version = the current one, comment "Test réflexe <rule> : <why the rule fired>",
 * specimen = the trigger result's tube when its type is the one the added analysis needs,
 * else none (a tube must be collected). Each is audited (result.create and reflex.order with
 * the rule, the trigger and the reason). On any refusal nothing at all is written.
 *
 * Errors: "auth.*" (permission), "storage.not_found" (unknown dossier), "reflex.dossier_closed"
 * (dossier validated, reported or cancelled), "reflex.not_applicable" (a rule code that does not
 * fire any more, names every such code), "reflex.no_rule" (empty selection).
 */
class ReflexTests {
public:
    explicit ReflexTests(storage::Database &db) : m_db(db) {}

    /**
     * Rules firing on the dossier now, in catalogue order (automatic ones included, flagged).
     * Permission DossierRead. Works on closed dossiers too (read only).
     */
    [[nodiscard]] domain::Result<QList<domain::ReflexProposal>> proposals(const domain::UserSession &session,
                                                                           qint64 dossierId);
    /**
     * Adds the analyses of the chosen firing rules (an analysis proposed by two rules is added
     * once, for the first). Permission ResultValidate: the biologist decides additional exams
     * (CSP art. L6211-8). `note`, when given, is recorded in the audit rows.
     */
    /**
     * The rules firing on `results` (a dossier's results, id order) now: what proposals()
     * computes once the dossier is read, for a read model that read it in its own transaction.
     * Pure (no I/O, no permission check).
     */
    [[nodiscard]] static QList<domain::ReflexProposal> proposalsFor(const domain::Catalogue &catalogue,
                                                                    const QList<domain::LabResult> &results);
    [[nodiscard]] domain::Result<ReflexOrderOutcome> order(const domain::UserSession &session, qint64 dossierId,
                                                           const QStringList &ruleCodes, const QString &note = {});
    /**
     * Adds the analyses of every firing rule marked automatic (protocols agreed with the
     * prescribers). Permission ResultEnter, so it may run as results are entered. Empty outcome
     * (nothing written) when none fires; a closed dossier is refused like order().
     */
    [[nodiscard]] domain::Result<ReflexOrderOutcome> applyAutomatic(const domain::UserSession &session,
                                                                    qint64 dossierId);

    /**
     * applyAutomatic() inside the caller's write transaction, for a use case that just changed
     * the dossier's results (result entry): the rules see the values written so far in `tx`.
     * `catalogue`, when given, is the current catalogue the caller read in `tx` (not reloaded).
     * No permission check here: the caller checked ResultEnter. Same errors and audit rows as
     * applyAutomatic(), except that with `action` (the audit row of the caller's action in `tx`,
     * naming this dossier) the dossier and its results are read under that row instead of
     * appending a read row each; on an error the caller's transaction must be abandoned.
     */
    [[nodiscard]] static domain::Result<ReflexOrderOutcome> applyAutomaticIn(storage::WriteTx &tx,
                                                                             const domain::AuditActor &actor,
                                                                             qint64 dossierId,
                                                                             const CurrentCatalogue &catalogue = {},
                                                                             const storage::ActionAudit *action = nullptr);

    /**
     * order() inside the caller's write transaction (the biologist accepting a proposal at
     * validation, workflow/validation): no permission check (the caller checked
     * ResultValidate), reflex.no_rule for an empty selection; same errors and audit rows as
     * order(); on an error the caller's transaction must be abandoned.
     */
    [[nodiscard]] static domain::Result<ReflexOrderOutcome> orderIn(storage::WriteTx &tx, const domain::AuditActor &actor,
                                                                    qint64 dossierId, const QStringList &ruleCodes,
                                                                    const QString &note = {});

private:
    enum class Selection { Chosen, Automatic };
    domain::Result<ReflexOrderOutcome> add(const domain::UserSession &session, qint64 dossierId,
                                           Selection selection, const QStringList &ruleCodes, const QString &note);
    static domain::Result<ReflexOrderOutcome> addIn(storage::WriteTx &tx, const domain::AuditActor &actor,
                                                    qint64 dossierId, Selection selection,
                                                    const QStringList &ruleCodes, const QString &note,
                                                    const CurrentCatalogue &catalogue = {},
                                                    const storage::ActionAudit *action = nullptr);

    storage::Database &m_db;
};

} // namespace sgl::workflow
