#pragma once

#include "interop/psc/PscBackChannel.h"
#include "interop/psc/PscSignIn.h"
#include "simulators/psc/PscSimulatorThread.h"

#include <QString>
#include <QUrl>

#include <memory>

/**
 * Shared set-up of the PSC simulator tests: a QCoreApplication, the build's RSA test PKI (server
 * certificate) and one simulator on an ephemeral loopback port, built once per process, with two
 * registered clients (the lab and another service).
 */
class PscSimTestEnv
{
public:
    static PscSimTestEnv &instance();

    static constexpr const char *kClientId = "sgl-laboratoire";
    static constexpr const char *kSecret = "secret-de-test-sgl";
    static constexpr const char *kRedirect = "http://127.0.0.1:53682/psc/callback";
    static constexpr const char *kOtherClient = "autre-service";
    static constexpr const char *kOtherSecret = "secret-autre";

    [[nodiscard]] sgl::simulators::psc::PscSimulatorThread &sim() { return *m_sim; }
    [[nodiscard]] QString pki(const char *file) const;
    /** The lab's back-channel configuration (trusting the test CA). */
    [[nodiscard]] sgl::interop::psc::PscClientConfig config(const char *clientId = kClientId,
                                                            const char *secret = kSecret) const;
    [[nodiscard]] std::unique_ptr<sgl::interop::psc::PscBackChannel> backChannel(const char *clientId = kClientId,
                                                                                 const char *secret = kSecret) const;
    /** GETs the authorization URL as the browser would; returns the Location of the 302 (empty otherwise). */
    [[nodiscard]] QUrl authorize(const QUrl &authorizationUrl, int *status = nullptr) const;

private:
    PscSimTestEnv();
    std::unique_ptr<sgl::simulators::psc::PscSimulatorThread> m_sim;
};
