#include "interop/gateway/AnalyzerConnection.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/LinkDriver.h"
#include "interop/astm/RecordWriter.h"
#include "interop/analyzer/AnalyzerStreamDecoder.h"
#include "interop/astm/SerialLink.h"
#include "interop/astm/TcpClientLink.h"
#include "interop/astm/TcpServerLink.h"
#include "interop/gateway/ErrorCodes.h"
#include "interop/gateway/MllpSession.h"
#include "interop/gateway/Tr.h"

#include <QAbstractSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sgl::interop::gateway {

using domain::analyzer::LinkState;

namespace {

astm::TextEncoding encodingOf(const QString &charset)
{
    const QString c = charset.trimmed().toLower();
    return c == u"utf-8" || c == u"utf8" ? astm::TextEncoding::Utf8 : astm::TextEncoding::Latin1;
}

/** Link events that mean the instrument's bytes were refused or the line misbehaved. */
bool isLinkError(const astm::LinkEvent &e)
{
    return e.severity == astm::LinkEvent::Severity::Error;
}

} // namespace

AnalyzerConnection::AnalyzerConnection(ConnectionConfig config, Handler handler, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_handler(std::move(handler)),
      m_log(m_config.trafficLog, m_config.name,
            [this](const domain::Error &e) { linkError(e.code, e.message, false); }),
      m_retryTimer(new QTimer(this))
{
    m_status.profileName = m_config.name;
    m_status.label = m_config.label;
    const auto &t = m_config.transport;
    m_status.endpoint = t.kind == domain::analyzer::TransportKind::Serial ? t.serialPort
                                                                          : t.host + u':' + QString::number(t.port);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &AnalyzerConnection::retry);
}

AnalyzerConnection::~AnalyzerConnection()
{
    m_running = false;
    // Links and sessions are children, destroyed after the members: make sure none calls back
    // into a half-destroyed object (the traffic observers capture the log).
    for (const auto &d : std::as_const(m_drivers))
        if (d)
            d->setTrafficObserver({});
    for (QObject *child : children())
        child->disconnect(this);
}

domain::Status AnalyzerConnection::start()
{
    if (m_running)
        return {};
    m_running = true;
    if (!m_log.enabled())
        note(QString(errc::TrafficLogFailed), Tr::tr("Aucun dossier de journal des échanges configuré : le trafic brut "
                                                     "de %1 n'est pas conservé.").arg(m_config.name));
    auto started = m_config.protocol == domain::analyzer::AnalyzerProtocol::Astm ? startAstm() : startHl7();
    if (!started) {
        m_running = false;
        m_status.lastError = started.error().message;
        setState(LinkState::Failed);
        emit event(started.error().code, started.error().message);
    }
    return started;
}

void AnalyzerConnection::stop()
{
    m_running = false;
    m_retryTimer->stop();
    if (m_astmServer)
        m_astmServer->close();
    if (m_astmClient)
        m_astmClient->disconnectFromHost();
    if (m_serial)
        m_serial->close();
    if (m_mllpServer)
        m_mllpServer->close();
    for (const auto &s : std::as_const(m_sessions))
        if (s && s->socket())
            s->socket()->disconnectFromHost();
    if (m_mllpClient)
        m_mllpClient->disconnectFromHost();
    m_log.note({}, Tr::tr("arrêt de la connexion"));
    setState(LinkState::Stopped);
}

quint16 AnalyzerConnection::listeningPort() const
{
    if (m_astmServer)
        return m_astmServer->port();
    if (m_mllpServer)
        return m_mllpServer->serverPort();
    return 0;
}

void AnalyzerConnection::setState(LinkState state, const QString &peer)
{
    m_status.state = state;
    m_status.peer = peer;
    if (state == LinkState::Listening && listeningPort() != 0)
        m_status.endpoint = m_config.transport.host + u':' + QString::number(listeningPort());
    emit statusChanged();
}

void AnalyzerConnection::linkError(const QString &code, const QString &message, bool countAsLinkError)
{
    if (countAsLinkError)
        ++m_status.linkErrors;
    m_status.lastError = message;
    emit statusChanged();
    emit event(code, message);
}

