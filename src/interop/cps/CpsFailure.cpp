#include "interop/cps/CpsFailure.h"

#include "interop/cps/ErrorCodes.h"
#include "interop/cps/Tr.h"

#include <openssl/err.h>
#include <p11-kit/pkcs11.h>

namespace sgl::interop::cps {

domain::Error CpsFailure::locked()
{
    return {errc::PinLocked,
            Tr::tr("La carte CPS est bloquée (trop de codes porteur faux). Débloquez-la avec son code de "
                   "déblocage (outil de gestion de la carte CPS), puis réessayez."),
            {}};
}

domain::Error CpsFailure::removed()
{
    return {errc::CardRemoved,
            Tr::tr("Aucune carte CPS n'est insérée dans le lecteur (ou le lecteur n'est pas branché). Insérez la "
                   "carte puis réessayez."),
            {}};
}

domain::Error CpsFailure::fromCkr(unsigned long ckr)
{
    switch (ckr) {
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
    case CKR_PIN_LEN_RANGE:
        return {errc::PinIncorrect,
                Tr::tr("Code porteur incorrect. Attention : la carte CPS se bloque après trois codes faux "
                       "consécutifs."),
                {}};
    case CKR_PIN_LOCKED:
        return locked();
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_TOKEN_NOT_RECOGNIZED:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
        return removed();
    default:
        break;
    }
    return {errc::TokenError,
            Tr::tr("Erreur de la carte CPS (code PKCS#11 0x%1).").arg(ckr, 0, 16),
            {}};
}

unsigned long CpsFailure::lastCkr()
{
    // libp11 reports a failed PKCS#11 call as an OpenSSL error whose reason is the CKR_* value.
    const unsigned long e = ERR_peek_last_error();
    return e == 0 ? 0 : static_cast<unsigned long>(ERR_GET_REASON(e));
}

} // namespace sgl::interop::cps
