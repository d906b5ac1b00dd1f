// `sgl psc-gateway`: the real executable between a workstation configured without the secret and
// the PSC simulator.
#include "PscSimTestEnv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

namespace {

class PscGatewayCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        secretFile = dir.filePath(QStringLiteral("psc-secret"));
        QFile f(secretFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(PscSimTestEnv::kSecret) + '\n');
        f.close();
        ASSERT_TRUE(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    QStringList arguments() const
    {
        return {QStringLiteral("psc-gateway"), QStringLiteral("--issuer"), env.sim().issuer(),
                QStringLiteral("--client-id"), QString::fromLatin1(PscSimTestEnv::kClientId),
                QStringLiteral("--secret-file"), secretFile, QStringLiteral("--cert"), env.pki("server.pem"),
                QStringLiteral("--key"), env.pki("server.key.pem"), QStringLiteral("--psc-ca"), env.pki("ca.pem"),
                QStringLiteral("--port"), QStringLiteral("0")};
    }

    PscSimTestEnv &env = PscSimTestEnv::instance();
    QTemporaryDir dir;
    QString secretFile;
};

} // namespace

TEST_F(PscGatewayCliTest, SecretReadableByOthersIsRefused)
{
    QFile::setPermissions(secretFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QProcess p;
    p.start(QStringLiteral(SGL_CLI_PATH), arguments());
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 4);
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(err.contains("chmod 600")) << err.constData();
    EXPECT_FALSE(err.contains(PscSimTestEnv::kSecret));
}

TEST_F(PscGatewayCliTest, MissingOptionIsAUsageError)
{
    QStringList args = arguments();
    args.removeAt(args.indexOf(QStringLiteral("--issuer")) + 1);
    args.removeAll(QStringLiteral("--issuer"));
    QProcess p;
    p.start(QStringLiteral(SGL_CLI_PATH), args);
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
}

TEST_F(PscGatewayCliTest, WorkstationLogsInThroughTheRunningGateway)
{
    QProcess gateway;
    gateway.start(QStringLiteral(SGL_CLI_PATH), arguments());
    ASSERT_TRUE(gateway.waitForStarted(10000));
    QByteArray line;
    for (int i = 0; i < 150 && !line.contains('\n'); ++i) {
        gateway.waitForReadyRead(200);
        line += gateway.readAllStandardOutput();
    }
    const QJsonObject listening = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    ASSERT_EQ(listening.value(QStringLiteral("type")).toString(), QStringLiteral("listening"))
        << line.constData() << gateway.readAllStandardError().constData();
    const int port = listening.value(QStringLiteral("port")).toInt();
    ASSERT_GT(port, 0);

    PscClientConfig workstation = env.config();
    workstation.clientSecret.clear();
    workstation.gatewayUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    workstation.gatewayTransport.caBundlePath = env.pki("ca.pem");
    auto channel = PscBackChannel::connect(workstation);
    ASSERT_TRUE(channel) << channel.error().toString().toStdString();
    PscSignIn signIn(**channel);
    auto attempt = signIn.begin(QString::fromLatin1(PscSimTestEnv::kRedirect));
    ASSERT_TRUE(attempt);
    auto identity = signIn.complete(*attempt, env.authorize(signIn.authorizationUrl(*attempt)),
                                    QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(identity) << identity.error().toString().toStdString();
    EXPECT_EQ(identity->professional.rpps, QStringLiteral("10101010105"));
    EXPECT_TRUE(signIn.signOut(*identity));

    gateway.terminate(); // SIGTERM: normal stop
    ASSERT_TRUE(gateway.waitForFinished(10000));
    EXPECT_EQ(gateway.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(gateway.exitCode(), 0);
}
