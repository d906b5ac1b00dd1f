#include "interop/psc/PscCibaClient.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscBackChannel.h"
#include "interop/psc/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sgl::interop::psc {

namespace {

QJsonObject jsonBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString describe(const QJsonObject &o)
{
    const QString error = o.value(u"error").toString();
    const QString description = o.value(u"error_description").toString();
    return description.isEmpty() ? error : QStringLiteral("%1 (%2)").arg(error, description);
}

} // namespace

int PscCibaPoll::nextIntervalSeconds(int currentSeconds, Status status)
{
    return status == Status::SlowDown ? currentSeconds + 5 : currentSeconds;
}

PscCibaClient::PscCibaClient(PscClientConfig config, PscDiscovery discovery)
    : m_config(std::move(config)), m_discovery(std::move(discovery))
{
}

domain::Result<PscCibaClient> PscCibaClient::create(PscClientConfig config, PscDiscovery discovery)
{
    if (config.clientId.isEmpty() || config.clientSecret.isEmpty() || !config.gatewayUrl.isEmpty())
        return domain::fail(errc::Config, Tr::tr("La connexion Pro Santé Connect par validation sur l'e-CPS (CIBA) se "
                                                 "fait depuis la passerelle du laboratoire, qui détient le secret du "
                                                 "client : identifiant ou secret absent."),
                            QStringLiteral("clientSecret"));
    if (discovery.cibaEndpoint.isEmpty())
        return domain::fail(errc::Config, Tr::tr("Pro Santé Connect ne publie pas de point d'authentification CIBA "
                                                 "(backchannel_authentication_endpoint) : mode non activé pour ce "
                                                 "service."), QStringLiteral("backchannel_authentication_endpoint"));
    return PscCibaClient(std::move(config), std::move(discovery));
}

domain::Result<PscCibaClient> PscCibaClient::create(const PscBackChannel &channel)
{
    return create(channel.config(), channel.discovery());
}

domain::Result<PscHttpResponse> PscCibaClient::post(const QString &endpoint,
                                                    const QList<QPair<QString, QString>> &fields)
{
    PscHttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint;
    request.formBody = PscHttp::form(fields);
    request.basicUser = m_config.clientId;
    request.basicPassword = m_config.clientSecret;
    return PscHttp::send(request, m_config.transport);
}

domain::Result<PscCibaRequest> PscCibaClient::start(const QString &loginHint, const QString &bindingMessage)
{
    const bool digits = !loginHint.isEmpty()
        && std::all_of(loginHint.cbegin(), loginHint.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits)
        return domain::fail(errc::CibaLoginHint, Tr::tr("Identifiant national du professionnel invalide « %1 » : "
                                                        "8 suivi du numéro RPPS attendu.").arg(loginHint),
                            QStringLiteral("login_hint"));
    QList<QPair<QString, QString>> fields{{QStringLiteral("scope"), m_config.scope},
                                          {QStringLiteral("login_hint"), loginHint}};
    if (!bindingMessage.isEmpty())
        fields.append({QStringLiteral("binding_message"), bindingMessage});
    auto answer = post(m_discovery.cibaEndpoint, fields);
    if (!answer)
        return std::unexpected(answer.error());
    const QJsonObject o = jsonBody(answer->body);
    if (answer->status >= 400 && answer->status < 500 && o.contains(u"error")) {
        const QString error = o.value(u"error").toString();
        if (error == QLatin1String("unknown_user_id"))
            return domain::fail(errc::CibaUnknownUser, Tr::tr("Professionnel inconnu de Pro Santé Connect "
                                                              "(identifiant national %1).").arg(loginHint), error);
        return domain::fail(errc::CibaRefused, Tr::tr("Pro Santé Connect refuse la demande de validation sur "
                                                      "l'e-CPS : %1").arg(describe(o)), error);
    }
    if (answer->status != 200)
        return domain::fail(errc::HttpStatus, Tr::tr("Pro Santé Connect a répondu avec le statut HTTP %1 à la demande "
                                                     "de validation sur l'e-CPS.").arg(answer->status),
                            m_discovery.cibaEndpoint);
    PscCibaRequest request;
    request.authReqId = o.value(u"auth_req_id").toString();
    request.expiresInSeconds = o.value(u"expires_in").toInt(0);
    request.intervalSeconds = o.value(u"interval").toInt(5);
    if (request.authReqId.isEmpty() || request.expiresInSeconds <= 0 || request.intervalSeconds < 0)
        return domain::fail(errc::MalformedResponse, Tr::tr("Réponse CIBA de Pro Santé Connect incomplète : "
                                                            "auth_req_id et expires_in attendus."));
    request.expiresAt = QDateTime::currentDateTimeUtc().addSecs(request.expiresInSeconds);
    return request;
}

domain::Result<PscCibaPoll> PscCibaClient::poll(const QString &authReqId)
{
    if (authReqId.isEmpty())
        return domain::fail(errc::GrantRefused, Tr::tr("Demande de validation sur l'e-CPS inconnue (auth_req_id vide)."),
                            QStringLiteral("auth_req_id"));
    auto answer = post(m_discovery.tokenEndpoint, {{QStringLiteral("grant_type"),
                                                    QStringLiteral("urn:openid:params:grant-type:ciba")},
                                                   {QStringLiteral("auth_req_id"), authReqId}});
    if (!answer)
        return std::unexpected(answer.error());
    PscCibaPoll result;
    if (answer->status == 400 || answer->status == 403) {
        // CIBA Core §11: these four are the request's state, not failures of the call.
        static const QList<QPair<QLatin1StringView, PscCibaPoll::Status>> states{
            {QLatin1StringView("authorization_pending"), PscCibaPoll::Status::Pending},
            {QLatin1StringView("slow_down"), PscCibaPoll::Status::SlowDown},
            {QLatin1StringView("access_denied"), PscCibaPoll::Status::Denied},
            {QLatin1StringView("expired_token"), PscCibaPoll::Status::Expired}};
        const QString error = jsonBody(answer->body).value(u"error").toString();
        for (const auto &[name, status] : states)
            if (error == name) {
                result.status = status;
                return result;
            }
    }
    auto tokens = PscTokenSet::fromResponse(answer->status, answer->body, QDateTime::currentDateTimeUtc());
    if (!tokens)
        return std::unexpected(tokens.error());
    if (tokens->idToken.isEmpty())
        return domain::fail(errc::MalformedResponse, Tr::tr("Réponse CIBA de Pro Santé Connect sans jeton d'identité."));
    result.status = PscCibaPoll::Status::Tokens;
    result.tokens = std::move(*tokens);
    return result;
}

} // namespace sgl::interop::psc
