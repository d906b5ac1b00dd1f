#include "interop/mss/DeliveryReport.h"
#include "interop/mss/ErrorCodes.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;

namespace {

QByteArray sharedFile(const char *relative)
{
    QFile f(QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/") + QString::fromLatin1(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The shape Postfix 3.7 writes (see tests/mail/mail-servers.sh), trimmed.
const QByteArray kPostfixBounce =
    "Return-Path: <>\r\n"
    "From: Mail Delivery System <MAILER-DAEMON@labo-test.mssante.fr>\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "To: labo@labo-test.mssante.fr\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status;\r\n"
    "\tboundary=\"E46ABA761C7.1796579196/mx.labo-test.mssante.fr\"\r\n"
    "Message-Id: <20261206174636.0D9EDA76133@mx.labo-test.mssante.fr>\r\n"
    "\r\n"
    "This is a MIME-encapsulated message.\r\n"
    "\r\n"
    "--E46ABA761C7.1796579196/mx.labo-test.mssante.fr\r\n"
    "Content-Description: Notification\r\n"
    "Content-Type: text/plain; charset=us-ascii\r\n"
    "\r\n"
    "<999999999999999@patient.mssante.fr>: unknown user: \"999999999999999@patient.mssante.fr\"\r\n"
    "\r\n"
    "--E46ABA761C7.1796579196/mx.labo-test.mssante.fr\r\n"
    "Content-Description: Delivery report\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; mx.labo-test.mssante.fr\r\n"
    "X-Postfix-Queue-ID: E46ABA761C7\r\n"
    "Arrival-Date: Sun,  6 Dec 2026 17:46:36 +0000 (UTC)\r\n"
    "\r\n"
    "Final-Recipient: rfc822; 999999999999999@patient.mssante.fr\r\n"
    "Original-Recipient: rfc822;999999999999999@patient.mssante.fr\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Diagnostic-Code: X-Postfix; unknown user: \"999999999999999@patient.mssante.fr\"\r\n"
    "\r\n"
    "--E46ABA761C7.1796579196/mx.labo-test.mssante.fr\r\n"
    "Content-Description: Undelivered Message\r\n"
    "Content-Type: message/rfc822\r\n"
    "\r\n"
    "From: labo@labo-test.mssante.fr\r\n"
    "To: 999999999999999@patient.mssante.fr\r\n"
    "Subject: t\r\n"
    "Message-ID: <a1b2.sgl@labo-test.mssante.fr>\r\n"
    "\r\n"
    "hello\r\n"
    "\r\n"
    "--E46ABA761C7.1796579196/mx.labo-test.mssante.fr--\r\n";

QByteArray mdn(const QByteArray &disposition, const QByteArray &originalId = "<a1b2.sgl@labo-test.mssante.fr>")
{
    QByteArray m = "From: dr.martin@labo-test.mssante.fr\r\nTo: labo@labo-test.mssante.fr\r\n"
                   "Subject: =?UTF-8?Q?Accus=C3=A9?= de lecture\r\nMessage-ID: <mdn1@x>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\r\n\r\n"
                   "--b\r\nContent-Type: text/plain\r\n\r\nLu.\r\n"
                   "--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
                   "Final-Recipient: rfc822; dr.martin@labo-test.mssante.fr\r\n";
    if (!originalId.isEmpty())
        m += "Original-Message-ID: " + originalId + "\r\n";
    if (!disposition.isEmpty())
        m += "Disposition: " + disposition + "\r\n";
    m += "\r\n--b--\r\n";
    return m;
}

} // namespace

TEST(DeliveryReport, ReadsTheOfficialAnsMdnDespiteItsTypos)
{
    const QByteArray eml = sharedFile("ans-ig-extracts/MDN_exemple_erreur_902_struct-msg-mdn.md.eml");
    if (eml.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent (../shared)";
    const MimeEntity message = MimeEntity::parse(eml);
    ASSERT_TRUE(DeliveryReport::isReport(message));
    auto r = DeliveryReport::read(message);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->kind, DeliveryReport::Kind::Mdn);
    EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Failed);
    EXPECT_EQ(r->originalMessageId, QByteArray("199509192301.23456"));
    EXPECT_EQ(r->disposition, QStringLiteral("processed"));
    EXPECT_EQ(r->errorCode, QStringLiteral("902"));
    EXPECT_EQ(r->errorLabel, QStringLiteral("Identifiant de patient inconnu"));
    EXPECT_EQ(r->finalRecipient, QStringLiteral("serviceY_auto@chb.mssante.fr"));
    EXPECT_TRUE(r->reason.contains(QStringLiteral("902")));
}

TEST(DeliveryReport, TheAnsStandardErrorMailIsNotAReport)
{
    const QByteArray eml = sharedFile("ans-ig-extracts/courriel_standard_erreur_902_struct-email-standard.md.eml");
    if (eml.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent (../shared)";
    EXPECT_FALSE(DeliveryReport::isReport(MimeEntity::parse(eml)));
}

TEST(DeliveryReport, ProcessedMdnAcknowledges)
{
    for (const QByteArray &d : {QByteArray("automatic-action/MDN-sent-automatically; processed"),
                               QByteArray("manual-action/MDN-sent-manually;displayed")}) {
        auto r = DeliveryReport::read(MimeEntity::parse(mdn(d)));
        ASSERT_TRUE(r) << r.error().message.toStdString();
        EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Acknowledged);
        EXPECT_EQ(r->originalMessageId, QByteArray("a1b2.sgl@labo-test.mssante.fr"));
        EXPECT_TRUE(r->reason.isEmpty());
    }
}

TEST(DeliveryReport, DeletedOrDeniedFails)
{
    auto r = DeliveryReport::read(MimeEntity::parse(mdn("manual-action/MDN-sent-manually; deleted")));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Failed);
    EXPECT_FALSE(r->reason.isEmpty());
}

