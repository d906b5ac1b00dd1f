#include "simulators/psc/PscSimHandler.h"
#include "simulators/psc/PscSimHttp.h"
#include "simulators/psc/PscSimKeyRing.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPscSim, "sgl.sim.psc", QtWarningMsg)

namespace sgl::simulators::psc {

using namespace Qt::StringLiterals;
using common::SimHttpRequest;
using common::SimHttpResponse;

namespace {

const QString kOidc = u"/protocol/openid-connect"_s;
// Keycloak serves CIBA under the OIDC protocol path (…/protocol/openid-connect/ext/ciba/auth).
const QString kCiba = u"/protocol/openid-connect/ext/ciba/auth"_s;
const QString kCibaGrant = u"urn:openid:params:grant-type:ciba"_s;

QString realmPath(const QString &tail)
{
    return QLatin1String(PscSimHandler::Realm) + tail;
}

QByteArray randomToken(int bytes = 32)
{
    QByteArray raw(bytes, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return PscSimKeyRing::base64Url(raw);
}

bool validVerifier(const QString &v)
{
    if (v.size() < 43 || v.size() > 128)
        return false;
    for (const QChar c : v)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.' && c != u'_' && c != u'~')
            return false;
    return true;
}

} // namespace

PscSimHandler::PscSimHandler(PscSimConfig config, PscSimKeyRing keys)
    : m_config(std::move(config)), m_keys(std::move(keys)), m_professionals(PscSimProfessionals::seeded())
{
}

domain::Result<std::unique_ptr<PscSimHandler>> PscSimHandler::create(PscSimConfig config)
{
    auto keys = PscSimKeyRing::create();
    if (!keys)
        return std::unexpected(keys.error());
    return std::unique_ptr<PscSimHandler>(new PscSimHandler(std::move(config), std::move(*keys)));
}

QStringList PscSimHandler::postPaths()
{
    return {realmPath(kOidc + u"/token"_s), realmPath(kOidc + u"/token/introspect"_s),
            realmPath(kOidc + u"/userinfo"_s), realmPath(kOidc + u"/logout"_s), realmPath(kCiba),
            u"/sim/rotate-keys"_s, u"/sim/ciba/approve"_s, u"/sim/ciba/deny"_s};
}

QStringList PscSimHandler::getPaths()
{
    return {realmPath(u"/.well-known/wallet-openid-configuration"_s), realmPath(kOidc + u"/certs"_s),
            realmPath(kOidc + u"/auth"_s), realmPath(kOidc + u"/userinfo"_s)};
}

void PscSimHandler::setBaseUrl(const QString &base)
{
    QMutexLocker lock(&m_mutex);
    m_base = base;
}

QString PscSimHandler::issuer() const
{
    QMutexLocker lock(&m_mutex);
    return m_base + QLatin1String(Realm);
}

qint64 PscSimHandler::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

domain::Result<QString> PscSimHandler::rotateKeys()
{
    QMutexLocker lock(&m_mutex);
    if (auto ok = m_keys.rotate(); !ok)
        return std::unexpected(ok.error());
    return m_keys.currentKeyId();
}

void PscSimHandler::advanceClock(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockOffset += seconds;
}

void PscSimHandler::setApprove(bool approve)
{
    QMutexLocker lock(&m_mutex);
    m_config.approve = approve;
}

bool PscSimHandler::answerCiba(const QString &authReqId, bool approve)
{
    QMutexLocker lock(&m_mutex);
    return m_ciba.answer(authReqId, approve);
}

QString PscSimHandler::currentKeyId() const
{
    QMutexLocker lock(&m_mutex);
    return m_keys.currentKeyId();
}

QByteArray PscSimHandler::publicKeyPem(const QString &kid) const
{
    QMutexLocker lock(&m_mutex);
    return m_keys.publicKeyPem(kid);
}

SimHttpResponse PscSimHandler::handle(const SimHttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const QString &p = request.path;
    if (p == realmPath(u"/.well-known/wallet-openid-configuration"_s))
        return discovery();
    if (p == realmPath(kOidc + u"/certs"_s)) {
        SimHttpResponse r;
        r.body = m_keys.jwks();
        r.contentType = QByteArrayLiteral("application/json");
        return r;
    }
    if (p == realmPath(kOidc + u"/auth"_s))
        return authorize(request);
    if (p == realmPath(kOidc + u"/token"_s))
        return token(request);
    if (p == realmPath(kOidc + u"/userinfo"_s))
        return userInfo(request);
    if (p == realmPath(kOidc + u"/token/introspect"_s))
        return introspect(request);
    if (p == realmPath(kOidc + u"/logout"_s))
        return logout(request);
    if (p == realmPath(kCiba))
        return cibaAuth(request);
    if (p == u"/sim/ciba/approve"_s || p == u"/sim/ciba/deny"_s)
        return cibaHook(request, p == u"/sim/ciba/approve"_s);
    if (p == u"/sim/rotate-keys"_s) {
        if (auto ok = m_keys.rotate(); !ok)
            return PscSimHttp::json(500, {{u"error"_s, ok.error().message}});
        qCInfo(lcPscSim) << "keys rotated, current kid" << m_keys.currentKeyId();
        return PscSimHttp::json(200, {{u"kid"_s, m_keys.currentKeyId()}});
    }
    return PscSimHttp::errorPage(u"Unknown path"_s);
}

SimHttpResponse PscSimHandler::discovery() const
{
    const QString iss = m_base + QLatin1String(Realm);
    const QString oidc = iss + kOidc;
    return PscSimHttp::json(200, {
        {u"issuer"_s, iss},
        {u"authorization_endpoint"_s, oidc + u"/auth"_s},
        {u"token_endpoint"_s, oidc + u"/token"_s},
        {u"introspection_endpoint"_s, oidc + u"/token/introspect"_s},
        {u"userinfo_endpoint"_s, oidc + u"/userinfo"_s},
        {u"end_session_endpoint"_s, oidc + u"/logout"_s},
        {u"jwks_uri"_s, oidc + u"/certs"_s},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"refresh_token"_s, kCibaGrant}},
        {u"backchannel_authentication_endpoint"_s, iss + kCiba},
        {u"backchannel_token_delivery_modes_supported"_s, QJsonArray{u"poll"_s}},
        {u"backchannel_user_code_parameter_supported"_s, false},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"subject_types_supported"_s, QJsonArray{u"public"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s}},
        {u"acr_values_supported"_s, QJsonArray{u"eidas1"_s}},
        {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"scope_all"_s}},
        {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"claims_parameter_supported"_s, false},
    });
}

