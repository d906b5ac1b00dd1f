#include "interop/insi/InsiClient.h"

#include "interop/http/HttpsClient.h"
#include "interop/insi/ErrorCodes.h"
#include "interop/insi/InsiRequestBuilder.h"
#include "interop/insi/InsiResponseParser.h"
#include "interop/insi/Tr.h"
#include "interop/xml/XmlSigner.h"

#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace sgl::interop::insi {

using domain::fail;

namespace {

using http::HttpsFailure;

domain::Error transportError(const HttpsFailure &failure, const InsiClientConfig &cfg)
{
    const QString &detail = failure.detail;
    const QString where = cfg.endpoint;
    switch (failure.kind) {
    case HttpsFailure::Kind::Timeout:
        return {errc::Timeout,
                Tr::tr("Le service INSi n'a pas répondu dans le délai de %1 s. L'identité n'a pas été modifiée ; "
                   "réessayez plus tard.").arg(cfg.timeoutMs / 1000.0, 0, 'f', 1),
                where};
    case HttpsFailure::Kind::Unreachable:
        return {errc::Unreachable,
                Tr::tr("Le service INSi est injoignable (%1). L'identité n'a pas été modifiée.").arg(detail), where};
    case HttpsFailure::Kind::TlsUntrustedServer:
        return {errc::Tls,
                Tr::tr("Le certificat du serveur INSi n'est pas reconnu (autorité non approuvée ou nom incorrect) : "
                   "connexion refusée. Détail : %1").arg(detail),
                where};
    case HttpsFailure::Kind::TlsHandshake:
        return {errc::Tls,
                Tr::tr("Échec de la connexion sécurisée (TLS) avec le service INSi : %1").arg(detail), where};
    case HttpsFailure::Kind::ConnectionDropped:
        // Mutual-TLS servers that refuse a client certificate after a TLS 1.3 handshake often
        // just close or reset the connection.
        return {errc::Transport,
                Tr::tr("Le service INSi a interrompu la connexion sans répondre (certificat client probablement "
                   "refusé ; détail : %1). L'identité n'a pas été modifiée.").arg(detail),
                where};
    case HttpsFailure::Kind::ResponseTooLarge:
        return {errc::ResponseTooLarge,
                Tr::tr("Réponse INSi anormalement volumineuse (plus de %1 octets) : ignorée.")
                    .arg(cfg.maxResponseBytes),
                where};
    default:
        break;
    }
    // TLS 1.3 servers reject a missing/unknown client certificate after the handshake: the
    // client then sees a read error carrying the TLS alert.
    if (failure.mentionsTlsAlert() || detail.contains(QLatin1String("SSL"), Qt::CaseSensitive))
        return {errc::Tls,
                Tr::tr("La connexion sécurisée (TLS) a été refusée par le service INSi "
                   "(certificat client absent ou non reconnu ?) : %1").arg(detail),
                where};
    return {errc::Transport,
            Tr::tr("Erreur réseau pendant l'appel INSi : %1. L'identité n'a pas été modifiée.").arg(detail), where};
}

} // namespace

InsiClient::InsiClient(InsiClientConfig config, OrganisationCertificate certificate)
    : m_config(std::move(config)), m_certificate(std::move(certificate))
{
}

domain::Status InsiClient::checkConfig(const InsiClientConfig &config)
{
    const QUrl url(config.endpoint);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return fail(errc::Config,
                    Tr::tr("Adresse du service INSi invalide « %1 » : une URL https:// est exigée.").arg(config.endpoint),
                    QStringLiteral("endpoint"));
    if (config.caBundlePath.isEmpty() || !QFileInfo(config.caBundlePath).isFile())
        return fail(errc::Config,
                    Tr::tr("Fichier des autorités de confiance du serveur INSi introuvable."),
                    config.caBundlePath.isEmpty() ? QStringLiteral("caBundlePath") : config.caBundlePath);
    if (config.idam.trimmed().isEmpty())
        return fail(errc::Config, Tr::tr("Numéro d'autorisation du logiciel (IDAM) non paramétré."),
                    QStringLiteral("idam"));
    if (config.timeoutMs <= 0 || config.connectTimeoutMs <= 0)
        return fail(errc::Config, Tr::tr("Délai d'attente INSi invalide."), QStringLiteral("timeoutMs"));
    return {};
}

domain::Result<InsiClient> InsiClient::create(InsiClientConfig config)
{
    if (auto st = checkConfig(config); !st)
        return std::unexpected(st.error());
    auto cert = OrganisationCertificate::load(config.certificatePath, config.privateKeyPath, config.keyPassword);
    if (!cert)
        return std::unexpected(cert.error());
    if (config.instanceId.isEmpty())
        config.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return InsiClient(std::move(config), std::move(*cert));
}

