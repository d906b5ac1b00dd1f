#include "workflow/identity/ReviewDuplicates.h"

#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/identity/FindDuplicates.h"
#include "workflow/Tr.h"

#include <algorithm>

namespace sgl::workflow::identity {

using domain::IdentityStatus;
using domain::Patient;

namespace {

/** VALI and RECUP rank equal: each lacks one half of QUAL (the document or the INS). */
int statusRank(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Qual:
        return 3;
    case IdentityStatus::Vali:
    case IdentityStatus::Recup:
        return 2;
    case IdentityStatus::Prov:
        break;
    }
    return 1;
}

/** Recommended survivor (see MergePreview::recommendedSurvivorId) and why, in French. */
void recommend(MergePreview &p)
{
    if (!p.ifLeftSurvives || !p.ifRightSurvives)
        return;
    const Patient &l = p.left.patient;
    const Patient &r = p.right.patient;
    const IdentityStatus ls = p.ifLeftSurvives->survivor.status;
    const IdentityStatus rs = p.ifRightSurvives->survivor.status;
    const auto pick = [&p](const Patient &chosen, QString why) {
        p.recommendedSurvivorId = chosen.id;
        p.recommendation = std::move(why);
    };
    if (statusRank(ls) != statusRank(rs)) {
        const bool left = statusRank(ls) > statusRank(rs);
        pick(left ? l : r,
             Tr::tr("Conserver %1 : l'identité obtenue sera %2, au lieu de %3 en conservant l'autre dossier "
                "(le dossier conservé garde ses traits, son statut et ses pièces d'identité).")
                 .arg(left ? l.localId : r.localId, domain::identityStatusCode(left ? ls : rs),
                      domain::identityStatusCode(left ? rs : ls)));
        return;
    }
    if (p.left.dossierCount != p.right.dossierCount) {
        const bool left = p.left.dossierCount > p.right.dossierCount;
        pick(left ? l : r, Tr::tr("Conserver %1 : même statut d'identité dans les deux cas ; c'est le dossier patient "
                              "qui porte le plus de dossiers d'analyses.")
                               .arg(left ? l.localId : r.localId));
        return;
    }
    const bool left = l.id < r.id;
    pick(left ? l : r, Tr::tr("Conserver %1 : même statut d'identité et même nombre de dossiers d'analyses ; c'est "
                          "le dossier patient créé en premier.")
                           .arg(left ? l.localId : r.localId));
}

} // namespace

ReviewDuplicates::ReviewDuplicates(storage::Database &db, domain::UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session))
{
}

domain::Result<QList<DuplicatePair>> ReviewDuplicates::pairsAround(const QList<qint64> &patientIds, int threshold)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientMerge); !ok)
        return std::unexpected(ok.error());
    if (patientIds.size() > kMaxStartingRecords)
        return domain::fail(errc::IdentityTooManyRecords,
                            Tr::tr("Trop de patients pour rechercher leurs doublons (%1, au plus %2) : affinez la "
                               "recherche.")
                                .arg(patientIds.size())
                                .arg(kMaxStartingRecords),
                            QStringLiteral("patientIds"));
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<DuplicatePair>> {
        QList<DuplicatePair> out;
        QList<std::pair<qint64, qint64>> seen;
        QList<qint64> started;
        for (qint64 id : patientIds) {
            if (started.contains(id))
                continue;
            started << id;
            auto patient = storage::PatientRepository::get(tx, id, m_actor);
            if (!patient)
                return std::unexpected(patient.error());
            if (patient->mergedInto != 0)
                continue;
            auto matches = FindDuplicates::inTransaction(tx, m_actor, *patient, threshold);
            if (!matches)
                return std::unexpected(matches.error());
            for (const DuplicateMatch &m : *matches) {
                if (m.patient.mergedInto != 0)
                    continue;
                const std::pair key{std::min(id, m.patient.id), std::max(id, m.patient.id)};
                if (seen.contains(key))
                    continue;
                seen << key;
                out << DuplicatePair{*patient, m.patient, m.candidate};
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
            return a.candidate.score > b.candidate.score;
        });
        return out;
    });
}

domain::Result<MergePreview> ReviewDuplicates::preview(qint64 leftId, qint64 rightId)
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientMerge); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<MergePreview> {
        MergePreview p;
        for (auto [id, side] : {std::pair{leftId, &p.left}, std::pair{rightId, &p.right}}) {
            auto patient = storage::PatientRepository::get(tx, id, m_actor);
            if (!patient)
                return std::unexpected(patient.error());
            auto dossiers = storage::DossierRepository::forPatient(tx, id, m_actor);
            if (!dossiers)
                return std::unexpected(dossiers.error());
            side->patient = std::move(*patient);
            side->dossierCount = static_cast<int>(dossiers->size());
        }
        p.score = domain::DuplicateDetector::score(p.left.patient, p.right.patient, &p.reasons, &p.certain);
        auto leftPlan = domain::PatientMerge::plan(p.left.patient, p.right.patient);
        auto rightPlan = domain::PatientMerge::plan(p.right.patient, p.left.patient);
        if (!leftPlan)
            p.refusal = leftPlan.error();
        else if (!rightPlan)
            p.refusal = rightPlan.error();
        else {
            p.ifLeftSurvives = std::move(*leftPlan);
            p.ifRightSurvives = std::move(*rightPlan);
            recommend(p);
        }
        return p;
    });
}

} // namespace sgl::workflow::identity
