#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/Error.h"
#include "interop/hl7v2/Message.h"

namespace sgl::interop::hl7v2 {

/**
 * Reads an IHE LAW LAB-29 OUL^R22 (and the pre-LAW flavours seen in the field: no MSH-9.3,
 * HL7 2.5, OBR before ORC) into the neutral analyzer model, unmapped.
 *
 * Contract: one AnalyzerResult per OBX, attached to the SPM above it (specimen SPM-2.1.1, kind
 * from SPM-11 table 0369), with PID-3.1, SAC-3, NTE comments after the OBX and the instrument
 * from OBX-18.1 (else the last EQU-1). Fails with hl7v2.unsupported_message_type (MSH^1^9) for
 * anything but OUL^R22. Content problems (OBX before any SPM, an OBX without OBX-3) are returned
 * in AnalyzerMessage::problems with their ERL, the result kept, so the caller can answer AE and
 * hold the message.
 */
class LawResultReader {
public:
    [[nodiscard]] static domain::Result<domain::analyzer::AnalyzerMessage> read(const Message &message,
                                                                                int messageIndex = 1);
};

} // namespace sgl::interop::hl7v2
