#pragma once

#include "domain/Error.h"
#include "interop/astm/Delimiters.h"
#include "interop/astm/Record.h"

#include <QByteArray>
#include <QList>

namespace sgl::interop::astm {

/**
 * One E1394 message as received, H record first: its delimiters, its records in order (unknown
 * types kept), the raw bytes it was read from (kept for the diagnosis log), and what was wrong.
 *
 * Contract: `terminated` is true when an L record closed it; `aborted` when the transfer was cut
 * (timeout, lost connection, partial frame discarded) before that. `errors` make the content
 * untrustworthy (bad delimiters, undecodable bytes, aborted); `warnings` were tolerated (no L
 * record at a clean end of transfer, malformed record type kept). Locations in both are
 * Location::toString() texts.
 */
struct Message {
    int index = 0; ///< 1-based position in the stream
    Delimiters delimiters;
    QList<Record> records;
    QByteArray raw; ///< the received record bytes, each record followed by CR
    bool terminated = false;
    bool aborted = false;
    QList<domain::Error> errors;
    QList<domain::Error> warnings;

    [[nodiscard]] const Record *header() const { return records.isEmpty() ? nullptr : &records.first(); }
    /** Number of records of that type. */
    [[nodiscard]] int count(QStringView type) const;
    /** Types in order, e.g. "HPORL": the shape used by tests and logs. */
    [[nodiscard]] QString shape() const;
};

} // namespace sgl::interop::astm
