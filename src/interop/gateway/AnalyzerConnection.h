#pragma once

#include "domain/Error.h"
#include "domain/analyzer/ConnectionStatus.h"
#include "interop/gateway/ConnectionConfig.h"
#include "interop/gateway/HandlerReply.h"
#include "interop/gateway/HostOrder.h"
#include "interop/gateway/ReceivedMessage.h"
#include "interop/gateway/TrafficLog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace sgl::interop::astm {
class LinkDriver;
class SerialLink;
class TcpClientLink;
class TcpServerLink;
struct Message;
} // namespace sgl::interop::astm

namespace sgl::interop::gateway {

class MllpSession;

/**
 * The network side of one analyzer profile (issue 11 §5): ASTM E1381/E1394 over a TCP server,
 * TCP client or RS-232 (astm::TcpServerLink, TcpClientLink, SerialLink), or HL7 LAW over MLLP as
 * server or client; decodes each message, hands it to the handler, answers as the handler's
 * reply says (HandlerReply), sends worklists, logs every byte (TrafficLog) and keeps a
 * domain::analyzer::ConnectionStatus.
 *
 * Contract:
 * - the handler runs synchronously on the connection's thread, one message at a time, and its
 *   acknowledgement goes out only after it returned: ASTM, the ACK of the frame that completed
 *   the message (astm::LinkDriver writes it after delivery); HL7, the ACK^R22. When the reply is
 *   StoreFailed, ASTM drops the connection without that ACK and HL7 answers AR, so the instrument
 *   sends the message again; the gateway's ingestion recognises a message sent twice;
 * - an HL7 message the parser refuses is still handed to the handler (parser error in
 *   decoded.problems) and answered AE/AR as AckBuilder::outcomeFor says; an ASTM message cut by a
 *   dropped connection or a receive timeout reaches the handler with decoded.complete false and
 *   the records received (astm::MessageAssembler closes it as aborted): the profile mapper holds
 *   all its results, nothing of it is stored on a dossier, and it is kept for diagnosis;
 * - TCP client and serial links try again every reconnectDelayMs after a failure or a drop;
 * - statusChanged() is emitted after every change of status(); event() carries each noteworthy
 *   thing (connection, message, link error) with a stable code for logs and the CLI.
 */
class AnalyzerConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HandlerReply(const ReceivedMessage &)>;

    AnalyzerConnection(ConnectionConfig config, Handler handler, QObject *parent = nullptr);
    ~AnalyzerConnection() override;

    /**
     * Listens, connects or opens the port. Fails with gateway.listen_failed (address in use...),
     * gateway.unsupported_transport (HL7 over RS-232, transport None); a client that cannot
     * connect yet is not a failure (state Connecting, retried).
     */
    [[nodiscard]] domain::Status start();
    void stop();

    /**
     * Sends orders to the instrument (worklist download): ASTM one H-P-O...-L message, HL7 one
     * OML^O33 per order, on the connected instrument's link. Fails with gateway.send_failed when
     * no instrument is connected or the orders cannot be encoded.
     */
    [[nodiscard]] domain::Status sendWorklist(const QList<HostOrder> &orders);

    [[nodiscard]] const domain::analyzer::ConnectionStatus &status() const { return m_status; }
    [[nodiscard]] const ConnectionConfig &config() const { return m_config; }
    /** The TCP port listened on (port 0 in the profile: the one the system chose); 0 otherwise. */
    [[nodiscard]] quint16 listeningPort() const;
    [[nodiscard]] QString trafficLogPath() const { return m_log.currentPath(); }

signals:
    void statusChanged();
    void event(const QString &code, const QString &message);

private:
    void setState(domain::analyzer::LinkState state, const QString &peer = {});
    void linkError(const QString &code, const QString &message, bool countAsLinkError = true);
    void note(const QString &code, const QString &message);
    void scheduleRetry();
    void retry();

    domain::Status startAstm();
    void setUpDriver(astm::LinkDriver *driver, const QString &peer);
    void onAstmMessages(astm::LinkDriver *driver, const QString &peer);
    [[nodiscard]] domain::Result<QByteArray> astmAnswer(const QueryAnswer &answer) const;
    [[nodiscard]] astm::LinkDriver *connectedDriver() const;

    domain::Status startHl7();
    void openSession(QTcpSocket *socket, const QString &peer);
    [[nodiscard]] std::optional<QByteArray> onHl7Message(MllpSession *session, const QByteArray &bytes);
    void pushOrders(MllpSession *session, const QList<HostOrder> &orders);
    [[nodiscard]] QString nextControlId();

    ConnectionConfig m_config;
    Handler m_handler;
    TrafficLog m_log;
    domain::analyzer::ConnectionStatus m_status;
    QTimer *m_retryTimer;
    bool m_running = false;
    int m_controlCounter = 0;

    astm::TcpServerLink *m_astmServer = nullptr;
    astm::TcpClientLink *m_astmClient = nullptr;
    astm::SerialLink *m_serial = nullptr;
    QList<QPointer<astm::LinkDriver>> m_drivers;

    QTcpServer *m_mllpServer = nullptr;
    QTcpSocket *m_mllpClient = nullptr;
    QList<QPointer<MllpSession>> m_sessions;
};

} // namespace sgl::interop::gateway
