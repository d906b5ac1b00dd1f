#pragma once

#include "simulators/analyzer/AnalyzerSimulator.h"
#include "simulators/analyzer/SimulatorEvent.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace sgl::simulators::analyzer::testing {

QCoreApplication &app();

/**
 * Runs the event loop until `condition` holds; the timeout is only a safety bound (the loop is
 * woken by the events themselves, never polled). Returns the condition.
 */
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

/** Every event a simulator reports, with counts by kind. */
class EventLog {
public:
    explicit EventLog(AnalyzerSimulator &simulator);
    [[nodiscard]] int count(SimulatorEvent::Kind kind, const QString &specimenId = {}) const;
    [[nodiscard]] const QList<SimulatorEvent> &events() const { return m_events; }
    [[nodiscard]] QString dump() const;

private:
    QList<SimulatorEvent> m_events;
};

/** Test timings: short reconnect, bounded waits. */
SimulatorConfig testConfig(SimulatorMode mode, quint16 hostPort);

} // namespace sgl::simulators::analyzer::testing
