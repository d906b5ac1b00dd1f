// The SGL's MSSanté client (SmtpClient, ImapClient: libcurl with STARTTLS and the mailbox's client
// certificate) against the simulator: delivery, MDN and DSN read back, flags kept, TLS refusals.
#include "MssSimTestEnv.h"

#include "interop/mss/CurlMail.h"
#include "interop/mss/DeliveryReport.h"
#include "interop/mss/ErrorCodes.h"
#include "interop/mss/ImapClient.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/SmtpClient.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;
using sgl::simulators::mss::StoredMail;

namespace {

class MssSimulatorClient : public ::testing::Test {
protected:
    MssSimTestEnv &env = MssSimTestEnv::instance();

    sgl::domain::Result<QString> send(const MimeMessage &m, const char *certificate = "mail-client")
    {
        auto client = SmtpClient::create(env.labConfig(env.sim(), certificate));
        if (!client)
            return std::unexpected(client.error());
        return client->send(m);
    }

    ImapClient imap()
    {
        auto client = ImapClient::create(env.labConfig(env.sim()));
        EXPECT_TRUE(client.has_value());
        return *client;
    }

    /** The lab's report about `messageId`, read through IMAP (waits for the MDN delay). */
    std::optional<std::pair<qint64, DeliveryReport>> reportAbout(const QByteArray &messageId)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            auto uids = imap().pending();
            EXPECT_TRUE(uids.has_value()) << (uids ? "" : uids.error().message.toStdString());
            if (!uids)
                return std::nullopt;
            for (const qint64 uid : *uids) {
                auto raw = imap().fetch(uid);
                if (!raw)
                    continue;
                const MimeEntity m = MimeEntity::parse(*raw);
                if (!DeliveryReport::isReport(m))
                    continue;
                auto r = DeliveryReport::read(m);
                if (r && r->originalMessageId == messageId)
                    return std::pair{uid, *r};
            }
            QThread::msleep(100);
        }
        return std::nullopt;
    }
};

} // namespace

TEST_F(MssSimulatorClient, MessageIsDeliveredAndTheReceiptIsReadBack)
{
    const QString dr = QStringLiteral("dr.martin@cabinet-test.mssante.fr");
    const MimeMessage m = MssSimTestEnv::message(dr, "mdn");
    const int before = int(env.sim().store().messages(dr).size());
    auto sent = send(m);
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    EXPECT_TRUE(sent->startsWith(QLatin1String("250 2.0.0 Ok: queued as"))) << sent->toStdString();

    ASSERT_TRUE(MssSimTestEnv::waitFor(env.sim(), dr, before + 1));
    const StoredMail stored = env.sim().store().messages(dr).last();
    const MimeEntity parsed = MimeEntity::parse(stored.bytes);
    EXPECT_EQ(MimeEntity::bareMessageId(parsed.header("Message-ID")), m.messageId);
    EXPECT_TRUE(parsed.header("Return-Path").contains(MssSimTestEnv::lab().toUtf8()));
    // Dot-stuffing undone: the body line and the attachment come back byte for byte.
    bool pdfSeen = false;
    for (const MimeEntity *leaf : parsed.leaves()) {
        if (leaf->mediaType() == "application/pdf") {
            EXPECT_EQ(leaf->decodedBody(), m.attachments.first().body);
            pdfSeen = true;
        } else if (leaf->mediaType() == "text/plain") {
            EXPECT_TRUE(leaf->decodedBody().contains("\n.Une ligne qui commence par un point."));
        }
    }
    EXPECT_TRUE(pdfSeen);

    const auto report = reportAbout(m.messageId);
    ASSERT_TRUE(report.has_value()) << "no MDN in the lab's mailbox";
    EXPECT_EQ(report->second.kind, DeliveryReport::Kind::Mdn);
    EXPECT_EQ(report->second.outcome, DeliveryReport::Outcome::Acknowledged);
    EXPECT_EQ(report->second.disposition, QStringLiteral("processed"));
    EXPECT_EQ(report->second.finalRecipient, dr);
}

TEST_F(MssSimulatorClient, UnknownRecipientBouncesToTheSender)
{
    const QString unknown = QStringLiteral("dr.inconnu@cabinet-test.mssante.fr");
    const MimeMessage m = MssSimTestEnv::message(unknown, "dsn");
    auto sent = send(m);
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    const auto report = reportAbout(m.messageId);
    ASSERT_TRUE(report.has_value()) << "no DSN in the lab's mailbox";
    EXPECT_EQ(report->second.kind, DeliveryReport::Kind::Dsn);
    EXPECT_EQ(report->second.outcome, DeliveryReport::Outcome::Failed);
    EXPECT_EQ(report->second.errorCode, QStringLiteral("5.1.1"));
    EXPECT_EQ(report->second.finalRecipient, unknown);
    EXPECT_FALSE(report->second.reason.isEmpty());
    EXPECT_TRUE(env.sim().store().messages(unknown).isEmpty());
}

