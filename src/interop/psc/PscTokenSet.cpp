#include "interop/psc/PscTokenSet.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::interop::psc {

domain::Result<PscTokenSet> PscTokenSet::fromResponse(int status, const QByteArray &body, const QDateTime &receivedAt)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject o = doc.object();
    if (status >= 400 && status < 500 && o.contains(u"error")) {
        const QString code = o.value(u"error").toString();
        const QString description = o.value(u"error_description").toString();
        return domain::fail(errc::GrantRefused,
                            Tr::tr("Pro Santé Connect refuse la demande de jeton : %1%2")
                                .arg(code, description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)),
                            code);
    }
    if (status != 200)
        return domain::fail(errc::HttpStatus, Tr::tr("Pro Santé Connect a répondu avec le statut HTTP %1 à la demande "
                                                     "de jeton.").arg(status));
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(errc::MalformedResponse, Tr::tr("Réponse de jeton Pro Santé Connect illisible (JSON attendu)."));
    PscTokenSet t;
    t.accessToken = o.value(u"access_token").toString().toLatin1();
    t.refreshToken = o.value(u"refresh_token").toString().toLatin1();
    t.idToken = o.value(u"id_token").toString().toLatin1();
    t.tokenType = o.value(u"token_type").toString();
    t.scope = o.value(u"scope").toString();
    if (t.accessToken.isEmpty() || t.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return domain::fail(errc::MalformedResponse,
                            Tr::tr("Réponse de jeton Pro Santé Connect incomplète : jeton d'accès « Bearer » attendu."));
    const QDateTime at = receivedAt.toUTC();
    t.accessExpiresAt = at.addSecs(o.value(u"expires_in").toInteger(60));
    if (o.contains(u"refresh_expires_in") && o.value(u"refresh_expires_in").toInteger() > 0)
        t.refreshExpiresAt = at.addSecs(o.value(u"refresh_expires_in").toInteger());
    return t;
}

} // namespace sgl::interop::psc
