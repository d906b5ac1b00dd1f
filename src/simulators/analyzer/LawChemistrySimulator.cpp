#include "simulators/analyzer/LawChemistrySimulator.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/MllpServer.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"
#include "simulators/analyzer/CobasMessages.h"
#include "simulators/analyzer/ErrorCodes.h"
#include "simulators/analyzer/Tr.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace sgl::simulators::analyzer {

namespace hl7 = interop::hl7v2;

LawChemistrySimulator::LawChemistrySimulator(SimulatorConfig config, QObject *parent)
    : AnalyzerSimulator(std::move(config), parent), m_orderTimer(new QTimer(this)), m_runTimer(new QTimer(this))
{
    m_orderTimer->setSingleShot(true);
    m_runTimer->setSingleShot(true);
    connect(m_orderTimer, &QTimer::timeout, this, [this] {
        if (!m_current || m_step != Step::AwaitingOrders)
            return;
        report(SimulatorEvent::Kind::Failure, m_current->specimenId,
               Tr::tr("aucune demande OML^O33 reçue en %1 ms").arg(m_config.answerTimeoutMs));
        m_step = Step::None;
        finishCurrent();
    });
    connect(m_runTimer, &QTimer::timeout, this, [this] {
        if (m_current && m_step == Step::Running)
            sendResults();
    });
}

LawChemistrySimulator::~LawChemistrySimulator() = default;

QString LawChemistrySimulator::instrument() const
{
    return m_config.instrumentName.isEmpty() ? QStringLiteral("cobas pro") : m_config.instrumentName;
}

QString LawChemistrySimulator::nextControlId()
{
    return QStringLiteral("SIM%1").arg(++m_controlSeq, 6, 10, QLatin1Char('0'));
}

domain::Status LawChemistrySimulator::start()
{
    m_running = true;
    if (!m_config.listen)
        return {};
    m_server = new hl7::MllpServer([this](const QByteArray &bytes, const QString &) { return onPushedMessage(bytes); },
                                   this);
    if (auto ok = m_server->listen(QHostAddress::LocalHost, m_config.listenPort); !ok) {
        return domain::fail(errc::Listen, Tr::tr("Le simulateur ne peut pas écouter sur le port %1 : %2")
                                              .arg(m_config.listenPort).arg(ok.error().message));
    }
    report(SimulatorEvent::Kind::Listening, {},
           Tr::tr("en écoute MLLP sur le port %1 (demandes OML^O33)").arg(m_server->port()));
    return {};
}

void LawChemistrySimulator::stop()
{
    m_running = false;
    if (m_server)
        m_server->close();
    closeClient();
}

quint16 LawChemistrySimulator::listeningPort() const
{
    return m_server ? m_server->port() : 0;
}

void LawChemistrySimulator::closeClient()
{
    if (!m_client)
        return;
    m_client->disconnectFromHost();
    m_client->deleteLater();
    m_client = nullptr;
    if (m_connectedReported)
        report(SimulatorEvent::Kind::Disconnected, {}, Tr::tr("connexion fermée"));
    m_connectedReported = false;
}

