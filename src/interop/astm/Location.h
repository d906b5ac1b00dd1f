#pragma once

#include <QString>

namespace sgl::interop::astm {

/**
 * Where something is in a stream of E1394 messages, 1-based (0 = not that deep): message in the
 * stream, record in the message (H = 1), its type, the field (E1394 numbering: field 1 = record
 * type) and component. toString() gives "message 1, record 4 (R-3.2)" for Error::location.
 */
struct Location {
    int message = 0;
    int record = 0;
    QString recordType;
    int field = 0;
    int component = 0;

    [[nodiscard]] QString toString() const;
    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace sgl::interop::astm
