#pragma once

#include "domain/analyzer/ConnectionStatus.h"

#include <QList>
#include <QObject>

namespace sgl::app {

/**
 * What the status panel watches: the analyzer links of a gateway running in this process.
 * InAppGateway implements it over workflow::analyzers::AnalyzerGateway; tests use a fake.
 * Contract: statuses() is a snapshot, one row per active profile; changed() is emitted after
 * any row changed (state, counters, last error).
 */
class AnalyzerLinkMonitor : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual QList<domain::analyzer::ConnectionStatus> statuses() const = 0;
    /** Whether the gateway is started (false: stopped, or failed to start: see startError()). */
    [[nodiscard]] virtual bool running() const = 0;
    /** French reason the gateway could not start; empty when none. */
    [[nodiscard]] virtual QString startError() const = 0;

signals:
    void changed();
};

} // namespace sgl::app
