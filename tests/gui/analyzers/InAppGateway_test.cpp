// The in-app analyzer gateway (« Passerelle automates intégrée »): started under the user's
// session, it opens the active profiles' links and the « État des liaisons » panel follows it;
// stopped, the panel says so; a link that cannot listen is shown failed with its error.
#include "AnalyzerGuiFixture.h"

#include "app/analyzers/ConnectionStatusModel.h"
#include "app/analyzers/ConnectionStatusPanel.h"
#include "app/analyzers/InAppGateway.h"

#include <QTcpServer>
#include <QTest>

namespace sgl::app::test {
namespace {

using domain::analyzer::LinkState;

class InAppGatewayTest : public AnalyzerGuiFixture {
protected:
    /** Moves test-astm to `port` on the loopback. */
    void listenOn(quint16 port)
    {
        workflow::analyzers::AnalyzerProfileStore store(*m_db, m_admin);
        auto p = store.get(QStringLiteral("test-astm"));
        ASSERT_TRUE(p);
        p->transport.host = QStringLiteral("127.0.0.1");
        p->transport.port = port;
        auto saved = store.save(*p, QStringLiteral("port de test"));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    }
};

TEST_P(InAppGatewayTest, StartsTheActiveLinksAndThePanelFollows)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    listenOn(port);

    InAppGateway gateway(*m_db, m_tech, m_dir.filePath(QStringLiteral("trafic")));
    ConnectionStatusPanel panel(&gateway);
    EXPECT_FALSE(gateway.running());
    EXPECT_FALSE(panel.bannerText().isEmpty()) << "stopped: said";
    auto started = gateway.start();
    ASSERT_TRUE(started) << started.error().toString().toStdString();
    EXPECT_TRUE(gateway.running());
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(panel.model()->statusAt(0)->profileName, QStringLiteral("test-astm"));
    EXPECT_EQ(panel.model()->statusAt(0)->state, LinkState::Listening);
    EXPECT_TRUE(panel.model()->index(0, ConnectionStatusModel::Endpoint).data().toString().contains(QString::number(port)));
    EXPECT_TRUE(panel.bannerText().isEmpty());

    gateway.stop();
    EXPECT_FALSE(gateway.running());
    EXPECT_TRUE(panel.bannerText().contains(QStringLiteral("arrêtée")));
    QTcpServer again;
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, port)) << "the link's port is released on stop";
}

TEST_P(InAppGatewayTest, ALinkThatCannotListenIsShownWithItsError)
{
    QTcpServer busy;
    ASSERT_TRUE(busy.listen(QHostAddress::LocalHost, 0));
    listenOn(busy.serverPort());
    InAppGateway gateway(*m_db, m_tech, QString());
    ConnectionStatusPanel panel(&gateway);
    (void)gateway.start(); // the only link fails: the gateway says it could not start
    if (gateway.running()) {
        ASSERT_EQ(panel.model()->rowCount(), 1);
        EXPECT_EQ(panel.model()->statusAt(0)->state, LinkState::Failed);
        EXPECT_FALSE(panel.model()->statusAt(0)->lastError.isEmpty());
    } else {
        EXPECT_FALSE(gateway.startError().isEmpty());
        EXPECT_TRUE(panel.bannerText().contains(gateway.startError()));
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, InAppGatewayTest, kBothBackends, sgl::testing::backendName);

} // namespace
} // namespace sgl::app::test
