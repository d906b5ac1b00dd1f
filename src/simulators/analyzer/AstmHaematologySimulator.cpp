#include "simulators/analyzer/AstmHaematologySimulator.h"

#include "simulators/analyzer/ErrorCodes.h"
#include "simulators/analyzer/Tr.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sgl::simulators::analyzer {

namespace {

interop::astm::LinkOptions instrumentOptions()
{
    interop::astm::LinkOptions o;
    o.role = interop::astm::LinkRole::Instrument;
    return o;
}

const QStringList Alarms{QStringLiteral("Blasts?"), QStringLiteral("Abn_Lympho?"), QStringLiteral("Left_Shift?"),
                         QStringLiteral("PLT_Clumps?"), QStringLiteral("RBC_Agglutination?")};

} // namespace

AstmHaematologySimulator::AstmHaematologySimulator(SimulatorConfig config, QObject *parent)
    : AnalyzerSimulator(std::move(config), parent),
      m_driver(new interop::astm::LinkDriver(instrumentOptions(), interop::astm::TextEncoding::Latin1, this)),
      m_device(new FaultInjectingDevice(m_config.faults, this)), m_answerTimer(new QTimer(this)),
      m_runTimer(new QTimer(this))
{
    m_answerTimer->setSingleShot(true);
    m_runTimer->setSingleShot(true);
    connect(m_answerTimer, &QTimer::timeout, this, &AstmHaematologySimulator::onAnswerTimeout);
    connect(m_runTimer, &QTimer::timeout, this, [this] {
        if (m_current && m_step == Step::Running)
            sendResults();
    });
    connect(m_driver, &interop::astm::LinkDriver::messageReceived, this, &AstmHaematologySimulator::onMessages);
    connect(m_driver, &interop::astm::LinkDriver::sendFinished, this, &AstmHaematologySimulator::onSendFinished);
    // NAKs of the host, retransmissions, aborted sends: what a technician watches on the port.
    connect(m_driver, &interop::astm::LinkDriver::eventRaised, this, [this](const interop::astm::LinkEvent &e) {
        if (e.severity != interop::astm::LinkEvent::Severity::Info)
            report(SimulatorEvent::Kind::LinkWarning, m_current ? m_current->specimenId : QString(), e.code + u' ' + e.message);
    });
    connect(m_device, &FaultInjectingDevice::faultInjected, this, [this](const QString &kind, const QString &detail) {
        report(SimulatorEvent::Kind::FaultInjected, m_current ? m_current->specimenId : QString(),
               kind + QStringLiteral(" : ") + detail);
    });
}

AstmHaematologySimulator::~AstmHaematologySimulator()
{
    m_running = false;
    if (m_socket)
        m_socket->disconnect(this);
}

QString AstmHaematologySimulator::instrument() const
{
    return m_config.instrumentName.isEmpty() ? QStringLiteral("XN-550") : m_config.instrumentName;
}

domain::Status AstmHaematologySimulator::start()
{
    m_running = true;
    if (!m_config.listen) {
        connectToHost();
        return {};
    }
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_config.listenPort)) {
        const QString why = m_server->errorString();
        return domain::fail(errc::Listen, Tr::tr("Le simulateur ne peut pas écouter sur le port %1 : %2")
                                              .arg(m_config.listenPort).arg(why));
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            if (m_socket) { // one host at a time, as a real instrument port
                s->abort();
                s->deleteLater();
                continue;
            }
            m_socket = s;
            connect(s, &QTcpSocket::disconnected, this, &AstmHaematologySimulator::onDisconnected);
            onConnected(s);
        }
    });
    report(SimulatorEvent::Kind::Listening, {}, Tr::tr("en écoute ASTM sur le port %1").arg(m_server->serverPort()));
    return {};
}

void AstmHaematologySimulator::stop()
{
    m_running = false;
    if (m_server)
        m_server->close();
    if (m_socket)
        m_socket->abort();
}

