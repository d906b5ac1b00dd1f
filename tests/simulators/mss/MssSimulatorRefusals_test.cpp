// What the simulator refuses, spoken to line by line: clear text before STARTTLS, out-of-sequence
// SMTP commands, senders not owned by the certificate, unknown commands, overlong lines, IMAP
// literals and commands in the wrong state.
#include "MssSimTestEnv.h"

#include <gtest/gtest.h>

namespace {

class MssSimulatorRefusals : public ::testing::Test {
protected:
    MssSimTestEnv &env = MssSimTestEnv::instance();

    /** SMTP up to a TLS session with the lab's certificate, EHLO said again. */
    std::unique_ptr<RawSession> smtpOverTls()
    {
        auto s = std::make_unique<RawSession>(env.sim().smtpPort());
        EXPECT_TRUE(s->line().startsWith("220 "));
        s->send("EHLO test\r\n");
        EXPECT_TRUE(s->until("250 ").startsWith("250 "));
        s->send("STARTTLS\r\n");
        EXPECT_TRUE(s->line().startsWith("220 2.0.0"));
        EXPECT_TRUE(s->startTls("mail-client"));
        s->send("EHLO test\r\n");
        EXPECT_TRUE(s->until("250 ").startsWith("250 "));
        return s;
    }

    std::unique_ptr<RawSession> imapOverTls()
    {
        auto s = std::make_unique<RawSession>(env.sim().imapPort());
        EXPECT_TRUE(s->line().startsWith("* OK"));
        s->send("t1 STARTTLS\r\n");
        EXPECT_TRUE(s->until("t1 ").startsWith("t1 OK"));
        EXPECT_TRUE(s->startTls("mail-client"));
        return s;
    }
};

} // namespace

TEST_F(MssSimulatorRefusals, SmtpMailBeforeStartTlsIsRefused)
{
    RawSession s(env.sim().smtpPort());
    ASSERT_TRUE(s.line().startsWith("220 "));
    s.send("MAIL FROM:<" + MssSimTestEnv::lab().toUtf8() + ">\r\n");
    EXPECT_TRUE(s.line().startsWith("503 5.5.1")); // EHLO first
    s.send("EHLO test\r\n");
    const QByteArray last = s.until("250 ");
    EXPECT_TRUE(last.startsWith("250 ")) << last.constData();
    s.send("MAIL FROM:<" + MssSimTestEnv::lab().toUtf8() + ">\r\n");
    EXPECT_TRUE(s.line().startsWith("530 5.7.0")) ;
    s.send("RCPT TO:<dr@x.mssante.fr>\r\n");
    EXPECT_TRUE(s.line().startsWith("530 5.7.0"));
    s.send("AUTH PLAIN AGxhYm8AeA==\r\n");
    EXPECT_TRUE(s.line().startsWith("530 5.7.0"));
    s.send("NOOP\r\n");
    EXPECT_TRUE(s.line().startsWith("250 "));
    s.send("QUIT\r\n");
    EXPECT_TRUE(s.line().startsWith("221 "));
    EXPECT_TRUE(s.closedByServer());
}

TEST_F(MssSimulatorRefusals, SmtpOutOfSequenceAndForeignSender)
{
    auto s = smtpOverTls();
    s->send("RCPT TO:<dr@x.mssante.fr>\r\n");
    EXPECT_TRUE(s->line().startsWith("503 5.5.1"));
    s->send("DATA\r\n");
    EXPECT_TRUE(s->line().startsWith("503 5.5.1"));
    s->send("MAIL FROM:<someone.else@sgl-test.mssante.fr>\r\n");
    EXPECT_TRUE(s->line().startsWith("553 5.7.1"));
    s->send("MAIL FROM:" + MssSimTestEnv::lab().toUtf8() + "\r\n");
    EXPECT_TRUE(s->line().startsWith("501 "));
    s->send("MAIL FROM:<" + MssSimTestEnv::lab().toUtf8() + ">\r\n");
    EXPECT_TRUE(s->line().startsWith("250 2.1.0"));
    s->send("MAIL FROM:<" + MssSimTestEnv::lab().toUtf8() + ">\r\n");
    EXPECT_TRUE(s->line().startsWith("503 5.5.1"));
    s->send("RCPT TO:<not an address>\r\n");
    EXPECT_TRUE(s->line().startsWith("501 5.1.3"));
    s->send("STARTTLS\r\n");
    EXPECT_TRUE(s->line().startsWith("503 5.5.1"));
    s->send("VRFY root\r\n");
    EXPECT_TRUE(s->line().startsWith("500 5.5.2"));
    s->send("RSET\r\n");
    EXPECT_TRUE(s->line().startsWith("250 "));
    s->send("RCPT TO:<dr@x.mssante.fr>\r\n");
    EXPECT_TRUE(s->line().startsWith("503 5.5.1")); // RSET ended the transaction
}