domain::Result<InsiClient> InsiClient::createCpx(InsiClientConfig config, InsiCpxCard card)
{
    if (auto st = checkConfig(config); !st)
        return std::unexpected(st.error());
    if (card.key.key == nullptr || card.key.certificatePem.isEmpty() || card.certificateSubject.trimmed().isEmpty()
        || card.nationalId.trimmed().isEmpty())
        return fail(errc::CpxCard,
                    Tr::tr("Carte CPS inutilisable pour INSi : clé, certificat ou identifiant national du porteur absent."),
                    {});
    if (config.instanceId.isEmpty())
        config.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    InsiClient client(std::move(config), OrganisationCertificate{});
    client.m_cpx = std::move(card);
    return client;
}

domain::Result<HttpExchange> InsiClient::post(const QByteArray &envelope, const char *action) const
{
    http::HttpsRequest request;
    request.url = m_config.endpoint;
    request.method = http::HttpsRequest::Method::Post;
    request.body = envelope;
    request.headerLines = {QByteArrayLiteral("Content-Type: application/soap+xml; charset=UTF-8; action=\"") + action
                           + '"'};
    http::HttpsTransport transport;
    transport.caBundlePath = m_config.caBundlePath;
    // CPx mode: the service authenticates the card's signed assertion, not a TLS client certificate.
    if (!m_cpx) {
        transport.clientCertificatePath = m_config.certificatePath;
        transport.clientKeyPath = m_config.privateKeyPath;
        transport.clientKeyPassword = m_config.keyPassword;
    }
    transport.timeoutMs = m_config.timeoutMs;
    transport.connectTimeoutMs = m_config.connectTimeoutMs;
    transport.maxResponseBytes = m_config.maxResponseBytes;
    auto answer = http::HttpsClient::perform(request, transport);
    if (!answer)
        return std::unexpected(transportError(answer.error(), m_config));
    return HttpExchange{answer->status, std::move(answer->body)};
}

domain::Result<InsiResult> InsiClient::call(const domain::Result<QByteArray> &envelope, const InsiRequestContext &context,
                                            const char *action)
{
    auto body = seal(envelope, context);
    if (!body)
        return std::unexpected(body.error());
    auto exchange = post(*body, action);
    if (!exchange)
        return std::unexpected(exchange.error());
    auto result = InsiResponseParser::parse(exchange->body, exchange->status, m_config.useTestOids);
    if (!result)
        return result;
    result->messageId = context.messageId;
    return result;
}

domain::Result<QByteArray> InsiClient::seal(const domain::Result<QByteArray> &envelope, const InsiRequestContext &context) const
{
    if (!envelope)
        return std::unexpected(envelope.error());
    QByteArray body = *envelope;
    if (m_cpx && context.cpx) {
        xml::XmlEnvelopedSignatureSpec spec;
        spec.idAttribute = {QString::fromLatin1(kSamlNs), QStringLiteral("Assertion"), QStringLiteral("ID")};
        spec.targetId = context.cpx->assertionId;
        spec.insertAfterNamespace = QString::fromLatin1(kSamlNs);
        spec.insertAfterLocalName = QStringLiteral("Issuer");
        auto signedEnvelope = xml::XmlSigner::signEnveloped(body, m_cpx->key, spec);
        if (!signedEnvelope)
            return std::unexpected(signedEnvelope.error());
        body = std::move(*signedEnvelope);
    }
    return body;
}

domain::Result<QByteArray> InsiClient::traitsEnvelope(const InsiTraitsQuery &query) const
{
    const InsiRequestContext ctx = context();
    return seal(InsiRequestBuilder::traitsRequest(query, ctx), ctx);
}

InsiRequestContext InsiClient::context() const
{
    InsiRequestContext ctx = InsiRequestContext::makeDefault();
    ctx.emetteur = m_certificate.organisationalUnit;
    ctx.idam = m_config.idam;
    ctx.softwareVersion = m_config.softwareVersion;
    ctx.instanceId = m_config.instanceId;
    if (m_cpx) {
        ctx.emetteur = m_cpx->nationalId;
        InsiCpxAssertion assertion;
        assertion.assertionId = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        assertion.issuerSubject = m_cpx->certificateSubject;
        assertion.nationalId = m_cpx->nationalId;
        assertion.billingId = m_cpx->billingId;
        assertion.activitySector = m_cpx->activitySector;
        assertion.issueInstant = ctx.time;
        ctx.cpx = assertion;
    }
    return ctx;
}

domain::Result<InsiResult> InsiClient::searchByTraits(const InsiTraitsQuery &query)
{
    const InsiRequestContext ctx = context();
    return call(InsiRequestBuilder::traitsRequest(query, ctx), ctx, kActionTraits);
}

domain::Result<InsiResult> InsiClient::searchByVitale(const InsiVitaleQuery &query)
{
    const InsiRequestContext ctx = context();
    return call(InsiRequestBuilder::vitaleRequest(query, ctx), ctx, kActionVitale);
}

} // namespace sgl::interop::insi
