#pragma once

#include "interop/insi/InsiClient.h"
#include "simulators/insi/InsiSimulatorThread.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/**
 * Shared set-up of the INSi simulator tests: a QCoreApplication, a throwaway PKI and three
 * simulators on ephemeral loopback ports (normal, slow, malformed). Built once per process.
 */
class InsiSimTestEnv
{
public:
    static InsiSimTestEnv &instance();

    QString pki(const char *file) const;
    QString schemaDirectory() const;
    QString basePath() const;
    sgl::simulators::insi::InsiSimulatorThread &normal() { return *m_normal; }
    sgl::simulators::insi::InsiSimulatorThread &slow() { return *m_slow; }
    sgl::simulators::insi::InsiSimulatorThread &malformed() { return *m_malformed; }

    /** Client config for an endpoint with the given client certificate base name ("client-auto"). */
    sgl::interop::insi::InsiClientConfig config(const QString &endpoint, const char *client = "client-auto",
                                                const char *ca = "ca.pem") const;
    sgl::interop::insi::InsiClient client(const QString &endpoint, int timeoutMs = 10000) const;

    static constexpr const char *kIdam = "SGL-IDAM-TEST-0001";

private:
    InsiSimTestEnv();
    QTemporaryDir m_dir;
    std::unique_ptr<sgl::simulators::insi::InsiSimulatorThread> m_normal;
    std::unique_ptr<sgl::simulators::insi::InsiSimulatorThread> m_slow;
    std::unique_ptr<sgl::simulators::insi::InsiSimulatorThread> m_malformed;
};

/** Raw HTTPS POST with libcurl (optionally without client certificate). */
struct RawAnswer {
    int curlCode = 0;
    long status = 0;
    QByteArray body;
    QString error;
};
RawAnswer rawPost(const QString &url, const QByteArray &body, const QString &ca, const QString &cert,
                  const QString &key, const char *method = "POST");
