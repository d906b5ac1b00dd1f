#include "workflow/catalogue/ReflexTests.h"

#include "domain/audit/AuditActor.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "storage/AuditRepository.h"
#include "storage/CatalogueReflexRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sgl::workflow {

using namespace sgl::domain;

namespace {

/** The dossier as the rules see it, read (and audited) inside one transaction. */
struct DossierState {
    Dossier dossier;
    QList<LabResult> results;
    std::shared_ptr<const Catalogue> catalogue;
    qint64 catalogueVersionId = 0;
    QList<ReflexProposal> proposals;
};

Result<DossierState> evaluate(storage::WriteTx &tx, qint64 dossierId, const AuditActor &actor, bool forWriting,
                              const CurrentCatalogue &given = {}, const storage::ActionAudit *action = nullptr)
{
    DossierState st;
    // Before anything is read: a concurrent addition to this dossier waits for ours, then sees it.
    if (forWriting)
        if (auto locked = storage::CatalogueReflexRepository::lockDossier(tx, dossierId); !locked)
            return std::unexpected(locked.error());
    auto dossier = action ? storage::DossierRepository::getUnaudited(tx, dossierId, *action)
                          : storage::DossierRepository::get(tx, dossierId, actor);
    if (!dossier)
        return std::unexpected(dossier.error());
    st.dossier = *dossier;
    auto results = action ? storage::ResultRepository::forDossierUnaudited(tx, dossierId, *action)
                          : storage::ResultRepository::forDossier(tx, dossierId, actor);
    if (!results)
        return std::unexpected(results.error());
    st.results = *results;
    if (given.catalogue) {
        // The caller's catalogue, read in this very transaction (CatalogueCache checks its version).
        st.catalogue = given.catalogue;
        st.catalogueVersionId = given.versionId;
    } else {
        auto catalogue = storage::CatalogueRepository::loadCurrent(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        st.catalogue = std::make_shared<const Catalogue>(std::move(*catalogue));
        auto version = storage::CatalogueRepository::currentVersionId(tx);
        if (!version)
            return std::unexpected(version.error());
        st.catalogueVersionId = *version;
    }

    st.proposals = ReflexTests::proposalsFor(*st.catalogue, st.results);
    return st;
}

bool isClosed(DossierStatus s)
{
    return s == DossierStatus::Validated || s == DossierStatus::Reported || s == DossierStatus::Cancelled;
}

/** The tube of the trigger's latest valued result, when the added analysis is measured on that type. */
qint64 specimenFor(const DossierState &st, const QHash<qint64, QString> &specimenTypes, const QString &triggerCode,
                   const QString &addedCode)
{
    const Analysis *added = st.catalogue->analysis(addedCode);
    if (!added)
        return 0;
    qint64 specimen = 0;
    for (const LabResult &r : st.results)
        if (r.analysisCode == triggerCode && r.value.kind != ResultValue::Kind::Empty
            && r.state != ValidationState::Cancelled && r.state != ValidationState::RerunRequested)
            specimen = r.specimenId;
    if (specimen == 0 || added->specimen.isEmpty() || specimenTypes.value(specimen) != added->specimen)
        return 0;
    return specimen;
}

QString auditJson(const ReflexProposal &p, const QString &analysisCode, const QString &note)
{
    QJsonObject o{{QStringLiteral("rule"), p.ruleCode},
                  {QStringLiteral("trigger"), p.triggerCode},
                  {QStringLiteral("analysis"), analysisCode},
                  {QStringLiteral("automatic"), p.automatic},
                  {QStringLiteral("reason"), p.reason}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QList<ReflexProposal> ReflexTests::proposalsFor(const Catalogue &catalogue, const QList<LabResult> &results)
{
    QList<ReflexInput> inputs;
    QSet<QString> ordered;
    for (const LabResult &r : results) {
        ordered.insert(r.analysisCode);
        // A cancelled value or one sent back to the bench is not a finding to act upon.
        if (r.state == ValidationState::Cancelled || r.state == ValidationState::RerunRequested
            || r.value.kind == ResultValue::Kind::Empty)
            continue;
        inputs << ReflexInput{r.analysisCode, r.value, r.flag};
    }
    return ReflexEvaluator::evaluate(catalogue, inputs, ordered);
}

Result<QList<ReflexProposal>> ReflexTests::proposals(const UserSession &session, qint64 dossierId)
{
    if (auto ok = requirePermission(session, Permission::DossierRead); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(session);
    // A write transaction: reading a patient's results appends audit rows.
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<ReflexProposal>> {
        auto st = evaluate(tx, dossierId, actor, false);
        if (!st)
            return std::unexpected(st.error());
        return st->proposals;
    });
}

Result<ReflexOrderOutcome> ReflexTests::order(const UserSession &session, qint64 dossierId,
                                              const QStringList &ruleCodes, const QString &note)
{
    if (auto ok = requirePermission(session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    if (ruleCodes.isEmpty())
        return fail(errc::ReflexNoRule, Tr::tr("Aucune règle réflexe choisie."), QStringLiteral("règles"));
    return add(session, dossierId, Selection::Chosen, ruleCodes, note.trimmed());
}

Result<ReflexOrderOutcome> ReflexTests::applyAutomatic(const UserSession &session, qint64 dossierId)
{
    if (auto ok = requirePermission(session, Permission::ResultEnter); !ok)
        return std::unexpected(ok.error());
    return add(session, dossierId, Selection::Automatic, {}, {});
}

Result<ReflexOrderOutcome> ReflexTests::applyAutomaticIn(storage::WriteTx &tx, const AuditActor &actor,
                                                         qint64 dossierId, const CurrentCatalogue &catalogue,
                                                         const storage::ActionAudit *action)
{
    return addIn(tx, actor, dossierId, Selection::Automatic, {}, {}, catalogue, action);
}

Result<ReflexOrderOutcome> ReflexTests::orderIn(storage::WriteTx &tx, const AuditActor &actor, qint64 dossierId,
                                                const QStringList &ruleCodes, const QString &note)
{
    if (ruleCodes.isEmpty())
        return fail(errc::ReflexNoRule, Tr::tr("Aucune règle réflexe choisie."), QStringLiteral("règles"));
    return addIn(tx, actor, dossierId, Selection::Chosen, ruleCodes, note.trimmed());
}

Result<ReflexOrderOutcome> ReflexTests::add(const UserSession &session, qint64 dossierId, Selection selection,
                                            const QStringList &ruleCodes, const QString &note)
{
    const AuditActor actor = AuditActor::fromSession(session);
    return m_db.write([&](storage::WriteTx &tx) -> Result<ReflexOrderOutcome> {
        return addIn(tx, actor, dossierId, selection, ruleCodes, note);
    });
}

Result<ReflexOrderOutcome> ReflexTests::addIn(storage::WriteTx &tx, const AuditActor &actor, qint64 dossierId,
                                              Selection selection, const QStringList &ruleCodes, const QString &note,
                                              const CurrentCatalogue &catalogue, const storage::ActionAudit *action)
{
    ReflexOrderOutcome out;
    auto st = evaluate(tx, dossierId, actor, true, catalogue, action);
    if (!st)
        return std::unexpected(st.error());
    if (isClosed(st->dossier.status))
        return fail(errc::ReflexDossierClosed,
                    Tr::tr("Le dossier %1 est %2 : aucune analyse ne peut y être ajoutée.")
                        .arg(st->dossier.number, dossierStatusLabel(st->dossier.status).toLower()),
                    QStringLiteral("dossier %1").arg(st->dossier.number));

    QList<ReflexProposal> chosen;
    if (selection == Selection::Automatic) {
        for (const ReflexProposal &p : st->proposals)
            if (p.automatic)
                chosen << p;
    } else {
        QStringList notFiring;
        for (const QString &code : ruleCodes) {
            bool found = false;
            for (const ReflexProposal &p : st->proposals)
                if (p.ruleCode == code) {
                    found = true;
                    if (!std::any_of(chosen.begin(), chosen.end(),
                                     [&code](const ReflexProposal &c) { return c.ruleCode == code; }))
                        chosen << p;
                }
            if (!found && !notFiring.contains(code))
                notFiring << code;
        }
        if (!notFiring.isEmpty())
            return fail(errc::ReflexNotApplicable,
                        Tr::tr("Règle(s) réflexe(s) sans objet pour ce dossier (condition non remplie, analyses "
                           "déjà présentes, règle inactive ou inconnue) : %1.")
                            .arg(notFiring.join(QStringLiteral(", "))),
                        QStringLiteral("dossier %1").arg(st->dossier.number));
        // Catalogue order, whatever order the caller listed the rules in.
        std::stable_sort(chosen.begin(), chosen.end(), [&](const ReflexProposal &a, const ReflexProposal &b) {
            auto index = [&](const QString &code) {
                for (qsizetype i = 0; i < st->proposals.size(); ++i)
                    if (st->proposals[i].ruleCode == code)
                        return i;
                return st->proposals.size();
            };
            return index(a.ruleCode) < index(b.ruleCode);
        });
    }
    if (chosen.isEmpty())
        return out;

    auto specimens = storage::DossierRepository::specimens(tx, dossierId);
    if (!specimens)
        return std::unexpected(specimens.error());
    QHash<qint64, QString> specimenTypes;
    for (const Specimen &s : *specimens)
        specimenTypes.insert(s.id, s.typeCode);

    QSet<QString> added;
    for (const ReflexProposal &p : chosen) {
        bool any = false;
        for (const QString &code : p.analysisCodes) {
            if (added.contains(code))
                continue;
            LabResult r;
            r.dossierId = st->dossier.id;
            r.patientId = st->dossier.patientId;
            r.specimenId = specimenFor(*st, specimenTypes, p.triggerCode, code);
            r.analysisCode = code;
            r.catalogueVersionId = st->catalogueVersionId;
            // On the bench worklist of the bench performing it, like an ordered analysis.
            if (const Analysis *a = st->catalogue->analysis(code))
                r.bench = a->bench;
            r.state = ValidationState::Pending;
            r.comment = Tr::tr("Test réflexe %1 : %2").arg(p.ruleCode, p.reason);
            if (auto s = storage::ResultRepository::insert(tx, r, actor); !s)
                return std::unexpected(s.error());
            auto audited = storage::AuditRepository::append(tx, actor, QStringLiteral("reflex.order"),
                                                            QStringLiteral("result"), QString::number(r.id), {},
                                                            auditJson(p, code, note));
            if (!audited)
                return std::unexpected(audited.error());
            added.insert(code);
            out.analysisCodes << code;
            out.resultIds << r.id;
            any = true;
        }
        if (any)
            out.ruleCodes << p.ruleCode;
    }
    return out;
}

} // namespace sgl::workflow
