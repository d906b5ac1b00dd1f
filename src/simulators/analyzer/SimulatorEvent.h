#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/**
 * One thing the simulator did or saw, printed as one line by sgl-analyzer-sim and counted by the
 * tests. `kind` is stable (its name() is the first word of the printed line); `text` is French.
 */
struct SimulatorEvent {
    enum class Kind {
        Connected,       ///< TCP connection to the host (or from it, listening) established
        Disconnected,    ///< connection lost or closed
        Listening,       ///< listener open (ASTM listen mode, LAW worklist listener)
        QuerySent,       ///< host query for one tube sent (ASTM H Q L, HL7 QBP^Q11)
        OrdersReceived,  ///< the host's orders for a tube (answer, download or OML^O33)
        NoOrder,         ///< the host has nothing for the tube (O-26 Y/Z, QAK NF, ORC DC)
        ResultsSent,     ///< results (or QC results) handed to the link
        ResultsAccepted, ///< ASTM: last frame ACKed; HL7: ACK AA/CA
        ResultsRefused,  ///< HL7: ACK AE/AR/CE/CR
        FaultInjected,   ///< a fault of --fault was really produced on the wire
        LinkWarning,     ///< ASTM: a warning or error of the simulator's own LinkLayer (host NAK...)
        Failure          ///< no answer, send given up, unreadable answer
    };

    Kind kind = Kind::Failure;
    QString specimenId;
    QString text;
    QStringList tests;

    /** Stable lower-case token of the kind ("results_sent"). */
    [[nodiscard]] static QString name(Kind kind);
    /** "<kind> [<specimen>] <text>": the line printed on stdout. */
    [[nodiscard]] QString toLine() const;
};

} // namespace sgl::simulators::analyzer
Q_DECLARE_METATYPE(sgl::simulators::analyzer::SimulatorEvent)
