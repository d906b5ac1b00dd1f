#include "interop/dmp/DmpClient.h"

#include "interop/dmp/DmpExistenceMessage.h"
#include "interop/dmp/DmpHttp.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/xds/CrBioMetadataMapper.h"
#include "interop/xds/ErrorCodes.h"
#include "interop/xds/MtomMessage.h"
#include "interop/xds/ProvideAndRegisterRequest.h"
#include "interop/xds/RegistryResponse.h"
#include "interop/xds/SoapRequestWriter.h"
#include "interop/xds/StoredQueryRequest.h"
#include "interop/xds/UpdateDocumentSetRequest.h"
#include "interop/xds/XdsConstants.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace sgl::interop::dmp {

using domain::fail;
namespace uuid = xds::uuid;

namespace {

const QStringList kDmpMasks{QStringLiteral("MASQUE_PS"), QStringLiteral("INVISIBLE_PATIENT"),
                            QStringLiteral("INVISIBLE_REPRESENTANTS_LEGAUX")};

domain::Status checkFile(const QString &path, const char *field, const QString &what)
{
    if (path.isEmpty() || !QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
        return fail(errc::Config, Tr::tr("%1 du DMP introuvable ou illisible.").arg(what),
                    path.isEmpty() ? QString::fromLatin1(field) : path);
    return {};
}

} // namespace

DmpClient::DmpClient(DmpClientConfig config, std::shared_ptr<DmpSecurity> security)
    : m_config(std::move(config)), m_security(std::move(security)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

domain::Result<std::unique_ptr<DmpClient>> DmpClient::create(DmpClientConfig config, std::shared_ptr<DmpSecurity> security)
{
    while (config.endpoint.endsWith(QLatin1Char('/')))
        config.endpoint.chop(1);
    const QUrl url(config.endpoint);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return fail(errc::Config, Tr::tr("Adresse du DMP invalide « %1 » : une URL https:// est exigée.").arg(config.endpoint),
                    QStringLiteral("endpoint"));
    if (auto st = checkFile(config.certificatePath, "certificate", Tr::tr("Certificat d'authentification")); !st)
        return std::unexpected(st.error());
    if (auto st = checkFile(config.privateKeyPath, "key", Tr::tr("Clé privée du certificat")); !st)
        return std::unexpected(st.error());
    if (auto st = checkFile(config.caBundlePath, "ca", Tr::tr("Fichier des autorités de confiance")); !st)
        return std::unexpected(st.error());
    static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    if (!oid.match(config.sourceOid).hasMatch() || config.sourceOid.size() > 40)
        return fail(errc::Config, Tr::tr("OID racine du laboratoire invalide « %1 » (identifiant des lots envoyés au DMP).")
                                      .arg(config.sourceOid),
                    QStringLiteral("sourceOid"));
    if (config.timeoutMs <= 0 || config.connectTimeoutMs <= 0 || config.maxResponseBytes <= 0)
        return fail(errc::Config, Tr::tr("Délais ou taille maximale de réponse du DMP invalides."), QStringLiteral("timeoutMs"));
    if (!security)
        return fail(errc::Config, Tr::tr("Certificat de signature (cachet) du DMP non paramétré."), QStringLiteral("security"));
    return std::unique_ptr<DmpClient>(new DmpClient(std::move(config), std::move(security)));
}

QString DmpClient::newOid(int branch) const
{
    // <root>.<branch>.<ms since epoch><3 random digits>: unique per lab without a counter in the database.
    return QStringLiteral("%1.%2.%3%4")
        .arg(m_config.sourceOid)
        .arg(branch)
        .arg(m_clock().toMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0'));
}

domain::Result<xds::SoapResponse> DmpClient::call(const char *path, const char *action, const PatientIns &ins,
                                                  const std::function<void(xml::XmlWriterElement)> &writeBody,
                                                  const QList<QPair<QByteArray, QByteArray>> &attachments)
{
    auto header = m_security->wsSecurityHeader(VihfContext{ins.value, ins.oid});
    if (!header)
        return std::unexpected(header.error());
    const QString url = m_config.endpoint + QLatin1String(path);
    xds::SoapRequestWriter writer({QString::fromLatin1(action), xds::SoapAddressing::newMessageId(), url}, *header);
    writeBody(writer.body());
    auto envelope = writer.toBytes();
    if (!envelope)
        return std::unexpected(envelope.error());
    QByteArray contentType;
    QByteArray body;
    if (attachments.isEmpty()) {
        contentType = QByteArrayLiteral("application/soap+xml; charset=UTF-8; action=\"") + action + '"';
        body = *envelope;
    } else {
        xds::MtomMessage message;
        message.rootXml = *envelope;
        for (const auto &[cid, bytes] : attachments)
            message.attachments.append({cid, QByteArrayLiteral("text/xml"), bytes});
        body = message.serialize(&contentType, QByteArray(action));
    }
    auto reply = DmpHttp::post(m_config, url, contentType, body);
    if (!reply)
        return std::unexpected(reply.error());
    auto message = xds::MtomMessage::parse(reply->contentType, reply->body);
    std::optional<xds::SoapResponse> soap;
    if (message) {
        auto parsed = xds::SoapResponse::parse(message->rootXml, Tr::tr("réponse du DMP"));
        if (parsed)
            soap = std::move(*parsed);
        else if (reply->status == 200)
            return std::unexpected(parsed.error());
    } else if (reply->status == 200) {
        return std::unexpected(message.error());
    }
    if (soap && soap->isFault()) {
        const xds::SoapFault &f = soap->fault();
        const QString reason = f.reason.isEmpty() ? f.code : f.reason;
        if (f.isReceiverFault())
            return fail(errc::ServerBusy, Tr::tr("Le DMP est momentanément indisponible : %1").arg(reason), url);
        return fail(errc::Rejected, Tr::tr("Le DMP a refusé la demande : %1").arg(reason),
                    f.subcode.isEmpty() ? f.code : f.subcode);
    }
    if (reply->status >= 500)
        return fail(errc::Unavailable, Tr::tr("Le DMP est indisponible (statut HTTP %1) ; nouvel essai plus tard.").arg(reply->status),
                    url);
    if (reply->status != 200 || !soap)
        return fail(errc::HttpStatus, Tr::tr("Le DMP a refusé la demande (statut HTTP %1).").arg(reply->status), url);
    return std::move(*soap);
}

domain::Result<DmpExistence> DmpClient::testExistence(const PatientIns &ins)
{
    ExistenceRequest request;
    request.ins = ins.value;
    request.insOid = ins.oid;
    request.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.queryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.senderOid = m_config.sourceOid;
    request.creationTime = m_clock();
    auto soap = call("/patients", "urn:hl7-org:v3:PRPA_IN201307UV02", ins,
                     [&](xml::XmlWriterElement body) { DmpExistenceMessage::write(body, request); });
    if (!soap)
        return std::unexpected(soap.error());
    return DmpExistenceMessage::parse(soap->payload());
}

domain::Result<QList<xds::DocumentEntry>> DmpClient::findByUniqueId(const PatientIns &ins, const QString &uniqueId)
{
    auto soap = call("/registry", uuid::kActionRegistryStoredQuery, ins, [&](xml::XmlWriterElement body) {
        xds::StoredQueryRequest::getDocumentsByUniqueId(body, {uniqueId});
    });
    if (!soap)
        return std::unexpected(soap.error());
    auto response = xds::RegistryResponseParser::queryResponse(soap->payload());
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(response->toError());
    return response->entries;
}

domain::Result<xds::DocumentEntry> DmpClient::findCurrent(const PatientIns &ins, const QString &uniqueId)
{
    auto entries = findByUniqueId(ins, uniqueId);
    if (!entries)
        return std::unexpected(entries.error());
    // The current version: Approved, or Archived (still deletable); never a Deprecated or Deleted one.
    for (const xds::DocumentEntry &e : *entries)
        if (e.status == QLatin1String(uuid::kStatusApproved) || e.status.isEmpty())
            return e;
    for (const xds::DocumentEntry &e : *entries)
        if (e.status == QLatin1String(uuid::kStatusArchived))
            return e;
    return fail(errc::NotFound, Tr::tr("Document « %1 » introuvable dans le DMP du patient.").arg(uniqueId), uniqueId);
}

domain::Result<DmpPublication> DmpClient::provideAndRegister(const DmpDocument &document)
{
    xds::CrBioMappingOptions options;
    options.confidentialityCodes = document.confidentialityCodes;
    options.fallbackFamily = m_config.authorFallbackFamily;
    options.fallbackGiven = m_config.authorFallbackGiven;
    auto entry = xds::CrBioMetadataMapper::map(document.cda, options);
    if (!entry)
        return std::unexpected(entry.error());
    if (entry->patientId != document.ins.cx())
        return fail(xds::errc::InvalidDocument,
                    Tr::tr("L'INS du document ne correspond pas à celui du patient destinataire."), QStringLiteral("ins"));
    DmpPublication publication;
    publication.uniqueId = entry->uniqueId;
    if (!document.replacesUniqueId.isEmpty()) {
        // RPLC needs the entryUUID of the registered previous version (TD3.1b). A previous version
        // that never reached the DMP (withheld) leaves nothing to replace: published as new.
        auto previous = findCurrent(document.ins, document.replacesUniqueId);
        if (previous)
            publication.replacedEntryUuid = previous->id;
        else if (previous.error().code != errc::NotFound)
            return std::unexpected(previous.error());
    }
    const QDateTime now = m_clock();
    publication.submissionSetUniqueId = newOid(1);
    const QString signatureUniqueId = newOid(2);
    auto signature = m_security->submissionSignature(
        {signatureUniqueId, publication.submissionSetUniqueId, {{entry->uniqueId, document.cda}}, now.toUTC()});
    if (!signature)
        return std::unexpected(signature.error());
    const xds::Submission submission = xds::ProvideAndRegisterRequest::makeSubmission(
        *entry, publication.submissionSetUniqueId, signatureUniqueId, m_config.sourceOid,
        {m_config.contentTypeCode, QStringLiteral("1.2.250.1.213.2.2"), m_config.contentTypeDisplay}, now,
        publication.replacedEntryUuid);
    const QByteArray docCid = QByteArrayLiteral("0.1.") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@sgl";
    const QByteArray sigCid = QByteArrayLiteral("0.2.") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@sgl";
    const QList<xds::SubmissionPart> parts{{submission.document.id, QString::fromLatin1(docCid), document.cda},
                                           {submission.signature.id, QString::fromLatin1(sigCid), *signature}};
    auto soap = call("/repository", uuid::kActionProvideAndRegister, document.ins,
                     [&](xml::XmlWriterElement body) {
                         xds::ProvideAndRegisterRequest::write(body, submission, parts, xds::DocumentPayload::Xop);
                     },
                     {{docCid, document.cda}, {sigCid, *signature}});
    if (!soap)
        return std::unexpected(soap.error());
    auto response = xds::RegistryResponseParser::registryResponse(soap->payload());
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(response->toError());
    return publication;
}

xds::SubmissionSet DmpClient::updateSet(const xds::DocumentEntry &entry) const
{
    xds::SubmissionSet set;
    set.uniqueId = newOid(1);
    set.sourceId = m_config.sourceOid;
    set.patientId = entry.patientId;
    set.submissionTime = xds::ProvideAndRegisterRequest::dtm(m_clock());
    set.title = entry.title;
    set.authors = entry.authors;
    set.contentTypeCode = {m_config.contentTypeCode, QStringLiteral("1.2.250.1.213.2.2"), m_config.contentTypeDisplay};
    return set;
}

domain::Status DmpClient::submitUpdate(const PatientIns &ins, const std::function<void(xml::XmlWriterElement)> &writeBody)
{
    auto soap = call("/registry", uuid::kActionUpdateDocumentSet, ins, writeBody);
    if (!soap)
        return std::unexpected(soap.error());
    auto response = xds::RegistryResponseParser::registryResponse(soap->payload());
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(response->toError());
    return {};
}

domain::Status DmpClient::updateConfidentiality(const PatientIns &ins, const QString &uniqueId, const QStringList &maskCodes)
{
    auto entry = findCurrent(ins, uniqueId);
    if (!entry)
        return std::unexpected(entry.error());
    xds::DocumentEntry changed = *entry;
    changed.confidentialityCodes.removeIf([](const xds::XdsCode &c) { return kDmpMasks.contains(c.code); });
    for (const QString &code : kDmpMasks) // canonical order, whatever the caller's
        if (maskCodes.contains(code))
            changed.confidentialityCodes.append(xds::CrBioMetadataMapper::confidentialityCode(code));
    if (changed.confidentialityCodes == entry->confidentialityCodes)
        return {}; // already as asked: an ITI-57 would only create a useless version
    const xds::SubmissionSet set = updateSet(*entry);
    return submitUpdate(ins, [&](xml::XmlWriterElement body) { xds::UpdateDocumentSetRequest::metadataUpdate(body, set, changed); });
}

domain::Status DmpClient::updateAvailability(const PatientIns &ins, const QString &uniqueId, DmpAvailability availability)
{
    auto entry = findCurrent(ins, uniqueId);
    if (!entry)
        return std::unexpected(entry.error());
    const xds::SubmissionSet set = updateSet(*entry);
    const QString newStatus = QString::fromLatin1(availability == DmpAvailability::Deleted ? uuid::kStatusDeleted : uuid::kStatusArchived);
    const QString original = entry->status.isEmpty() ? QString::fromLatin1(uuid::kStatusApproved) : entry->status;
    return submitUpdate(ins, [&](xml::XmlWriterElement body) {
        xds::UpdateDocumentSetRequest::availabilityUpdate(body, set, entry->id, original, newStatus);
    });
}

} // namespace sgl::interop::dmp
