#include "interop/labels/LabelPrinter.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/Tr.h"

#include <QTcpSocket>

#include <cups/cups.h>

#include <memory>

namespace sgl::interop::labels {

namespace {

struct HttpCloser {
    void operator()(http_t *http) const { httpClose(http); }
};

} // namespace

LabelPrinter::LabelPrinter(PrinterDestination destination)
    : m_destination(std::move(destination))
{
}

domain::Status LabelPrinter::send(const QByteArray &data, const QString &jobTitle) const
{
    if (data.isEmpty())
        return domain::fail(errc::NothingToPrint,
                            Tr::tr("Rien à envoyer à l'imprimante %1.").arg(m_destination.toString()),
                            QStringLiteral("printer"));
    return m_destination.kind == PrinterDestination::Kind::CupsQueue ? sendCups(data, jobTitle) : sendSocket(data);
}

domain::Status LabelPrinter::sendSocket(const QByteArray &data) const
{
    const auto &d = m_destination;
    auto broken = [&](const QString &what, const QTcpSocket &socket) {
        return domain::fail(errc::PrinterUnreachable,
                            Tr::tr("Imprimante %1 : %2 (%3).").arg(d.toString(), what, socket.errorString()),
                            QStringLiteral("printer"));
    };
    QTcpSocket socket;
    socket.connectToHost(d.host, d.port);
    if (!socket.waitForConnected(d.timeoutMs))
        return broken(Tr::tr("connexion impossible"), socket);
    if (socket.write(data) != data.size())
        return broken(Tr::tr("envoi refusé"), socket);
    while (socket.bytesToWrite() > 0)
        if (!socket.waitForBytesWritten(d.timeoutMs))
            return broken(Tr::tr("envoi interrompu"), socket);
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState && !socket.waitForDisconnected(d.timeoutMs))
        return broken(Tr::tr("fermeture de la connexion impossible"), socket);
    return {};
}

domain::Status LabelPrinter::sendCups(const QByteArray &data, const QString &jobTitle) const
{
    const auto &d = m_destination;
    // An explicit connection (rather than libcups' per-thread default) so that the server of
    // this destination is used, and a dead server fails within the timeout.
    QByteArray host = d.server.isEmpty() ? QByteArray(cupsServer()) : d.server.toUtf8();
    int port = ippPort();
    if (!host.startsWith('/')) {
        if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.contains(']')) {
            bool ok = false;
            const int p = host.mid(colon + 1).toInt(&ok);
            if (ok) {
                port = p;
                host.truncate(colon);
            }
        }
    }
    std::unique_ptr<http_t, HttpCloser> http(
        httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, d.timeoutMs, nullptr));
    if (!http)
        return domain::fail(errc::PrinterUnreachable,
                            Tr::tr("Serveur d'impression CUPS « %1 » injoignable pour la file « %2 ».")
                                .arg(QString::fromUtf8(host), d.queue),
                            QStringLiteral("printer"));
    auto cupsError = [&](const QString &step) {
        const ipp_status_t status = cupsLastError();
        const bool down = status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE;
        return domain::fail(down ? errc::PrinterUnreachable : errc::PrinterRejected,
                            Tr::tr("File CUPS « %1 » : %2 (%3).")
                                .arg(d.queue, step, QString::fromUtf8(cupsLastErrorString())),
                            QStringLiteral("printer"));
    };
    const QByteArray queue = d.queue.toUtf8();
    // Asked first so that an unknown queue gets its own message (libcups would only say
    // "No such file or directory" when creating the job).
    cups_dest_t *dest = cupsGetNamedDest(http.get(), queue.constData(), nullptr);
    if (!dest)
        return domain::fail(cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE ? errc::PrinterUnreachable
                                                                                     : errc::PrinterRejected,
                            Tr::tr("File CUPS « %1 » inconnue du serveur « %2 ».").arg(d.queue, QString::fromUtf8(host)),
                            QStringLiteral("printer"));
    cupsFreeDests(1, dest);
    const int job = cupsCreateJob(http.get(), queue.constData(), jobTitle.toUtf8().constData(), 0, nullptr);
    if (job == 0)
        return cupsError(Tr::tr("travail refusé"));
    if (cupsStartDocument(http.get(), queue.constData(), job, "labels.zpl", CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE) {
        auto e = cupsError(Tr::tr("document refusé"));
        cupsCancelJob2(http.get(), queue.constData(), job, 0);
        return e;
    }
    if (cupsWriteRequestData(http.get(), data.constData(), static_cast<size_t>(data.size())) != HTTP_STATUS_CONTINUE) {
        auto e = cupsError(Tr::tr("envoi interrompu"));
        cupsFinishDocument(http.get(), queue.constData());
        cupsCancelJob2(http.get(), queue.constData(), job, 0);
        return e;
    }
    if (cupsFinishDocument(http.get(), queue.constData()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return cupsError(Tr::tr("travail non terminé"));
    return {};
}

} // namespace sgl::interop::labels
