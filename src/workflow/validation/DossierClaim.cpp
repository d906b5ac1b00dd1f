#include "workflow/validation/DossierClaim.h"

#include "storage/AuditRepository.h"
#include "storage/DossierClaimRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonDocument>

namespace sgl::workflow::validation {

using namespace sgl::domain;

Status DossierClaim::claim(storage::WriteTx &tx, Dossier &dossier, std::optional<int> displayedVersion)
{
    if (dossier.status == DossierStatus::Cancelled)
        return fail(errc::ValidationDossierClosed,
                    Tr::tr("Le dossier %1 est annulé : aucune action de validation n'est possible.").arg(dossier.number),
                    dossier.number);
    auto v = storage::DossierClaimRepository::claim(tx, dossier.id, displayedVersion.value_or(dossier.version));
    if (!v)
        return std::unexpected(v.error());
    dossier.version = *v;
    return {};
}

Status DossierClaim::audit(storage::WriteTx &tx, const AuditActor &actor, const QString &action, qint64 dossierId,
                           const QJsonObject &details)
{
    auto a = storage::AuditRepository::append(tx, actor, action, QStringLiteral("dossier"), QString::number(dossierId),
                                              {}, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

} // namespace sgl::workflow::validation
