#include "simulators/dmp/DmpHandler.h"

#include "simulators/dmp/DmpQueryService.h"
#include "simulators/dmp/DmpRegistryJournal.h"
#include "simulators/dmp/DmpRepositoryService.h"
#include "simulators/dmp/Tr.h"
#include "simulators/dmp/XdsErrors.h"
#include "simulators/dmp/XdsValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace sgl::simulators::dmp {

Q_LOGGING_CATEGORY(lcDmpSim, "sgl.sim.dmp", QtWarningMsg)

using common::SimHttpRequest;
using common::SimHttpResponse;

namespace {

const QString kBase = QStringLiteral("/si-dmp-server/v2/services");

enum class Transaction { Td02, Iti41, Iti18, Iti57 };

struct Route {
    QString path;
    QString action;
    QString responseAction;
    Transaction transaction;
};

const QList<Route> &routes()
{
    static const QList<Route> r = {
        {kBase + QStringLiteral("/patients"), QStringLiteral("urn:hl7-org:v3:PRPA_IN201307UV02"),
         QStringLiteral("urn:hl7-org:v3:PRPA_IN201308UV02"), Transaction::Td02},
        {kBase + QStringLiteral("/repository"), QStringLiteral("urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b"),
         QStringLiteral("urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-bResponse"), Transaction::Iti41},
        {kBase + QStringLiteral("/registry"), QStringLiteral("urn:ihe:iti:2007:RegistryStoredQuery"),
         QStringLiteral("urn:ihe:iti:2007:RegistryStoredQueryResponse"), Transaction::Iti18},
        {kBase + QStringLiteral("/registry"), QStringLiteral("urn:ihe:iti:2010:UpdateDocumentSet"),
         QStringLiteral("urn:ihe:iti:2010:UpdateDocumentSet-Response"), Transaction::Iti57},
    };
    return r;
}

SimHttpResponse plain(int status, const QString &text)
{
    SimHttpResponse r;
    r.status = status;
    r.body = text.toUtf8();
    r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
    return r;
}

} // namespace

DmpHandler::DmpHandler(DmpSimulatorConfig config, DmpValueSets valueSets, std::unique_ptr<DmpSignatureVerifier> verifier)
    : m_config(std::move(config)), m_valueSets(std::move(valueSets)), m_verifier(std::move(verifier))
{
}

DmpHandler::~DmpHandler() = default;

domain::Result<std::unique_ptr<DmpHandler>> DmpHandler::create(DmpSimulatorConfig config,
                                                               std::unique_ptr<DmpSignatureVerifier> verifier)
{
    auto sets = DmpValueSets::load(config.valueSetDirectory);
    if (!sets)
        return std::unexpected(sets.error());
    std::unique_ptr<DmpHandler> handler(new DmpHandler(std::move(config), std::move(*sets), std::move(verifier)));
    if (!handler->m_config.journalPath.isEmpty()) {
        auto journal = DmpRegistryJournal::open(handler->m_config.journalPath, handler->m_registry);
        if (!journal)
            return std::unexpected(journal.error());
        handler->m_registry.attachJournal(std::move(*journal));
    }
    return handler;
}

const QStringList &DmpHandler::postPaths()
{
    static const QStringList p = {kBase + QStringLiteral("/patients"), kBase + QStringLiteral("/repository"),
                                  kBase + QStringLiteral("/registry")};
    return p;
}

const QStringList &DmpHandler::getPaths()
{
    static const QStringList p = {QStringLiteral("/admin/documents")};
    return p;
}

QList<DmpCallLog> DmpHandler::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

void DmpHandler::record(const DmpCallLog &log)
{
    qCInfo(lcDmpSim).noquote() << log.path << log.action << log.messageId << log.outcome << log.errorCodes.join(u',')
                               << log.notes.join(QStringLiteral(" | "));
    QMutexLocker lock(&m_mutex);
    m_calls << log;
}

SimHttpResponse DmpHandler::handle(const SimHttpRequest &request)
{
    if (request.method == "GET") {
        SimHttpResponse r;
        r.body = adminDocumentsJson();
        r.contentType = QByteArrayLiteral("application/json");
        return r;
    }
    DmpCallLog log;
    log.path = request.path;
    SimHttpResponse response = soapCall(request.path, decodeHttpBody(request.contentType, request.body), log);
    record(log);
    return response;
}

SimHttpResponse DmpHandler::handleMessage(const QString &path, const DmpSoapMessage &message)
{
    DmpCallLog log;
    log.path = path;
    SimHttpResponse response = soapCall(path, message, log);
    record(log);
    return response;
}