TEST(DeliveryReport, MalformedMdnIsAClearError)
{
    auto noDisposition = DeliveryReport::read(MimeEntity::parse(mdn({})));
    ASSERT_FALSE(noDisposition);
    EXPECT_EQ(noDisposition.error().code, errc::MalformedReport);
    EXPECT_TRUE(noDisposition.error().message.contains(QStringLiteral("Disposition")));

    auto noOriginal = DeliveryReport::read(MimeEntity::parse(mdn("automatic-action/MDN-sent-automatically; processed", {})));
    ASSERT_FALSE(noOriginal);
    EXPECT_EQ(noOriginal.error().code, errc::MalformedReport);
    EXPECT_TRUE(noOriginal.error().message.contains(QStringLiteral("Original-Message-ID")));
}

TEST(DeliveryReport, PostfixBounceFailsTheOriginalMessage)
{
    const MimeEntity message = MimeEntity::parse(kPostfixBounce);
    ASSERT_TRUE(DeliveryReport::isReport(message));
    auto r = DeliveryReport::read(message);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->kind, DeliveryReport::Kind::Dsn);
    EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Failed);
    EXPECT_EQ(r->originalMessageId, QByteArray("a1b2.sgl@labo-test.mssante.fr"));
    EXPECT_EQ(r->finalRecipient, QStringLiteral("999999999999999@patient.mssante.fr"));
    EXPECT_EQ(r->errorCode, QStringLiteral("5.1.1"));
    EXPECT_TRUE(r->reason.contains(QStringLiteral("5.1.1")));
}

TEST(DeliveryReport, DelayedDsnIsOnlyInformative)
{
    QByteArray delayed = kPostfixBounce;
    delayed.replace("Action: failed", "Action: delayed").replace("Status: 5.1.1", "Status: 4.4.1");
    auto r = DeliveryReport::read(MimeEntity::parse(delayed));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->outcome, DeliveryReport::Outcome::Pending);
}

TEST(DeliveryReport, BounceWithoutTheOriginalIsAClearError)
{
    QByteArray bounce = kPostfixBounce;
    bounce.replace("Message-ID: <a1b2.sgl@labo-test.mssante.fr>\r\n", "");
    auto r = DeliveryReport::read(MimeEntity::parse(bounce));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::MalformedReport);
}