const PscSimProfessional *PscSimHandler::professional(const QString &hint) const
{
    const QString rpps = hint.size() == 12 && hint.startsWith(u'8') ? hint.mid(1) : hint;
    for (const PscSimProfessional &p : m_professionals)
        if (p.rpps == rpps)
            return &p;
    return nullptr;
}

SimHttpResponse PscSimHandler::authorize(const SimHttpRequest &request)
{
    const QUrlQuery q(QString::fromUtf8(request.query));
    auto param = [&q](const char *name) { return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const QString clientId = param("client_id");
    const QString redirectUri = param("redirect_uri");
    const PscSimClient *client = nullptr;
    for (const PscSimClient &c : m_config.clients)
        if (c.clientId == clientId)
            client = &c;
    if (client == nullptr)
        return PscSimHttp::errorPage(u"Client not found."_s);
    if (!client->redirectUris.contains(redirectUri)) // exact match: no prefix, no wildcard
        return PscSimHttp::errorPage(u"Invalid parameter: redirect_uri"_s);
    const QString state = param("state");
    auto refuse = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> params{{u"error"_s, error}, {u"error_description"_s, description}};
        if (!state.isEmpty())
            params.append({u"state"_s, state});
        return PscSimHttp::redirect(redirectUri, params);
    };
    if (param("response_type") != u"code"_s)
        return refuse(u"unsupported_response_type"_s, u"Client is not allowed to initiate browser login with given "
                                                       "response_type."_s);
    if (!param("scope").split(u' ').contains(u"openid"_s))
        return refuse(u"invalid_scope"_s, u"Missing openid scope"_s);
    if (param("code_challenge_method") != u"S256"_s || param("code_challenge").size() != 43)
        return refuse(u"invalid_request"_s, u"Missing parameter: code_challenge_method"_s);
    const QString acr = param("acr_values");
    if (!acr.isEmpty() && acr != u"eidas1"_s)
        return refuse(u"invalid_request"_s, u"Invalid acr_values"_s);
    const QString hint = param("login_hint");
    const PscSimProfessional *pro = professional(hint.isEmpty() ? m_config.defaultRpps : hint);
    if (!m_config.approve)
        return refuse(u"access_denied"_s, u"Authentification refusée par l'utilisateur"_s);
    if (pro == nullptr || !pro->active)
        return refuse(u"access_denied"_s, pro == nullptr ? u"Utilisateur inconnu"_s : u"Compte e-CPS inactif"_s);
    Grant grant;
    grant.clientId = clientId;
    grant.redirectUri = redirectUri;
    grant.challenge = param("code_challenge");
    grant.nonce = param("nonce");
    grant.rpps = pro->rpps;
    grant.scope = param("scope");
    grant.session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    grant.expires = now() + m_config.codeSeconds;
    const QString code = QString::fromLatin1(randomToken()) + u'.' + grant.session;
    m_codes.insert(code, grant);
    qCInfo(lcPscSim) << "authorization granted to client" << clientId << "for professional" << pro->rpps;
    QList<QPair<QString, QString>> params;
    if (!state.isEmpty())
        params.append({u"state"_s, state});
    params.append({u"session_state"_s, grant.session});
    params.append({u"code"_s, code});
    return PscSimHttp::redirect(redirectUri, params);
}

