#include "workflow/dispatch/DmpSender.h"

#include "interop/dmp/DmpFailure.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/xds/ErrorCodes.h"
#include "interop/xds/XdsConstants.h"
#include "storage/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QRegularExpression>

namespace sgl::workflow::dispatch {

namespace {

SendOutcome failure(const domain::Error &error)
{
    return interop::dmp::DmpFailure::isTransient(error) ? SendOutcome::transient(error.message)
                                                        : SendOutcome::permanent(error.message);
}

} // namespace

DmpSender::DmpSender(std::shared_ptr<interop::dmp::DmpService> dmp) : m_dmp(std::move(dmp)) {}

bool DmpSender::isIns(const QString &recipient)
{
    static const QRegularExpression ins(QStringLiteral("^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}$"));
    return ins.match(recipient).hasMatch();
}

SendOutcome DmpSender::send(const DispatchItem &item)
{
    const QString ins = item.row.recipient.trimmed();
    if (!isIns(ins))
        return SendOutcome::permanent(
            Tr::tr("Identité du patient non qualifiée (INS non qualifié) : envoi au DMP impossible."));
    switch (item.row.operation) {
    case domain::DispatchOperation::Send:
        break;
    case domain::DispatchOperation::UpdateSharing: {
        QStringList masks = item.version.sharing.dmpConfidentialityCodes();
        masks.removeAll(QStringLiteral("N"));
        auto updated = m_dmp->updateConfidentiality(ins, item.uniqueId, masks);
        return updated ? SendOutcome::sent() : failure(updated.error());
    }
    case domain::DispatchOperation::Delete: {
        auto deleted = m_dmp->updateAvailability(ins, item.uniqueId, interop::dmp::DmpAvailability::Deleted);
        // Nothing (left) to delete: an earlier attempt did it, or the sending never reached the DMP.
        if (!deleted && deleted.error().code == interop::dmp::errc::NotFound)
            return SendOutcome::sent();
        return deleted ? SendOutcome::sent() : failure(deleted.error());
    }
    }
    if (item.version.sharing.dmpWithheld)
        return SendOutcome::permanent(Tr::tr("Envoi au DMP suspendu par le biologiste pour ce document."));

    if (item.attempt > 1) {
        // An earlier attempt may have reached the DMP before its outcome was recorded.
        auto found = m_dmp->findByUniqueId(ins, item.uniqueId);
        if (!found)
            return failure(found.error());
        for (const interop::xds::DocumentEntry &e : *found)
            if (e.status.isEmpty() || e.status == QLatin1String(interop::xds::uuid::kStatusApproved))
                return SendOutcome::sent(e.id);
    }

    if (!item.document)
        return SendOutcome::permanent(Tr::tr("Aucun document CDA (N3 ou N1) pour cette version : rien à publier au DMP."));
    auto document = item.document(QStringLiteral("N3"));
    if (!document && document.error().code == storage::errc::NotFound)
        document = item.document(QStringLiteral("N1"));
    if (!document) {
        if (document.error().code == storage::errc::NotFound)
            return SendOutcome::permanent(Tr::tr("Aucun document CDA (N3 ou N1) pour cette version : rien à publier au DMP."));
        return SendOutcome::transient(document.error().message);
    }

    interop::dmp::DmpDocument doc;
    doc.ins = ins;
    doc.cda = document->bytes;
    doc.confidentialityCodes = item.version.sharing.dmpConfidentialityCodes();
    if (item.version.versionNumber > 1)
        doc.replacesUniqueId = item.version.replacesDocumentId;
    auto published = m_dmp->provideAndRegister(doc);
    if (published)
        return SendOutcome::sent(published->submissionSetUniqueId);
    if (published.error().code == interop::xds::errc::RegistryError
        && published.error().location == QLatin1String("XDSDuplicateUniqueIdInRegistry"))
        return SendOutcome::sent(); // already published by an attempt whose outcome was lost
    return failure(published.error());
}

} // namespace sgl::workflow::dispatch
