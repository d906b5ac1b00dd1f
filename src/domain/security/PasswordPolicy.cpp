#include "domain/security/PasswordPolicy.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"


namespace sgl::domain {

Status PasswordPolicy::check(const QString &password, const QString &login)
{
    const QString code = errc::AuthWeakPassword;
    if (password.size() < kMinLength)
        return fail(code, Tr::tr("Le mot de passe doit contenir au moins "
                                                      "%1 caractères.")
                              .arg(kMinLength));
    bool letter = false;
    bool other = false;
    for (QChar c : password) {
        if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    if (!letter || !other)
        return fail(code, Tr::tr("Le mot de passe doit mêler des lettres et au moins un chiffre, "
                              "signe ou espace."));
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive)
        && password.size() - login.size() < kMinLength)
        return fail(code, Tr::tr("Le mot de passe ne doit pas reprendre l'identifiant."));
    return {};
}

} // namespace sgl::domain
