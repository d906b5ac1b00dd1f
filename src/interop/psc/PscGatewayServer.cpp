#include "interop/psc/PscGatewayServer.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscGatewayPaths.h"
#include "interop/psc/Tr.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

namespace sgl::interop::psc {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray key = pair.left(eq);
        QByteArray value = pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return out;
}

QByteArray oauthError(const char *error, const QString &description)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                                     {QStringLiteral("error_description"), description}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

PscGatewayServer::PscGatewayServer(std::unique_ptr<PscBackChannel> channel) : m_channel(std::move(channel)) {}

PscGatewayServer::~PscGatewayServer() = default;

domain::Result<std::unique_ptr<PscGatewayServer>> PscGatewayServer::start(PscGatewaySettings settings)
{
    if (!settings.client.gatewayUrl.isEmpty())
        return domain::fail(errc::Config, Tr::tr("La passerelle Pro Santé Connect parle directement à PSC : "
                                                 "« gatewayUrl » doit rester vide dans sa configuration."),
                            QStringLiteral("gatewayUrl"));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(readAll(settings.certificatePath), QSsl::Pem);
    const QByteArray keyPem = readAll(settings.keyPath);
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certs.isEmpty() || key.isNull())
        return domain::fail(errc::Config, Tr::tr("Certificat ou clé TLS de la passerelle Pro Santé Connect illisible."),
                            certs.isEmpty() ? settings.certificatePath : settings.keyPath);
    auto channel = PscBackChannel::connect(settings.client);
    if (!channel)
        return std::unexpected(channel.error());
    std::unique_ptr<PscGatewayServer> gateway(new PscGatewayServer(std::move(*channel)));
    gateway->m_server = std::make_unique<QHttpServer>();
    QHttpServer &http = *gateway->m_server;
    PscGatewayServer *self = gateway.get();
    auto answer = [](const Forwarded &f) {
        QHttpServerResponse response(f.contentType.isEmpty() ? QByteArrayLiteral("application/json") : f.contentType,
                                     f.body, static_cast<QHttpServerResponse::StatusCode>(f.status));
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return response;
    };
    http.route(QString::fromLatin1(PscGatewayPaths::Token), QHttpServerRequest::Method::Post,
               [self, answer](const QHttpServerRequest &r) { return answer(self->token(r.body())); });
    http.route(QString::fromLatin1(PscGatewayPaths::Introspect), QHttpServerRequest::Method::Post,
               [self, answer](const QHttpServerRequest &r) { return answer(self->introspect(r.body())); });
    http.route(QString::fromLatin1(PscGatewayPaths::Logout), QHttpServerRequest::Method::Post,
               [self, answer](const QHttpServerRequest &r) { return answer(self->logout(r.body())); });
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    http.sslSetup(tls);
    gateway->m_port = http.listen(settings.address, settings.port);
    if (gateway->m_port == 0)
        return domain::fail(errc::Config, Tr::tr("La passerelle Pro Santé Connect ne peut pas écouter sur le port %1.")
                                              .arg(settings.port), QStringLiteral("port"));
    return gateway;
}

PscGatewayServer::Forwarded PscGatewayServer::forward(const QString &endpoint,
                                                      const QList<QPair<QString, QString>> &fields) const
{
    PscHttpRequest request;
    request.url = endpoint;
    request.method = QByteArrayLiteral("POST");
    request.formBody = PscHttp::form(fields);
    request.basicUser = m_channel->config().clientId;
    request.basicPassword = m_channel->config().clientSecret;
    auto answer = PscHttp::send(request, m_channel->config().transport);
    if (!answer) // the workstation sees a gateway error, never PSC's address details
        return {502, oauthError("temporarily_unavailable", answer.error().message), {}};
    return {answer->status, answer->body, answer->contentType};
}

PscGatewayServer::Forwarded PscGatewayServer::token(const QByteArray &body) const
{
    const QHash<QString, QString> form = parseForm(body);
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        const QString redirect = form.value(QStringLiteral("redirect_uri"));
        if (code.isEmpty() || verifier.isEmpty() || redirect.isEmpty())
            return {400, oauthError("invalid_request", QStringLiteral("code, code_verifier and redirect_uri required")),
                    {}};
        return forward(m_channel->discovery().tokenEndpoint, {{QStringLiteral("grant_type"), grant},
                                                              {QStringLiteral("code"), code},
                                                              {QStringLiteral("redirect_uri"), redirect},
                                                              {QStringLiteral("code_verifier"), verifier}});
    }
    if (grant == QLatin1String("refresh_token") && !form.value(QStringLiteral("refresh_token")).isEmpty())
        return forward(m_channel->discovery().tokenEndpoint,
                       {{QStringLiteral("grant_type"), grant},
                        {QStringLiteral("refresh_token"), form.value(QStringLiteral("refresh_token"))}});
    return {400, oauthError("unsupported_grant_type", QStringLiteral("authorization_code or refresh_token only")), {}};
}

PscGatewayServer::Forwarded PscGatewayServer::introspect(const QByteArray &body) const
{
    const QString token = parseForm(body).value(QStringLiteral("token"));
    if (token.isEmpty() || m_channel->discovery().introspectionEndpoint.isEmpty())
        return {400, oauthError("invalid_request", QStringLiteral("token required")), {}};
    return forward(m_channel->discovery().introspectionEndpoint, {{QStringLiteral("token"), token}});
}

PscGatewayServer::Forwarded PscGatewayServer::logout(const QByteArray &body) const
{
    const QString refresh = parseForm(body).value(QStringLiteral("refresh_token"));
    if (refresh.isEmpty() || m_channel->discovery().endSessionEndpoint.isEmpty())
        return {400, oauthError("invalid_request", QStringLiteral("refresh_token required")), {}};
    return forward(m_channel->discovery().endSessionEndpoint, {{QStringLiteral("refresh_token"), refresh}});
}

} // namespace sgl::interop::psc
