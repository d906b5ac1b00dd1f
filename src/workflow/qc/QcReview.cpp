#include "workflow/qc/QcReview.h"

#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/bench/RerunRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::qc {

using namespace sgl::domain;

QcReview::QcReview(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<QcReviewOutcome> QcReview::review(const QcReviewRequest &req)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    const QString reason = req.reason.trimmed();
    if (reason.isEmpty())
        return fail(errc::QcReasonRequired,
                    req.decision == QcReviewRequest::Decision::Accept
                        ? Tr::tr("Indiquez le motif pour accepter le contrôle rejeté.")
                        : Tr::tr("Indiquez le motif de la repasse des résultats retenus."),
                    QStringLiteral("motif"));
    const AuditActor actor = AuditActor::fromSession(m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<QcReviewOutcome> {
        auto run = storage::QcRunRepository::run(tx, req.runId);
        if (!run)
            return std::unexpected(run.error());
        if (!*run)
            return fail(storage::errc::NotFound, Tr::tr("Passage de contrôle n° %1 introuvable.").arg(req.runId),
                        QString::number(req.runId));
        if ((*run)->reviewState != QLatin1String("pending"))
            return fail(errc::QcNotPending,
                        Tr::tr("Le passage de contrôle n° %1 n'attend pas de revue (déjà revu, ou non rejeté).")
                            .arg(req.runId),
                        QString::number(req.runId));
        if (req.version && *req.version != (*run)->version)
            return fail(storage::errc::Conflict,
                        Tr::tr("Le passage de contrôle n° %1 a été modifié par un autre poste : rouvrez-le.")
                            .arg(req.runId),
                        QString::number(req.runId));
        auto group = storage::QcRunRepository::forGroup(tx, (*run)->runGroup);
        if (!group)
            return std::unexpected(group.error());
        QcReviewOutcome out;
        const bool accept = req.decision == QcReviewRequest::Decision::Accept;
        const QString decision = accept ? QStringLiteral("accepted") : QStringLiteral("rerun");
        // The holds are recorded on the first pending run of the group (QcRunRecorder).
        qint64 lead = 0;
        for (const storage::QcRunRow &r : *group)
            if (r.reviewState == QLatin1String("pending") && lead == 0)
                lead = r.id;
        if (auto n = storage::QcHoldRepository::recordCovered(tx, lead, now); !n)
            return std::unexpected(n.error());
        if (!accept) {
            auto holds = storage::QcHoldRepository::forRun(tx, lead);
            if (!holds)
                return std::unexpected(holds.error());
            for (const storage::QcHoldRow &h : *holds) {
                if (h.releasedAt.isValid())
                    continue;
                if (h.resultState != QLatin1String("entered") && h.resultState != QLatin1String("technically_validated")) {
                    out.notRerun << Tr::tr("%1, %2 : pas de valeur à repasser.").arg(h.dossierNumber, h.analysisCode);
                    continue;
                }
                bench::RerunOrder order;
                order.resultId = h.resultId;
                order.kind = bench::RerunOrder::Kind::Rerun;
                order.reason = Tr::tr("%1 : %2").arg((*run)->holdReason, reason);
                auto rerun = bench::RerunRequest::requestIn(tx, order, m_session.roles, actor, m_catalogue);
                if (!rerun)
                    return std::unexpected(rerun.error());
                ++out.rerun;
            }
        }
        auto released = storage::QcHoldRepository::release(tx, lead, decision, actor.login, now);
        if (!released)
            return std::unexpected(released.error());
        out.released = *released;
        for (storage::QcRunRow r : *group) {
            if (r.reviewState != QLatin1String("pending")) {
                out.runs << r;
                continue;
            }
            if (!req.comment.trimmed().isEmpty())
                r.comment = r.comment.isEmpty() ? req.comment.trimmed()
                                                : r.comment + QLatin1Char('\n') + req.comment.trimmed();
            if (auto s = storage::QcRunRepository::setReviewState(tx, r, decision); !s)
                return std::unexpected(s.error());
            out.runs << r;
        }
        out.review.runId = lead;
        out.review.decision = decision;
        out.review.reason = reason;
        out.review.comment = req.comment.trimmed();
        out.review.heldCount = out.released;
        out.review.reviewedBy = actor.login;
        out.review.reviewedAt = now;
        if (auto s = storage::QcRunRepository::insertReview(tx, out.review); !s)
            return std::unexpected(s.error());
        const QJsonObject after{{QStringLiteral("decision"), decision},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("comment"), out.review.comment},
                                {QStringLiteral("released"), out.released},
                                {QStringLiteral("rerun"), out.rerun}};
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.review"), QStringLiteral("qc_run"),
                                                  QString::number(lead), {},
                                                  QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        return out;
    });
}

} // namespace sgl::workflow::qc
