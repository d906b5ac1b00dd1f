#pragma once

#include "domain/Error.h"
#include "interop/labels/PrinterDestination.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::labels {

/**
 * Sends printer-ready bytes (ZPL from ZplWriter) unchanged to a label printer: as a raw job
 * (application/vnd.cups-raw) to a CUPS queue through libcups, or straight to the printer's TCP
 * port 9100. The only network code of the labels module (layer rule: network in interop only).
 *
 * Contract: blocking, bounded by the destination's timeoutMs for each step (connect, write,
 * close); call it from a worker thread in a GUI. Success means CUPS accepted the whole job, or
 * the printer's socket took every byte and closed cleanly: not that labels came out. Errors:
 * "labels.printer_unreachable" (connection refused, timed out or broken, CUPS server down),
 * "labels.printer_rejected" (CUPS refused the job: unknown queue, printer stopped...),
 * "labels.nothing_to_print" for empty data; each names the destination.
 */
class LabelPrinter {
public:
    explicit LabelPrinter(PrinterDestination destination);

    [[nodiscard]] const PrinterDestination &destination() const { return m_destination; }

    /** Sends `data` as one job named `jobTitle` (CUPS only; a socket has no job). */
    domain::Status send(const QByteArray &data, const QString &jobTitle) const;

private:
    domain::Status sendSocket(const QByteArray &data) const;
    domain::Status sendCups(const QByteArray &data, const QString &jobTitle) const;

    PrinterDestination m_destination;
};

} // namespace sgl::interop::labels
