#pragma once

#include "domain/Error.h"

namespace sgl::interop::cps {

/**
 * The French error for a PKCS#11 return value (CKR_*) met while using the card. Public so the
 * mapping can be tested for the codes a software token cannot produce (SoftHSM2 never locks a
 * PIN: CKR_PIN_LOCKED only comes from a real card).
 *
 * CKR_PIN_INCORRECT, CKR_PIN_INVALID, CKR_PIN_LEN_RANGE -> "cps.pin_incorrect";
 * CKR_PIN_LOCKED -> "cps.pin_locked"; CKR_TOKEN_NOT_PRESENT, CKR_DEVICE_REMOVED,
 * CKR_TOKEN_NOT_RECOGNIZED, CKR_SESSION_HANDLE_INVALID, CKR_SESSION_CLOSED -> "cps.card_removed";
 * anything else -> "cps.token_error" naming the code in hexadecimal.
 */
class CpsFailure
{
public:
    [[nodiscard]] static domain::Error fromCkr(unsigned long ckr);
    /** The CKR_* code libp11 left in OpenSSL's error queue for the last failed call (0 when none). */
    [[nodiscard]] static unsigned long lastCkr();
    /** The errors of a card found locked before any login (token flag CKF_USER_PIN_LOCKED). */
    [[nodiscard]] static domain::Error locked();
    [[nodiscard]] static domain::Error removed();
};

} // namespace sgl::interop::cps
