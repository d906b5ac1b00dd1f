#include "simulators/psc/PscSimHttp.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace sgl::simulators::psc {

using namespace Qt::StringLiterals;

using common::SimHttpResponse;

SimHttpResponse PscSimHttp::json(int status, const QJsonObject &body)
{
    SimHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json");
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

SimHttpResponse PscSimHttp::oauthError(int status, const QString &error, const QString &description)
{
    SimHttpResponse r = json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
    if (status == 401)
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                          QByteArrayLiteral("Basic realm=\"esante-wallet\"")});
    return r;
}

// Keycloak shows an error page, never redirects, when the client or redirect_uri is not trusted.
SimHttpResponse PscSimHttp::errorPage(const QString &text)
{
    SimHttpResponse r;
    r.status = 400;
    r.contentType = QByteArrayLiteral("text/html; charset=UTF-8");
    r.body = "<!DOCTYPE html><html><body><p>" + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    return r;
}

SimHttpResponse PscSimHttp::redirect(const QString &uri, const QList<QPair<QString, QString>> &params)
{
    QUrl url(uri);
    QUrlQuery q(url);
    for (const auto &[k, v] : params)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    SimHttpResponse r;
    r.status = 302;
    r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
    r.headers.append({QByteArrayLiteral("Location"), url.toEncoded()});
    return r;
}

QHash<QString, QString> PscSimHttp::parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return out;
}

} // namespace sgl::simulators::psc
