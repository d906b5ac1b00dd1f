#include "interop/psc/Jwt.h"

#include "interop/psc/Base64Url.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QJsonDocument>

namespace sgl::interop::psc {

namespace {

domain::Result<QJsonObject> jsonPart(const QByteArray &encoded, const QString &part)
{
    const auto bytes = Base64Url::decode(encoded);
    if (!bytes || bytes->isEmpty())
        return domain::fail(errc::TokenMalformed,
                            Tr::tr("Jeton mal formé : encodage base64url invalide (%1).").arg(part), part);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(errc::TokenMalformed,
                            Tr::tr("Jeton mal formé : %1 n'est pas un objet JSON.").arg(part), part);
    return doc.object();
}

} // namespace

QString Jwt::algorithm() const
{
    return header.value(QLatin1String("alg")).toString();
}

QString Jwt::keyId() const
{
    return header.value(QLatin1String("kid")).toString();
}

domain::Result<Jwt> Jwt::parse(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.trimmed().split('.');
    if (parts.size() != 3)
        return domain::fail(errc::TokenMalformed,
                            Tr::tr("Jeton mal formé : trois parties séparées par des points attendues, %1 reçue(s).")
                                .arg(parts.size()));
    Jwt jwt;
    auto header = jsonPart(parts[0], Tr::tr("en-tête"));
    if (!header)
        return std::unexpected(header.error());
    auto payload = jsonPart(parts[1], Tr::tr("contenu"));
    if (!payload)
        return std::unexpected(payload.error());
    jwt.header = *header;
    jwt.payload = *payload;
    // An empty signature (alg "none") parses: the validator refuses its algorithm by name.
    const auto signature = Base64Url::decode(parts[2]);
    if (!signature)
        return domain::fail(errc::TokenMalformed, Tr::tr("Jeton mal formé : signature mal encodée."),
                            Tr::tr("signature"));
    jwt.signature = *signature;
    jwt.signingInput = parts[0] + '.' + parts[1];
    return jwt;
}

} // namespace sgl::interop::psc