TEST_F(MssSimulatorClient, DoneAndHeldFlagsAreKept)
{
    const MimeMessage a = MssSimTestEnv::message(QStringLiteral("dr.flags@cabinet-test.mssante.fr"), "flags-a");
    const MimeMessage b = MssSimTestEnv::message(QStringLiteral("dr.flags@cabinet-test.mssante.fr"), "flags-b");
    ASSERT_TRUE(send(a));
    ASSERT_TRUE(send(b));
    const auto ra = reportAbout(a.messageId);
    const auto rb = reportAbout(b.messageId);
    ASSERT_TRUE(ra && rb);
    ASSERT_TRUE(imap().markDone(ra->first));
    ASSERT_TRUE(imap().markHeld(rb->first));

    auto pending = imap().pending();
    ASSERT_TRUE(pending);
    EXPECT_FALSE(pending->contains(ra->first));
    EXPECT_FALSE(pending->contains(rb->first));
    auto held = imap().held();
    ASSERT_TRUE(held);
    EXPECT_TRUE(held->contains(rb->first));
    EXPECT_FALSE(held->contains(ra->first));

    const QString lab = MssSimTestEnv::lab();
    const auto done = env.sim().store().message(lab, ra->first);
    const auto kept = env.sim().store().message(lab, rb->first);
    ASSERT_TRUE(done && kept);
    EXPECT_TRUE(done->flags.contains(QStringLiteral("$SglDone")));
    EXPECT_TRUE(done->flags.contains(QStringLiteral("\\Seen")));
    EXPECT_TRUE(kept->flags.contains(QStringLiteral("$SglHeld")));
    EXPECT_TRUE(kept->flags.contains(QStringLiteral("\\Flagged")));
    EXPECT_FALSE(kept->flags.contains(QStringLiteral("\\Seen"))); // fetched (BODY[] sets it), then removed
}

TEST_F(MssSimulatorClient, UntrustedClientCertificateIsRefused)
{
    for (const char *certificate : {"rogue-org", "expired-org"}) {
        auto sent = send(MssSimTestEnv::message(QStringLiteral("dr.x@cabinet-test.mssante.fr"), "rogue"), certificate);
        ASSERT_FALSE(sent) << certificate;
        EXPECT_EQ(sent.error().code, errc::Tls) << certificate << ": " << sent.error().message.toStdString();
        auto config = env.labConfig(env.sim(), certificate);
        auto client = ImapClient::create(config);
        ASSERT_TRUE(client);
        auto uids = client->pending();
        ASSERT_FALSE(uids) << certificate;
        EXPECT_EQ(uids.error().code, errc::Tls) << certificate << ": " << uids.error().message.toStdString();
    }
}

TEST_F(MssSimulatorClient, NoClientCertificateIsRefused)
{
    // SmtpClient refuses a configuration without certificate: CurlMail is the layer that can try.
    MssClientConfig config = env.labConfig(env.sim());
    config.certificatePath.clear();
    config.privateKeyPath.clear();
    CurlMail::Request smtp;
    smtp.url = config.smtpUrl;
    smtp.mailFrom = '<' + config.mailbox.toUtf8() + '>';
    smtp.recipients << "<dr.x@cabinet-test.mssante.fr>";
    smtp.upload = "Subject: x\r\n\r\nx\r\n";
    auto sent = CurlMail(config).perform(smtp);
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, errc::Tls) << sent.error().message.toStdString();

    CurlMail::Request imapRequest;
    imapRequest.url = config.imapUrl + QStringLiteral("/INBOX");
    imapRequest.customRequest = "UID SEARCH ALL";
    imapRequest.login = true;
    auto read = CurlMail(config).perform(imapRequest);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, errc::Tls) << read.error().message.toStdString();
}

TEST_F(MssSimulatorClient, PasswordLoginIsCheckedWhenTheSimulatorWantsOne)
{
    MssClientConfig config = env.labConfig(env.small());
    config.imapPassword = QStringLiteral("wrong");
    auto wrong = ImapClient::create(config)->pending();
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, errc::Imap) << wrong.error().message.toStdString();
    config.imapPassword = QStringLiteral("s3cret");
    auto right = ImapClient::create(config)->pending();
    EXPECT_TRUE(right) << right.error().message.toStdString();
}

TEST_F(MssSimulatorClient, MessageOverTheSizeLimitIsRefusedPermanently)
{
    MimeMessage m = MssSimTestEnv::message(QStringLiteral("dr.big@cabinet-test.mssante.fr"), "big");
    m.attachments.first().body = QByteArray(8192, 'x');
    auto client = SmtpClient::create(env.labConfig(env.small()));
    ASSERT_TRUE(client);
    auto sent = client->send(m);
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, errc::SmtpPermanent) << sent.error().message.toStdString();
    EXPECT_TRUE(sent.error().message.contains(QLatin1String("552"))) << sent.error().message.toStdString();
    EXPECT_TRUE(env.small().store().messages(QStringLiteral("dr.big@cabinet-test.mssante.fr")).isEmpty());
}
