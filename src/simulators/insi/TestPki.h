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
 */
class TestPki
{
public:
    [[nodiscard]] static domain::Status create(const QString &directory);
    /** Path helper: directory + "/" + file. */
    [[nodiscard]] static QString file(const QString &directory, const char *name);
};

} // namespace sgl::simulators::insi