void AnalyzerConnection::note(const QString &code, const QString &message)
{
    m_log.note({}, code + u' ' + message);
    emit event(code, message);
}

void AnalyzerConnection::scheduleRetry()
{
    if (m_running && !m_retryTimer->isActive())
        m_retryTimer->start(std::max(m_config.reconnectDelayMs, 10));
}

void AnalyzerConnection::retry()
{
    if (!m_running)
        return;
    const auto &t = m_config.transport;
    if (m_astmClient) {
        setState(LinkState::Connecting);
        m_astmClient->connectToHost(t.host, quint16(t.port));
    } else if (m_mllpClient) {
        setState(LinkState::Connecting);
        m_mllpClient->abort();
        m_mllpClient->connectToHost(t.host, quint16(t.port));
    } else if (m_serial) {
        const astm::SerialSettings s{t.serialPort, t.baudRate, t.dataBits, t.parity, t.stopBits};
        if (auto opened = m_serial->open(s); opened) {
            setState(LinkState::Connected, t.serialPort);
        } else {
            linkError(opened.error().code, opened.error().message);
            scheduleRetry();
        }
    }
}

QString AnalyzerConnection::nextControlId()
{
    return QStringLiteral("SGL%1%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(++m_controlCounter, 4, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------- ASTM

domain::Status AnalyzerConnection::startAstm()
{
    using domain::analyzer::TransportKind;
    astm::LinkOptions options;
    options.role = astm::LinkRole::Host;
    options.frameNumbers = m_config.lenientFrameNumbers ? astm::FrameNumberPolicy::Lenient : astm::FrameNumberPolicy::Strict;
    const astm::TextEncoding encoding = encodingOf(m_config.charset);
    const auto &t = m_config.transport;
    switch (t.kind) {
    case TransportKind::TcpServer: {
        m_astmServer = new astm::TcpServerLink(options, encoding, this);
        connect(m_astmServer, &astm::TcpServerLink::connectionOpened, this,
                [this](astm::LinkDriver *driver, const QString &peer) {
                    setUpDriver(driver, peer);
                    m_log.note(peer, Tr::tr("connexion de l'analyseur"));
                    setState(LinkState::Connected, peer);
                    emit event(QStringLiteral("connected"), peer);
                });
        connect(m_astmServer, &astm::TcpServerLink::connectionClosed, this,
                [this](astm::LinkDriver *, const QString &peer) {
                    m_log.note(peer, Tr::tr("connexion fermée"));
                    // Another instrument may still be connected to the same listener.
                    if (m_running && m_astmServer->drivers().isEmpty())
                        setState(LinkState::Listening);
                    else if (m_running)
                        emit statusChanged();
                    emit event(QStringLiteral("disconnected"), peer);
                });
        auto listening = m_astmServer->listen(QHostAddress(t.host), quint16(t.port));
        if (!listening)
            return domain::fail(errc::ListenFailed, listening.error().message, m_status.endpoint);
        m_log.note({}, Tr::tr("écoute sur %1:%2").arg(t.host).arg(m_astmServer->port()));
        setState(LinkState::Listening);
        return {};
    }
    case TransportKind::TcpClient: {
        m_astmClient = new astm::TcpClientLink(options, encoding, this);
        setUpDriver(&m_astmClient->driver(), m_status.endpoint);
        connect(m_astmClient, &astm::TcpClientLink::connected, this, [this] {
            m_log.note(m_status.endpoint, Tr::tr("connecté à l'analyseur"));
            setState(LinkState::Connected, m_status.endpoint);
            emit event(QStringLiteral("connected"), m_status.endpoint);
        });
        connect(m_astmClient, &astm::TcpClientLink::disconnected, this, [this] {
            m_log.note(m_status.endpoint, Tr::tr("connexion fermée"));
            if (m_running) {
                linkError(QString(errc::ConnectionDropped), Tr::tr("Connexion à l'analyseur perdue."));
                setState(LinkState::Connecting);
                scheduleRetry();
            }
        });
        connect(m_astmClient, &astm::TcpClientLink::connectionFailed, this,
                [this](const QString &code, const QString &message) {
                    m_log.note(m_status.endpoint, message);
                    linkError(code, message);
                    scheduleRetry();
                });
        setState(LinkState::Connecting);
        m_astmClient->connectToHost(t.host, quint16(t.port));
        return {};
    }
    case TransportKind::Serial: {
        m_serial = new astm::SerialLink(options, encoding, this);
        setUpDriver(&m_serial->driver(), t.serialPort);
        connect(m_serial, &astm::SerialLink::portError, this, [this](const QString &code, const QString &message) {
            m_log.note(m_config.transport.serialPort, message);
            linkError(code, message);
            m_serial->close();
            setState(LinkState::Connecting);
            scheduleRetry();
        });
        const astm::SerialSettings s{t.serialPort, t.baudRate, t.dataBits, t.parity, t.stopBits};
        if (auto opened = m_serial->open(s); !opened) {
            linkError(opened.error().code, opened.error().message);
            setState(LinkState::Connecting);
            scheduleRetry();
            return {};
        }
        m_log.note(t.serialPort, Tr::tr("port série ouvert"));
        setState(LinkState::Connected, t.serialPort);
        return {};
    }
    case TransportKind::None:
        break;
    }
    return domain::fail(errc::UnsupportedTransport,
                        Tr::tr("Le profil %1 n'a pas de liaison réseau ou série.").arg(m_config.name));
}

void AnalyzerConnection::setUpDriver(astm::LinkDriver *driver, const QString &peer)
{
    m_drivers.removeAll(nullptr);
    m_drivers << driver;
    driver->setTrafficObserver([this, peer](astm::TrafficDirection d, QByteArrayView bytes, qint64) {
        m_log.bytes(d == astm::TrafficDirection::Received ? TrafficDirection::In : TrafficDirection::Out, peer, bytes);
    });
    connect(driver, &astm::LinkDriver::messageReceived, this, [this, driver, peer] { onAstmMessages(driver, peer); });
    connect(driver, &astm::LinkDriver::eventRaised, this, [this, peer](const astm::LinkEvent &e) {
        m_log.note(peer, e.code + u' ' + e.message + (e.location.isEmpty() ? QString() : QStringLiteral(" (") + e.location + u')'));
        if (isLinkError(e))
            linkError(e.code, e.message);
    });
    connect(driver, &astm::LinkDriver::problemFound, this, [this, peer](const QString &code, const QString &message) {
        m_log.note(peer, code + u' ' + message);
        linkError(code, message);
    });
    connect(driver, &astm::LinkDriver::sendFinished, this,
            [this, peer](quint64 id, bool delivered, const QString &errorCode) {
                m_log.note(peer, QStringLiteral("send %1 %2 %3").arg(id).arg(delivered ? u"delivered" : u"failed", errorCode));
                if (!delivered)
                    linkError(QString(errc::SendFailed),
                              Tr::tr("Message de l'hôte non remis à l'analyseur (%1).").arg(errorCode));
            });
}

void AnalyzerConnection::onAstmMessages(astm::LinkDriver *driver, const QString &peer)
{
    for (const astm::Message &message : driver->takeMessages()) {
        ReceivedMessage in{message.raw, peer, QDateTime::currentDateTimeUtc(),
                           analyzer::AnalyzerStreamDecoder::fromAstm(message).message};
        const HandlerReply reply = m_handler(in);
        ++m_status.messagesReceived;
        m_status.lastMessageAt = in.receivedAt;
        m_status.resultsStored += reply.resultsStored;
        m_status.resultsHeld += reply.resultsHeld;
        if (reply.verdict == HandlerReply::Verdict::StoreFailed) {
            const QString why = reply.problems.isEmpty() ? QString() : reply.problems.first().message;
            m_log.note(peer, Tr::tr("message non enregistré, connexion coupée sans acquittement : %1").arg(why));
            linkError(QString(errc::StoreFailed), Tr::tr("Message non enregistré (%1) : l'analyseur le renverra.").arg(why));
            // Without the device the driver cannot write the pending ACK; the instrument re-sends.
            if (auto *socket = qobject_cast<QAbstractSocket *>(driver->device()))
                socket->abort();
            else if (driver->attached())
                driver->detach();
            if (m_serial) {
                m_serial->close();
                scheduleRetry();
            }
            return;
        }
        emit event(QStringLiteral("message"), Tr::tr("%1 résultat(s) enregistré(s), %2 en attente")
                                                  .arg(reply.resultsStored)
                                                  .arg(reply.resultsHeld));
        for (const QueryAnswer &answer : reply.answers) {
            auto bytes = astmAnswer(answer);
            if (!bytes) {
                linkError(bytes.error().code, bytes.error().message);
                continue;
            }
            if (auto sent = driver->send(*bytes); !sent)
                linkError(sent.error().code, sent.error().message);
            else
                ++m_status.queriesAnswered;
        }
        emit statusChanged();
    }
}

domain::Result<QByteArray> AnalyzerConnection::astmAnswer(const QueryAnswer &answer) const
{
    const astm::RecordWriter writer({}, encodingOf(m_config.charset));
    astm::HostHeader header;
    header.controlId = const_cast<AnalyzerConnection *>(this)->nextControlId();
    header.time = QDateTime::currentDateTime();
    if (!answer.order)
        return writer.noOrderAnswer(header, answer.specimenId, answer.specimenKnown ? u'Y' : u'Z');
    const HostOrder &o = *answer.order;
    astm::OrderRequest r;
    r.patientId = o.patientId;
    r.patientLabId = o.placerNumber;
    r.birthDate = o.birthDate;
    r.sex = o.sex;
    r.specimenId = o.specimenId;
    r.testCodes = o.testCodes;
    r.priority = o.priority;
    r.specimenType = o.specimenType;
    r.reportType = QStringLiteral("Q");
    return writer.orders(header, {r});
}

astm::LinkDriver *AnalyzerConnection::connectedDriver() const
{
    for (const auto &d : m_drivers)
        if (d && d->attached())
            return d.data();
    return nullptr;
}

domain::Status AnalyzerConnection::sendWorklist(const QList<HostOrder> &orders)
{
    if (orders.isEmpty())
        return {};
    if (m_config.protocol == domain::analyzer::AnalyzerProtocol::Hl7) {
        for (const auto &s : std::as_const(m_sessions))
            if (s && s->socket() && s->socket()->state() == QAbstractSocket::ConnectedState) {
                pushOrders(s.data(), orders);
                return {};
            }
        return domain::fail(errc::SendFailed, Tr::tr("Aucun analyseur connecté sur %1 : liste de travail non envoyée.")
                                                  .arg(m_config.name));
    }
    astm::LinkDriver *driver = connectedDriver();
    if (!driver)
        return domain::fail(errc::SendFailed, Tr::tr("Aucun analyseur connecté sur %1 : liste de travail non envoyée.")
                                                  .arg(m_config.name));
    const astm::RecordWriter writer({}, encodingOf(m_config.charset));
    astm::HostHeader header;
    header.controlId = nextControlId();
    header.time = QDateTime::currentDateTime();
    QList<astm::OrderRequest> requests;
    for (const HostOrder &o : orders) {
        astm::OrderRequest r;
        r.patientId = o.patientId;
        r.patientLabId = o.placerNumber;
        r.birthDate = o.birthDate;
        r.sex = o.sex;
        r.specimenId = o.specimenId;
        r.testCodes = o.testCodes;
        r.priority = o.priority;
        r.specimenType = o.specimenType;
        requests << r;
    }
    auto bytes = writer.orders(header, requests);
    if (!bytes)
        return domain::fail(errc::SendFailed, bytes.error().message, bytes.error().location);
    auto sent = driver->send(*bytes);
    if (!sent)
        return domain::fail(errc::SendFailed, sent.error().message, sent.error().location);
    emit event(QStringLiteral("worklist"), Tr::tr("%1 tube(s) envoyé(s) à l'analyseur").arg(orders.size()));
    return {};
}

} // namespace sgl::interop::gateway
