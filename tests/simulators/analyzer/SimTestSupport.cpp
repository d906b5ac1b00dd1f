#include "SimTestSupport.h"

#include <QTimer>

namespace sgl::simulators::analyzer::testing {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_analyzer";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole test binary
    return *QCoreApplication::instance();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    app();
    QTimer guard;
    guard.setSingleShot(true);
    guard.start(timeoutMs);
    while (!condition() && guard.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return condition();
}

EventLog::EventLog(AnalyzerSimulator &simulator)
{
    QObject::connect(&simulator, &AnalyzerSimulator::eventOccurred, &simulator,
                     [this](const SimulatorEvent &e) { m_events << e; });
}

int EventLog::count(SimulatorEvent::Kind kind, const QString &specimenId) const
{
    int n = 0;
    for (const SimulatorEvent &e : m_events)
        if (e.kind == kind && (specimenId.isEmpty() || e.specimenId == specimenId))
            ++n;
    return n;
}

QString EventLog::dump() const
{
    QStringList lines;
    for (const SimulatorEvent &e : m_events)
        lines << e.toLine();
    return lines.join(u'\n');
}

SimulatorConfig testConfig(SimulatorMode mode, quint16 hostPort)
{
    SimulatorConfig c;
    c.mode = mode;
    c.host = QStringLiteral("127.0.0.1");
    c.port = hostPort;
    c.seed = 42;
    c.reconnectDelayMs = 10;
    c.answerTimeoutMs = 5000;
    c.alarmEvery = 0;
    c.overRangeEvery = 0;
    return c;
}

} // namespace sgl::simulators::analyzer::testing
