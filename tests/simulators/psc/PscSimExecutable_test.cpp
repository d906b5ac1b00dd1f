// sgl-psc-sim as the demo runs it: the issuer on the first line, then a working provider.
#include "PscSimTestEnv.h"

#include "interop/psc/PscDiscovery.h"
#include "interop/psc/PscHttp.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace sgl::interop::psc;

TEST(PscSimExecutable, PrintsItsIssuerAndServesDiscovery)
{
    PscSimTestEnv &env = PscSimTestEnv::instance(); // makes sure the test PKI exists
    QProcess sim;
    sim.start(QStringLiteral(SGL_PSC_SIM_PATH),
              {QStringLiteral("--pki"), QFileInfo(env.pki("server.pem")).absolutePath(), QStringLiteral("--port"),
               QStringLiteral("0"), QStringLiteral("--access-ttl"), QStringLiteral("30")});
    ASSERT_TRUE(sim.waitForStarted(10000));
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        sim.waitForReadyRead(200);
        line += sim.readAllStandardOutput();
    }
    const QString issuer = QString::fromUtf8(line.left(line.indexOf('\n'))).trimmed();
    static const QRegularExpression shape(QStringLiteral("^https://127\\.0\\.0\\.1:\\d+/auth/realms/esante-wallet$"));
    EXPECT_TRUE(shape.match(issuer).hasMatch()) << issuer.toStdString();
    PscHttpRequest request;
    request.url = PscDiscovery::documentUrl(issuer);
    PscTransportConfig transport;
    transport.caBundlePath = env.pki("ca.pem");
    const auto answer = PscHttp::send(request, transport);
    ASSERT_TRUE(answer) << answer.error().toString().toStdString();
    EXPECT_EQ(answer->status, 200);
    EXPECT_TRUE(PscDiscovery::parse(answer->body, issuer).has_value());
    sim.terminate();
    EXPECT_TRUE(sim.waitForFinished(10000));
}

TEST(PscSimExecutable, RefusesToStartWithoutPki)
{
    QProcess sim;
    sim.start(QStringLiteral(SGL_PSC_SIM_PATH), {});
    ASSERT_TRUE(sim.waitForFinished(10000));
    EXPECT_EQ(sim.exitCode(), 2);
    EXPECT_TRUE(sim.readAllStandardError().contains("--pki"));
}