const PscSimClient *PscSimHandler::authenticateClient(const SimHttpRequest &request,
                                                      const QHash<QString, QString> &form) const
{
    QString id = form.value(u"client_id"_s);
    QString secret = form.value(u"client_secret"_s);
    if (request.authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(request.authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return nullptr;
        id = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    for (const PscSimClient &c : m_config.clients)
        if (c.clientId == id)
            return c.secret == secret && !secret.isEmpty() ? &c : nullptr;
    return nullptr;
}

SimHttpResponse PscSimHandler::token(const SimHttpRequest &request)
{
    const QHash<QString, QString> form = PscSimHttp::parseForm(request.body);
    const PscSimClient *client = authenticateClient(request, form);
    if (client == nullptr)
        return PscSimHttp::oauthError(401, u"invalid_client"_s, u"Invalid client or Invalid client credentials"_s);
    const QString grant = form.value(u"grant_type"_s);
    if (grant == u"authorization_code"_s)
        return codeGrant(*client, form);
    if (grant == u"refresh_token"_s)
        return refreshGrant(*client, form);
    if (grant == kCibaGrant)
        return cibaGrant(*client, form);
    return PscSimHttp::oauthError(400, u"unsupported_grant_type"_s, u"Unsupported grant_type"_s);
}

SimHttpResponse PscSimHandler::codeGrant(const PscSimClient &client, const QHash<QString, QString> &form)
{
    const QString code = form.value(u"code"_s);
    auto found = m_codes.find(code);
    if (found == m_codes.end())
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Code not valid"_s);
    if (found->used) {
        // RFC 6749 §4.1.2: a replayed code revokes what it already gave.
        endSession(found->session);
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Code not valid"_s);
    }
    found->used = true;
    if (now() >= found->expires)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Code is expired"_s);
    if (found->clientId != client.clientId)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Auth error"_s);
    if (form.value(u"redirect_uri"_s) != found->redirectUri)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Incorrect redirect_uri"_s);
    const QString verifier = form.value(u"code_verifier"_s);
    if (verifier.isEmpty())
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"PKCE code verifier not specified"_s);
    if (!validVerifier(verifier))
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Invalid code verifier"_s);
    const QByteArray challenge = PscSimKeyRing::base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(challenge) != found->challenge)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"PKCE verification failed"_s);
    m_sessions.insert(found->session);
    return issueTokens(*found, true);
}

