#pragma once

#include "domain/Error.h"
#include "domain/analyzer/ConnectionStatus.h"
#include "domain/analyzer/ProfileMapper.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace sgl::storage {
class Database;
}

namespace sgl::interop::gateway {
class AnalyzerConnection;
struct HandlerReply;
struct ReceivedMessage;
} // namespace sgl::interop::gateway

namespace sgl::workflow::analyzers {

/** How the gateway runs (CLI options, the in-app gateway's settings). */
struct GatewayOptions {
    QStringList profiles;                 ///< profiles to run; empty: every active profile
    QString trafficLogDirectory;          ///< raw-traffic logs (one file set per profile); empty: none (said in the status)
    qint64 trafficLogMaxBytes = 5 * 1024 * 1024;
    int trafficLogKeptFiles = 5;
    int worklistPollMs = 10000;           ///< WorklistDownload profiles: how often received tubes are looked for
    int reconnectDelayMs = 5000;          ///< TCP client / serial: wait before trying again
    /**
     * Profile name -> TCP port used instead of the profile's (0: the system chooses, read back
     * with listeningPort()); for tests and for a second gateway on one machine.
     */
    QHash<QString, int> portOverrides;
};

/**
 * The analyzer gateway (issue 11 §5), used by `sgl gateway` and by the in-app gateway of a
 * single-workstation lab: one interop::gateway::AnalyzerConnection per profile, each message
 * read through the profile (ProfileMapper::map) and stored by AnalyzerIngestion, queries answered
 * by AnalyzerOrders::forBarcode, worklists sent by polling AnalyzerOrders::pendingWorklist.
 *
 * Contract:
 * - start() loads the profiles (AnalyzerProfileStore with the given session: list needs only a
 *   signed-in user), refuses a named profile that does not exist (the store's error) and starts
 *   every connection; one connection failing to listen does not stop the others (its status
 *   says Failed); start() fails only when no connection could start;
 * - a message is acknowledged only after AnalyzerIngestion::ingest() committed (the connection
 *   sends the ACK after the handler returns); when ingest fails the instrument is told to send
 *   again (HL7 AR, ASTM connection dropped before the final ACK) and ingestion's duplicate
 *   detection (profile + SHA-256 of the raw message) stores a re-sent message once;
 * - a message carrying only queries is answered and not ingested (the query and its answer are
 *   in the audit trail, analyzer.host_query, and the raw traffic log);
 * - the mapper is rebuilt from the database for each message, so a code mapping added from the
 *   held-message screen applies to the next message without restart;
 * - worklist download: every worklistPollMs, for each connected WorklistDownload profile, the
 *   tubes with work not yet sent since start are sent (a restart sends the pending tubes again:
 *   an instrument treats a second order for the same tube as the same order);
 * - statuses() lists one ConnectionStatus per profile started; statusChanged(name) after each
 *   change, event(name, code, message) for logs (JSON lines of the CLI).
 */
class AnalyzerGateway : public QObject {
    Q_OBJECT
public:
    AnalyzerGateway(storage::Database &db, domain::UserSession session, GatewayOptions options = {},
                    QObject *parent = nullptr);
    ~AnalyzerGateway() override;

    [[nodiscard]] domain::Status start();
    void stop();

    [[nodiscard]] QList<domain::analyzer::ConnectionStatus> statuses() const;
    /** The port a TCP-server profile listens on (tests use port 0 in the profile); 0 if none. */
    [[nodiscard]] quint16 listeningPort(const QString &profileName) const;
    /** Runs the worklist download once now (what the poll timer does). */
    void pollWorklists();

signals:
    void statusChanged(const QString &profileName);
    void event(const QString &profileName, const QString &code, const QString &message);

private:
    struct Running;
    [[nodiscard]] interop::gateway::HandlerReply handle(Running &running,
                                                        const interop::gateway::ReceivedMessage &message);

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    GatewayOptions m_options;
    QList<std::shared_ptr<Running>> m_running;
    QTimer *m_pollTimer;
};

} // namespace sgl::workflow::analyzers
