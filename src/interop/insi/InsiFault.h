#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::interop::insi {

/** A SOAP 1.2 fault of INSi (soap:Code/Subcode + siram:Erreur). */
struct InsiFault {
    QString code;      ///< soap:Value, e.g. "soap:Sender"
    QString subcode;   ///< e.g. "soap:siram_100"
    QString reason;    ///< soap:Reason/soap:Text
    QString errorCode; ///< siram:Erreur/@code, e.g. "desir_550"
    QString severity;  ///< information | avertissement | erreur | fatale
    QString detail;    ///< siram:Erreur text

    /**
     * The domain error shown to the user: code "insi.fault.<errorCode lower case>" (or
     * "insi.fault" when the fault has no siram:Erreur), a French message explaining what to
     * do for the known codes (desir_550 unknown software authorisation, desir_560 certificate
     * not allowed), the service's own text otherwise; location = "subcode/errorCode".
     */
    [[nodiscard]] domain::Error toError() const;
};

} // namespace sgl::interop::insi