TEST_F(MssSimulatorRefusals, SmtpDotStuffingAndRawDelivery)
{
    auto s = smtpOverTls();
    const QString rcpt = QStringLiteral("dr.raw@cabinet-test.mssante.fr");
    const int before = int(env.sim().store().messages(rcpt).size());
    s->send("MAIL FROM:<" + MssSimTestEnv::lab().toUtf8() + ">\r\nRCPT TO:<" + rcpt.toUtf8() + ">\r\nDATA\r\n");
    EXPECT_TRUE(s->line().startsWith("250 "));
    EXPECT_TRUE(s->line().startsWith("250 "));
    EXPECT_TRUE(s->line().startsWith("354 "));
    s->send("Subject: raw\r\nMessage-ID: <raw@test>\r\n\r\n..leading dot\r\n.\r\n");
    EXPECT_TRUE(s->line().startsWith("250 2.0.0 Ok: queued as"));
    ASSERT_TRUE(MssSimTestEnv::waitFor(env.sim(), rcpt, before + 1));
    const QByteArray stored = env.sim().store().messages(rcpt).last().bytes;
    EXPECT_TRUE(stored.endsWith("\r\n\r\n.leading dot\r\n")) << stored.constData();
}

TEST_F(MssSimulatorRefusals, SmtpOverlongLineClosesTheConnection)
{
    RawSession s(env.sim().smtpPort());
    ASSERT_TRUE(s.line().startsWith("220 "));
    s.send("EHLO " + QByteArray(5000, 'a') + "\r\n");
    EXPECT_TRUE(s.line().startsWith("500 5.5.2"));
    EXPECT_TRUE(s.closedByServer());

    RawSession endless(env.sim().smtpPort()); // no line end at all
    ASSERT_TRUE(endless.line().startsWith("220 "));
    endless.send(QByteArray(100000, 'b'));
    EXPECT_TRUE(endless.line().startsWith("500 5.5.2"));
    EXPECT_TRUE(endless.closedByServer());
}

TEST_F(MssSimulatorRefusals, SmtpTlsWithoutClientCertificateIsCutOff)
{
    RawSession s(env.sim().smtpPort());
    ASSERT_TRUE(s.line().startsWith("220 "));
    s.send("EHLO test\r\n");
    s.until("250 ");
    s.send("STARTTLS\r\n");
    ASSERT_TRUE(s.line().startsWith("220 "));
    s.startTls(nullptr); // TLS 1.3: the client may believe it succeeded; the server then closes
    s.send("EHLO test\r\n");
    EXPECT_TRUE(s.line(2000).isEmpty());
    EXPECT_TRUE(s.closedByServer());
}

