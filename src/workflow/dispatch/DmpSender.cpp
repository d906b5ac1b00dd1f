#include "workflow/dispatch/DmpSender.h"

#include "interop/dmp/DmpFailure.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/mss/CdaSummary.h"
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

DmpSender::DmpSender(std::shared_ptr<interop::dmp::DmpService> dmp, int existenceTtlSeconds,
                     std::function<QDateTime()> clock)
    : m_dmp(std::move(dmp)), m_existenceTtlSeconds(existenceTtlSeconds), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

bool DmpSender::isIns(const QString &recipient)
{
    static const QRegularExpression ins(QStringLiteral("^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}$"));
    return ins.match(recipient).hasMatch();
}

domain::Result<interop::dmp::DmpExistence> DmpSender::existence(const interop::dmp::PatientIns &patient)
{
    const QString key = patient.value + QLatin1Char('|') + patient.oid;
    const QDateTime now = m_clock();
    {
        std::lock_guard lock(m_cacheMutex);
        const auto it = m_existence.constFind(key);
        if (it != m_existence.cend() && it->askedAt.secsTo(now) < m_existenceTtlSeconds && it->askedAt <= now)
            return it->answer;
    }
    auto answer = m_dmp->testExistence(patient);
    if (!answer)
        return answer; // errors are not cached: the next document asks again
    std::lock_guard lock(m_cacheMutex);
    if (m_existence.size() > 10000)
        m_existence.clear(); // bounded: a batch only needs the last minutes
    m_existence.insert(key, {now, *answer});
    return answer;
}

std::optional<SendOutcome> DmpSender::refusalOf(const interop::dmp::DmpExistence &answer)
{
    if (!answer.found)
        return SendOutcome::transient(Tr::tr("Le patient n'a pas de DMP (test d'existence TD0.2) : nouvel essai plus "
                                             "tard, au cas où il serait créé entre-temps."));
    const QString status = answer.patientStatus.trimmed().toLower();
    if (!status.isEmpty() && status != QLatin1String("active"))
        return SendOutcome::permanent(Tr::tr("Le patient n'a pas de DMP actif (statut « %1 » au test d'existence TD0.2) : "
                                             "envoi à reprendre par un humain.").arg(answer.patientStatus));
    if (answer.authorization.compare(QLatin1String("INTERDIT"), Qt::CaseInsensitive) == 0)
        return SendOutcome::permanent(Tr::tr("Accès au DMP refusé : le patient a interdit l'accès de son DMP au laboratoire "
                                             "(autorisation INTERDIT au test d'existence TD0.2). Envoi à reprendre par un humain."));
    return std::nullopt; // VALIDE, EXPIRE, NON_EXISTE: the Alimentation profile needs no authorisation
}

SendOutcome DmpSender::send(const DispatchItem &item)
{
    const QString ins = item.row.recipient.trimmed();
    if (!isIns(ins))
        return SendOutcome::permanent(
            Tr::tr("Identité du patient non qualifiée (INS non qualifié) : envoi au DMP impossible."));
    if (item.row.operation == domain::DispatchOperation::Send && item.version.sharing.dmpWithheld)
        return SendOutcome::permanent(Tr::tr("Envoi au DMP suspendu par le biologiste pour ce document."));

    // The document first: its header carries the OID of the patient's INS (NIR or NIA, production
    // or test) that the VIHF, the TD0.2 request and the metadata must all name.
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
    auto header = interop::mss::CdaSummary::read(document->bytes);
    if (!header)
        return SendOutcome::permanent(header.error().message);
    if (header->ins != ins || header->insRoot.isEmpty())
        return SendOutcome::permanent(Tr::tr("L'INS du document (%1) ne correspond pas à celui du patient destinataire (%2).")
                                          .arg(header->ins.isEmpty() ? Tr::tr("absent") : header->ins, ins));
    const interop::dmp::PatientIns patient{ins, header->insRoot};

    switch (item.row.operation) {
    case domain::DispatchOperation::Send:
        break;
    case domain::DispatchOperation::UpdateSharing: {
        QStringList masks = item.version.sharing.dmpConfidentialityCodes();
        masks.removeAll(QStringLiteral("N"));
        auto updated = m_dmp->updateConfidentiality(patient, item.uniqueId, masks);
        return updated ? SendOutcome::sent() : failure(updated.error());
    }
    case domain::DispatchOperation::Delete: {
        auto deleted = m_dmp->updateAvailability(patient, item.uniqueId, interop::dmp::DmpAvailability::Deleted);
        // Nothing (left) to delete: an earlier attempt did it, or the sending never reached the DMP.
        if (!deleted && deleted.error().code == interop::dmp::errc::NotFound)
            return SendOutcome::sent();
        return deleted ? SendOutcome::sent() : failure(deleted.error());
    }
    }

    if (item.attempt > 1) {
        // An earlier attempt may have reached the DMP before its outcome was recorded.
        auto found = m_dmp->findByUniqueId(patient, item.uniqueId);
        if (!found)
            return failure(found.error());
        for (const interop::xds::DocumentEntry &e : *found)
            if (e.status.isEmpty() || e.status == QLatin1String(interop::xds::uuid::kStatusApproved))
                return SendOutcome::sent(e.id);
    }

    // TD0.2 before publishing: no DMP, a closed one or a patient's refusal each get their own reason.
    auto exists = existence(patient);
    if (!exists)
        return failure(exists.error());
    if (auto refused = refusalOf(*exists))
        return *refused;

    interop::dmp::DmpDocument doc;
    doc.ins = patient;
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
