#include "workflow/validation/BatchRelease.h"

#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/validation/DossierClaim.h"
#include "workflow/validation/DossierFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sgl::workflow::validation {

using namespace sgl::domain;

namespace {

int priorityRank(Dossier::Priority p)
{
    switch (p) {
    case Dossier::Priority::Vital:
        return 0;
    case Dossier::Priority::Urgent:
        return 1;
    case Dossier::Priority::Routine:
        return 2;
    }
    return 2;
}

QString reasonsText(const QList<ReleaseExclusion> &exclusions)
{
    QStringList lines;
    for (const ReleaseExclusion &e : exclusions)
        lines << e.text;
    return lines.join(QStringLiteral("\n"));
}

} // namespace

BatchRelease::BatchRelease(storage::Database &db, UserSession session, Authenticator &authenticator,
                           report::IssueReportVersion reports)
    : m_db(db), m_session(std::move(session)), m_actor(AuditActor::fromSession(m_session)), m_auth(authenticator),
      m_reports(std::move(reports))
{
}

Result<QList<ReleaseCandidate>> BatchRelease::candidates(int limit)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    auto ids = m_db.read([&](storage::ReadTx &tx) {
        return storage::DossierRepository::withStatus(tx, DossierStatus::TechnicallyValidated, limit);
    });
    if (!ids)
        return std::unexpected(ids.error());
    // One audit row for the listing (a write transaction), naming every dossier it reads.
    return m_db.write([&](storage::WriteTx &tx) -> Result<QList<ReleaseCandidate>> {
        QList<ReleaseCandidate> out;
        if (ids->isEmpty())
            return out;
        QJsonArray read;
        for (const Dossier &d : *ids)
            read.append(d.id);
        auto action = storage::AuditRepository::appendAction(
            tx, m_actor, QStringLiteral("validation.batch_candidates"), QStringLiteral("dossier"), QString(),
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("dossiers"), read}}).toJson(QJsonDocument::Compact)));
        if (!action)
            return std::unexpected(action.error());
        for (const Dossier &d : *ids) {
            auto f = DossierFacts::load(tx, d.id, *action, m_catalogue);
            if (!f)
                return std::unexpected(f.error());
            if (f->dossier.status != DossierStatus::TechnicallyValidated)
                continue; // moved since the list was read
            out << ReleaseCandidate{f->dossier.id, f->dossier.number, f->dossier.version, f->dossier.priority,
                                    ReleaseCheck::exclusions(f->release)};
        }
        std::stable_sort(out.begin(), out.end(), [](const ReleaseCandidate &a, const ReleaseCandidate &b) {
            return priorityRank(a.priority) < priorityRank(b.priority);
        });
        return out;
    });
}

Result<ReleaseOutcome> BatchRelease::release(const QString &password, const QList<qint64> &dossierIds)
{
    if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
        return std::unexpected(ok.error());
    if (dossierIds.isEmpty())
        return fail(errc::ValidationNoDossier, Tr::tr("Aucun dossier choisi pour la libération par lot."),
                    QStringLiteral("dossiers"));
    // The signature of a batch is the biologist's password typed again, checked outside any transaction.
    auto again = m_auth.authenticate(m_session.login, password);
    if (!again)
        return std::unexpected(again.error());
    if (again->userId != m_session.userId || again->login != m_session.login)
        return fail(errc::ValidationSignerMismatch,
                    Tr::tr("La nouvelle authentification ne correspond pas au biologiste connecté (%1).").arg(m_session.login),
                    m_session.login);

    ReleaseOutcome out;
    for (qint64 id : dossierIds) {
        std::optional<ReleaseRefusal> excluded;
        auto done = m_db.write([&](storage::WriteTx &tx) -> Result<ValidationOutcome> {
            auto f = DossierFacts::load(tx, id, m_actor, m_catalogue);
            if (!f)
                return std::unexpected(f.error());
            const QList<ReleaseExclusion> reasons = ReleaseCheck::exclusions(f->release);
            if (!reasons.isEmpty() || f->dossier.status != DossierStatus::TechnicallyValidated) {
                ReleaseRefusal r{f->dossier.id, f->dossier.number, reasons, {}};
                r.error = Error{QString(errc::ValidationExcluded),
                                Tr::tr("Dossier %1 exclu de la libération par lot :\n%2")
                                    .arg(f->dossier.number,
                                         reasons.isEmpty() ? Tr::tr("dossier %1.").arg(dossierStatusLabel(f->dossier.status).toLower())
                                                           : reasonsText(reasons)),
                                f->dossier.number};
                excluded = r;
                return std::unexpected(r.error);
            }
            ValidationRequest req;
            req.dossierId = id;
            req.dossierVersion = f->dossier.version;
            auto v = BiologicalValidation::validateIn(tx, m_session, req, m_catalogue, m_reports);
            if (!v)
                return v;
            if (auto s = DossierClaim::audit(tx, m_actor, QStringLiteral("validation.batch_release"), id,
                                             QJsonObject{{QStringLiteral("documentId"), v->report.version.documentId}});
                !s)
                return std::unexpected(s.error());
            return v;
        });
        if (done) {
            out.released << *done;
            continue;
        }
        if (excluded) {
            out.refused << *excluded;
            continue;
        }
        // A database that fails is not a dossier to skip: stop and say so.
        const QString &code = done.error().code;
        if (code.startsWith(QStringLiteral("storage.")) && code != storage::errc::Conflict && code != storage::errc::NotFound)
            return std::unexpected(done.error());
        out.refused << ReleaseRefusal{id, QString::number(id), {}, done.error()};
    }
    return out;
}

} // namespace sgl::workflow::validation
