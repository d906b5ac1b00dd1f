#include "app/analyzers/InAppGateway.h"

#include "workflow/analyzers/AnalyzerGateway.h"

namespace sgl::app {

InAppGateway::InAppGateway(storage::Database &db, const domain::UserSession &session,
                           const QString &trafficLogDirectory, QObject *parent)
    : AnalyzerLinkMonitor(parent)
{
    workflow::analyzers::GatewayOptions options;
    options.trafficLogDirectory = trafficLogDirectory;
    m_gateway = std::make_unique<workflow::analyzers::AnalyzerGateway>(db, session, options);
    connect(m_gateway.get(), &workflow::analyzers::AnalyzerGateway::statusChanged, this,
            &AnalyzerLinkMonitor::changed);
}

InAppGateway::~InAppGateway()
{
    stop();
}

domain::Status InAppGateway::start()
{
    if (m_running)
        return {};
    auto started = m_gateway->start();
    m_running = started.has_value();
    m_error = started ? QString() : started.error().message;
    emit changed();
    return started;
}

void InAppGateway::stop()
{
    if (!m_running)
        return;
    m_gateway->stop();
    m_running = false;
    emit changed();
}

QList<domain::analyzer::ConnectionStatus> InAppGateway::statuses() const
{
    return m_gateway->statuses();
}

} // namespace sgl::app
