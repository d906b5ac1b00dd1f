#include "simulators/analyzer/AnalyzerSimulator.h"

#include <QTimer>

namespace sgl::simulators::analyzer {

AnalyzerSimulator::AnalyzerSimulator(SimulatorConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_generator(m_config.seed)
{
    qRegisterMetaType<SimulatorEvent>();
}

AnalyzerSimulator::~AnalyzerSimulator() = default;

void AnalyzerSimulator::loadRack(const QStringList &barcodes)
{
    for (const QString &raw : barcodes) {
        const QString barcode = raw.trimmed();
        if (barcode.isEmpty())
            continue;
        m_queue.append(WorkItem{barcode, 0, 0});
        if (m_config.qcEvery > 0 && ++m_patientsSinceQc >= m_config.qcEvery) {
            m_patientsSinceQc = 0;
            requestQc();
        }
    }
    scheduleNext();
}

void AnalyzerSimulator::requestQc()
{
    const int level = (m_qcRuns++ % 2) + 1;
    const QString prefix = m_config.mode == SimulatorMode::AstmHaematology ? QStringLiteral("QC-XN-L")
                                                                           : QStringLiteral("QC-CC-L");
    m_queue.append(WorkItem{prefix + QString::number(level), level, 0});
    scheduleNext();
}

int AnalyzerSimulator::pendingItems() const
{
    return static_cast<int>(m_queue.size()) + (m_current ? 1 : 0);
}

void AnalyzerSimulator::scheduleNext()
{
    if (m_scheduled || m_current)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &AnalyzerSimulator::processNext);
}

void AnalyzerSimulator::processNext()
{
    m_scheduled = false;
    if (m_current)
        return;
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    process();
}

void AnalyzerSimulator::finishCurrent()
{
    m_current.reset();
    if (m_queue.isEmpty())
        emit idle();
    else
        scheduleNext();
}

void AnalyzerSimulator::report(SimulatorEvent::Kind kind, const QString &specimenId, const QString &text,
                               const QStringList &tests)
{
    emit eventOccurred(SimulatorEvent{kind, specimenId, text, tests});
}

} // namespace sgl::simulators::analyzer
