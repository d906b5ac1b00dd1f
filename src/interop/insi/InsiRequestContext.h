#pragma once

#include "interop/insi/InsiCpxAssertion.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::interop::insi {

/**
 * Header data of one INSi call (ContexteLPS, ContexteBAM, WS-Addressing).
 * makeDefault() fills the identifiers with fresh UUIDs and the time with now (UTC).
 */
struct InsiRequestContext {
    QString messageId;       ///< UUID without prefix; sent as wsa:MessageID "uuid:<id>"
    QString contextId;       ///< ContexteLPS/Id and ContexteBAM/Id (UUID)
    QDateTime time;          ///< UTC
    QString emetteur;        ///< OU of the organisation certificate (structure id)
    QString idam;            ///< software authorisation number (ContexteLPS/LPS/IDAM)
    QString idamR = QStringLiteral("4");
    QString softwareName = QStringLiteral("SGL");
    QString softwareVersion;
    QString instanceId;      ///< UUID of this installation
    /** CPx mode: the card holder's assertion, put (unsigned) in wsse:Security; none in organisation mode. */
    std::optional<InsiCpxAssertion> cpx;

    [[nodiscard]] static InsiRequestContext makeDefault();
};

} // namespace sgl::interop::insi
