#pragma once

#include "interop/astm/Message.h"
#include "simulators/analyzer/HostOrders.h"
#include "simulators/analyzer/ResultGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/**
 * The E1394 messages of the simulated Sysmex XN, written with astm::RecordWriter (delimiters
 * `|\^&`, Latin-1, records ended by CR), and the reading of the host's answers.
 *
 * Positions: query H-5 `XN-550^00-19^<serial>`, Q-3 `^<barcode>`, Q-5 `^^^ALL`, Q-13 `O`;
 * results P|1, then O-3 `<barcode>`, O-4 `<rack>^<position>^<barcode>^B`, O-5 one repeat
 * `^^^<code>^<code>` per test, O-12 `N` (patient) or `Q` (QC), O-26 `F`; one R per test:
 * R-3 `^^^<code>^<code>^1` (code in, the LIS2-A2 place, and, the Sysmex place),
 * R-4 value, R-5 units, R-6 reference interval, R-7 flag L/H/N, R-9 `F`, R-13 time; an alarm
 * is a C record after the WBC result: C-3 `I`, C-4 alarm texts as components, C-5 `I`.
 */
class XnMessages {
public:
    [[nodiscard]] static QByteArray query(const QString &instrument, const QString &specimenId,
                                          const QDateTime &now);
    [[nodiscard]] static QByteArray results(const QString &instrument, const QString &specimenId, bool qc,
                                            int rackPosition, const QList<SimulatedResult> &results,
                                            const QStringList &alarms, const QDateTime &now);
    /** Every O record of the message: specimen O-3.1 (else O-4.3), tests O-5.4 (else O-5.5). */
    [[nodiscard]] static QList<HostOrders> readOrders(const interop::astm::Message &message);
};

} // namespace sgl::simulators::analyzer
