#include "interop/psc/PscBackChannel.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscGatewayPaths.h"
#include "interop/psc/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrl>

namespace sgl::interop::psc {

namespace {

domain::Result<PscHttpResponse> get(const QString &url, const PscTransportConfig &transport)
{
    PscHttpRequest request;
    request.url = url;
    return PscHttp::send(request, transport);
}

domain::Error unexpectedStatus(int status, const QString &what, const QString &url)
{
    return {errc::HttpStatus, Tr::tr("Pro Santé Connect a répondu avec le statut HTTP %1 (%2).").arg(status).arg(what),
            url};
}

domain::Result<QJsonObject> jsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(errc::MalformedResponse,
                            Tr::tr("Réponse Pro Santé Connect illisible (%1 : objet JSON attendu).").arg(what));
    return doc.object();
}

} // namespace

PscBackChannel::PscBackChannel(PscClientConfig config, PscDiscovery discovery)
    : m_config(std::move(config)), m_discovery(std::move(discovery))
{
}

domain::Result<std::unique_ptr<PscBackChannel>> PscBackChannel::connect(PscClientConfig config)
{
    const QUrl issuer(config.issuer);
    if (!issuer.isValid() || issuer.scheme() != QLatin1String("https") || issuer.host().isEmpty())
        return domain::fail(errc::Config, Tr::tr("Adresse Pro Santé Connect invalide « %1 » : une URL https:// est "
                                                 "exigée.").arg(config.issuer), QStringLiteral("issuer"));
    if (config.clientId.isEmpty())
        return domain::fail(errc::Config, Tr::tr("Identifiant du client Pro Santé Connect non paramétré."),
                            QStringLiteral("clientId"));
    if (config.gatewayUrl.isEmpty() && config.clientSecret.isEmpty())
        return domain::fail(errc::Config, Tr::tr("Secret du client Pro Santé Connect non paramétré (ou passerelle "
                                                 "du laboratoire absente)."), QStringLiteral("clientSecret"));
    if (!config.gatewayUrl.isEmpty() && !config.clientSecret.isEmpty())
        return domain::fail(errc::Config, Tr::tr("Le secret du client Pro Santé Connect ne doit pas être paramétré sur "
                                                 "un poste : seule la passerelle du laboratoire le détient."),
                            QStringLiteral("clientSecret"));
    if (const QUrl gateway(config.gatewayUrl); !config.gatewayUrl.isEmpty()
        && (!gateway.isValid() || gateway.scheme() != QLatin1String("https") || gateway.host().isEmpty()))
        return domain::fail(errc::Config, Tr::tr("Adresse de la passerelle Pro Santé Connect invalide « %1 » : une URL "
                                                 "https:// est exigée.").arg(config.gatewayUrl),
                            QStringLiteral("gatewayUrl"));
    const QString documentUrl = PscDiscovery::documentUrl(config.issuer);
    auto answer = get(documentUrl, config.transport);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(unexpectedStatus(answer->status, Tr::tr("configuration"), documentUrl));
    auto discovery = PscDiscovery::parse(answer->body, config.issuer);
    if (!discovery)
        return std::unexpected(discovery.error());
    std::unique_ptr<PscBackChannel> channel(new PscBackChannel(std::move(config), std::move(*discovery)));
    if (auto keys = channel->reloadKeys(); !keys)
        return std::unexpected(keys.error());
    return channel;
}

domain::Status PscBackChannel::reloadKeys()
{
    auto answer = get(m_discovery.jwksUri, m_config.transport);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(unexpectedStatus(answer->status, Tr::tr("jeu de clés"), m_discovery.jwksUri));
    auto jwks = Jwks::parse(answer->body);
    if (!jwks)
        return std::unexpected(jwks.error());
    QMutexLocker lock(&m_mutex);
    m_jwks = std::move(*jwks);
    return {};
}

Jwks PscBackChannel::keys() const
{
    QMutexLocker lock(&m_mutex);
    return m_jwks;
}

domain::Result<PscHttpResponse> PscBackChannel::confidentialPost(const QString &endpoint, const char *gatewayPath,
                                                                 const QList<QPair<QString, QString>> &fields)
{
    PscHttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.formBody = PscHttp::form(fields);
    if (!m_config.gatewayUrl.isEmpty()) {
        QString base = m_config.gatewayUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        request.url = base + QLatin1String(gatewayPath);
        return PscHttp::send(request, m_config.gatewayTransport);
    }
    request.url = endpoint;
    request.basicUser = m_config.clientId;
    request.basicPassword = m_config.clientSecret;
    return PscHttp::send(request, m_config.transport);
}

