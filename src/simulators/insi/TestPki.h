#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::simulators::insi {

/**
 * A throwaway PKI for the INSi simulator, the demo and the tests, generated with OpenSSL
 * (EC P-256 keys, SHA-256, valid from yesterday for 30 days). Nothing of it is trusted anywhere
 * else; keys are written unencrypted (0600) into the given directory, never into the checkout.
 *
 * Files written (PEM):
 * - ca.pem / ca.key.pem            "SGL TEST AC ORGANISATIONS" (signs everything below)
 * - server.pem / server.key.pem    CN localhost, SAN DNS:localhost + IP:127.0.0.1, serverAuth
 * - client-auto.pem / .key.pem     CN INSI-AUTO, OU 10B0152872 (synthetic structure id), clientAuth
 * - client-manu.pem / .key.pem     CN INSI-MANU
 * - client-wrongcn.pem / .key.pem  CN LABO-SGL (refused by INSi: DESIR_560)
 * - rogue-ca.pem / rogue-ca.key.pem  another CA (not trusted by the simulator nor the client)
 * - client-rogue.pem / .key.pem    CN INSI-AUTO signed by the rogue CA
 *
 * Professional card certificates (CPx mode), RSA 2048 (the card signs rsa-sha256), subject
 * C=FR, title, GN, SN, CN = the holder's national identifier (kCard*), certificate policy
 * kCardPolicyOid (how the simulator tells a card certificate from any other of the test CA):
 * - card.pem / .key.pem            authentication certificate (digitalSignature, clientAuth)
 * - card-sign.pem / .key.pem       signature certificate of the card (nonRepudiation only)
 * - card-expired.pem / .key.pem    authentication certificate whose validity ended yesterday
 * - card-rogue.pem / .key.pem      authentication certificate issued by the rogue CA
 * - card-nopolicy.pem / .key.pem   same subject, without the card policy (not a card certificate)
 */
class TestPki
{
public:
    [[nodiscard]] static domain::Status create(const QString &directory);
    /** Path helper: directory + "/" + file. */
    [[nodiscard]] static QString file(const QString &directory, const char *name);

    /** Synthetic holder of the test card (not a real professional). */
    static constexpr const char *kCardNationalId = "899900012345";
    static constexpr const char *kCardSurname = "BIOLOGISTE";
    static constexpr const char *kCardGivenName = "CLAIRE";
    static constexpr const char *kCardTitle = "Pharmacien";
    /** Policy OID of the test card certificates (a UUID-based OID under 2.25: belongs to no one else). */
    static constexpr const char *kCardPolicyOid = "2.25.188261502933109661568848141007442655219";
};

} // namespace sgl::simulators::insi
