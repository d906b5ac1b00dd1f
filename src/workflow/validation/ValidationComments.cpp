#include "workflow/validation/ValidationComments.h"

#include "storage/CommentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/DossierClaim.h"

namespace sgl::workflow::validation {

using namespace sgl::domain;

ValidationComments::ValidationComments(storage::Database &db, UserSession session)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session))
{
}

Result<CommentOutcome> ValidationComments::add(const CommentRequest &req)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentOutcome> {
        DossierComment c;
        c.dossierId = req.dossierId;
        c.text = req.text.trimmed();
        c.printed = req.printed.value_or(false);
        const QString code = req.templateCode.trimmed().toUpper();
        if (!code.isEmpty()) {
            auto t = storage::CommentRepository::findTemplate(tx, code);
            if (!t)
                return std::unexpected(t.error());
            if (!*t)
                return fail(errc::CommentUnknownTemplate,
                            Tr::tr("Le commentaire codé « %1 » n'existe pas dans la bibliothèque.").arg(code), code);
            if (!(*t)->active)
                return fail(errc::CommentUnknownTemplate,
                            Tr::tr("Le commentaire codé « %1 » est retiré de la bibliothèque.").arg(code), code);
            c.templateCode = code;
            if (c.text.isEmpty())
                c.text = (*t)->text;
            c.printed = req.printed.value_or((*t)->printedByDefault);
        }
        if (auto s = c.check(); !s)
            return std::unexpected(s.error());
        auto d = storage::DossierRepository::get(tx, req.dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        if (req.resultId != 0) {
            auto rs = storage::ResultRepository::forDossier(tx, req.dossierId, m_actor);
            if (!rs)
                return std::unexpected(rs.error());
            const auto it = std::find_if(rs->cbegin(), rs->cend(), [&](const LabResult &r) {
                return r.id == req.resultId && r.state != ValidationState::Cancelled;
            });
            if (it == rs->cend())
                return fail(errc::ValidationNotInDossier,
                            Tr::tr("Le dossier %1 n'a pas de résultat %2.").arg(d->number).arg(req.resultId),
                            QString::number(req.resultId));
            c.resultId = it->id;
            c.analysisCode = it->analysisCode;
        }
        if (auto s = DossierClaim::claim(tx, *d, req.dossierVersion); !s)
            return std::unexpected(s.error());
        if (auto s = storage::CommentRepository::insertComment(tx, c, m_actor); !s)
            return std::unexpected(s.error());
        return CommentOutcome{c, d->version};
    });
}

Result<CommentOutcome> ValidationComments::remove(qint64 dossierId, std::optional<int> dossierVersion, qint64 commentId,
                                                  const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(errc::CommentReasonRequired, Tr::tr("Indiquez pourquoi le commentaire est retiré."),
                    QStringLiteral("motif"));
    return m_db.write([&](storage::WriteTx &tx) -> Result<CommentOutcome> {
        auto d = storage::DossierRepository::get(tx, dossierId, m_actor);
        if (!d)
            return std::unexpected(d.error());
        auto comments = storage::CommentRepository::forDossier(tx, dossierId, m_actor);
        if (!comments)
            return std::unexpected(comments.error());
        const auto it = std::find_if(comments->begin(), comments->end(),
                                     [&](const DossierComment &c) { return c.id == commentId; });
        if (it == comments->end())
            return fail(errc::CommentNotFound,
                        Tr::tr("Le dossier %1 n'a pas de commentaire %2.").arg(d->number).arg(commentId),
                        QString::number(commentId));
        if (it->removed)
            return fail(errc::CommentAlreadyRemoved,
                        Tr::tr("Ce commentaire a déjà été retiré par %1.").arg(it->removedBy),
                        QString::number(commentId));
        if (auto s = DossierClaim::claim(tx, *d, dossierVersion); !s)
            return std::unexpected(s.error());
        if (auto s = storage::CommentRepository::markRemoved(tx, dossierId, commentId, why, m_actor); !s)
            return std::unexpected(s.error());
        DossierComment c = *it;
        c.removed = true;
        c.removedBy = m_actor.login;
        c.removedAt = QDateTime::currentDateTimeUtc();
        c.removalReason = why;
        return CommentOutcome{c, d->version};
    });
}

} // namespace sgl::workflow::validation
