#include "interop/psc/PscHttp.h"

#include "interop/http/HttpsClient.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QUrl>

namespace sgl::interop::psc {

namespace {

using http::HttpsFailure;

domain::Error transportError(const HttpsFailure &failure, const PscTransportConfig &cfg, const QString &url)
{
    const QString &detail = failure.detail;
    switch (failure.kind) {
    case HttpsFailure::Kind::Timeout:
        return {errc::Timeout, Tr::tr("Pro Santé Connect n'a pas répondu dans le délai de %1 s.")
                                   .arg(cfg.timeoutMs / 1000.0, 0, 'f', 1), url};
    case HttpsFailure::Kind::Unreachable:
        return {errc::Unreachable, Tr::tr("Pro Santé Connect est injoignable (%1).").arg(detail), url};
    case HttpsFailure::Kind::TlsUntrustedServer:
    case HttpsFailure::Kind::TlsHandshake:
        return {errc::Tls, Tr::tr("Connexion sécurisée avec Pro Santé Connect refusée (certificat du serveur non "
                                  "reconnu ou nom incorrect) : %1").arg(detail), url};
    case HttpsFailure::Kind::ResponseTooLarge:
        return {errc::Transport, Tr::tr("Réponse de Pro Santé Connect anormalement volumineuse (plus de %1 "
                                        "octets) : ignorée.").arg(cfg.maxResponseBytes), url};
    default:
        return {errc::Transport, Tr::tr("Erreur réseau pendant l'appel à Pro Santé Connect : %1").arg(detail), url};
    }
}

} // namespace

QByteArray PscHttp::form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

domain::Result<PscHttpResponse> PscHttp::send(const PscHttpRequest &request, const PscTransportConfig &config)
{
    const QUrl parsed(request.url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return domain::fail(errc::Config, Tr::tr("Adresse Pro Santé Connect invalide « %1 » : une URL https:// est "
                                                 "exigée.").arg(request.url), request.url);
    http::HttpsRequest https;
    https.url = request.url;
    https.headerLines = {QByteArrayLiteral("Accept: application/json, application/jwt")};
    if (!request.bearer.isEmpty())
        https.headerLines.append("Authorization: Bearer " + request.bearer);
    if (request.method == "POST") {
        https.method = http::HttpsRequest::Method::Post;
        https.body = request.formBody;
        https.headerLines.append(QByteArrayLiteral("Content-Type: application/x-www-form-urlencoded"));
    }
    if (!request.basicUser.isEmpty()) {
        // RFC 6749 §2.3.1: client id and secret are form-urlencoded before the Basic encoding.
        https.basicUser = QUrl::toPercentEncoding(request.basicUser);
        https.basicPassword = QUrl::toPercentEncoding(request.basicPassword);
    }
    https.wantedHeaders = {QByteArrayLiteral("Location"), QByteArrayLiteral("Content-Type")};
    http::HttpsTransport transport;
    transport.caBundlePath = config.caBundlePath;
    transport.timeoutMs = config.timeoutMs;
    transport.connectTimeoutMs = config.connectTimeoutMs;
    transport.maxResponseBytes = config.maxResponseBytes;
    auto answer = http::HttpsClient::perform(https, transport);
    if (!answer)
        return std::unexpected(transportError(answer.error(), config, request.url));
    PscHttpResponse response;
    response.status = answer->status;
    response.body = std::move(answer->body);
    response.contentType = answer->header("Content-Type");
    response.location = answer->header("Location");
    return response;
}

} // namespace sgl::interop::psc
