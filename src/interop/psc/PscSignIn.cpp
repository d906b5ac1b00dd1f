#include "interop/psc/PscSignIn.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QUrlQuery>

namespace sgl::interop::psc {

domain::Result<PscAuthorizationRequest> PscSignIn::begin(const QString &redirectUri) const
{
    return PscAuthorizationRequest::create(redirectUri);
}

QUrl PscSignIn::authorizationUrl(const PscAuthorizationRequest &attempt, const QString &scope) const
{
    return attempt.url(m_service.discovery().authorizationEndpoint, m_service.clientId(), scope);
}

domain::Result<PscIdentity> PscSignIn::complete(const PscAuthorizationRequest &attempt, const QUrl &callback,
                                                const QDateTime &now)
{
    const QUrlQuery query(callback);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    // state first: an error redirect that is not ours must not be shown as the provider's answer.
    if (state.isEmpty() || state != attempt.state)
        return domain::fail(errc::StateMismatch,
                            Tr::tr("Retour de connexion Pro Santé Connect inattendu : le paramètre state ne correspond "
                                   "pas à la demande en cours (page rechargée ou réponse d'une autre demande)."));
    if (query.hasQueryItem(QStringLiteral("error")))
        return domain::fail(errc::AuthorizationDenied,
                            Tr::tr("Connexion Pro Santé Connect refusée : %1 %2")
                                .arg(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                                     query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded))
                                .trimmed(),
                            query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return domain::fail(errc::AuthorizationDenied,
                            Tr::tr("Retour de connexion Pro Santé Connect sans code d'autorisation."));
    auto tokens = m_service.exchangeCode(code, attempt.codeVerifier, attempt.redirectUri);
    if (!tokens)
        return std::unexpected(tokens.error());
    if (tokens->idToken.isEmpty())
        return domain::fail(errc::MalformedResponse,
                            Tr::tr("Réponse de jeton Pro Santé Connect sans jeton d'identité (scope openid ?)."));
    auto claims = m_service.validateIdToken(tokens->idToken, attempt.nonce, now);
    if (!claims)
        return std::unexpected(claims.error());
    if (auto bound = IdTokenValidator::checkAccessTokenHash(*claims, tokens->accessToken); !bound)
        return std::unexpected(bound.error());
    auto info = m_service.userInfo(tokens->accessToken);
    if (!info)
        return std::unexpected(info.error());
    if (info->subject != claims->subject)
        return domain::fail(errc::UserInfo, Tr::tr("Informations du professionnel d'un autre compte que le jeton "
                                                   "d'identité : connexion refusée."));
    return PscIdentity{std::move(*info), std::move(*claims), std::move(*tokens)};
}

domain::Result<PscIdentity> PscSignIn::renew(const PscIdentity &current, const QDateTime &now)
{
    auto tokens = m_service.refresh(current.tokens.refreshToken);
    if (!tokens)
        return std::unexpected(tokens.error());
    PscIdentity next = current;
    if (!tokens->idToken.isEmpty()) {
        // No nonce on a refreshed ID token (OIDC Core §12.2); signature, iss, aud, exp and acr still hold.
        auto claims = m_service.validateIdToken(tokens->idToken, QString(), now);
        if (!claims)
            return std::unexpected(claims.error());
        if (auto bound = IdTokenValidator::checkAccessTokenHash(*claims, tokens->accessToken); !bound)
            return std::unexpected(bound.error());
        if (claims->subject != current.idToken.subject)
            return domain::fail(errc::UserInfo, Tr::tr("Le jeton renouvelé désigne un autre professionnel : session "
                                                       "fermée."));
        next.idToken = std::move(*claims);
    }
    if (tokens->refreshToken.isEmpty())
        tokens->refreshToken = current.tokens.refreshToken;
    next.tokens = std::move(*tokens);
    return next;
}

domain::Status PscSignIn::signOut(const PscIdentity &identity)
{
    return m_service.logout(identity.tokens.refreshToken);
}

} // namespace sgl::interop::psc