void LawChemistrySimulator::pause(int ms)
{
    // The slow-peer fault is real time on the wire: wait in a local loop, as MllpClient does.
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

domain::Result<QByteArray> LawChemistrySimulator::exchange(const QByteArray &payload, bool resultsMessage)
{
    const FaultOptions &f = m_config.faults;
    const QString id = m_current ? m_current->specimenId : QString();
    if (!m_client)
        m_client = new hl7::MllpClient(m_config.host, m_config.port, this);
    const QByteArray framed = hl7::MllpCodec::frame(payload);
    auto failed = [this](const domain::Error &e) -> domain::Result<QByteArray> {
        closeClient();
        return std::unexpected(e);
    };
    if (f.garbage) {
        if (auto ok = m_client->sendRaw(f.garbageBytes, m_config.answerTimeoutMs); !ok)
            return failed(ok.error());
        report(SimulatorEvent::Kind::FaultInjected, id, Tr::tr("garbage : %1 octets avant le bloc MLLP").arg(f.garbageBytes.size()));
    }
    if (f.drop && resultsMessage && m_drops < f.dropCount) {
        ++m_drops;
        if (auto ok = m_client->sendRaw(framed.left(framed.size() / 2), m_config.answerTimeoutMs); !ok)
            return failed(ok.error());
        report(SimulatorEvent::Kind::FaultInjected, id, Tr::tr("drop : connexion coupée au milieu du message OUL^R22"));
        return failed(domain::Error{errc::ConnectionDropped, Tr::tr("connexion coupée volontairement (défaut drop)"), {}});
    }
    if (f.slow) {
        report(SimulatorEvent::Kind::FaultInjected, id,
               Tr::tr("slow : %1 octet(s) toutes les %2 ms").arg(f.slowChunkBytes).arg(f.slowDelayMs));
        const qsizetype chunk = std::max(1, f.slowChunkBytes);
        for (qsizetype at = 0; at < framed.size(); at += chunk) {
            if (at > 0)
                pause(f.slowDelayMs);
            if (!m_client)
                return std::unexpected(domain::Error{errc::Stopped, Tr::tr("simulateur arrêté"), {}});
            if (auto ok = m_client->sendRaw(framed.mid(at, chunk), m_config.answerTimeoutMs); !ok)
                return failed(ok.error());
        }
    } else if (auto ok = m_client->sendRaw(framed, m_config.answerTimeoutMs); !ok) {
        return failed(ok.error());
    }
    auto answer = m_client->awaitAnswer(m_config.answerTimeoutMs);
    if (!answer)
        return failed(answer.error());
    if (!m_connectedReported) {
        m_connectedReported = true;
        report(SimulatorEvent::Kind::Connected, {}, Tr::tr("connecté à %1:%2 (MLLP)").arg(m_config.host).arg(m_config.port));
    }
    return answer;
}

void LawChemistrySimulator::process()
{
    const WorkItem &item = *m_current;
    if (item.qcLevel > 0)
        runOrders(ResultGenerator::chemistryTests());
    else if (m_worklist.contains(item.specimenId))
        runOrders(m_worklist.take(item.specimenId));
    else
        sendQuery();
}

void LawChemistrySimulator::sendQuery()
{
    const QString id = m_current->specimenId;
    report(SimulatorEvent::Kind::QuerySent, id, Tr::tr("QBP^Q11 envoyé (QPD-3 %1)").arg(id));
    auto answer = exchange(CobasMessages::query(instrument(), nextControlId(), id, QDateTime::currentDateTime()), false);
    if (!m_current)
        return;
    if (!answer) {
        retryOrGiveUp(answer.error().message);
        return;
    }
    auto parsed = hl7::Parser::parse(*answer);
    if (!parsed) {
        report(SimulatorEvent::Kind::Failure, id, Tr::tr("réponse de l'hôte illisible : %1").arg(parsed.error().message));
        finishCurrent();
        return;
    }
    const LawAnswer a = CobasMessages::read(*parsed);
    if (a.ackCode == u"AR" || a.ackCode == u"AE" || a.queryStatus == u"NF") {
        report(SimulatorEvent::Kind::NoOrder, id, Tr::tr("aucune analyse demandée (MSA %1, QAK %2)").arg(a.ackCode, a.queryStatus));
        finishCurrent();
        return;
    }
    if (!a.tests.isEmpty()) {
        report(SimulatorEvent::Kind::OrdersReceived, id, Tr::tr("analyses demandées (RSP^K11)"), a.tests);
        runOrders(a.tests);
        return;
    }
    if (!m_server) {
        // IHE LAW LAB-28 on the same connection: the host pushes OML^O33 right after RSP^K11 OK
        // (the SGL gateway does), and the analyzer acknowledges it on that connection.
        auto pushed = m_client ? m_client->awaitAnswer(m_config.answerTimeoutMs)
                               : domain::Result<QByteArray>(std::unexpected(domain::Error{errc::Stopped, Tr::tr("simulateur arrêté"), {}}));
        if (!pushed) {
            report(SimulatorEvent::Kind::Failure, id,
                   Tr::tr("aucune demande OML^O33 reçue après RSP^K11 : %1").arg(pushed.error().message));
            finishCurrent();
            return;
        }
        m_step = Step::AwaitingOrders;
        const std::optional<QByteArray> ack = onPushedMessage(*pushed);
        if (ack && !ack->isEmpty() && m_client)
            (void)m_client->sendRaw(hl7::MllpCodec::frame(*ack), m_config.answerTimeoutMs);
        m_orderTimer->start(m_config.answerTimeoutMs);
        resumeAfterOrders();
        return;
    }
    m_step = Step::AwaitingOrders;
    m_orderTimer->start(m_config.answerTimeoutMs);
    resumeAfterOrders(); // the OML may already have come during the exchange
}

std::optional<QByteArray> LawChemistrySimulator::onPushedMessage(const QByteArray &bytes)
{
    const QDateTime now = QDateTime::currentDateTime();
    auto parsed = hl7::Parser::parse(bytes);
    if (!parsed) {
        return hl7::Serializer::toBytes(hl7::AckBuilder::build(hl7::AckBuilder::peekHeader(bytes), hl7::AckCode::AR, {},
                                                               nextControlId(), now))
            .value_or(QByteArray());
    }
    const LawAnswer a = CobasMessages::read(*parsed);
    if (a.messageType != u"OML^O33" || a.specimenId.isEmpty())
        return CobasMessages::orderAck(*parsed, false, nextControlId(), now);
    if (m_config.faults.nakStorm && m_naks.value(a.specimenId) < m_config.faults.naksPerFrame) {
        const int n = ++m_naks[a.specimenId];
        report(SimulatorEvent::Kind::FaultInjected, a.specimenId,
               Tr::tr("nak-storm : OML^O33 refusé (AR) %1/%2").arg(n).arg(m_config.faults.naksPerFrame));
        return CobasMessages::orderAck(*parsed, false, nextControlId(), now);
    }
    m_naks.remove(a.specimenId);
    if (a.orderControl == u"DC" || a.tests.isEmpty()) {
        m_worklist.remove(a.specimenId);
        m_noOrder.insert(a.specimenId);
        report(SimulatorEvent::Kind::NoOrder, a.specimenId, Tr::tr("aucune analyse demandée (OML^O33 %1)").arg(a.orderControl));
    } else {
        QStringList &tests = m_worklist[a.specimenId];
        for (const QString &t : a.tests)
            if (!tests.contains(t))
                tests << t;
        m_noOrder.remove(a.specimenId);
        report(SimulatorEvent::Kind::OrdersReceived, a.specimenId, Tr::tr("analyses demandées (OML^O33)"), a.tests);
    }
    if (m_current && m_step == Step::AwaitingOrders)
        QTimer::singleShot(0, this, &LawChemistrySimulator::resumeAfterOrders);
    return CobasMessages::orderAck(*parsed, true, nextControlId(), now);
}

void LawChemistrySimulator::resumeAfterOrders()
{
    if (!m_current || m_step != Step::AwaitingOrders)
        return;
    const QString id = m_current->specimenId;
    if (m_worklist.contains(id)) {
        m_orderTimer->stop();
        runOrders(m_worklist.take(id));
    } else if (m_noOrder.remove(id)) {
        m_orderTimer->stop();
        m_step = Step::None;
        finishCurrent();
    }
}

void LawChemistrySimulator::runOrders(const QStringList &tests)
{
    const WorkItem &item = *m_current;
    bool overRange = false;
    if (item.qcLevel == 0) {
        const int ordinal = nextPatientOrdinal();
        overRange = m_config.overRangeEvery > 0 && ordinal % m_config.overRangeEvery == 0;
    }
    const QList<SimulatedResult> results = m_generator.chemistry(item.specimenId, tests, item.qcLevel, overRange);
    if (results.isEmpty()) {
        report(SimulatorEvent::Kind::NoOrder, item.specimenId, Tr::tr("aucune analyse connue de l'automate"), tests);
        m_step = Step::None;
        finishCurrent();
        return;
    }
    m_orderedTests.clear();
    for (const SimulatedResult &r : results)
        m_orderedTests << r.code;
    m_resultsMessage = CobasMessages::results(instrument(), nextControlId(), item.specimenId, item.qcLevel > 0, results,
                                              QDateTime::currentDateTime());
    m_step = Step::Running;
    m_runTimer->start(std::max(0, m_config.runDelayMs));
}

void LawChemistrySimulator::sendResults()
{
    m_step = Step::Results;
    const QString id = m_current->specimenId;
    report(SimulatorEvent::Kind::ResultsSent, id,
           m_current->qcLevel > 0 ? Tr::tr("OUL^R22 de contrôle qualité envoyé (SPM-11 Q)") : Tr::tr("OUL^R22 envoyé"),
           m_orderedTests);
    auto answer = exchange(m_resultsMessage, true);
    if (!m_current)
        return;
    if (!answer) {
        retryOrGiveUp(answer.error().message);
        return;
    }
    auto parsed = hl7::Parser::parse(*answer);
    const QString code = parsed ? CobasMessages::read(*parsed).ackCode : QString();
    if (code == u"AA" || code == u"CA")
        report(SimulatorEvent::Kind::ResultsAccepted, id, Tr::tr("ACK %1").arg(code));
    else
        report(SimulatorEvent::Kind::ResultsRefused, id, Tr::tr("ACK %1 : résultats refusés par l'hôte").arg(code.isEmpty() ? QStringLiteral("?") : code));
    m_step = Step::None;
    finishCurrent();
}

void LawChemistrySimulator::retryOrGiveUp(const QString &why)
{
    const QString id = m_current->specimenId;
    if (++m_current->attempts >= m_config.maxAttempts) {
        report(SimulatorEvent::Kind::Failure, id, Tr::tr("abandon après %1 essais (%2)").arg(m_current->attempts).arg(why));
        m_step = Step::None;
        finishCurrent();
        return;
    }
    report(SimulatorEvent::Kind::Failure, id, Tr::tr("échange non abouti (%1), nouvel essai").arg(why));
    const bool results = m_step == Step::Results;
    QTimer::singleShot(m_config.reconnectDelayMs, this, [this, results] {
        if (!m_current || !m_running)
            return;
        if (results)
            sendResults();
        else
            sendQuery();
    });
}

} // namespace sgl::simulators::analyzer