SimHttpResponse PscSimHandler::cibaAuth(const SimHttpRequest &request)
{
    const QHash<QString, QString> form = PscSimHttp::parseForm(request.body);
    const PscSimClient *client = authenticateClient(request, form);
    if (client == nullptr)
        return PscSimHttp::oauthError(401, u"invalid_client"_s, u"Invalid client or Invalid client credentials"_s);
    if (!m_config.cibaClientIds.contains(client->clientId))
        return PscSimHttp::oauthError(400, u"unauthorized_client"_s, u"Client not allowed OIDC CIBA Grant"_s);
    const QString scope = form.value(u"scope"_s);
    if (!scope.split(u' ').contains(u"openid"_s))
        return PscSimHttp::oauthError(400, u"invalid_request"_s, u"Missing parameter: scope"_s);
    const QString hint = form.value(u"login_hint"_s);
    if (hint.isEmpty())
        return PscSimHttp::oauthError(400, u"invalid_request"_s, u"Missing parameter: login_hint"_s);
    const QString binding = form.value(u"binding_message"_s);
    if (!PscSimCiba::acceptableBindingMessage(binding))
        return PscSimHttp::oauthError(400, u"invalid_binding_message"_s, u"Invalid binding_message"_s);
    const PscSimProfessional *pro = professional(hint);
    if (pro == nullptr)
        return PscSimHttp::oauthError(400, u"unknown_user_id"_s, u"Utilisateur inconnu"_s);
    if (!pro->active)
        return PscSimHttp::oauthError(403, u"access_denied"_s, u"Compte e-CPS inactif"_s);
    PscSimCiba::Request pending;
    pending.clientId = client->clientId;
    pending.rpps = pro->rpps;
    pending.scope = scope;
    pending.bindingMessage = binding;
    pending.expires = now() + m_config.cibaSeconds;
    pending.lastPoll = now();
    pending.interval = m_config.cibaInterval;
    const QString id = m_ciba.open(pending);
    qCInfo(lcPscSim) << "CIBA request for professional" << pro->rpps << "from client" << client->clientId;
    return PscSimHttp::json(200, {{u"auth_req_id"_s, id}, {u"expires_in"_s, m_config.cibaSeconds},
                      {u"interval"_s, m_config.cibaInterval}});
}

SimHttpResponse PscSimHandler::cibaGrant(const PscSimClient &client, const QHash<QString, QString> &form)
{
    if (!m_config.cibaClientIds.contains(client.clientId))
        return PscSimHttp::oauthError(400, u"unauthorized_client"_s, u"Client not allowed OIDC CIBA Grant"_s);
    const PscSimCiba::PollResult polled = m_ciba.poll(form.value(u"auth_req_id"_s), client.clientId, now());
    switch (polled.outcome) {
    case PscSimCiba::Outcome::Invalid:
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Invalid Auth Req ID"_s);
    case PscSimCiba::Outcome::Expired:
        return PscSimHttp::oauthError(400, u"expired_token"_s, u"The auth_req_id has expired"_s);
    case PscSimCiba::Outcome::SlowDown:
        return PscSimHttp::oauthError(400, u"slow_down"_s, u"Too early to access"_s);
    case PscSimCiba::Outcome::Denied:
        return PscSimHttp::oauthError(403, u"access_denied"_s, u"The end user denied the authentication request"_s);
    case PscSimCiba::Outcome::Pending:
        return PscSimHttp::oauthError(400, u"authorization_pending"_s, u"The authorization request is still pending"_s);
    case PscSimCiba::Outcome::Approved:
        break;
    }
    Grant grant;
    grant.clientId = client.clientId;
    grant.rpps = polled.request.rpps;
    grant.scope = polled.request.scope;
    grant.session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sessions.insert(grant.session);
    return issueTokens(grant, true); // no nonce in CIBA: the ID token carries none
}