TEST_F(MssSimulatorRefusals, ImapRefusesBeforeTlsAndUnknownCommands)
{
    RawSession s(env.sim().imapPort());
    const QByteArray greeting = s.line();
    EXPECT_TRUE(greeting.startsWith("* OK")) << greeting.constData();
    EXPECT_TRUE(greeting.contains("LOGINDISABLED"));
    s.send("a1 LOGIN " + MssSimTestEnv::lab().toUtf8() + " x\r\n");
    EXPECT_TRUE(s.until("a1 ").startsWith("a1 NO [PRIVACYREQUIRED]"));
    s.send("a2 SELECT INBOX\r\n");
    EXPECT_TRUE(s.until("a2 ").startsWith("a2 BAD"));
    s.send("a3 FROBNICATE\r\n");
    EXPECT_TRUE(s.until("a3 ").startsWith("a3 BAD"));
    s.send("a4 LOGIN {12}\r\n");
    EXPECT_TRUE(s.until("a4 ").startsWith("a4 BAD"));
    s.send("(bad SELECT INBOX\r\n");
    EXPECT_TRUE(s.line().startsWith("* BAD"));
    s.send("a5 CAPABILITY\r\n");
    EXPECT_TRUE(s.line().startsWith("* CAPABILITY IMAP4rev1 STARTTLS"));
    EXPECT_TRUE(s.line().startsWith("a5 OK"));
    s.send("a6 NOOP " + QByteArray(5000, 'n') + "\r\n");
    EXPECT_TRUE(s.until("* BYE").startsWith("* BYE"));
    EXPECT_TRUE(s.closedByServer());
}

TEST_F(MssSimulatorRefusals, ImapOnlyTheCertificatesMailboxAndStrictSyntax)
{
    auto s = imapOverTls();
    const QByteArray other = QByteArray("dr.autre@cabinet-test.mssante.fr").toBase64();
    s->send("a1 AUTHENTICATE EXTERNAL " + other + "\r\n");
    EXPECT_TRUE(s->until("a1 ").startsWith("a1 NO [AUTHENTICATIONFAILED]"));
    s->send("a2 LOGIN dr.autre@cabinet-test.mssante.fr x\r\n");
    EXPECT_TRUE(s->until("a2 ").startsWith("a2 NO [AUTHENTICATIONFAILED]"));
    s->send("a3 AUTHENTICATE EXTERNAL\r\n");
    EXPECT_TRUE(s->line().startsWith("+"));
    s->send("=\r\n"); // empty authorization identity: the certificate's mailbox
    EXPECT_TRUE(s->until("a3 ").startsWith("a3 OK"));
    s->send("a4 FETCH 1 BODY[]\r\n");
    EXPECT_TRUE(s->until("a4 ").startsWith("a4 BAD")); // nothing selected
    s->send("a5 SELECT Archives\r\n");
    EXPECT_TRUE(s->until("a5 ").startsWith("a5 NO [NONEXISTENT]"));
    s->send("a6 EXAMINE INBOX\r\n");
    EXPECT_TRUE(s->until("a6 ").startsWith("a6 OK [READ-ONLY]"));
    s->send("a7 UID STORE 1 +FLAGS (\\Seen)\r\n");
    EXPECT_TRUE(s->until("a7 ").startsWith("a7 NO [READ-ONLY]"));
    s->send("a8 SELECT INBOX\r\n");
    EXPECT_TRUE(s->until("a8 ").startsWith("a8 OK [READ-WRITE]"));
    s->send("a9 UID STORE 1 +FLAGS (\\Bogus)\r\n");
    EXPECT_TRUE(s->until("a9 ").startsWith("a9 BAD"));
    s->send("b1 UID FETCH 1 (BODY[1.2]<0.10>)\r\n");
    EXPECT_TRUE(s->until("b1 ").startsWith("b1 BAD"));
    s->send("b2 UID SEARCH OR SEEN FLAGGED\r\n");
    EXPECT_TRUE(s->until("b2 ").startsWith("b2 BAD"));
    s->send("b3 UID FETCH x:y BODY[]\r\n");
    EXPECT_TRUE(s->until("b3 ").startsWith("b3 BAD"));
    s->send("b4 UID SEARCH UID 999999999\r\n");
    EXPECT_EQ(s->line(), QByteArray("* SEARCH"));
    EXPECT_TRUE(s->line().startsWith("b4 OK"));
    s->send("b5 EXPUNGE\r\n");
    EXPECT_TRUE(s->until("b5 ").startsWith("b5 NO"));
    s->send("b6 LOGOUT\r\n");
    EXPECT_TRUE(s->line().startsWith("* BYE"));
    EXPECT_TRUE(s->line().startsWith("b6 OK"));
    EXPECT_TRUE(s->closedByServer());
}