domain::Result<PscTokenSet> PscBackChannel::tokenRequest(const QList<QPair<QString, QString>> &fields)
{
    auto answer = confidentialPost(m_discovery.tokenEndpoint, PscGatewayPaths::Token, fields);
    if (!answer)
        return std::unexpected(answer.error());
    return PscTokenSet::fromResponse(answer->status, answer->body, QDateTime::currentDateTimeUtc());
}

domain::Result<PscTokenSet> PscBackChannel::exchangeCode(const QString &code, const QByteArray &codeVerifier,
                                                         const QString &redirectUri)
{
    return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}});
}

domain::Result<PscTokenSet> PscBackChannel::refresh(const QByteArray &refreshToken)
{
    return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
}

domain::Result<IdTokenClaims> PscBackChannel::validateIdToken(const QByteArray &idToken, const QString &nonce,
                                                              const QDateTime &now)
{
    IdTokenExpectations expected;
    expected.issuer = m_discovery.issuer;
    expected.clientId = m_config.clientId;
    expected.nonce = nonce;
    expected.acr = m_config.acr;
    expected.clockSkewSeconds = m_config.clockSkewSeconds;
    auto claims = IdTokenValidator::validate(idToken, keys(), expected, now);
    if (claims || claims.error().code != errc::TokenKeyUnknown)
        return claims;
    // The provider may have rotated its keys since the JWKS was read: fetch it once more, no more
    // (an attacker's unknown kid must not make us hammer the provider).
    if (auto reloaded = reloadKeys(); !reloaded)
        return std::unexpected(reloaded.error());
    return IdTokenValidator::validate(idToken, keys(), expected, now);
}

domain::Result<PscUserInfo> PscBackChannel::userInfo(const QByteArray &accessToken)
{
    PscHttpRequest request;
    request.url = m_discovery.userInfoEndpoint;
    request.bearer = accessToken;
    auto answer = PscHttp::send(request, m_config.transport);
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status == 401)
        return domain::fail(errc::TokenInactive, Tr::tr("Jeton d'accès Pro Santé Connect refusé (expiré ou révoqué) : "
                                                        "reconnectez-vous."));
    if (answer->status != 200)
        return std::unexpected(unexpectedStatus(answer->status, Tr::tr("informations du professionnel"), request.url));
    if (answer->contentType.startsWith("application/jwt")) {
        auto payload = IdTokenValidator::verifiedPayload(answer->body.trimmed(), keys());
        if (!payload)
            return std::unexpected(payload.error());
        return PscUserInfo::fromJson(*payload);
    }
    auto claims = jsonObject(answer->body, Tr::tr("informations du professionnel"));
    if (!claims)
        return std::unexpected(claims.error());
    return PscUserInfo::fromJson(*claims);
}

domain::Result<PscIntrospection> PscBackChannel::introspect(const QByteArray &token)
{
    if (m_discovery.introspectionEndpoint.isEmpty())
        return domain::fail(errc::Discovery, Tr::tr("Pro Santé Connect ne publie pas de point d'introspection."));
    auto answer = confidentialPost(m_discovery.introspectionEndpoint, PscGatewayPaths::Introspect,
                                   {{QStringLiteral("token"), QString::fromLatin1(token)}});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200) {
        auto refused = PscTokenSet::fromResponse(answer->status, answer->body, QDateTime::currentDateTimeUtc());
        return std::unexpected(refused ? unexpectedStatus(answer->status, Tr::tr("introspection"),
                                                          m_discovery.introspectionEndpoint)
                                       : refused.error());
    }
    auto o = jsonObject(answer->body, Tr::tr("introspection"));
    if (!o)
        return std::unexpected(o.error());
    PscIntrospection result;
    result.active = o->value(u"active").toBool(false);
    result.subject = o->value(u"sub").toString();
    result.clientId = o->value(u"client_id").toString();
    result.tokenType = o->value(u"token_type").toString();
    if (o->value(u"exp").isDouble())
        result.expiresAt = QDateTime::fromSecsSinceEpoch(o->value(u"exp").toInteger(), Qt::UTC);
    return result;
}

domain::Status PscBackChannel::logout(const QByteArray &refreshToken)
{
    if (m_discovery.endSessionEndpoint.isEmpty())
        return domain::fail(errc::Discovery, Tr::tr("Pro Santé Connect ne publie pas de point de déconnexion."));
    auto answer = confidentialPost(m_discovery.endSessionEndpoint, PscGatewayPaths::Logout,
                                   {{QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)}});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status == 200 || answer->status == 204)
        return {};
    auto refused = PscTokenSet::fromResponse(answer->status, answer->body, QDateTime::currentDateTimeUtc());
    return std::unexpected(refused ? unexpectedStatus(answer->status, Tr::tr("déconnexion"),
                                                      m_discovery.endSessionEndpoint)
                                   : refused.error());
}

} // namespace sgl::interop::psc
