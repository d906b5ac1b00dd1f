#include "workflow/directory/RppsOnlineCheck.h"

#include "domain/lab/RppsNumber.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::directory {

using namespace Qt::StringLiterals;
using interop::directory::FhirRppsLookup;

RppsOnlineCheck::RppsOnlineCheck(domain::UserSession session, interop::directory::AnnuaireFhirConfig config,
                                 interop::directory::TokenBucket *limiter,
                                 interop::directory::AnnuaireFhirClient::Sleeper sleep)
    : m_session(std::move(session)), m_client(std::move(config), limiter, std::move(sleep))
{
}

domain::Result<OnlineRppsCheck> RppsOnlineCheck::check(const QString &input)
{
    bool allowed = false;
    for (auto p : {domain::Permission::DossierCreate, domain::Permission::UserAdmin, domain::Permission::SystemConfig})
        allowed = allowed || (domain::rolesGrant(m_session.roles, p) && !m_session.login.isEmpty());
    if (!allowed)
        if (auto ok = requirePermission(m_session, domain::Permission::DossierRead); !ok)
            return std::unexpected(ok.error());
    const QString rpps = input.trimmed();
    OnlineRppsCheck out;
    switch (domain::RppsNumber::check(rpps)) {
    case domain::RppsNumber::Check::Valid:
        break;
    case domain::RppsNumber::Check::WrongKey:
        out.status = OnlineRppsCheck::Status::BadCheckDigit;
        out.message = Tr::tr("Le numéro RPPS %1 a une clé de contrôle fausse : vérifiez-le.").arg(rpps);
        return out;
    case domain::RppsNumber::Check::WrongLength:
    case domain::RppsNumber::Check::NotDigits:
        out.status = OnlineRppsCheck::Status::Malformed;
        out.message = Tr::tr("Numéro RPPS « %1 » invalide : 11 chiffres attendus.").arg(rpps);
        return out;
    }
    auto found = m_client.lookupRpps(rpps);
    if (!found)
        return std::unexpected(found.error());
    out.practitioner = found->practitioner;
    out.roles = found->roles;
    const QString name = out.practitioner
        ? (out.practitioner->given.join(u' ') + u' ' + out.practitioner->family).trimmed()
        : QString();
    switch (found->outcome) {
    case FhirRppsLookup::Outcome::Active:
        out.status = OnlineRppsCheck::Status::Active;
        out.message = Tr::tr("RPPS %1 : %2, en activité selon l'Annuaire Santé en ligne (%n activité(s)).", nullptr,
                             int(out.roles.size()))
                          .arg(rpps, name);
        break;
    case FhirRppsLookup::Outcome::Inactive:
        out.status = OnlineRppsCheck::Status::Inactive;
        out.message = Tr::tr("RPPS %1 : %2, inactif selon l'Annuaire Santé en ligne.").arg(rpps, name);
        break;
    case FhirRppsLookup::Outcome::Unknown:
        out.status = OnlineRppsCheck::Status::Unknown;
        out.message = Tr::tr("Le RPPS %1 est inconnu de l'Annuaire Santé en ligne.").arg(rpps);
        break;
    }
    return out;
}

} // namespace sgl::workflow::directory
