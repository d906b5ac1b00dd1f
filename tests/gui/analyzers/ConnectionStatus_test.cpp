// « État des liaisons » (issue 11 §5): one row per analyzer link with its state in colour,
// endpoint, peer, last message, counters and last error, refreshed when the gateway reports a
// change; what it says without an in-app gateway or when it failed to start.
#include "GuiTestApp.h"

#include "app/analyzers/AnalyzerLinkMonitor.h"
#include "app/analyzers/ConnectionStatusModel.h"
#include "app/analyzers/ConnectionStatusPanel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace sgl::app::test {
namespace {

using domain::analyzer::ConnectionStatus;
using domain::analyzer::LinkState;

class FakeMonitor : public AnalyzerLinkMonitor {
public:
    QList<ConnectionStatus> rows;
    bool isRunning = true;
    QString error;
    QList<ConnectionStatus> statuses() const override { return rows; }
    bool running() const override { return isRunning; }
    QString startError() const override { return error; }
    void report() { emit changed(); }
};

ConnectionStatus link(const QString &name, LinkState state)
{
    ConnectionStatus s;
    s.profileName = name;
    s.label = name + QStringLiteral(" (label)");
    s.state = state;
    s.endpoint = QStringLiteral("0.0.0.0:5101");
    return s;
}

TEST(ConnectionStatusPanel, ShowsEachLinkAndFollowsTheGateway)
{
    guiApp();
    FakeMonitor monitor;
    monitor.rows = {link(QStringLiteral("sysmex-xn550"), LinkState::Listening),
                    link(QStringLiteral("cobas-c311"), LinkState::Failed)};
    monitor.rows[1].lastError = QStringLiteral("Connexion refusée");
    monitor.rows[1].linkErrors = 3;
    ConnectionStatusPanel panel(&monitor);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(1366 - 200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    ASSERT_EQ(panel.model()->rowCount(), 2);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return panel.model()->index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, ConnectionStatusModel::Analyzer).toString(), QStringLiteral("sysmex-xn550"));
    EXPECT_EQ(cell(0, ConnectionStatusModel::Analyzer, Qt::ToolTipRole).toString(), QStringLiteral("sysmex-xn550 (label)"));
    EXPECT_EQ(cell(0, ConnectionStatusModel::State).toString(), QStringLiteral("en écoute"));
    EXPECT_EQ(cell(1, ConnectionStatusModel::State).toString(), QStringLiteral("en échec"));
    EXPECT_EQ(cell(1, ConnectionStatusModel::LinkErrors).toInt(), 3);
    EXPECT_EQ(cell(1, ConnectionStatusModel::LastError).toString(), QStringLiteral("Connexion refusée"));
    EXPECT_NE(cell(0, ConnectionStatusModel::State, Qt::BackgroundRole).value<QBrush>().color(),
              cell(1, ConnectionStatusModel::State, Qt::BackgroundRole).value<QBrush>().color());
    EXPECT_TRUE(panel.bannerText().isEmpty());

    monitor.rows[0].state = LinkState::Connected;
    monitor.rows[0].peer = QStringLiteral("10.0.0.5:40112");
    monitor.rows[0].messagesReceived = 4;
    monitor.rows[0].resultsStored = 20;
    monitor.rows[0].lastMessageAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::utc());
    monitor.report();
    EXPECT_EQ(cell(0, ConnectionStatusModel::State).toString(), QStringLiteral("connectée"));
    EXPECT_EQ(cell(0, ConnectionStatusModel::Peer).toString(), QStringLiteral("10.0.0.5:40112"));
    EXPECT_EQ(cell(0, ConnectionStatusModel::Stored).toInt(), 20);
    EXPECT_FALSE(cell(0, ConnectionStatusModel::LastMessage).toString().isEmpty());
    EXPECT_FALSE(panel.table()->horizontalScrollBar()->isVisible()) << "fits 1366 px without scrolling";

    monitor.rows.removeLast();
    monitor.report();
    EXPECT_EQ(panel.model()->rowCount(), 1);

    monitor.isRunning = false;
    monitor.error = QStringLiteral("port 5101 déjà utilisé");
    monitor.report();
    EXPECT_TRUE(panel.bannerText().contains(QStringLiteral("port 5101 déjà utilisé")));
}

TEST(ConnectionStatusPanel, WithoutInAppGatewaySaysWhereTheStatusIs)
{
    guiApp();
    ConnectionStatusPanel panel(nullptr);
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(panel.bannerText().contains(QStringLiteral("journalctl -u sgl-gateway")));
}

} // namespace
} // namespace sgl::app::test
