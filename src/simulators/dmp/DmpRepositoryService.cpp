#include "simulators/dmp/DmpRepositoryService.h"

#include "simulators/dmp/Iti41Validator.h"
#include "simulators/dmp/Tr.h"
#include "simulators/dmp/XdsErrors.h"
#include "simulators/dmp/XdsValues.h"

namespace sgl::simulators::dmp {

using interop::xml::XmlElement;
using interop::xml::XmlNode;

namespace {

void logErrors(DmpCallLog &log, const QList<RegistryError> &errors)
{
    log.outcome = errors.isEmpty() ? QStringLiteral("Success") : QStringLiteral("Failure");
    for (const RegistryError &e : errors)
        log.errorCodes << e.code;
}

XmlNode registryObjectList(const XmlNode &submitObjectsRequest)
{
    return submitObjectsRequest.firstChild(QString(ebxml::kRim), QStringLiteral("RegistryObjectList"));
}

} // namespace

DmpRepositoryService::DmpRepositoryService(const DmpSimulatorConfig &config, const DmpValueSets &valueSets,
                                           DmpRegistry &registry, DmpSignatureVerifier &verifier)
    : m_config(config), m_valueSets(valueSets), m_registry(registry), m_verifier(verifier)
{
}

XmlElement DmpRepositoryService::provideAndRegister(const DmpEnvelope &envelope, const DmpSoapMessage &message,
                                                    const QString &vihfIns, DmpCallLog &log)
{
    QList<RegistryError> errors;
    const XmlNode request = envelope.payload;
    if (request.localName() != QLatin1StringView("ProvideAndRegisterDocumentSetRequest")
        || request.namespaceUri() != ebxml::kXdsB) {
        errors << RegistryError{QString(xdserr::kRegistryMetadata),
                                Tr::tr("ProvideAndRegisterDocumentSetRequest (urn:ihe:iti:xds-b:2007) attendu, « %1 » reçu.")
                                    .arg(request.localName()),
                                request.path()};
        logErrors(log, errors);
        return registryResponse(errors);
    }
    const XmlNode list = registryObjectList(request.firstChild(QString(ebxml::kLcm), QStringLiteral("SubmitObjectsRequest")));
    if (list.isNull()) {
        errors << RegistryError{QString(xdserr::kRegistryMetadata), Tr::tr("SubmitObjectsRequest/RegistryObjectList absent."),
                                request.path()};
        logErrors(log, errors);
        return registryResponse(errors);
    }
    QHash<QString, QByteArray> documents;
    for (const XmlNode &doc : request.childElements(QString(ebxml::kXdsB), QStringLiteral("Document"))) {
        const QString id = doc.attribute(QStringLiteral("id"));
        const XmlNode include = doc.firstChild(QString(ebxml::kXop), QStringLiteral("Include"));
        if (include.isNull()) {
            documents.insert(id, QByteArray::fromBase64(doc.text().trimmed().toLatin1()));
            continue;
        }
        QByteArray cid = include.attribute(QStringLiteral("href")).toUtf8();
        if (cid.startsWith("cid:"))
            cid = cid.mid(4);
        cid = QByteArray::fromPercentEncoding(cid);
        if (!message.attachments.contains(cid)) {
            errors << RegistryError{QString(xdserr::kMissingDocument),
                                    Tr::tr("Partie MTOM « %1 » introuvable pour le Document %2.").arg(QString::fromUtf8(cid), id),
                                    doc.path()};
            continue;
        }
        documents.insert(id, message.attachments.value(cid));
    }
    const EbObjectList objects = EbObjectList::read(list);
    const Iti41Validator validator(m_config, m_valueSets, m_registry, m_verifier);
    Iti41Outcome outcome = validator.validate(objects, documents, vihfIns);
    errors << outcome.errors;
    log.notes << outcome.notes;
    logErrors(log, errors);
    if (errors.isEmpty())
        m_registry.commitSubmission(outcome.submissionSetUniqueId, outcome.entries, outcome.replacedUuids);
    return registryResponse(errors);
}

XmlElement DmpRepositoryService::updateDocumentSet(const DmpEnvelope &envelope, DmpCallLog &log)
{
    QList<RegistryError> errors;
    const auto add = [&errors](QLatin1StringView code, const QString &context, const QString &location) {
        errors << RegistryError{QString(code), context, location};
    };
    const XmlNode request = envelope.payload;
    const XmlNode list = registryObjectList(request);
    if (request.localName() != QLatin1StringView("SubmitObjectsRequest") || request.namespaceUri() != ebxml::kLcm
        || list.isNull()) {
        add(xdserr::kRegistryMetadata, Tr::tr("SubmitObjectsRequest/RegistryObjectList (lcm 3.0) attendu."), request.path());
        logErrors(log, errors);
        return registryResponse(errors);
    }
    const EbObjectList objects = EbObjectList::read(list);
    if (objects.packages.size() != 1) {
        add(xdserr::kRegistryMetadata, Tr::tr("Un lot de soumission et un seul attendu."), list.path());
        logErrors(log, errors);
        return registryResponse(errors);
    }
    const EbObject &ss = objects.packages.first();
    QString ins;
    if (auto why = xdsvalues::checkInsPatientId(ss.externalId(ebxml::kSetPatientId), m_config.acceptedInsOids, &ins))
        add(xdserr::kUnknownPatientId, *why, QStringLiteral("RegistryPackage[@id='%1']").arg(ss.id));
    if (ss.hasSlot(QStringLiteral("submissionTime")))
        if (auto why = xdsvalues::checkUtcTime(ss.slot(QStringLiteral("submissionTime"))))
            add(xdserr::kRegistryMetadata, *why, QStringLiteral("RegistryPackage[@id='%1']").arg(ss.id));

    QList<QPair<QString, QString>> statusChanges; // lid, new status
    QList<DmpStoredEntry> newVersions;
    for (const EbObject &a : objects.associations) {
        const QString where = QStringLiteral("Association[@id='%1'] (ligne %2)").arg(a.id).arg(a.line);
        if (a.associationType == ebxml::kUpdateAvailability) {
            const auto target = m_registry.latestByUuid(a.targetObject);
            const QString original = a.slot(QStringLiteral("OriginalStatus"));
            const QString next = a.slot(QStringLiteral("NewStatus"));
            if (!target) {
                add(xdserr::kUnresolvedReference, Tr::tr("Fiche %1 inconnue.").arg(a.targetObject), where);
                continue;
            }
            if (!ins.isEmpty() && target->patientIns != ins)
                add(xdserr::kPatientIdDoesNotMatch, Tr::tr("La fiche %1 appartient à un autre patient.").arg(a.targetObject), where);
            if (original != target->status) {
                add(xdserr::kMetadataUpdateOperation,
                    Tr::tr("OriginalStatus %1 différent du statut actuel %2.").arg(original, target->status), where);
                continue;
            }
            const bool allowed = (original == ebxml::kApproved && (next == ebxml::kArchived || next == ebxml::kDeleted))
                || (original == ebxml::kArchived && (next == ebxml::kDeleted || next == ebxml::kApproved));
            if (!allowed)
                add(xdserr::kMetadataUpdateOperation, Tr::tr("Passage de %1 à %2 non autorisé.").arg(original, next), where);
            else
                statusChanges << qMakePair(target->lid, next);
            continue;
        }
        if (a.associationType != ebxml::kHasMember || a.sourceObject != ss.id) {
            add(xdserr::kRegistryMetadata, Tr::tr("Association non prise en charge par ITI-57 : %1.").arg(a.associationType), where);
            continue;
        }
        const EbObject *eo = objects.byId(a.targetObject);
        if (eo == nullptr || eo->kind != EbObject::Kind::Extrinsic) {
            add(xdserr::kUnresolvedReference, Tr::tr("HasMember vers %1 : fiche absente de la requête.").arg(a.targetObject), where);
            continue;
        }
        if (!a.hasSlot(QStringLiteral("PreviousVersion"))) {
            add(xdserr::kMetadataUpdateOperation,
                Tr::tr("Mise à jour de métadonnées sans PreviousVersion : une nouvelle fiche passe par ITI-41."), where);
            continue;
        }
        const auto previous = m_registry.latestByUuid(eo->lid);
        if (eo->lid.isEmpty() || !previous) {
            add(xdserr::kUnresolvedReference, Tr::tr("Fiche logique %1 inconnue.").arg(eo->lid), where);
            continue;
        }
        if (a.slot(QStringLiteral("PreviousVersion")) != QString::number(previous->version)) {
            add(xdserr::kMetadataVersion,
                Tr::tr("PreviousVersion %1 alors que la version actuelle de %2 est %3.")
                    .arg(a.slot(QStringLiteral("PreviousVersion")), eo->lid)
                    .arg(previous->version),
                where);
            continue;
        }
        if (previous->status != ebxml::kApproved)
            add(xdserr::kMetadataUpdateOperation, Tr::tr("La fiche %1 n'est pas approuvée (%2).").arg(eo->lid, previous->status), where);
        if (!ins.isEmpty() && previous->patientIns != ins)
            add(xdserr::kPatientIdDoesNotMatch, Tr::tr("La fiche %1 appartient à un autre patient.").arg(eo->lid), where);
        const QString uid = eo->externalId(ebxml::kDocUniqueId);
        if ((!uid.isEmpty() && uid != previous->uniqueId)
            || (eo->hasSlot(QStringLiteral("hash")) && eo->slot(QStringLiteral("hash")).compare(previous->hash, Qt::CaseInsensitive) != 0)
            || (eo->hasSlot(QStringLiteral("size")) && eo->slot(QStringLiteral("size")) != QString::number(previous->size)))
            add(xdserr::kMetadataUpdateOperation,
                Tr::tr("uniqueId, hash et size d'une fiche ne peuvent pas changer par ITI-57."), where);
        QStringList codes;
        for (const EbClassification &c : eo->classified(ebxml::kDocConfidentiality)) {
            codes << c.code;
            if (auto why = m_valueSets.check(DmpValueSets::Set::Confidentiality, c.code, c.codingScheme))
                add(xdserr::kRegistryMetadata, *why, where);
        }
        if (codes.isEmpty())
            add(xdserr::kRegistryMetadata, Tr::tr("confidentialityCode absent de la fiche mise à jour."), where);
        DmpStoredEntry next = *previous;
        next.entryUuid = newUrnUuid();
        next.version = previous->version + 1;
        next.status = QString(ebxml::kApproved);
        next.confidentiality = codes;
        next.metadata.classifications = eo->classifications;
        next.storedAt = QDateTime::currentDateTimeUtc();
        newVersions << next;
    }
    if (statusChanges.isEmpty() && newVersions.isEmpty() && errors.isEmpty())
        add(xdserr::kRegistryMetadata, Tr::tr("Aucune mise à jour dans la requête."), list.path());
    logErrors(log, errors);
    if (!errors.isEmpty())
        return registryResponse(errors);
    for (const DmpStoredEntry &v : newVersions)
        m_registry.addVersion(v);
    for (const auto &[lid, status] : statusChanges)
        m_registry.setStatus(lid, status);
    return registryResponse(errors);
}

} // namespace sgl::simulators::dmp
