// `sgl dispatch --once` with [mssante] configured, against the real Postfix/Dovecot of
// tests/mail/mail-servers.sh, on the demo database (both backends): the MSSanté rows are sent,
// then the bounces Postfix returns are read back from the lab's mailbox by the next --once and
// park their rows with the reason.

#include "DemoCliTest.h"
#include "MailServers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::DemoCliTest;
using sgl::testing::MailServers;

namespace {
class DispatchMssCli : public DemoCliTest {};
} // namespace

TEST_P(DispatchMssCli, OnceSendsTheMssanteRowsThenReadsTheBouncesBack)
{
    QString why;
    MailServers *servers = MailServers::instance(&why);
    if (!servers)
        GTEST_SKIP() << why.toStdString();
    servers->clearMailboxes();
    const auto c = servers->labConfig();
    const QString config = m_home.path() + u"/sgl-mss.conf"_s;
    {
        QFile f(config);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(u"[mssante]\nsmtp_url=%1\nimap_url=%2\nmailbox=%3\ncertificate=%4\nkey=%5\nca=%6\nimap_password=%7\n"
                "laboratory_name=Laboratoire démo\n"_s
                    .arg(c.smtpUrl, c.imapUrl, c.mailbox, c.certificatePath, c.privateKeyPath, c.caBundlePath, c.imapPassword)
                    .toUtf8());
    }
    const QHash<QString, QString> env{{u"SGL_CONFIG"_s, config}};
    auto first = sgl({u"dispatch"_s, u"--once"_s, m_db}, {}, env);
    ASSERT_EQ(first.code, 0) << first.err.toStdString() << first.out.toStdString();
    int sent = 0;
    for (const QString &line : first.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(u"outcome"_s).toString() == u"sent"_s) {
            ++sent;
            EXPECT_TRUE(o.value(u"channel"_s).toString().startsWith(u"mss_"_s));
            EXPECT_TRUE(o.value(u"acknowledgement"_s).toString().endsWith(u".sgl@labo-test.mssante.fr"_s));
        }
    }
    ASSERT_GT(sent, 0) << first.out.toStdString();
    // The demo's addresses are outside the test domains or unknown patients: every message bounces.
    ASSERT_TRUE(servers->waitForMessages(c.mailbox, sent, 30000)) << servers->postfixLog().toStdString();

    // The bounces may already have been read by the first run's mailbox step (Postfix is quick):
    // count the mailbox lines of both runs.
    auto second = sgl({u"dispatch"_s, u"--once"_s, m_db}, {}, env);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    int parked = 0;
    for (const QString &line : (first.out + second.out).split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(u"mailbox_uid"_s) && o.value(u"outcome"_s).toString() == u"parked"_s) {
            ++parked;
            EXPECT_TRUE(o.value(u"detail"_s).toString().contains(u"non remis"_s));
        }
    }
    EXPECT_EQ(parked, sent) << first.out.toStdString() << second.out.toStdString();

    auto status = sgl({u"dispatch"_s, u"status"_s, u"--state"_s, u"parked"_s, u"--json"_s, m_db}, {}, env);
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_EQ(status.out.split(u'\n', Qt::SkipEmptyParts).size(), sent);
}

INSTANTIATE_TEST_SUITE_P(Backends, DispatchMssCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
