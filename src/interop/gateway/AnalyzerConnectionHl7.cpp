// HL7 LAW half of AnalyzerConnection: MLLP listener or client, OUL^R22 and QBP^Q11 in,
// ACK^R22, RSP^K11 and OML^O33 out (hl7v2::LawMessageBuilder).

#include "interop/gateway/AnalyzerConnection.h"

#include "interop/gateway/ErrorCodes.h"
#include "interop/gateway/MllpSession.h"
#include "interop/gateway/Tr.h"
#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/LawMessageBuilder.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sgl::interop::gateway {

using domain::analyzer::LinkState;

domain::Status AnalyzerConnection::startHl7()
{
    using domain::analyzer::TransportKind;
    const auto &t = m_config.transport;
    if (t.kind == TransportKind::TcpServer) {
        m_mllpServer = new QTcpServer(this);
        connect(m_mllpServer, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_mllpServer->nextPendingConnection()) {
                socket->setParent(this);
                openSession(socket, socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()));
            }
        });
        if (!m_mllpServer->listen(QHostAddress(t.host), quint16(t.port)))
            return domain::fail(errc::ListenFailed,
                                Tr::tr("Impossible d'écouter sur %1 : %2").arg(m_status.endpoint, m_mllpServer->errorString()),
                                m_status.endpoint);
        m_log.note({}, Tr::tr("écoute sur %1:%2").arg(t.host).arg(m_mllpServer->serverPort()));
        setState(LinkState::Listening);
        return {};
    }
    if (t.kind == TransportKind::TcpClient) {
        m_mllpClient = new QTcpSocket(this);
        connect(m_mllpClient, &QTcpSocket::connected, this, [this] { openSession(m_mllpClient, m_status.endpoint); });
        connect(m_mllpClient, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return; // the session reports the drop
            m_log.note(m_status.endpoint, m_mllpClient->errorString());
            linkError(QString(errc::ConnectFailed),
                      Tr::tr("Connexion à l'analyseur impossible : %1").arg(m_mllpClient->errorString()));
            setState(LinkState::Connecting);
            scheduleRetry();
        });
        setState(LinkState::Connecting);
        m_mllpClient->connectToHost(t.host, quint16(t.port));
        return {};
    }
    return domain::fail(errc::UnsupportedTransport,
                        Tr::tr("Le profil HL7 %1 demande une liaison TCP (serveur ou client).").arg(m_config.name));
}

void AnalyzerConnection::openSession(QTcpSocket *socket, const QString &peer)
{
    auto *session = new MllpSession(
        socket, peer, [this](MllpSession *s, const QByteArray &bytes) { return onHl7Message(s, bytes); }, &m_log, this);
    m_sessions.removeAll(nullptr);
    m_sessions << session;
    connect(session, &MllpSession::ackReceived, this, [this, peer](const QByteArray &ack) {
        const auto header = hl7v2::AckBuilder::peekHeader(ack);
        emit event(QStringLiteral("ack"), peer + u' ' + header.controlId);
    });
    connect(session, &MllpSession::framingProblem, this, [this, peer](qsizetype discarded, int oversized) {
        const QString text = Tr::tr("Trame MLLP incorrecte : %1 octet(s) hors trame ignoré(s), %2 trame(s) trop longue(s) "
                                    "rejetée(s).").arg(discarded).arg(oversized);
        m_log.note(peer, QString(errc::MllpFraming) + u' ' + text);
        linkError(QString(errc::MllpFraming), text);
    });
    connect(session, &MllpSession::closed, this, [this, session, socket, peer] {
        m_log.note(peer, Tr::tr("connexion fermée"));
        emit event(QStringLiteral("disconnected"), peer);
        session->deleteLater();
        if (socket != m_mllpClient)
            socket->deleteLater();
        if (!m_running)
            return;
        m_sessions.removeAll(session);
        if (m_mllpClient) {
            setState(LinkState::Connecting);
            scheduleRetry();
        } else if (m_sessions.isEmpty()) {
            setState(LinkState::Listening);
        } else {
            emit statusChanged(); // another analyzer is still connected to this listener
        }
    });
    m_log.note(peer, Tr::tr("connexion de l'analyseur"));
    setState(LinkState::Connected, peer);
    emit event(QStringLiteral("connected"), peer);
}

