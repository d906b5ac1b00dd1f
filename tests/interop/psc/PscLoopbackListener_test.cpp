// The workstation's loopback listener (decision 0003): only the redirect of the pending attempt
// (right path, right state) is taken, answered with a French page, and stops the listener; other
// requests are answered and ignored; no redirect before the timeout gives psc.timeout.
#include "interop/psc/ErrorCodes.h"
#include "interop/psc/PscLoopbackListener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <optional>

using namespace sgl::interop::psc;
using namespace std::chrono_literals;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_interop_psc";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

/** A raw HTTP GET as a browser sends it, run while the event loop serves the listener. */
QByteArray get(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
    QByteArray answer;
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

class PscLoopbackListenerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app();
        QObject::connect(&listener, &PscLoopbackListener::received, [this](const QUrl &u) { callback = u; });
        QObject::connect(&listener, &PscLoopbackListener::failed,
                         [this](const sgl::domain::Error &e) { error = e; });
    }
    PscLoopbackListener listener;
    std::optional<QUrl> callback;
    std::optional<sgl::domain::Error> error;
};

TEST_F(PscLoopbackListenerTest, TakesTheRedirectOfThePendingAttemptAnswersInFrenchAndStops)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("etat-attendu"), 10s));
    ASSERT_TRUE(listener.isListening());
    const quint16 port = listener.port();
    ASSERT_NE(port, 0);
    const QByteArray page = get(port, "/psc/callback?code=abc%2Fdef&state=etat-attendu&session_state=x");
    EXPECT_TRUE(page.startsWith("HTTP/1.1 200")) << page.constData();
    EXPECT_TRUE(QString::fromUtf8(page).contains(QStringLiteral("Connexion réussie, vous pouvez revenir au SGL")))
        << page.constData();
    ASSERT_TRUE(callback.has_value());
    EXPECT_EQ(callback->path(), QStringLiteral("/psc/callback"));
    EXPECT_EQ(callback->port(), port);
    EXPECT_TRUE(callback->query(QUrl::FullyDecoded).contains(QStringLiteral("code=abc/def")))
        << callback->toString().toStdString();
    EXPECT_FALSE(listener.isListening()) << "one redirect only";
    EXPECT_FALSE(error.has_value());
    // Nothing listens any more.
    QTcpSocket late;
    late.connectToHost(QStringLiteral("127.0.0.1"), port);
    EXPECT_FALSE(late.waitForConnected(500));
}

TEST_F(PscLoopbackListenerTest, WrongPathIsAnsweredNotFoundAndTheListenerKeepsWaiting)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("s1"), 10s));
    const QByteArray page = get(listener.port(), "/favicon.ico");
    EXPECT_TRUE(page.startsWith("HTTP/1.1 404")) << page.constData();
    const QByteArray other = get(listener.port(), "/psc/callbackX?code=c&state=s1");
    EXPECT_TRUE(other.startsWith("HTTP/1.1 404")) << other.constData();
    EXPECT_FALSE(callback.has_value());
    EXPECT_TRUE(listener.isListening());
    EXPECT_TRUE(get(listener.port(), "/psc/callback?code=c&state=s1").startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(callback.has_value());
}

TEST_F(PscLoopbackListenerTest, WrongOrMissingStateIsRefusedAndTheAttemptGoesOn)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("bon-etat"), 10s));
    const QByteArray wrong = get(listener.port(), "/psc/callback?code=c&state=autre-etat");
    EXPECT_TRUE(wrong.startsWith("HTTP/1.1 400")) << wrong.constData();
    EXPECT_TRUE(QString::fromUtf8(wrong).contains(QStringLiteral("Réponse inattendue")));
    const QByteArray none = get(listener.port(), "/psc/callback?code=c");
    EXPECT_TRUE(none.startsWith("HTTP/1.1 400")) << none.constData();
    EXPECT_FALSE(callback.has_value());
    EXPECT_TRUE(listener.isListening());
    EXPECT_TRUE(get(listener.port(), "/psc/callback?code=c&state=bon-etat").startsWith("HTTP/1.1 200"));
    ASSERT_TRUE(callback.has_value());
    EXPECT_TRUE(callback->query().contains(QStringLiteral("state=bon-etat")));
}

TEST_F(PscLoopbackListenerTest, ErrorRedirectOfThePendingAttemptIsPassedOnForTheReason)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("s2"), 10s));
    const QByteArray page = get(listener.port(), "/psc/callback?error=access_denied&state=s2");
    EXPECT_TRUE(QString::fromUtf8(page).contains(QStringLiteral("Connexion refusée")));
    ASSERT_TRUE(callback.has_value());
    EXPECT_TRUE(callback->query().contains(QStringLiteral("error=access_denied")));
}

TEST_F(PscLoopbackListenerTest, TimeoutStopsWithAFrenchMessage)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("s3"), 300ms));
    const quint16 port = listener.port();
    QElapsedTimer clock;
    clock.start();
    while (!error && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, errc::Timeout);
    EXPECT_TRUE(error->message.contains(QStringLiteral("Aucune réponse de Pro Santé Connect"))) << error->message.toStdString();
    EXPECT_FALSE(listener.isListening());
    EXPECT_FALSE(callback.has_value());
    QTcpSocket late;
    late.connectToHost(QStringLiteral("127.0.0.1"), port);
    EXPECT_FALSE(late.waitForConnected(500));
}

TEST_F(PscLoopbackListenerTest, PortTakenIsAClearError)
{
    QTcpServer other;
    ASSERT_TRUE(other.listen(QHostAddress::LocalHost, 0));
    auto started = listener.start(other.serverPort(), QStringLiteral("s4"), 10s);
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, errc::Loopback);
    EXPECT_TRUE(started.error().message.contains(QString::number(other.serverPort())));
    EXPECT_FALSE(listener.isListening());
}

TEST_F(PscLoopbackListenerTest, StopCancelsSilently)
{
    ASSERT_TRUE(listener.start(0, QStringLiteral("s5"), 200ms));
    listener.stop();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_FALSE(error.has_value());
    EXPECT_FALSE(callback.has_value());
}

} // namespace
