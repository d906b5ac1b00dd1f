#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/LawOrder.h"
#include "interop/hl7v2/Message.h"

#include <QDateTime>

namespace sgl::interop::hl7v2 {

/** Outcome of the host's search for a queried specimen (LAB-27 answer). */
enum class LawQueryOutcome {
    WorkFound,       ///< MSA AA, QAK OK: the orders follow in LAB-28
    NoWork,          ///< MSA AA, QAK NF: specimen known, nothing to do
    UnknownSpecimen  ///< MSA AR, QAK NF: specimen not known to the SGL
};

/**
 * Builds the messages the SGL sends on an IHE LAW link (HL7 2.5.1, MSH-21 LAB-2x^IHE), in the
 * charset given (written in MSH-18 with its table 0211 spelling).
 *
 * Contract: OML^O33 = MSH [PID] SPM ORC TQ1 OBR per test (LAB-28; ORC-1 `DC` with no OBR when
 * there is no work); RSP^K11 = MSH MSA QAK QPD, the QPD echoed from the query and QAK-1 its tag
 * (LAB-27); ACK^R22 for LAB-29 through AckBuilder: AA, AE with one ERR per content problem, AR
 * when a problem is a reject condition.
 */
class LawMessageBuilder {
public:
    struct Routing {
        QString sendingApplication = QStringLiteral("SGL");
        QString sendingFacility;
        QString receivingApplication;
        QString receivingFacility;
        QString controlId;
        QDateTime time;
        Charset charset = Charset::Utf8;
    };

    [[nodiscard]] static Message workOrder(const Routing &routing, const LawOrder &order);
    [[nodiscard]] static Message queryResponse(const Routing &routing, const Message &query,
                                               LawQueryOutcome outcome);
    /** ACK^R22 to a results message; `problems` come from LawResultReader or the parser. */
    [[nodiscard]] static Message resultsAck(const MessageHeader &original,
                                            const QList<domain::Error> &problems,
                                            const QString &controlId, const QDateTime &now);
};

} // namespace sgl::interop::hl7v2
