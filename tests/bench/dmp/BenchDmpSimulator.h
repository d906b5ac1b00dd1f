#pragma once

// The DMP simulator of bench_dmp: the simulator's own DmpHandler (TrustedSignatureVerifier, CI-SIS
// value sets) behind the simulator's own SimTlsServer in a SimServerThread, with the settings of
// DmpSimulatorServer (TLS 1.2, "Accès LPS" suites, client certificate required). It is assembled
// here rather than through DmpSimulatorThread for three bench-only needs: time spent in the
// handler, a copy of the requests (the bytes the curl baseline re-sends), and a fresh, empty
// registry before each run (every run, ours or curl's, stores the same documents from zero).

#include "domain/Error.h"
#include "simulators/common/SimHttp.h"
#include "simulators/common/SimServerThread.h"
#include "simulators/dmp/DmpHandler.h"
#include "simulators/dmp/DmpSimulatorConfig.h"

#include <QByteArray>
#include <QMutex>

#include <memory>
#include <vector>

namespace sgl::bench {

/** One POST as received (path below the services base, Content-Type, body). */
struct CapturedRequest {
    QString path;
    QByteArray contentType;
    QByteArray body;
};

class BenchDmpSimulator final : public simulators::common::SimHttpHandler
{
public:
    ~BenchDmpSimulator() override;
    /** Starts the listener on an ephemeral loopback port; `config.caPath` signs client and signature certificates. */
    [[nodiscard]] static domain::Result<std::unique_ptr<BenchDmpSimulator>> start(const simulators::dmp::DmpSimulatorConfig &config);

    /** Replaces the handler by a new one (empty registry) and zeroes the timings. Only between runs. */
    [[nodiscard]] domain::Status reset();
    /** From now on, keeps a copy of every request (until takeRecording()). */
    void startRecording();
    [[nodiscard]] std::vector<CapturedRequest> takeRecording();

    /** Requests handled since reset(), and the time spent in DmpHandler::handle() for them. */
    [[nodiscard]] int handled() const;
    [[nodiscard]] double handlerMs() const;
    [[nodiscard]] int documentCount() const;
    /** https://localhost:<port> (the test server certificate names localhost). */
    [[nodiscard]] QString origin() const;
    /** origin() + /si-dmp-server/v2/services. */
    [[nodiscard]] QString baseUrl() const;

    /** Runs in the server thread, one request at a time. */
    [[nodiscard]] simulators::common::SimHttpResponse handle(const simulators::common::SimHttpRequest &request) override;

private:
    explicit BenchDmpSimulator(simulators::dmp::DmpSimulatorConfig config);

    simulators::dmp::DmpSimulatorConfig m_config;
    mutable QMutex m_mutex; ///< handle() vs reset()/inspection (never contended during a run: one server thread)
    std::unique_ptr<simulators::dmp::DmpHandler> m_handler;
    bool m_recording = false;
    std::vector<CapturedRequest> m_recorded;
    int m_handled = 0;
    qint64 m_handlerNs = 0;
    std::unique_ptr<simulators::common::SimServerThread> m_thread;
};

} // namespace sgl::bench
