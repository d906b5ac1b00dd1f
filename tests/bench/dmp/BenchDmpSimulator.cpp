#include "BenchDmpSimulator.h"

#include "simulators/common/SimTlsServer.h"
#include "simulators/dmp/DmpSimulatorServer.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"

#include <QMutexLocker>

#include <chrono>

namespace sgl::bench {

using namespace simulators;

BenchDmpSimulator::BenchDmpSimulator(dmp::DmpSimulatorConfig config) : m_config(std::move(config)) {}

BenchDmpSimulator::~BenchDmpSimulator()
{
    m_thread.reset(); // stop the server (it calls handle()) before the handler goes
}

domain::Result<std::unique_ptr<BenchDmpSimulator>> BenchDmpSimulator::start(const dmp::DmpSimulatorConfig &config)
{
    std::unique_ptr<BenchDmpSimulator> sim(new BenchDmpSimulator(config));
    if (auto st = sim->reset(); !st)
        return std::unexpected(st.error());
    // Same TLS and HTTP settings as DmpSimulatorServer::create().
    common::SimTlsSettings tls;
    tls.certificatePath = config.certificatePath;
    tls.keyPath = config.keyPath;
    tls.caPath = config.caPath;
    tls.protocol = QSsl::TlsV1_2;
    tls.cipherNames = dmp::DmpSimulatorServer::dmpCipherNames();
    common::SimHttpConfig http;
    http.paths = dmp::DmpHandler::postPaths();
    http.getPaths = dmp::DmpHandler::getPaths();
    http.maxRequestBytes = config.maxRequestBytes;
    BenchDmpSimulator *self = sim.get();
    auto thread = common::SimServerThread::start([tls, http, self](QObject *owner) -> domain::Result<quint16> {
        auto server = common::SimTlsServer::create(tls, http, self, 0);
        if (!server)
            return std::unexpected(server.error());
        const quint16 port = (*server)->serverPort();
        (*server)->setParent(owner);
        server->release();
        return port;
    });
    if (!thread)
        return std::unexpected(thread.error());
    sim->m_thread = std::move(*thread);
    return sim;
}

domain::Status BenchDmpSimulator::reset()
{
    auto verifier = dmp::TrustedSignatureVerifier::create(m_config.caPath);
    if (!verifier)
        return std::unexpected(verifier.error());
    auto handler = dmp::DmpHandler::create(m_config, std::move(*verifier));
    if (!handler)
        return std::unexpected(handler.error());
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(*handler);
    m_handled = 0;
    m_handlerNs = 0;
    return {};
}

void BenchDmpSimulator::startRecording()
{
    QMutexLocker lock(&m_mutex);
    m_recording = true;
    m_recorded.clear();
}

std::vector<CapturedRequest> BenchDmpSimulator::takeRecording()
{
    QMutexLocker lock(&m_mutex);
    m_recording = false;
    return std::exchange(m_recorded, {});
}

int BenchDmpSimulator::handled() const
{
    QMutexLocker lock(&m_mutex);
    return m_handled;
}

double BenchDmpSimulator::handlerMs() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<double>(m_handlerNs) / 1e6;
}

int BenchDmpSimulator::documentCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_handler ? m_handler->registry().documentCount() : 0;
}

QString BenchDmpSimulator::origin() const
{
    return QStringLiteral("https://localhost:%1").arg(m_thread->port());
}

QString BenchDmpSimulator::baseUrl() const
{
    return origin() + dmp::DmpSimulatorServer::servicesBase();
}

common::SimHttpResponse BenchDmpSimulator::handle(const common::SimHttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    if (m_recording && request.method == "POST")
        m_recorded.push_back({request.path, request.contentType.toUtf8(), request.body});
    const auto t0 = std::chrono::steady_clock::now();
    common::SimHttpResponse response = m_handler->handle(request);
    m_handlerNs += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
    ++m_handled;
    return response;
}

} // namespace sgl::bench
