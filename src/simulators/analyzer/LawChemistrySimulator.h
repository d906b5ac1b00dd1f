#pragma once

#include "simulators/analyzer/AnalyzerSimulator.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace sgl::interop::hl7v2 {
class MllpClient;
class MllpServer;
} // namespace sgl::interop::hl7v2

namespace sgl::simulators::analyzer {

/**
 * A cobas-style chemistry analyzer on an HL7 v2.5.1 IHE LAW link (MLLP), built on the project's
 * hl7v2::MllpClient (to the host's listener) and hl7v2::MllpServer (worklist listener).
 *
 * For each tube: QBP^Q11 (LAB-27, QPD-3 barcode) and the host's RSP^K11: AR or QAK NF = no
 * order; OK with OBR segments = those tests; OK without = the orders come as OML^O33 (LAB-28)
 * pushed to the worklist listener (listen mode), awaited answerTimeoutMs. Orders pushed before
 * the tube is loaded are used without a query. Results go as OUL^R22 (LAB-29, CobasMessages
 * gives the positions) and the ACK code is checked (AA/CA accepted, anything else refused).
 * Every overRangeEvery-th patient tube reports its first test above the linearity limit (`>`).
 * QC runs (QC-CC-L1/L2, SPM-11 `Q`) send the whole panel without a query. An exchange that
 * fails (connection, timeout, drop fault) is retried on a new connection after
 * reconnectDelayMs, at most maxAttempts times. Bad checksums do not exist in MLLP: that fault
 * is ignored here.
 */
class LawChemistrySimulator : public AnalyzerSimulator {
    Q_OBJECT
public:
    explicit LawChemistrySimulator(SimulatorConfig config, QObject *parent = nullptr);
    ~LawChemistrySimulator() override;

    /** Opens the worklist listener in listen mode (fails with analyzersim.listen). */
    [[nodiscard]] domain::Status start() override;
    void stop() override;
    [[nodiscard]] quint16 listeningPort() const override;

protected:
    void process() override;

private:
    enum class Step { None, AwaitingOrders, Running, Results };

    [[nodiscard]] std::optional<QByteArray> onPushedMessage(const QByteArray &bytes);
    [[nodiscard]] domain::Result<QByteArray> exchange(const QByteArray &payload, bool resultsMessage);
    void closeClient();
    void pause(int ms);
    void sendQuery();
    void resumeAfterOrders();
    void runOrders(const QStringList &tests);
    void sendResults();
    void retryOrGiveUp(const QString &why);
    [[nodiscard]] QString instrument() const;
    [[nodiscard]] QString nextControlId();

    interop::hl7v2::MllpServer *m_server = nullptr;
    QPointer<interop::hl7v2::MllpClient> m_client;
    QTimer *m_orderTimer;
    QTimer *m_runTimer;
    bool m_running = false;
    bool m_connectedReported = false;

    Step m_step = Step::None;
    QByteArray m_resultsMessage;
    QStringList m_orderedTests;
    QHash<QString, QStringList> m_worklist;
    QSet<QString> m_noOrder;
    QHash<QString, int> m_naks; ///< AR answers already given per pushed specimen (NAK storm)
    int m_drops = 0;
    int m_controlSeq = 0;
};

} // namespace sgl::simulators::analyzer
