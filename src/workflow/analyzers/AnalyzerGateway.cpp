#include "workflow/analyzers/AnalyzerGateway.h"

#include "interop/gateway/AnalyzerConnection.h"
#include "interop/gateway/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/analyzers/AnalyzerOrders.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"

#include <QSysInfo>
#include <QTimer>

namespace sgl::workflow::analyzers {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::ProfileMapper;
using interop::gateway::HandlerReply;
using interop::gateway::HostOrder;
using interop::gateway::ReceivedMessage;

struct AnalyzerGateway::Running {
    AnalyzerProfile profile;
    std::optional<ProfileMapper> mapper;    ///< last one read from the database
    interop::gateway::AnalyzerConnection *connection = nullptr;
    QSet<QString> sentBarcodes;             ///< worklist download: tubes sent since start
};

namespace {

HostOrder hostOrder(const TubeOrder &o)
{
    HostOrder h;
    h.specimenId = o.barcode;
    h.placerNumber = o.dossierNumber;
    h.patientId = o.patientId;
    h.sex = o.sex;
    h.birthDate = o.birthDate;
    h.priority = o.priority;
    h.specimenType = o.specimenType;
    h.testCodes = o.testCodes;
    return h;
}

} // namespace

AnalyzerGateway::AnalyzerGateway(storage::Database &db, domain::UserSession session, GatewayOptions options,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_session(std::move(session)),
      m_actor(domain::AuditActor::system(QStringLiteral("sgl gateway"), QSysInfo::machineHostName())),
      m_options(std::move(options)), m_pollTimer(new QTimer(this))
{
    if (m_session.userId != 0)
        m_actor = domain::AuditActor::fromSession(m_session);
    m_store = std::make_unique<AnalyzerProfileStore>(m_db, m_session);
    m_ingestion = std::make_unique<AnalyzerIngestion>(m_db, m_actor);
    connect(m_pollTimer, &QTimer::timeout, this, &AnalyzerGateway::pollWorklists);
}

AnalyzerGateway::~AnalyzerGateway()
{
    stop();
}

domain::Status AnalyzerGateway::start()
{
    if (!m_running.isEmpty())
        return {};
    AnalyzerProfileStore store(m_db, m_session);
    QList<AnalyzerProfile> profiles;
    if (m_options.profiles.isEmpty()) {
        auto all = store.list();
        if (!all)
            return std::unexpected(all.error());
        for (const AnalyzerProfile &p : *all)
            if (p.active && p.transport.kind != domain::analyzer::TransportKind::None)
                profiles << p;
    } else {
        for (const QString &name : m_options.profiles) {
            auto p = store.get(name);
            if (!p)
                return std::unexpected(p.error());
            profiles << *p;
        }
    }
    if (profiles.isEmpty())
        return domain::fail(interop::gateway::errc::UnsupportedTransport,
                            Tr::tr("Aucun profil d'analyseur actif avec une liaison réseau ou série."));

    std::optional<domain::Error> lastFailure;
    int started = 0;
    for (const AnalyzerProfile &p : std::as_const(profiles)) {
        auto running = std::make_shared<Running>();
        running->profile = p;
        if (auto m = store.mapperFor(p.name); m)
            running->mapper = std::move(*m);
        else
            return std::unexpected(m.error());
        interop::gateway::ConnectionConfig config;
        config.name = p.name;
        config.label = p.label;
        config.protocol = p.protocol;
        config.transport = p.transport;
        if (m_options.portOverrides.contains(p.name))
            config.transport.port = m_options.portOverrides.value(p.name);
        config.charset = p.charset;
        config.lenientFrameNumbers = p.lenientFrameNumbers;
        config.trafficLog = {m_options.trafficLogDirectory, m_options.trafficLogMaxBytes, m_options.trafficLogKeptFiles};
        config.reconnectDelayMs = m_options.reconnectDelayMs;
        Running *raw = running.get();
        running->connection = new interop::gateway::AnalyzerConnection(
            config, [this, raw](const ReceivedMessage &m) { return handle(*raw, m); }, this);
        const QString name = p.name;
        connect(running->connection, &interop::gateway::AnalyzerConnection::statusChanged, this,
                [this, name] { emit statusChanged(name); });
        connect(running->connection, &interop::gateway::AnalyzerConnection::event, this,
                [this, name](const QString &code, const QString &message) { emit event(name, code, message); });
        m_running << running;
        if (auto s = running->connection->start(); s)
            ++started;
        else
            lastFailure = s.error();
    }
    if (started == 0 && lastFailure)
        return std::unexpected(*lastFailure);
    m_pollTimer->start(std::max(m_options.worklistPollMs, 100));
    return {};
}

void AnalyzerGateway::stop()
{
    m_pollTimer->stop();
    for (const auto &r : std::as_const(m_running)) {
        r->connection->stop();
        r->connection->disconnect(this);
        r->connection->deleteLater();
    }
    m_running.clear();
}

QList<domain::analyzer::ConnectionStatus> AnalyzerGateway::statuses() const
{
    QList<domain::analyzer::ConnectionStatus> out;
    for (const auto &r : m_running)
        out << r->connection->status();
    return out;
}

quint16 AnalyzerGateway::listeningPort(const QString &profileName) const
{
    for (const auto &r : m_running)
        if (r->profile.name == profileName)
            return r->connection->listeningPort();
    return 0;
}

HandlerReply AnalyzerGateway::handle(Running &running, const ReceivedMessage &message)
{
    HandlerReply reply;
    // The mapper is read again so a mapping added from the held-message screen applies at once;
    // the last one read serves when the database cannot be read (ingest will then tell).
    if (auto m = m_store->mapperFor(running.profile.name); m)
        running.mapper = std::move(*m);
    if (!running.mapper) {
        reply.verdict = HandlerReply::Verdict::StoreFailed;
        return reply;
    }
    const domain::analyzer::MappedMessage mapped = running.mapper->map(message.decoded);
    if (!mapped.results.isEmpty() || mapped.queries.isEmpty()) {
        IngestInput input{running.profile.name, message.raw, message.peer, message.receivedAt, mapped};
        auto outcome = m_ingestion->ingest(input);
        if (!outcome) {
            reply.verdict = HandlerReply::Verdict::StoreFailed;
            reply.problems << outcome.error();
            return reply;
        }
        for (const IngestedItem &item : outcome->items) {
            if (item.fate == ItemFate::Stored)
                ++reply.resultsStored;
            else if (item.fate == ItemFate::Held)
                ++reply.resultsHeld;
        }
        if (!message.decoded.problems.isEmpty())
            reply.verdict = HandlerReply::Verdict::ContentError;
    }
    AnalyzerOrders orders(m_db, m_actor);
    for (const domain::analyzer::MappedQuery &q : mapped.queries) {
        interop::gateway::QueryAnswer answer;
        answer.specimenId = q.specimenId;
        if (!q.specimenId.isEmpty()) {
            auto found = orders.lookup(*running.mapper, q.specimenId);
            if (!found) {
                reply.verdict = HandlerReply::Verdict::StoreFailed;
                reply.problems << found.error();
                return reply;
            }
            if (found->order)
                answer.order = hostOrder(*found->order);
            answer.specimenKnown = found->specimenKnown();
        } else {
            answer.specimenKnown = false;
        }
        reply.answers << answer;
    }
    return reply;
}

void AnalyzerGateway::pollWorklists()
{
    for (const auto &r : std::as_const(m_running)) {
        if (r->profile.orderMode != domain::analyzer::OrderMode::WorklistDownload || !r->mapper
            || r->connection->status().state != domain::analyzer::LinkState::Connected)
            continue;
        auto pending = AnalyzerOrders(m_db, m_actor).pendingWorklist(*r->mapper);
        if (!pending) {
            emit event(r->profile.name, pending.error().code, pending.error().message);
            continue;
        }
        QList<HostOrder> fresh;
        for (const TubeOrder &o : *pending)
            if (!r->sentBarcodes.contains(o.barcode))
                fresh << hostOrder(o);
        if (fresh.isEmpty())
            continue;
        if (auto sent = r->connection->sendWorklist(fresh); !sent) {
            emit event(r->profile.name, sent.error().code, sent.error().message);
            continue;
        }
        for (const HostOrder &o : fresh)
            r->sentBarcodes.insert(o.specimenId);
    }
}

} // namespace sgl::workflow::analyzers
