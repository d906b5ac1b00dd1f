#pragma once

#include "domain/Error.h"
#include "simulators/analyzer/ResultGenerator.h"
#include "simulators/analyzer/SimulatorConfig.h"
#include "simulators/analyzer/SimulatorEvent.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace sgl::simulators::analyzer {

/**
 * What both simulated instruments share: the rack of tubes waiting, QC runs, the deterministic
 * results, the event stream. Tubes are handled one at a time, in loading order (query, orders,
 * results), then the next one; QC runs wait their turn in the same queue.
 *
 * Contract: loadRack() and requestQc() may be called at any time, also while a tube is being
 * handled; idle() is emitted when the queue becomes empty. Everything runs on the thread owning
 * the object, through its event loop (no blocking call outside MLLP exchanges, which wait in a
 * local event loop as hl7v2::MllpClient does).
 */
class AnalyzerSimulator : public QObject {
    Q_OBJECT
public:
    ~AnalyzerSimulator() override;

    /** Connects to the host (and/or listens, see SimulatorConfig::listen). */
    [[nodiscard]] virtual domain::Status start() = 0;
    /** Closes connections and listeners; the queue is kept. */
    virtual void stop() = 0;
    /** Port actually listened on (listen mode), 0 otherwise. */
    [[nodiscard]] virtual quint16 listeningPort() const = 0;

    /** Queues tubes (blank barcodes ignored). */
    void loadRack(const QStringList &barcodes);
    /** Queues one QC run (levels alternate 1, 2, 1...). */
    void requestQc();
    [[nodiscard]] int pendingItems() const;
    [[nodiscard]] const SimulatorConfig &config() const { return m_config; }
    [[nodiscard]] const ResultGenerator &generator() const { return m_generator; }

signals:
    void eventOccurred(const sgl::simulators::analyzer::SimulatorEvent &event);
    void idle();

protected:
    struct WorkItem {
        QString specimenId;
        int qcLevel = 0; ///< 0 = patient tube
        int attempts = 0;
    };

    AnalyzerSimulator(SimulatorConfig config, QObject *parent);

    /** Handles m_current; must end with finishCurrent() sooner or later. */
    virtual void process() = 0;
    /** Asks for process() of the next item from the event loop, if none is in progress. */
    void scheduleNext();
    void finishCurrent();
    void report(SimulatorEvent::Kind kind, const QString &specimenId, const QString &text,
                const QStringList &tests = {});
    /** 1-based count of patient tubes run so far (alarm and over-range rhythms). */
    int nextPatientOrdinal() { return ++m_patientsRun; }

    SimulatorConfig m_config;
    ResultGenerator m_generator;
    std::optional<WorkItem> m_current;

private:
    void processNext();

    QList<WorkItem> m_queue;
    bool m_scheduled = false;
    int m_patientsRun = 0;
    int m_patientsSinceQc = 0;
    int m_qcRuns = 0;
};

} // namespace sgl::simulators::analyzer
