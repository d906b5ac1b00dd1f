#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::interop::labels {

/**
 * Where raw ZPL goes: a CUPS raw queue ("cups:QUEUE", or "cups:QUEUE@SERVER" for another CUPS
 * server, SERVER being host[:port] or the path of a local socket), or a printer listening on a TCP
 * port ("tcp://HOST[:PORT]", port 9100 by default: Zebra's raw port).
 */
struct PrinterDestination {
    enum class Kind { CupsQueue, Socket };

    Kind kind = Kind::Socket;
    QString queue;     ///< CUPS queue name
    QString server;    ///< CUPS server (host, host:port or socket path); empty: the system's (cupsServer())
    QString host;      ///< TCP printer
    quint16 port = 9100;
    int timeoutMs = 10000; ///< connection and write timeout

    /**
     * Reads an address as written in the settings. Error "labels.printer_destination_invalid"
     * (location "printer") for anything else: no scheme, empty queue or host, bad port.
     */
    [[nodiscard]] static domain::Result<PrinterDestination> parse(const QString &address);

    /** The address parse() reads back. */
    [[nodiscard]] QString toString() const;

    friend bool operator==(const PrinterDestination &, const PrinterDestination &) = default;
};

} // namespace sgl::interop::labels
