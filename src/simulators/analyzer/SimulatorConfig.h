#pragma once

#include "simulators/analyzer/FaultOptions.h"

#include <QString>

namespace sgl::simulators::analyzer {

/** Which instrument is simulated. */
enum class SimulatorMode {
    AstmHaematology, ///< Sysmex XN-style CBC over ASTM E1381/E1394 (TCP)
    LawChemistry     ///< cobas-style chemistry over HL7 v2.5.1 IHE LAW (MLLP)
};

/**
 * Everything a simulator needs, with the defaults of the demo. Times are real (the simulator
 * talks to a real peer over TCP); tests shorten them.
 */
struct SimulatorConfig {
    SimulatorMode mode = SimulatorMode::AstmHaematology;
    QString host = QStringLiteral("127.0.0.1"); ///< the host's listener (ASTM or MLLP)
    quint16 port = 0;
    /**
     * ASTM: listen on listenPort instead of connecting (the host connects). LAW: also open the
     * worklist listener on listenPort (the host pushes OML^O33 there); queries and results
     * still go to host:port.
     */
    bool listen = false;
    quint16 listenPort = 0;   ///< 0 = chosen by the system (see listeningPort())
    quint64 seed = 1;         ///< same seed, same barcodes, same tests -> same values
    FaultOptions faults;
    QString instrumentName;   ///< empty = "XN-550" (ASTM) / "cobas pro" (LAW)
    int qcEvery = 0;          ///< queue a QC run after every N patient tubes (0 = on demand)
    int alarmEvery = 3;       ///< ASTM: every N-th patient tube carries an instrument alarm comment
    int overRangeEvery = 4;   ///< LAW: every N-th patient tube reports its first test above linearity
    int answerTimeoutMs = 15000; ///< wait for the host's answer (ASTM orders, LAW RSP/ACK/OML)
    int reconnectDelayMs = 1000; ///< after a drop or a refused connection
    int runDelayMs = 0;       ///< "analysis" time between the orders and the results
    int maxAttempts = 5;      ///< sendings of one query or result message before giving up
};

} // namespace sgl::simulators::analyzer
