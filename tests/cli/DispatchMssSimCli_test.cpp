// `sgl dispatch --once` with [mssante] pointing at the MSSanté simulator (sgl-mss-sim's server,
// run in this process), on the demo database (both backends): what the demo does. The MSSanté rows
// are sent over STARTTLS with the lab's client certificate, each recipient's "processed" receipt
// comes back to the lab's mailbox and the next --once acknowledges the rows; the seeded
// subcontractor CR-BIO and plain mail are held for a human.
#include "DemoCliTest.h"

#include "simulators/mss/MssSimulatorThread.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace Qt::StringLiterals;
using sgl::simulators::mss::MssSimulatorConfig;
using sgl::simulators::mss::MssSimulatorThread;
using sgl::simulators::pki::RsaTestPki;
using sgl::testing::Backend;
using sgl::testing::DemoCliTest;

namespace {

/** The simulator's thread runs an event loop: it needs the application object. */
void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_cli_dispatch";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

class DispatchMssSimCli : public DemoCliTest {};

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

} // namespace

TEST_P(DispatchMssSimCli, RowsAreSentThenAcknowledgedByTheReceipts)
{
    ensureApp();
    const QString pki = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
    ASSERT_TRUE(RsaTestPki::ensure(pki));
    const QString lab = sgl::simulators::pki::RsaTestPkiOptions{}.mailbox;
    MssSimulatorConfig config;
    config.tls.certificatePath = RsaTestPki::file(pki, "server.pem");
    config.tls.keyPath = RsaTestPki::file(pki, "server.key.pem");
    config.tls.caPath = RsaTestPki::file(pki, "ca.pem");
    config.mdnDelayMs = 0;
    config.seedMailbox = lab;
    auto sim = MssSimulatorThread::start(config);
    ASSERT_TRUE(sim) << sim.error().toString().toStdString();
    const QString file = m_home.path() + u"/sgl-mss-sim.conf"_s;
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(u"[mssante]\nsmtp_url=%1\nimap_url=%2\nmailbox=%3\ncertificate=%4\nkey=%5\nca=%6\n"
                "laboratory_name=Laboratoire démo\nsource_oid=1.2.250.1.999.42\n"_s
                    .arg((*sim)->smtpUrl(), (*sim)->imapUrl(), lab, RsaTestPki::file(pki, "mail-client.pem"),
                         RsaTestPki::file(pki, "mail-client.key.pem"), RsaTestPki::file(pki, "ca.pem"))
                    .toUtf8());
    }
    const QHash<QString, QString> env{{u"SGL_CONFIG"_s, file}};
    auto first = sgl({u"dispatch"_s, u"--once"_s, m_db}, {}, env);
    ASSERT_EQ(first.code, 0) << first.err.toStdString() << first.out.toStdString();
    int sent = 0;
    for (const QJsonObject &o : jsonLines(first.out)) {
        if (o.value(u"outcome"_s).toString() == u"sent"_s && o.value(u"channel"_s).toString().startsWith(u"mss_"_s))
            ++sent;
    }
    ASSERT_GT(sent, 0) << first.out.toStdString();
    // Every MSSanté message reached a mailbox of the simulator.
    int delivered = 0;
    for (const QString &box : (*sim)->store().mailboxes()) {
        if (box != lab)
            delivered += int((*sim)->store().messages(box).size());
    }
    EXPECT_EQ(delivered, sent);
    // The receipts (no delay) are in the lab's mailbox beside the two seeded messages.
    QElapsedTimer t;
    t.start();
    while ((*sim)->store().messages(lab).size() < sent + 2 && t.elapsed() < 10000)
        QThread::msleep(50);
    ASSERT_EQ((*sim)->store().messages(lab).size(), sent + 2);

    auto second = sgl({u"dispatch"_s, u"--once"_s, m_db}, {}, env);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    int acknowledged = 0;
    int held = 0;
    for (const QJsonObject &o : jsonLines(first.out + second.out)) {
        if (!o.contains(u"mailbox_uid"_s))
            continue;
        const QString outcome = o.value(u"outcome"_s).toString();
        acknowledged += outcome == u"acknowledged"_s;
        held += outcome == u"held"_s;
    }
    EXPECT_EQ(acknowledged, sent) << first.out.toStdString() << second.out.toStdString();
    EXPECT_EQ(held, 2) << first.out.toStdString() << second.out.toStdString();
    auto status = sgl({u"dispatch"_s, u"status"_s, u"--state"_s, u"acknowledged"_s, u"--json"_s, m_db}, {}, env);
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_EQ(status.out.split(u'\n', Qt::SkipEmptyParts).size(), sent) << status.out.toStdString();
    // Read messages are marked in the mailbox: a third pass finds nothing to do there.
    auto third = sgl({u"dispatch"_s, u"--once"_s, m_db}, {}, env);
    ASSERT_EQ(third.code, 0) << third.err.toStdString();
    for (const QJsonObject &o : jsonLines(third.out))
        EXPECT_FALSE(o.contains(u"mailbox_uid"_s)) << third.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchMssSimCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