SimHttpResponse PscSimHandler::cibaHook(const SimHttpRequest &request, bool approve)
{
    QString id = PscSimHttp::parseForm(request.query).value(u"auth_req_id"_s);
    if (id.isEmpty())
        id = PscSimHttp::parseForm(request.body).value(u"auth_req_id"_s);
    if (!m_ciba.answer(id, approve))
        return PscSimHttp::oauthError(404, u"not_found"_s, u"No pending CIBA request with this auth_req_id"_s);
    return PscSimHttp::json(200, {{u"auth_req_id"_s, id}, {u"state"_s, approve ? u"approved"_s : u"denied"_s}});
}

SimHttpResponse PscSimHandler::refreshGrant(const PscSimClient &client, const QHash<QString, QString> &form)
{
    const QByteArray refresh = form.value(u"refresh_token"_s).toLatin1();
    const auto found = m_refreshTokens.constFind(refresh);
    if (found == m_refreshTokens.constEnd() || !m_sessions.contains(found->session) || now() >= found->expires)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Token is not active"_s);
    if (found->clientId != client.clientId)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Invalid refresh token. Token client and authorized client don't "
                                                    "match"_s);
    Grant grant;
    grant.clientId = found->clientId;
    grant.rpps = found->rpps;
    grant.scope = found->scope;
    grant.session = found->session;
    m_refreshTokens.remove(refresh); // rotation: a refresh token is used once
    return issueTokens(grant, true);
}

SimHttpResponse PscSimHandler::issueTokens(const Grant &grant, bool withIdToken)
{
    const PscSimProfessional *pro = professional(grant.rpps);
    const qint64 t = now();
    const QString iss = m_base + QLatin1String(Realm);
    const QJsonObject access{{u"exp"_s, t + m_config.accessTokenSeconds},
                             {u"iat"_s, t},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"iss"_s, iss},
                             {u"aud"_s, grant.clientId},
                             {u"sub"_s, pro->subject},
                             {u"typ"_s, u"Bearer"_s},
                             {u"azp"_s, grant.clientId},
                             {u"sid"_s, grant.session},
                             {u"acr"_s, u"eidas1"_s},
                             {u"scope"_s, grant.scope},
                             {u"SubjectNameID"_s, pro->subjectNameId()}};
    const QByteArray accessToken = m_keys.sign(access);
    const QByteArray refreshToken = randomToken(48);
    m_accessTokens.insert(accessToken, {grant.session, grant.clientId, grant.rpps, grant.scope,
                                        t + m_config.accessTokenSeconds});
    m_refreshTokens.insert(refreshToken, {grant.session, grant.clientId, grant.rpps, grant.scope,
                                          t + m_config.refreshTokenSeconds});
    QJsonObject body{{u"access_token"_s, QString::fromLatin1(accessToken)},
                     {u"expires_in"_s, m_config.accessTokenSeconds},
                     {u"refresh_expires_in"_s, m_config.refreshTokenSeconds},
                     {u"refresh_token"_s, QString::fromLatin1(refreshToken)},
                     {u"token_type"_s, u"Bearer"_s},
                     {u"not-before-policy"_s, 0},
                     {u"session_state"_s, grant.session},
                     {u"scope"_s, grant.scope}};
    if (withIdToken) {
        const QByteArray digest = QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256);
        QJsonObject id{{u"exp"_s, t + m_config.accessTokenSeconds},
                       {u"iat"_s, t},
                       {u"auth_time"_s, t},
                       {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {u"iss"_s, iss},
                       {u"aud"_s, grant.clientId},
                       {u"sub"_s, pro->subject},
                       {u"typ"_s, u"ID"_s},
                       {u"azp"_s, grant.clientId},
                       {u"sid"_s, grant.session},
                       {u"at_hash"_s, QString::fromLatin1(PscSimKeyRing::base64Url(digest.left(digest.size() / 2)))},
                       {u"acr"_s, u"eidas1"_s},
                       {u"preferred_username"_s, pro->subjectNameId()}};
        if (!grant.nonce.isEmpty())
            id.insert(u"nonce"_s, grant.nonce);
        body.insert(u"id_token"_s, QString::fromLatin1(m_keys.sign(id)));
    }
    return PscSimHttp::json(200, body);
}

