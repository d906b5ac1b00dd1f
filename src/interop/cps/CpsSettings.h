#pragma once

#include <QString>

namespace sgl::interop::cps {

/** Where the card is read: the PKCS#11 module of the card middleware (a workstation setting). */
struct CpsSettings {
    /** Path of the PKCS#11 module: the CPS middleware's (Cryptolib CPS, e.g. /usr/lib/libcps3_pkcs11_lux.so)
     *  in production, SoftHSM2's (/usr/lib/softhsm/libsofthsm2.so) in tests. Empty: no card configured. */
    QString modulePath;
    /** Only a token with this label is used when not empty (several readers); else the first card found. */
    QString tokenLabel;

    [[nodiscard]] bool configured() const { return !modulePath.trimmed().isEmpty(); }
};

} // namespace sgl::interop::cps