std::optional<QByteArray> AnalyzerConnection::onHl7Message(MllpSession *session, const QByteArray &bytes)
{
    ReceivedMessage in;
    in.raw = bytes;
    in.peer = session->peer();
    in.receivedAt = QDateTime::currentDateTimeUtc();
    in.decoded.protocol = domain::analyzer::AnalyzerProtocol::Hl7;
    in.decoded.messageIndex = m_status.messagesReceived + 1;

    hl7v2::MessageHeader header = hl7v2::AckBuilder::peekHeader(bytes);
    std::optional<hl7v2::Message> parsed;
    bool isQuery = false;
    if (auto p = hl7v2::Parser::parse(bytes); !p) {
        in.decoded.complete = false;
        in.decoded.problems << p.error();
    } else {
        parsed = std::move(*p);
        header = parsed->header();
        isQuery = header.messageCode == u"QBP";
        if (isQuery) {
            if (auto q = hl7v2::LawQueryReader::read(*parsed); q) {
                in.decoded.queries << *q;
            } else {
                in.decoded.complete = false;
                in.decoded.problems << q.error();
            }
            in.decoded.senderName = header.sendingApplication;
            in.decoded.controlId = header.controlId;
            in.decoded.messageTime = header.dateTime;
            in.decoded.processingId = header.processingId;
        } else if (auto r = hl7v2::LawResultReader::read(*parsed, in.decoded.messageIndex); r) {
            in.decoded = *r;
        } else {
            in.decoded.complete = false;
            in.decoded.problems << r.error();
        }
    }

    const HandlerReply reply = m_handler(in);
    ++m_status.messagesReceived;
    m_status.lastMessageAt = in.receivedAt;
    m_status.resultsStored += reply.resultsStored;
    m_status.resultsHeld += reply.resultsHeld;

    const QDateTime now = QDateTime::currentDateTime();
    hl7v2::Message answer;
    QList<HostOrder> toPush;
    if (reply.verdict == HandlerReply::Verdict::StoreFailed) {
        const QString why = reply.problems.isEmpty() ? Tr::tr("base de données indisponible") : reply.problems.first().message;
        linkError(QString(errc::StoreFailed), Tr::tr("Message non enregistré (%1) : réponse AR, l'analyseur le renverra.").arg(why));
        hl7v2::AckError e;
        e.condition = hl7v2::ErrorCondition::ApplicationInternalError;
        e.text = why;
        e.applicationCode = QString(errc::StoreFailed);
        answer = hl7v2::AckBuilder::build(header, hl7v2::AckCode::AR, {e}, nextControlId(), now);
    } else if (isQuery && in.decoded.problems.isEmpty()) {
        const bool found = !reply.answers.isEmpty() && reply.answers.first().order.has_value();
        hl7v2::LawMessageBuilder::Routing routing;
        routing.receivingApplication = header.sendingApplication;
        routing.receivingFacility = header.sendingFacility;
        routing.controlId = nextControlId();
        routing.time = now;
        answer = hl7v2::LawMessageBuilder::queryResponse(
            routing, *parsed, found ? hl7v2::LawQueryOutcome::WorkFound : hl7v2::LawQueryOutcome::NoWork);
        ++m_status.queriesAnswered;
        if (found)
            toPush << *reply.answers.first().order;
    } else {
        // AA when stored or held (held items are the lab's business), AE for content problems;
        // MSH-15/16 (enhanced mode) may ask for a commit ack or for nothing.
        QList<hl7v2::AckError> errors;
        for (const domain::Error &e : in.decoded.problems + reply.problems)
            errors << hl7v2::AckError::fromError(e);
        const auto code = hl7v2::AckBuilder::responseFor(header, hl7v2::AckBuilder::outcomeFor(errors));
        if (!code) {
            emit statusChanged();
            return std::nullopt;
        }
        answer = hl7v2::AckBuilder::build(header, *code, errors, nextControlId(), now);
    }
    emit event(QStringLiteral("message"), Tr::tr("%1 résultat(s) enregistré(s), %2 en attente")
                                              .arg(reply.resultsStored)
                                              .arg(reply.resultsHeld));
    emit statusChanged();
    if (!toPush.isEmpty()) {
        // LAB-28 after the RSP^K11 that announced it, once the answer is on the wire.
        QPointer<MllpSession> target(session);
        QTimer::singleShot(0, this, [this, target, toPush] {
            if (target)
                pushOrders(target.data(), toPush);
        });
    }
    auto out = hl7v2::Serializer::toBytes(answer);
    if (!out) {
        linkError(out.error().code, out.error().message);
        return std::nullopt;
    }
    return *out;
}

void AnalyzerConnection::pushOrders(MllpSession *session, const QList<HostOrder> &orders)
{
    for (const HostOrder &o : orders) {
        hl7v2::LawOrder order;
        order.specimenId = o.specimenId;
        order.specimenType = o.specimenType;
        order.patientId = o.patientId;
        order.placerOrderNumber = o.placerNumber;
        order.priority = o.priority;
        for (const QString &code : o.testCodes)
            order.tests << hl7v2::LawTest{code, code, QStringLiteral("99SGL")};
        hl7v2::LawMessageBuilder::Routing routing;
        routing.controlId = nextControlId();
        routing.time = QDateTime::currentDateTime();
        auto bytes = hl7v2::Serializer::toBytes(hl7v2::LawMessageBuilder::workOrder(routing, order));
        if (!bytes || !session->push(*bytes)) {
            linkError(QString(errc::SendFailed),
                      Tr::tr("Ordre pour le tube %1 non envoyé à l'analyseur.").arg(o.specimenId));
            continue;
        }
        emit event(QStringLiteral("order_sent"), o.specimenId);
    }
}

} // namespace sgl::interop::gateway