SimHttpResponse PscSimHandler::userInfo(const SimHttpRequest &request)
{
    const QByteArray bearer = request.authorization.startsWith("Bearer ") ? request.authorization.mid(7).trimmed()
                                                                          : QByteArray();
    const auto found = m_accessTokens.constFind(bearer);
    if (bearer.isEmpty() || found == m_accessTokens.constEnd() || !m_sessions.contains(found->session)
        || now() >= found->expires) {
        SimHttpResponse r = PscSimHttp::oauthError(401, u"invalid_token"_s, u"Token verification failed"_s);
        r.headers = {{QByteArrayLiteral("WWW-Authenticate"),
                      QByteArrayLiteral("Bearer realm=\"esante-wallet\", error=\"invalid_token\"")}};
        return r;
    }
    return PscSimHttp::json(200, professional(found->rpps)->userInfo);
}

SimHttpResponse PscSimHandler::introspect(const SimHttpRequest &request)
{
    const QHash<QString, QString> form = PscSimHttp::parseForm(request.body);
    const PscSimClient *client = authenticateClient(request, form);
    if (client == nullptr)
        return PscSimHttp::oauthError(401, u"invalid_client"_s, u"Authentication failed."_s);
    const QByteArray value = form.value(u"token"_s).toLatin1();
    const bool isAccess = m_accessTokens.contains(value);
    const Token tok = isAccess ? m_accessTokens.value(value) : m_refreshTokens.value(value);
    if (tok.session.isEmpty() || !m_sessions.contains(tok.session) || now() >= tok.expires
        || tok.clientId != client->clientId)
        return PscSimHttp::json(200, {{u"active"_s, false}});
    const PscSimProfessional *pro = professional(tok.rpps);
    return PscSimHttp::json(200, {{u"active"_s, true},
                      {u"sub"_s, pro->subject},
                      {u"client_id"_s, tok.clientId},
                      {u"token_type"_s, isAccess ? u"Bearer"_s : u"Refresh"_s},
                      {u"exp"_s, tok.expires},
                      {u"scope"_s, tok.scope},
                      {u"SubjectNameID"_s, pro->subjectNameId()}});
}

SimHttpResponse PscSimHandler::logout(const SimHttpRequest &request)
{
    const QHash<QString, QString> form = PscSimHttp::parseForm(request.body);
    const PscSimClient *client = authenticateClient(request, form);
    if (client == nullptr)
        return PscSimHttp::oauthError(401, u"invalid_client"_s, u"Invalid client or Invalid client credentials"_s);
    const auto found = m_refreshTokens.constFind(form.value(u"refresh_token"_s).toLatin1());
    if (found == m_refreshTokens.constEnd() || !m_sessions.contains(found->session))
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Invalid refresh token"_s);
    if (found->clientId != client->clientId)
        return PscSimHttp::oauthError(400, u"invalid_grant"_s, u"Invalid refresh token"_s);
    endSession(found->session);
    SimHttpResponse r;
    r.status = 204;
    r.contentType = QByteArrayLiteral("text/plain");
    return r;
}

void PscSimHandler::endSession(const QString &session)
{
    m_sessions.remove(session);
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end();)
        it = it->session == session ? m_refreshTokens.erase(it) : std::next(it);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();)
        it = it->session == session ? m_accessTokens.erase(it) : std::next(it);
}

} // namespace sgl::simulators::psc
