#include "workflow/identity/CpxInsiAccess.h"

#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::identity {

CpxInsiAccess::CpxInsiAccess(std::unique_ptr<interop::cps::CpsCard> card, interop::insi::InsiClient client)
    : m_card(std::move(card)), m_client(std::move(client))
{
}

QList<InsiMode> CpxInsiAccess::availableModes(bool organisationConfigured, const CpxInsiSettings &settings)
{
    QList<InsiMode> modes;
    if (organisationConfigured)
        modes.append(InsiMode::OrganisationCertificate);
    if (settings.configured())
        modes.append(InsiMode::CpxCard);
    return modes;
}

domain::Result<std::unique_ptr<CpxInsiAccess>> CpxInsiAccess::open(const domain::UserSession &session,
                                                                   const CpxInsiSettings &settings,
                                                                   interop::cps::CpsPin pin)
{
    if (auto ok = requirePermission(session, domain::Permission::IdentityQualify); !ok) {
        pin.wipe();
        return std::unexpected(ok.error());
    }
    if (!settings.configured()) {
        pin.wipe();
        return domain::fail(errc::IdentityCpxNotConfigured,
                            Tr::tr("Le mode carte CPS d'INSi n'est pas paramétré sur ce poste (module de la carte et "
                                   "adresse INSi CPx)."),
                            {});
    }
    auto card = interop::cps::CpsCard::open(settings.card, std::move(pin));
    if (!card)
        return std::unexpected(card.error());
    const interop::cps::CpsCertificate &holder = (*card)->certificate();
    const QString rpps = session.rpps.trimmed();
    if (!rpps.isEmpty() && holder.nationalId != QStringLiteral("8") + rpps)
        return domain::fail(errc::IdentityCpxHolderMismatch,
                            Tr::tr("La carte CPS insérée (%1, %2) n'est pas celle de l'utilisateur connecté (RPPS %3) : "
                                   "chacun interroge INSi avec sa propre carte.")
                                .arg(holder.holderName(), holder.nationalId, rpps),
                            holder.nationalId);
    interop::insi::InsiCpxCard cpx;
    cpx.key = (*card)->signingKey();
    cpx.certificateSubject = holder.subject;
    cpx.nationalId = holder.nationalId;
    auto client = interop::insi::InsiClient::createCpx(settings.insi, std::move(cpx));
    if (!client)
        return std::unexpected(client.error());
    return std::unique_ptr<CpxInsiAccess>(new CpxInsiAccess(std::move(*card), std::move(*client)));
}

domain::Result<interop::insi::InsiResult> CpxInsiAccess::searchByTraits(const interop::insi::InsiTraitsQuery &query)
{
    return m_client.searchByTraits(query);
}

domain::Result<interop::insi::InsiResult> CpxInsiAccess::searchByVitale(const interop::insi::InsiVitaleQuery &query)
{
    return m_client.searchByVitale(query);
}

} // namespace sgl::workflow::identity
