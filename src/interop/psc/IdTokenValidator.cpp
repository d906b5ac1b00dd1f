#include "interop/psc/IdTokenValidator.h"

#include "interop/psc/Base64Url.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Jwt.h"
#include "interop/psc/Tr.h"

#include <QJsonArray>

#include <openssl/evp.h>

namespace sgl::interop::psc {

namespace {

QString shown(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

domain::Result<Jwt> verified(const QByteArray &token, const Jwks &jwks)
{
    auto jwt = Jwt::parse(token);
    if (!jwt)
        return std::unexpected(jwt.error());
    if (jwt->algorithm() != QLatin1String("RS256"))
        return domain::fail(errc::TokenAlgorithm,
                            Tr::tr("Algorithme de signature du jeton refusé : « %1 » (RS256 seul accepté).")
                                .arg(jwt->algorithm()), jwt->algorithm());
    if (jwt->keyId().isEmpty())
        return domain::fail(errc::TokenKeyUnknown, Tr::tr("Jeton sans identifiant de clé (kid) : clé introuvable."));
    if (auto ok = jwks.verifyRs256(jwt->keyId(), jwt->signingInput, jwt->signature); !ok)
        return std::unexpected(ok.error());
    return jwt;
}

/** NumericDate claim; integral JSON number only (a string or a fraction is a malformed token). */
std::optional<qint64> numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 253402300799.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

domain::Status IdTokenValidator::checkAccessTokenHash(const IdTokenClaims &claims, const QByteArray &accessToken)
{
    const QString expected = claims.raw.value(u"at_hash").toString();
    if (expected.isEmpty())
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool hashed = EVP_Digest(accessToken.constData(), static_cast<size_t>(accessToken.size()), digest, &length,
                                   EVP_sha256(), nullptr) == 1;
    const QByteArray half(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length / 2));
    if (!hashed || QString::fromLatin1(Base64Url::encode(half)) != expected)
        return domain::fail(errc::TokenAccessHash,
                            Tr::tr("Le jeton d'accès ne correspond pas au jeton d'identité (at_hash) : réponse "
                                   "refusée."));
    return {};
}

domain::Result<QJsonObject> IdTokenValidator::verifiedPayload(const QByteArray &jwt, const Jwks &jwks)
{
    auto checked = verified(jwt, jwks);
    if (!checked)
        return std::unexpected(checked.error());
    return checked->payload;
}

domain::Result<IdTokenClaims> IdTokenValidator::validate(const QByteArray &idToken, const Jwks &jwks,
                                                         const IdTokenExpectations &expected, const QDateTime &now)
{
    auto jwt = verified(idToken, jwks);
    if (!jwt)
        return std::unexpected(jwt.error());
    const QJsonObject &c = jwt->payload;
    IdTokenClaims claims;
    claims.raw = c;
    claims.subject = c.value(u"sub").toString();
    claims.issuer = c.value(u"iss").toString();
    claims.acr = c.value(u"acr").toString();
    claims.nonce = c.value(u"nonce").toString();
    const auto exp = numericDate(c, "exp");
    const auto iat = numericDate(c, "iat");
    if (claims.subject.isEmpty() || !exp || !iat)
        return domain::fail(errc::TokenMalformed,
                            Tr::tr("Jeton d'identité incomplet : sub, exp et iat (dates numériques) sont exigés."));
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(*iat, Qt::UTC);

    if (claims.issuer != expected.issuer)
        return domain::fail(errc::TokenIssuer, Tr::tr("Émetteur du jeton d'identité inattendu : « %1 » (attendu « %2 »).")
                                                   .arg(claims.issuer, expected.issuer), claims.issuer);
    const QJsonValue aud = c.value(u"aud");
    if (aud.isString())
        claims.audience << aud.toString();
    else
        for (const QJsonValue &a : aud.toArray())
            claims.audience << a.toString();
    const QString shownAudience = claims.audience.join(QStringLiteral(", "));
    if (!claims.audience.contains(expected.clientId))
        return domain::fail(errc::TokenAudience,
                            Tr::tr("Jeton d'identité destiné à un autre client (aud « %1 », attendu « %2 »).")
                                .arg(shownAudience, expected.clientId), shownAudience);
    const QString azp = c.value(u"azp").toString();
    if ((claims.audience.size() > 1 || !azp.isEmpty()) && azp != expected.clientId)
        return domain::fail(errc::TokenAudience,
                            Tr::tr("Jeton d'identité obtenu par un autre client (azp « %1 », attendu « %2 »).")
                                .arg(azp, expected.clientId), azp);
    const qint64 t = now.toSecsSinceEpoch();
    if (t >= *exp + expected.clockSkewSeconds)
        return domain::fail(errc::TokenExpired, Tr::tr("jeton d'identité expiré (exp %1)").arg(shown(*exp)));
    if (*iat > t + expected.clockSkewSeconds)
        return domain::fail(errc::TokenIssuedInFuture,
                            Tr::tr("Jeton d'identité émis dans le futur (iat %1) : vérifiez l'horloge du poste.")
                                .arg(shown(*iat)));
    if (!expected.nonce.isEmpty() && claims.nonce != expected.nonce)
        return domain::fail(errc::TokenNonce,
                            Tr::tr("nonce du jeton d'identité différent de celui de la demande de connexion "
                                   "(réponse rejouée ou destinée à une autre demande)."));
    if (claims.acr != expected.acr)
        return domain::fail(errc::TokenAcr, Tr::tr("acr inattendu : %1 (%2 exigé)")
                                                .arg(claims.acr.isEmpty() ? Tr::tr("absent") : claims.acr,
                                                     expected.acr), claims.acr);
    return claims;
}

} // namespace sgl::interop::psc
