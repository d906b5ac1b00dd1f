#pragma once

#include "app/analyzers/AnalyzerLinkMonitor.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::analyzers {
class AnalyzerGateway;
}

namespace sgl::app {

/**
 * The analyzer gateway run inside the workstation for a single-workstation lab (setting
 * « Passerelle automates intégrée »): workflow::analyzers::AnalyzerGateway over the workstation's
 * database, started at login under the user's session and stopped at logout or quit. It is
 * the AnalyzerLinkMonitor of the « Automates » screen.
 *
 * Contract: start() starts every active profile's link; when none could start, the gateway's
 * refusal is kept (startError()) and running() stays false: the workstation works without it.
 * stop() closes every link; the destructor stops.
 */
class InAppGateway : public AnalyzerLinkMonitor {
    Q_OBJECT
public:
    InAppGateway(storage::Database &db, const domain::UserSession &session, const QString &trafficLogDirectory,
                 QObject *parent = nullptr);
    ~InAppGateway() override;

    domain::Status start();
    void stop();

    [[nodiscard]] QList<domain::analyzer::ConnectionStatus> statuses() const override;
    [[nodiscard]] bool running() const override { return m_running; }
    [[nodiscard]] QString startError() const override { return m_error; }
    [[nodiscard]] workflow::analyzers::AnalyzerGateway &gateway() { return *m_gateway; }

private:
    std::unique_ptr<workflow::analyzers::AnalyzerGateway> m_gateway;
    bool m_running = false;
    QString m_error;
};

} // namespace sgl::app
