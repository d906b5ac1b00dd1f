#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/Message.h"
#include "interop/hl7v2/PamEvent.h"

#include <QList>
#include <QStringList>

#include <expected>

namespace sgl::interop::hl7v2 {

/** The event, or every validation error found (each with its ERL location). */
using PamMapResult = std::expected<PamEvent, QList<domain::Error>>;

/**
 * Maps and validates one IHE PAM France 2.11 message (shared/specs/hl7v2.md §2).
 *
 * Header: ADT only (200), supported trigger (201; A08 is refused: not used in France, updates come
 * as A31/Z99), processing id P/D/T (202), version 2.5.x (203), MSH-10 present (101). Header errors
 * stop the mapping. Content: EVN with a valid EVN-2; PID with PID-3 holding an IPP (CX-5 PI),
 * PID-5, PID-32 from table 0445; valid PID-7/29 dates; PID-8 F/M/U; INS syntax and NIR key; BDL
 * COG syntax; MRG-1 for A40/A47; PV1 for movements. INS receiving rules: the INS is retained only
 * with PID-32 VALI and ZFD-4 not Y, a NIR is preferred to a NIA, a qualified INS needs PID-7 (full
 * date) and PID-8.
 */
class PamMapper {
public:
    [[nodiscard]] static PamMapResult map(const Message &message);

    /** Triggers accepted on ADT (ITI-30 with merge, ITI-31, Z99). */
    [[nodiscard]] static const QStringList &supportedTriggers();
};

} // namespace sgl::interop::hl7v2
