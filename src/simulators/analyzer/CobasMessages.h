#pragma once

#include "interop/hl7v2/Message.h"
#include "simulators/analyzer/LawAnswer.h"
#include "simulators/analyzer/ResultGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::simulators::analyzer {

/**
 * The HL7 v2.5.1 IHE LAW messages of the simulated cobas analyzer, built with hl7v2::Message and
 * hl7v2::Serializer (UTF-8, MSH-21 LAB-2x^IHE), and the reading of what the host sends.
 *
 * Positions: QBP^Q11 QPD-1 `WOS^Work Order Step^IHE_LABTF`, QPD-2 query tag, QPD-3 barcode,
 * RCP-1 `I`; OUL^R22 SPM-2 barcode, SPM-4 `SER^Serum^HL70487`, SPM-11 `P` or `Q` (HL70369),
 * SAC-3 barcode, then per test OBR-4 `<code>^^99ROC`, ORC `SC` ... `CM`, OBX-2 `NM` (`ST` for a
 * `>` value), OBX-3 `<code>^<code>^99ROC`, OBX-5 value, OBX-6 units, OBX-7 reference interval,
 * OBX-8 flag (L, H, N, `>`), OBX-11 `F`, OBX-18 `<instrument>^ROCHE`, OBX-19 time.
 */
class CobasMessages {
public:
    [[nodiscard]] static QByteArray query(const QString &instrument, const QString &controlId,
                                          const QString &specimenId, const QDateTime &now);
    [[nodiscard]] static QByteArray results(const QString &instrument, const QString &controlId,
                                            const QString &specimenId, bool qc,
                                            const QList<SimulatedResult> &results, const QDateTime &now);
    /** ACK to an OML^O33 pushed by the host (AckBuilder: MSH swapped, MSA-2 echoes MSH-10). */
    [[nodiscard]] static QByteArray orderAck(const interop::hl7v2::Message &order, bool accept,
                                             const QString &controlId, const QDateTime &now);
    /** Reads RSP^K11, OML^O33 or ACK; nullopt-like empty messageType when unparsable. */
    [[nodiscard]] static LawAnswer read(const interop::hl7v2::Message &message);
};

} // namespace sgl::simulators::analyzer