quint16 AstmHaematologySimulator::listeningPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void AstmHaematologySimulator::connectToHost()
{
    if (!m_running || m_socket)
        return;
    auto *s = new QTcpSocket(this);
    m_socket = s;
    connect(s, &QTcpSocket::connected, this, [this, s] { onConnected(s); });
    connect(s, &QTcpSocket::disconnected, this, &AstmHaematologySimulator::onDisconnected);
    connect(s, &QTcpSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError) {
        if (m_driver->attached() || m_socket != s)
            return; // a drop of an established connection: disconnected() handles it
        if (!m_refusalReported) // once per outage: the demo may start us before the host
            report(SimulatorEvent::Kind::Failure, {},
                   Tr::tr("connexion à %1:%2 impossible : %3 (nouvel essai toutes les %4 ms)")
                       .arg(m_config.host).arg(m_config.port).arg(s->errorString()).arg(m_config.reconnectDelayMs));
        m_refusalReported = true;
        m_socket = nullptr;
        s->deleteLater();
        QTimer::singleShot(m_config.reconnectDelayMs, this, &AstmHaematologySimulator::connectToHost);
    });
    s->connectToHost(m_config.host, m_config.port);
}

void AstmHaematologySimulator::onConnected(QTcpSocket *socket)
{
    m_refusalReported = false;
    m_device->bind(socket);
    m_driver->attach(m_device);
    report(SimulatorEvent::Kind::Connected, {},
           Tr::tr("connecté à %1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()));
    if (!m_current) {
        scheduleNext();
        return;
    }
    // Whatever was cut by the drop is sent again whole.
    if (m_step == Step::Query || m_step == Step::AwaitingOrders)
        sendQuery();
    else if (m_step == Step::Results)
        sendResults();
}

void AstmHaematologySimulator::onDisconnected()
{
    auto *s = qobject_cast<QTcpSocket *>(sender());
    if (s && s != m_socket)
        return;
    m_device->bind(nullptr);
    if (m_driver->attached())
        m_driver->detach();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_answerTimer->stop();
    report(SimulatorEvent::Kind::Disconnected, {}, Tr::tr("connexion fermée"));
    if (m_running && !m_config.listen)
        QTimer::singleShot(m_config.reconnectDelayMs, this, &AstmHaematologySimulator::connectToHost);
}

void AstmHaematologySimulator::process()
{
    const WorkItem &item = *m_current;
    if (item.qcLevel > 0) {
        runOrders(ResultGenerator::haematologyTests());
    } else if (m_worklist.contains(item.specimenId)) {
        runOrders(m_worklist.take(item.specimenId));
    } else {
        sendQuery();
    }
}

void AstmHaematologySimulator::sendQuery()
{
    m_step = Step::Query;
    if (!connected())
        return; // resumed by onConnected()
    const QString id = m_current->specimenId;
    auto sent = m_driver->send(XnMessages::query(instrument(), id, QDateTime::currentDateTime()));
    if (!sent) {
        report(SimulatorEvent::Kind::Failure, id, sent.error().message);
        m_step = Step::None;
        finishCurrent();
        return;
    }
    m_sendId = *sent;
    report(SimulatorEvent::Kind::QuerySent, id, Tr::tr("demande des analyses à l'hôte (Q-3 ^%1)").arg(id));
    m_answerTimer->start(m_config.answerTimeoutMs);
}

void AstmHaematologySimulator::onMessages()
{
    for (const interop::astm::Message &message : m_driver->takeMessages()) {
        if (message.aborted)
            continue;
        for (const HostOrders &orders : XnMessages::readOrders(message)) {
            if (orders.specimenId.isEmpty())
                continue;
            if (orders.noOrder) {
                m_worklist.remove(orders.specimenId);
                m_noOrder.insert(orders.specimenId);
                report(SimulatorEvent::Kind::NoOrder, orders.specimenId, Tr::tr("aucune analyse demandée par l'hôte"));
            } else {
                QStringList &tests = m_worklist[orders.specimenId];
                for (const QString &t : orders.tests)
                    if (!tests.contains(t))
                        tests << t;
                m_noOrder.remove(orders.specimenId);
                report(SimulatorEvent::Kind::OrdersReceived, orders.specimenId, Tr::tr("analyses demandées"), orders.tests);
            }
        }
    }
    if (!m_current || m_current->qcLevel > 0 || (m_step != Step::Query && m_step != Step::AwaitingOrders))
        return;
    const QString id = m_current->specimenId;
    if (m_noOrder.remove(id)) {
        m_answerTimer->stop();
        m_step = Step::None;
        finishCurrent();
    } else if (m_worklist.contains(id)) {
        m_answerTimer->stop();
        runOrders(m_worklist.take(id));
    }
}

void AstmHaematologySimulator::runOrders(const QStringList &tests)
{
    const WorkItem &item = *m_current;
    const QList<SimulatedResult> results = m_generator.haematology(item.specimenId, tests, item.qcLevel);
    if (results.isEmpty()) {
        report(SimulatorEvent::Kind::NoOrder, item.specimenId, Tr::tr("aucune analyse connue de l'automate"), tests);
        m_step = Step::None;
        finishCurrent();
        return;
    }
    QStringList alarms;
    if (item.qcLevel == 0) {
        const int ordinal = nextPatientOrdinal();
        if (m_config.alarmEvery > 0 && ordinal % m_config.alarmEvery == 0) {
            const auto pick = static_cast<qsizetype>(m_generator.uniform(item.specimenId, QStringLiteral("ALARM")) * Alarms.size());
            alarms << Alarms.at(pick) << Alarms.at((pick + 1) % Alarms.size());
        }
    }
    m_resultsMessage = XnMessages::results(instrument(), item.specimenId, item.qcLevel > 0, ++m_rackPosition, results,
                                           alarms, QDateTime::currentDateTime());
    m_orderedTests.clear();
    for (const SimulatedResult &r : results)
        m_orderedTests << r.code;
    m_step = Step::Running;
    m_runTimer->start(std::max(0, m_config.runDelayMs));
}

void AstmHaematologySimulator::sendResults()
{
    m_step = Step::Results;
    if (!connected())
        return; // resumed by onConnected()
    const WorkItem &item = *m_current;
    auto sent = m_driver->send(m_resultsMessage);
    if (!sent) {
        report(SimulatorEvent::Kind::Failure, item.specimenId, sent.error().message);
        m_step = Step::None;
        finishCurrent();
        return;
    }
    m_sendId = *sent;
    report(SimulatorEvent::Kind::ResultsSent, item.specimenId,
           item.qcLevel > 0 ? Tr::tr("résultats de contrôle qualité envoyés (O-12 Q)") : Tr::tr("résultats envoyés"),
           m_orderedTests);
}

void AstmHaematologySimulator::onSendFinished(quint64 id, bool delivered, const QString &errorCode)
{
    if (!m_current || id != m_sendId)
        return;
    if (delivered) {
        if (m_step == Step::Query) {
            m_step = Step::AwaitingOrders;
        } else if (m_step == Step::Results) {
            report(SimulatorEvent::Kind::ResultsAccepted, m_current->specimenId, Tr::tr("résultats acquittés par l'hôte (ACK)"));
            m_step = Step::None;
            finishCurrent();
        }
        return;
    }
    retryOrGiveUp(errorCode);
}

void AstmHaematologySimulator::retryOrGiveUp(const QString &why)
{
    m_answerTimer->stop();
    const QString id = m_current->specimenId;
    if (++m_current->attempts >= m_config.maxAttempts) {
        report(SimulatorEvent::Kind::Failure, id, Tr::tr("abandon après %1 envois (%2)").arg(m_current->attempts).arg(why));
        m_step = Step::None;
        finishCurrent();
        return;
    }
    report(SimulatorEvent::Kind::Failure, id, Tr::tr("envoi non abouti (%1), nouvel essai").arg(why));
    if (connected()) {
        // Unless a reconnection has sent it again meanwhile (m_sendId changed).
        QTimer::singleShot(m_config.reconnectDelayMs, this, [this, step = m_step, failedId = m_sendId] {
            if (!m_current || !connected() || m_step != step || m_sendId != failedId)
                return;
            if (step == Step::Results)
                sendResults();
            else
                sendQuery();
        });
    }
}

void AstmHaematologySimulator::onAnswerTimeout()
{
    if (!m_current || (m_step != Step::Query && m_step != Step::AwaitingOrders))
        return;
    report(SimulatorEvent::Kind::Failure, m_current->specimenId,
           Tr::tr("pas de réponse de l'hôte en %1 ms").arg(m_config.answerTimeoutMs));
    m_step = Step::None;
    finishCurrent();
}

} // namespace sgl::simulators::analyzer
