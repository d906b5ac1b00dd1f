#include "domain/identity/IdentityStatus.h"

namespace sgl::domain {

QString identityStatusCode(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Prov:
        return QStringLiteral("PROV");
    case IdentityStatus::Recup:
        return QStringLiteral("RECUP");
    case IdentityStatus::Vali:
        return QStringLiteral("VALI");
    case IdentityStatus::Qual:
        return QStringLiteral("QUAL");
    }
    return QStringLiteral("PROV");
}

std::optional<IdentityStatus> identityStatusFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("PROV"))
        return IdentityStatus::Prov;
    if (c == QLatin1String("RECUP"))
        return IdentityStatus::Recup;
    if (c == QLatin1String("VALI"))
        return IdentityStatus::Vali;
    if (c == QLatin1String("QUAL"))
        return IdentityStatus::Qual;
    return std::nullopt;
}

} // namespace sgl::domain
