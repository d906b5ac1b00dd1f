#pragma once

#include "domain/Error.h"
#include "interop/cps/CpsCertificate.h"
#include "interop/cps/CpsPin.h"
#include "interop/cps/CpsSettings.h"
#include "interop/xml/XmlExternalSigningKey.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

namespace sgl::interop::cps {

/**
 * The professional's card, open and logged in, through its PKCS#11 module with libp11.
 *
 * open() loads the module, takes the first slot holding an initialised token (or the one labelled
 * settings.tokenLabel), reads the authentication certificate (public object, before any PIN),
 * checks its validity at `at` (an expired card costs no PIN attempt), refuses a card whose PIN is
 * already locked, logs in with the PIN and wipes it at once (whatever the outcome), then finds the
 * private key of that certificate. The key never leaves the card: sign() and signingKey() make the
 * card compute the signatures.
 *
 * Errors: "cps.no_module" (module path empty, missing or not a PKCS#11 module), "cps.card_removed"
 * (no card in any slot, or taken out during use), "cps.no_auth_certificate",
 * "cps.certificate_expired" (naming the end date dd/MM/yyyy), "cps.certificate_not_yet_valid",
 * "cps.pin_required" (empty PIN), "cps.pin_incorrect" (CKR_PIN_INCORRECT), "cps.pin_locked"
 * (CKR_PIN_LOCKED or the token's locked flag), "cps.private_key_missing", "cps.signing_failed",
 * "cps.token_error". No message or log ever holds the PIN.
 *
 * One card session at a time per process (the PKCS#11 module is initialised and finalised with
 * it); blocking calls: run them off the GUI thread when the middleware is slow.
 */
class CpsCard
{
public:
    ~CpsCard();
    CpsCard(const CpsCard &) = delete;
    CpsCard &operator=(const CpsCard &) = delete;

    /** Reads the authentication certificate without the PIN (to show whose card is in the reader),
     *  validity checked. */
    [[nodiscard]] static domain::Result<CpsCertificate> inspect(const CpsSettings &settings,
                                                                const QDateTime &at = QDateTime::currentDateTimeUtc());
    /** Consumes and wipes the PIN. */
    [[nodiscard]] static domain::Result<std::unique_ptr<CpsCard>> open(const CpsSettings &settings, CpsPin pin,
                                                                       const QDateTime &at = QDateTime::currentDateTimeUtc());

    [[nodiscard]] const CpsCertificate &certificate() const;
    /** RSA PKCS#1 v1.5 signature of SHA-256(data), computed by the card. */
    [[nodiscard]] domain::Result<QByteArray> sign(const QByteArray &data) const;
    /** The card key for XmlSigner (valid while this object lives). */
    [[nodiscard]] xml::XmlExternalSigningKey signingKey() const;

private:
    struct Impl;
    explicit CpsCard(std::unique_ptr<Impl> impl);
    static domain::Result<std::unique_ptr<Impl>> openToken(const CpsSettings &settings, const QDateTime &at);
    std::unique_ptr<Impl> m_impl;
};

} // namespace sgl::interop::cps
