#include "interop/dmp/DmpHttp.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"
#include "interop/http/HttpsClient.h"

namespace sgl::interop::dmp {

namespace {

using http::HttpsFailure;

domain::Error transportError(const HttpsFailure &failure, const DmpClientConfig &cfg, const QString &url)
{
    const QString &detail = failure.detail;
    switch (failure.kind) {
    case HttpsFailure::Kind::Timeout:
        return {errc::Timeout,
                Tr::tr("Le DMP n'a pas répondu dans le délai de %1 s ; nouvel essai plus tard.")
                    .arg(QString::number(cfg.timeoutMs / 1000.0, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))),
                url};
    case HttpsFailure::Kind::Unreachable:
        return {errc::Unreachable, Tr::tr("Le DMP est injoignable (%1).").arg(detail), url};
    case HttpsFailure::Kind::TlsUntrustedServer:
        return {errc::Tls,
                Tr::tr("Le certificat du serveur DMP n'est pas reconnu (autorité non approuvée ou nom incorrect) : "
                       "connexion refusée. Détail : %1").arg(detail),
                url};
    case HttpsFailure::Kind::TlsHandshake:
        return {errc::Tls,
                Tr::tr("Échec de la connexion sécurisée (TLS 1.2) avec le DMP : %1. Vérifiez le certificat "
                       "d'authentification de la structure et les autorités de confiance.").arg(detail),
                url};
    case HttpsFailure::Kind::ResponseTooLarge:
        return {errc::ResponseTooLarge,
                Tr::tr("Réponse du DMP anormalement volumineuse (plus de %1 octets) : ignorée.")
                    .arg(cfg.maxResponseBytes),
                url};
    default:
        break;
    }
    if (failure.mentionsTlsAlert())
        return {errc::Tls,
                Tr::tr("La connexion sécurisée a été refusée par le DMP (certificat client absent ou non reconnu ?) : %1").arg(detail),
                url};
    return {errc::Transport, Tr::tr("Erreur réseau pendant l'appel au DMP : %1").arg(detail), url};
}

} // namespace

domain::Result<DmpHttpReply> DmpHttp::post(const DmpClientConfig &config, const QString &url,
                                           const QByteArray &contentType, const QByteArray &body)
{
    http::HttpsRequest request;
    request.url = url;
    request.method = http::HttpsRequest::Method::Post;
    request.body = body;
    request.headerLines = {QByteArrayLiteral("Content-Type: ") + contentType};
    request.wantedHeaders = {QByteArrayLiteral("Content-Type")};
    http::HttpsTransport transport;
    transport.caBundlePath = config.caBundlePath;
    transport.clientCertificatePath = config.certificatePath;
    transport.clientKeyPath = config.privateKeyPath;
    transport.clientKeyPassword = config.keyPassword;
    transport.timeoutMs = config.timeoutMs;
    transport.connectTimeoutMs = config.connectTimeoutMs;
    transport.maxResponseBytes = config.maxResponseBytes;
    // TLS 1.2 and nothing else: the DMP's LPS access is TLS 1.2 only (PDT-INF-579).
    transport.tls12Only = true;
    auto answer = http::HttpsClient::perform(request, transport);
    if (!answer)
        return std::unexpected(transportError(answer.error(), config, url));
    DmpHttpReply reply;
    reply.status = answer->status;
    reply.contentType = answer->header("Content-Type");
    reply.body = std::move(answer->body);
    return reply;
}

} // namespace sgl::interop::dmp
