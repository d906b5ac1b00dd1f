#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "interop/astm/LinkEvent.h"
#include "interop/astm/TcpServerLink.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sgl::simulators::analyzer::testing {

/**
 * The receiving side of the project, as the gateway will run it: astm::TcpServerLink (one
 * LinkDriver per connection, host role) + MessageAssembler + ResultExtractor, answering each
 * query with RecordWriter: the orders of `orders` (O-26 Q) or the "no order" answer (O-26 Y).
 */
class AstmTestHost {
public:
    AstmTestHost();

    [[nodiscard]] quint16 port() const { return m_server.port(); }
    /** Worklist download (H P O L) on the open connection. */
    void pushOrders(const QString &specimenId, const QStringList &tests);

    QHash<QString, QStringList> orders;
    QStringList queried;                                  ///< Q-3 specimens, in order
    QList<domain::analyzer::AnalyzerMessage> messages;    ///< every message, extracted
    QList<interop::astm::LinkEvent> events;               ///< link events of every connection
    QList<int> sendOutcomes;                              ///< 1 delivered, 0 not, per host send
    int connections = 0;
    int closed = 0;
    int receivedChunks = 0;                               ///< traffic observer calls (Received)
    qsizetype largestChunk = 0;                           ///< largest single read

    [[nodiscard]] int eventCount(QLatin1StringView code) const;
    /** Results of complete messages for that specimen. */
    [[nodiscard]] QList<domain::analyzer::AnalyzerResult> results(const QString &specimenId) const;
    [[nodiscard]] int completeResultMessages(const QString &specimenId) const;
    [[nodiscard]] int incompleteMessages() const;

private:
    interop::astm::TcpServerLink m_server;
    interop::astm::LinkDriver *m_current = nullptr;
};

} // namespace sgl::simulators::analyzer::testing
