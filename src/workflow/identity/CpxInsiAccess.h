#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/cps/CpsCard.h"
#include "interop/cps/CpsPin.h"
#include "interop/cps/CpsSettings.h"
#include "interop/insi/InsiClient.h"
#include "interop/insi/InsiClientConfig.h"
#include "interop/insi/InsiService.h"

#include <memory>
#include <optional>

namespace sgl::workflow::identity {

/** How this workstation may call INSi. */
enum class InsiMode {
    OrganisationCertificate, ///< mutual TLS with the lab's INSI-MANU/INSI-AUTO certificate
    CpxCard,                 ///< the professional's CPS card signs the Assertion PS
};

/** The workstation's CPx settings: the card's PKCS#11 module and the INSi CPx endpoint. */
struct CpxInsiSettings {
    interop::cps::CpsSettings card;
    /** INSi client settings for the CPx endpoint (certificate fields unused: no TLS client certificate). */
    interop::insi::InsiClientConfig insi;

    [[nodiscard]] bool configured() const { return card.configured() && !insi.endpoint.trimmed().isEmpty(); }
};

/**
 * INSi in CPx mode for one lookup (an InsiService for QualifyIdentity): open() checks the
 * permission (IdentityQualify) before touching the card, opens the card with the PIN (consumed and
 * wiped by CpsCard), refuses a card that is not the signed-in user's when the user has an RPPS
 * (national id = "8" + RPPS: "identity.cpx_holder_mismatch"), then builds the CPx InsiClient with
 * the card's key. The card stays open (logged in) while this object lives: the caller drops it
 * once the lookup is done, so the PIN is asked again for the next one.
 *
 * availableModes() is the rule the INSi button follows: the organisation mode when the lab's
 * certificate is configured, the card mode when a card module and the CPx endpoint are.
 *
 * Errors: "auth.forbidden" (no permission), "identity.cpx_not_configured", the "cps.*" errors of
 * CpsCard::open (no module, card removed, wrong PIN, locked card, expired certificate, no
 * authentication certificate), "identity.cpx_holder_mismatch", those of InsiClient::createCpx.
 */
class CpxInsiAccess final : public interop::insi::InsiService
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<CpxInsiAccess>> open(const domain::UserSession &session,
                                                                             const CpxInsiSettings &settings,
                                                                             interop::cps::CpsPin pin);
    [[nodiscard]] static QList<InsiMode> availableModes(bool organisationConfigured, const CpxInsiSettings &settings);

    domain::Result<interop::insi::InsiResult> searchByTraits(const interop::insi::InsiTraitsQuery &query) override;
    domain::Result<interop::insi::InsiResult> searchByVitale(const interop::insi::InsiVitaleQuery &query) override;

    [[nodiscard]] const interop::cps::CpsCertificate &holder() const { return m_card->certificate(); }

private:
    CpxInsiAccess(std::unique_ptr<interop::cps::CpsCard> card, interop::insi::InsiClient client);
    std::unique_ptr<interop::cps::CpsCard> m_card; ///< declared first: outlives the client borrowing its key
    interop::insi::InsiClient m_client;
};

} // namespace sgl::workflow::identity
