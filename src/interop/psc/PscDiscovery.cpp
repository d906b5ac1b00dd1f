#include "interop/psc/PscDiscovery.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sgl::interop::psc {

QString PscDiscovery::documentUrl(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1String(WellKnownPath);
}

domain::Result<PscDiscovery> PscDiscovery::parse(const QByteArray &json, const QString &expectedIssuer)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(errc::Discovery, Tr::tr("Configuration Pro Santé Connect illisible (objet JSON attendu)."));
    const QJsonObject o = doc.object();
    PscDiscovery d;
    struct Field {
        const char *name;
        QString *target;
        bool required;
    };
    const Field fields[] = {
        {"issuer", &d.issuer, true},
        {"authorization_endpoint", &d.authorizationEndpoint, true},
        {"token_endpoint", &d.tokenEndpoint, true},
        {"userinfo_endpoint", &d.userInfoEndpoint, true},
        {"jwks_uri", &d.jwksUri, true},
        {"introspection_endpoint", &d.introspectionEndpoint, false},
        {"end_session_endpoint", &d.endSessionEndpoint, false},
        {"backchannel_authentication_endpoint", &d.cibaEndpoint, false},
    };
    for (const Field &f : fields) {
        *f.target = o.value(QLatin1String(f.name)).toString();
        if (f.target->isEmpty()) {
            if (f.required)
                return domain::fail(errc::Discovery,
                                    Tr::tr("Configuration Pro Santé Connect incomplète : « %1 » absent.")
                                        .arg(QLatin1String(f.name)), QLatin1String(f.name));
            continue;
        }
        const QUrl url(*f.target);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return domain::fail(errc::Discovery,
                                Tr::tr("Configuration Pro Santé Connect refusée : « %1 » n'est pas une adresse https "
                                       "(%2).").arg(QLatin1String(f.name), *f.target), QLatin1String(f.name));
    }
    if (d.issuer != expectedIssuer)
        return domain::fail(errc::Discovery,
                            Tr::tr("Configuration Pro Santé Connect d'un autre émetteur : « %1 » (attendu « %2 »).")
                                .arg(d.issuer, expectedIssuer), QStringLiteral("issuer"));
    return d;
}

} // namespace sgl::interop::psc
