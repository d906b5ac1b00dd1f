#include "interop/directory/AnnuaireFhirHttp.h"

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/Tr.h"
#include "interop/http/HttpsClient.h"

#include <QUrl>

namespace sgl::interop::directory {

namespace {

using http::HttpsFailure;

domain::Error transportError(const HttpsFailure &failure, const AnnuaireFhirConfig &cfg, const QString &url)
{
    const QString &detail = failure.detail;
    switch (failure.kind) {
    case HttpsFailure::Kind::Timeout:
        return {QString(errc::FhirTimeout),
                Tr::tr("L'Annuaire Santé (API FHIR) n'a pas répondu dans le délai de %1 s.").arg(cfg.timeoutMs / 1000), url};
    case HttpsFailure::Kind::Unreachable:
        return {QString(errc::FhirUnreachable), Tr::tr("L'Annuaire Santé (API FHIR) est injoignable (%1).").arg(detail), url};
    case HttpsFailure::Kind::TlsUntrustedServer:
    case HttpsFailure::Kind::TlsHandshake:
        return {QString(errc::FhirTls),
                Tr::tr("Connexion sécurisée avec l'Annuaire Santé refusée (certificat du serveur non reconnu ou nom "
                       "incorrect) : %1")
                    .arg(detail),
                url};
    case HttpsFailure::Kind::ResponseTooLarge:
        return {QString(errc::FhirHttp),
                Tr::tr("Réponse de l'Annuaire Santé trop volumineuse (plus de %1 octets).").arg(cfg.maxResponseBytes),
                url};
    default:
        return {QString(errc::FhirHttp), Tr::tr("Erreur réseau pendant l'appel à l'Annuaire Santé : %1").arg(detail), url};
    }
}

} // namespace

domain::Result<AnnuaireFhirResponse> AnnuaireFhirHttp::get(const QString &url, const AnnuaireFhirConfig &config)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return domain::fail(errc::FhirConfig,
                            Tr::tr("Adresse de l'API FHIR de l'Annuaire Santé invalide « %1 » : une URL https:// est exigée.")
                                .arg(url),
                            url);
    http::HttpsRequest request;
    request.url = QString::fromLatin1(parsed.toEncoded());
    request.headerLines = {QByteArrayLiteral("Accept: application/fhir+json"),
                           "ESANTE-API-KEY: " + config.apiKey.toUtf8()};
    request.wantedHeaders = {QByteArrayLiteral("Retry-After")};
    http::HttpsTransport transport;
    transport.caBundlePath = config.caBundlePath;
    transport.timeoutMs = config.timeoutMs;
    transport.connectTimeoutMs = config.connectTimeoutMs;
    transport.maxResponseBytes = config.maxResponseBytes;
    auto answer = http::HttpsClient::perform(request, transport);
    if (!answer)
        return std::unexpected(transportError(answer.error(), config, url));
    AnnuaireFhirResponse response;
    response.status = answer->status;
    response.body = std::move(answer->body);
    response.retryAfter = answer->header("Retry-After");
    return response;
}

} // namespace sgl::interop::directory
