#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/Message.h"

#include <QByteArrayView>

namespace sgl::interop::hl7v2 {

/** How forgiving the parser is with known sender defects. */
struct ParseOptions {
    /**
     * Accept MSH-2 written with U+02DC SMALL TILDE instead of '~' (seen in the ANS volet V2.0 ORU
     * examples): repaired with a warning. Off = strict, rejected at MSH-2.
     */
    bool repairTildeLookalike = true;
};

/**
 * Turns the bytes of one ER7 message into a Message.
 *
 * Contract: delimiters come from MSH-1/MSH-2; MSH-18 is read from the raw bytes (every legal
 * charset is ASCII-compatible) and the whole message decoded once with it; segments may end
 * with CR, LF or CRLF (blank lines ignored); a UTF-8 BOM is skipped. Fails, naming the ERL
 * location in Error::location, on: no MSH first (100), bad MSH-1/MSH-2 (102), unsupported
 * MSH-18 (103), bytes invalid for the charset (102), a malformed segment id or a second MSH
 * (100). Field content is not validated here (see PamMapper).
 */
class Parser {
public:
    [[nodiscard]] static domain::Result<Message> parse(QByteArrayView bytes,
                                                       const ParseOptions &options = {});
};

} // namespace sgl::interop::hl7v2
