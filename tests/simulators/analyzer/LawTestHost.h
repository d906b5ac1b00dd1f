#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/MllpServer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace sgl::simulators::analyzer::testing {

/**
 * The project's HL7 LAW receiving side: hl7v2::MllpServer + LawQueryReader (QBP^Q11 answered by
 * LawMessageBuilder::queryResponse, OK when `orders` has the specimen, else AR/NF) + LawResultReader
 * (OUL^R22 answered by LawMessageBuilder::resultsAck, or AE when `refuseResults`). After an OK,
 * the orders are pushed as OML^O33 (LawMessageBuilder::workOrder) to the simulator's worklist
 * listener through an hl7v2::MllpClient, again while the answer is AR (up to 8 times).
 */
class LawTestHost {
public:
    LawTestHost();

    [[nodiscard]] quint16 port() const { return m_server->port(); }
    void setSimulatorPort(quint16 port) { m_simulatorPort = port; }

    QHash<QString, QStringList> orders;
    bool refuseResults = false;
    QStringList queried;
    QList<domain::analyzer::AnalyzerMessage> results; ///< every OUL^R22 read
    QStringList omlAnswers;                            ///< MSA-1 of each OML^O33 pushed
    int resultMessages = 0;

    [[nodiscard]] QList<domain::analyzer::AnalyzerResult> resultsFor(const QString &specimenId) const;

private:
    [[nodiscard]] std::optional<QByteArray> handle(const QByteArray &bytes);
    void push(const QString &specimenId);

    std::unique_ptr<interop::hl7v2::MllpServer> m_server;
    std::unique_ptr<interop::hl7v2::MllpClient> m_pusher;
    quint16 m_simulatorPort = 0;
    int m_control = 0;
};

} // namespace sgl::simulators::analyzer::testing
