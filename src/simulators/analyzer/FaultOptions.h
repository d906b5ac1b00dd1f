#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace sgl::simulators::analyzer {

/**
 * Which faults the simulator produces on the wire (--fault KIND[,KIND]) and how hard.
 *
 * Contract: every fault is bounded so the link recovers and the results are finally delivered
 * with the default figures: a frame is corrupted only on its first sending (E1381 lets a frame
 * be sent 6 times), each host frame is NAKed `naksPerFrame` times (< 6) then ACKed, the
 * connection is dropped `dropCount` times in the whole session. Raise the figures to make the
 * peer give up (negative tests).
 */
struct FaultOptions {
    bool badChecksum = false; ///< ASTM: wrong checksum digit on the first sending of a frame
    bool nakStorm = false;    ///< ASTM: NAK the host's frames; HL7: answer AR to pushed OML^O33
    bool drop = false;        ///< connection aborted in the middle of a results message
    bool garbage = false;     ///< bytes between frames (ASTM) or before the MLLP start block
    bool slow = false;        ///< bytes trickled out in small chunks with delays

    int badChecksumEvery = 2;  ///< corrupt every N-th frame sent (1 = all)
    int naksPerFrame = 2;      ///< ASTM: NAKs per host frame; HL7: AR answers per pushed message
    int dropAfterFrames = 3;   ///< ASTM: frames of a transfer sent whole before the cut one
    int dropCount = 1;         ///< drops in the session
    QByteArray garbageBytes = QByteArrayLiteral("#~bruit\xff~#");
    int slowDelayMs = 2;       ///< pause between two chunks
    int slowChunkBytes = 8;    ///< bytes per chunk

    [[nodiscard]] bool any() const { return badChecksum || nakStorm || drop || garbage || slow; }
    /** Names of the active faults, comma-separated ("bad-checksum,slow"), empty when none. */
    [[nodiscard]] QString names() const;

    /**
     * Parses "bad-checksum,nak-storm,drop,garbage,slow" (any subset, "none" or empty = no fault)
     * into `base`. Fails with analyzersim.bad_option naming the unknown kind.
     */
    [[nodiscard]] static domain::Result<FaultOptions> parse(const QString &list, FaultOptions base);
    [[nodiscard]] static domain::Result<FaultOptions> parse(const QString &list);
};

} // namespace sgl::simulators::analyzer
