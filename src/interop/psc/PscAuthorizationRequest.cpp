#include "interop/psc/PscAuthorizationRequest.h"

#include "interop/psc/Base64Url.h"
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sgl::interop::psc {

namespace {

std::optional<QByteArray> randomToken()
{
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<int>(bytes.size())) != 1)
        return std::nullopt;
    return Base64Url::encode(bytes);
}

} // namespace

QByteArray PscAuthorizationRequest::s256(const QByteArray &codeVerifier)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(codeVerifier.constData(), static_cast<size_t>(codeVerifier.size()), digest, &length, EVP_sha256(),
                   nullptr) != 1)
        return {};
    return Base64Url::encode(QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)));
}

domain::Result<PscAuthorizationRequest> PscAuthorizationRequest::create(const QString &redirectUri)
{
    const auto verifier = randomToken();
    const auto state = randomToken();
    const auto nonce = randomToken();
    if (!verifier || !state || !nonce)
        return domain::fail(errc::Random,
                            Tr::tr("Générateur aléatoire du système indisponible : connexion Pro Santé Connect impossible."));
    PscAuthorizationRequest r;
    r.codeVerifier = *verifier;
    r.codeChallenge = s256(r.codeVerifier);
    r.state = QString::fromLatin1(*state);
    r.nonce = QString::fromLatin1(*nonce);
    r.redirectUri = redirectUri;
    return r;
}

QUrl PscAuthorizationRequest::url(const QString &authorizationEndpoint, const QString &clientId, const QString &scope,
                                  const QString &acrValues) const
{
    QUrl url(authorizationEndpoint);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    q.addQueryItem(QStringLiteral("scope"), scope);
    q.addQueryItem(QStringLiteral("acr_values"), acrValues);
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("nonce"), nonce);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // Encode ':' '/' too, so a redirect_uri survives every server's decoding alike.
    QString encoded;
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                   + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

} // namespace sgl::interop::psc
