#pragma once

#include "interop/astm/LinkDriver.h"
#include "simulators/analyzer/AnalyzerSimulator.h"
#include "simulators/analyzer/FaultInjectingDevice.h"
#include "simulators/analyzer/XnMessages.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace sgl::simulators::analyzer {

/**
 * A Sysmex XN-style haematology analyzer on an ASTM E1381/E1394 TCP link, instrument role:
 * the project's astm::LinkDriver / LinkLayer do the protocol, through a FaultInjectingDevice.
 *
 * For each tube: H Q L (host query, Q-3 `^barcode`), then the host's answer (H P O L, O-26 Q, or
 * the "no order" answer Y/Z) is awaited answerTimeoutMs; the ordered CBC tests are "run"
 * (runDelayMs) and sent as H P O R [C] L (XnMessages gives the positions). Orders the host sent
 * earlier (worklist download) are used without a query. QC runs (QC-XN-L1/L2, O-12 `Q`) send the
 * whole panel without a query. A query or result message cut by a lost connection is sent again
 * whole after reconnection (reconnectDelayMs), at most maxAttempts times.
 */
class AstmHaematologySimulator : public AnalyzerSimulator {
    Q_OBJECT
public:
    explicit AstmHaematologySimulator(SimulatorConfig config, QObject *parent = nullptr);
    ~AstmHaematologySimulator() override;

    /** Client mode: connects (and reconnects) to host:port. Listen mode: fails with analyzersim.listen. */
    [[nodiscard]] domain::Status start() override;
    void stop() override;
    [[nodiscard]] quint16 listeningPort() const override;

    [[nodiscard]] const FaultInjectingDevice &faultDevice() const { return *m_device; }
    [[nodiscard]] bool connected() const { return m_driver->attached(); }

protected:
    void process() override;

private:
    enum class Step { None, Query, AwaitingOrders, Running, Results };

    void connectToHost();
    void onConnected(QTcpSocket *socket);
    void onDisconnected();
    void onMessages();
    void onSendFinished(quint64 id, bool delivered, const QString &errorCode);
    void onAnswerTimeout();
    void sendQuery();
    void runOrders(const QStringList &tests);
    void sendResults();
    void retryOrGiveUp(const QString &why);
    [[nodiscard]] QString instrument() const;

    interop::astm::LinkDriver *m_driver;
    FaultInjectingDevice *m_device;
    QPointer<QTcpSocket> m_socket;
    QTcpServer *m_server = nullptr;
    QTimer *m_answerTimer;
    QTimer *m_runTimer;
    bool m_running = false;
    bool m_refusalReported = false;

    Step m_step = Step::None;
    quint64 m_sendId = 0;
    QByteArray m_resultsMessage;
    QStringList m_orderedTests;
    int m_rackPosition = 0;
    QHash<QString, QStringList> m_worklist;
    QSet<QString> m_noOrder;
};

} // namespace sgl::simulators::analyzer
