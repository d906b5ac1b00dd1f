#pragma once

#include "domain/Error.h"
#include "interop/gateway/HostOrder.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::interop::gateway {

/**
 * The host's answer to one query of a message: the order for the specimen, or "no order". An
 * ASTM "no order" says why (E1394 O-26): `Y` when the host knows the specimen but has no test
 * for this instrument, `Z` when it has no record of the specimen (`specimenKnown` false).
 */
struct QueryAnswer {
    QString specimenId;
    std::optional<HostOrder> order;
    bool specimenKnown = true;
};

/**
 * What the gateway's handler decided about one received message; the connection turns it into
 * the protocol's answer.
 *
 * - Accepted: stored (results entered, held or recognised as a duplicate). HL7: ACK AA. ASTM: the
 *   final frame's ACK goes out.
 * - ContentError: read but the content was faulty (`problems`), and what could be kept is kept
 *   (held). HL7: ACK AE with one ERR per problem. ASTM: ACK (E1381 has no content NAK; the
 *   faults are in the held queue).
 * - StoreFailed: nothing could be stored (database down). HL7: ACK AR so the instrument sends
 *   again. ASTM: the connection is dropped before the final ACK so the instrument sends again.
 *
 * `answers` are sent after the acknowledgement, one per query of the message (ASTM: an H-P-O-L
 * answer or a "no order" O-26 Y; HL7: RSP^K11 OK or NF, then an OML^O33 for a found order).
 * `resultsStored`/`resultsHeld` feed the connection's counters.
 */
struct HandlerReply {
    enum class Verdict { Accepted, ContentError, StoreFailed };
    Verdict verdict = Verdict::Accepted;
    QList<domain::Error> problems;
    QList<QueryAnswer> answers;
    int resultsStored = 0;
    int resultsHeld = 0;
};

} // namespace sgl::interop::gateway