SimHttpResponse DmpHandler::soapCall(const QString &path, const std::expected<DmpSoapMessage, SimHttpResponse> &message,
                                     DmpCallLog &log)
{
    const std::optional<DmpFaultShot> shot = m_faults.take();
    if (shot && shot->kind == DmpFaultKind::Http503) {
        log.outcome = QStringLiteral("HTTP 503");
        return plain(503, Tr::tr("Service DMP indisponible (injection de panne)."));
    }
    if (shot && shot->kind == DmpFaultKind::SoapReceiverFault) {
        log.outcome = QStringLiteral("Fault Receiver");
        return soapFault(DmpFault{500, false, QString(), Tr::tr("Erreur interne du DMP (injection de panne).")}, QString());
    }
    if (!message) {
        log.outcome = QStringLiteral("HTTP %1").arg(message.error().status);
        return message.error();
    }
    auto envelope = parseEnvelope(message->rootXml);
    if (!envelope) {
        log.outcome = QStringLiteral("Fault ") + envelope.error().subcode;
        return soapFault(envelope.error(), QString());
    }
    log.action = envelope->action;
    log.messageId = envelope->messageId;
    if (envelope->soap11)
        log.notes << Tr::tr("Enveloppe SOAP 1.1 tolérée (exemple officiel TD2.1).");
    const Route *route = nullptr;
    for (const Route &r : routes())
        if (r.path == path && r.action == envelope->action)
            route = &r;
    if (route == nullptr) {
        log.outcome = QStringLiteral("Fault wsa:ActionNotSupported");
        return soapFault(DmpFault{500, true, QStringLiteral("wsa:ActionNotSupported"),
                                  Tr::tr("Action « %1 » non prise en charge sur %2.").arg(envelope->action, path)},
                         envelope->messageId);
    }
    if (envelope->security.isNull()) {
        log.outcome = QStringLiteral("Fault wsse:InvalidSecurity");
        return soapFault(DmpFault{500, true, QStringLiteral("wsse:InvalidSecurity"),
                                  Tr::tr("En-tête wsse:Security (jeton VIHF) absent.")},
                         envelope->messageId);
    }
    const auto vihf = m_verifier->verifyVihf(message->rootXml);
    if (!vihf) {
        log.outcome = QStringLiteral("Fault wsse:FailedAuthentication");
        log.errorCodes << vihf.error().code;
        return soapFault(DmpFault{500, true, QStringLiteral("wsse:FailedAuthentication"),
                                  Tr::tr("Jeton VIHF refusé : %1").arg(vihf.error().message)},
                         envelope->messageId);
    }
    QString vihfIns;
    if (!vihf->resourceId.isEmpty() && xdsvalues::checkInsPatientId(vihf->resourceId, m_config.acceptedInsOids, &vihfIns))
        vihfIns.clear();
    if (shot && shot->kind == DmpFaultKind::RegistryError && route->transaction == Transaction::Td02) {
        // TD0.2 has no RegistryResponse: the same "registry unavailable" is a Receiver fault there.
        log.outcome = QStringLiteral("Fault Receiver");
        return soapFault(DmpFault{500, false, QString(), Tr::tr("Registre DMP indisponible (injection de panne).")},
                         envelope->messageId);
    }
    if (shot && shot->kind == DmpFaultKind::RegistryError) {
        const RegistryError busy{QString(xdserr::kRegistryNotAvailable), Tr::tr("Registre DMP indisponible (injection de panne)."),
                                 QString()};
        log.outcome = QStringLiteral("Failure");
        log.errorCodes << busy.code;
        return soapAnswer(route->responseAction, envelope->messageId, registryResponse({busy}));
    }

    SimHttpResponse response;
    switch (route->transaction) {
    case Transaction::Td02: {
        const DmpQueryService queries(m_config, m_registry);
        auto answer = queries.existenceTest(*envelope, log);
        if (!answer) {
            log.outcome = QStringLiteral("Fault");
            return soapFault(answer.error(), envelope->messageId);
        }
        response = soapAnswer(route->responseAction, envelope->messageId, *answer);
        break;
    }
    case Transaction::Iti18: {
        const DmpQueryService queries(m_config, m_registry);
        response = soapAnswer(route->responseAction, envelope->messageId, queries.storedQuery(*envelope, log));
        break;
    }
    case Transaction::Iti41: {
        DmpRepositoryService repository(m_config, m_valueSets, m_registry, *m_verifier);
        response = soapAnswer(route->responseAction, envelope->messageId,
                              repository.provideAndRegister(*envelope, *message, vihfIns, log));
        break;
    }
    case Transaction::Iti57: {
        DmpRepositoryService repository(m_config, m_valueSets, m_registry, *m_verifier);
        response = soapAnswer(route->responseAction, envelope->messageId, repository.updateDocumentSet(*envelope, log));
        break;
    }
    }
    if (shot && shot->kind == DmpFaultKind::Slow)
        response.delayMs = shot->delayMs;
    if (shot && shot->kind == DmpFaultKind::DropAfterStore) {
        response.dropConnection = true;
        log.notes << Tr::tr("Connexion coupée après traitement (injection de panne).");
    }
    return response;
}

QByteArray DmpHandler::adminDocumentsJson() const
{
    QJsonArray list;
    for (const DmpStoredEntry &e : m_registry.allVersions()) {
        QJsonObject o;
        o.insert(QStringLiteral("uniqueId"), e.uniqueId);
        o.insert(QStringLiteral("entryUuid"), e.entryUuid);
        o.insert(QStringLiteral("lid"), e.lid);
        o.insert(QStringLiteral("version"), e.version);
        o.insert(QStringLiteral("ins"), e.patientIns);
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("confidentiality"), QJsonArray::fromStringList(e.confidentiality));
        o.insert(QStringLiteral("signature"), e.signature);
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("hash"), e.hash);
        o.insert(QStringLiteral("submissionSetUniqueId"), e.submissionSetUniqueId);
        o.insert(QStringLiteral("replaces"), e.replaces);
        o.insert(QStringLiteral("storedAt"), e.storedAt.toString(Qt::ISODate));
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace sgl::simulators::dmp
