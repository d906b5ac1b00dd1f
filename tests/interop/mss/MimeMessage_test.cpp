#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEncoding.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MimeMessage.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;

namespace {

MimeMessage sample()
{
    MimeMessage m;
    m.from = QStringLiteral("labo@labo-test.mssante.fr");
    m.to = {QStringLiteral("dr.martin@labo-test.mssante.fr")};
    m.subject = QStringLiteral("XDM/1.0/DDM+CR d'examens biologiques ÉTIENNE-TEST Zoé 12/03/1979 — résultats très détaillés");
    m.messageId = "abc.sgl@labo-test.mssante.fr";
    m.date = QDateTime(QDate(2026, 12, 6), QTime(14, 0), QTimeZone::utc());
    m.bodyText = QStringLiteral("Bonjour,\r\nCi-joint le compte rendu.\r\n");
    m.extraHeaders = {{"X-MSS-CODECDA", "11502-2"}};
    m.attachments = {{QStringLiteral("20261206_Résultat_ÉTIENNE.pdf"), "application/pdf", QByteArray(5000, '\x01')}};
    return m;
}

} // namespace

TEST(MimeMessage, RoundTripsThroughTheParser)
{
    auto bytes = sample().toBytes();
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
    const MimeEntity parsed = MimeEntity::parse(*bytes);
    EXPECT_EQ(parsed.subject(), sample().subject);
    EXPECT_EQ(parsed.header("Message-ID"), QByteArray("<abc.sgl@labo-test.mssante.fr>"));
    EXPECT_EQ(parsed.header("X-MSS-CODECDA"), QByteArray("11502-2"));
    EXPECT_EQ(parsed.mediaType(), QByteArray("multipart/mixed"));
    ASSERT_EQ(parsed.parts.size(), 2);
    EXPECT_EQ(QString::fromUtf8(parsed.parts[0].decodedBody()), sample().bodyText);
    EXPECT_EQ(parsed.parts[1].decodedBody(), QByteArray(5000, '\x01'));
    EXPECT_EQ(parsed.parts[1].fileName(), QStringLiteral("20261206_Résultat_ÉTIENNE.pdf"));
}

TEST(MimeMessage, LinesAreShortAndEndWithCrLf)
{
    auto bytes = sample().toBytes();
    ASSERT_TRUE(bytes);
    for (const QByteArray &line : bytes->split('\n')) {
        EXPECT_LE(line.size(), 78) << line.toStdString();
        if (!line.isEmpty()) {
            EXPECT_TRUE(line.endsWith('\r')) << line.toStdString();
        }
    }
    EXPECT_TRUE(bytes->contains("Subject: =?UTF-8?B?"));
}

TEST(MimeMessage, SameInputSameBytes)
{
    EXPECT_EQ(*sample().toBytes(), *sample().toBytes());
}

TEST(MimeMessage, CorrectionRefersToThePreviousMessage)
{
    MimeMessage m = sample();
    m.inReplyTo = "old.sgl@labo-test.mssante.fr";
    m.references = {m.inReplyTo};
    m.dispositionNotificationTo = m.from;
    const MimeEntity parsed = MimeEntity::parse(*m.toBytes());
    EXPECT_EQ(parsed.header("In-Reply-To"), QByteArray("<old.sgl@labo-test.mssante.fr>"));
    EXPECT_EQ(parsed.header("References"), QByteArray("<old.sgl@labo-test.mssante.fr>"));
    EXPECT_EQ(parsed.header("Disposition-Notification-To"), QByteArray("labo@labo-test.mssante.fr"));
}

TEST(MimeMessage, RefusesHeaderInjectionAndBadAddresses)
{
    MimeMessage m = sample();
    m.to = {QStringLiteral("dr.martin@labo-test.mssante.fr\r\nBcc: x@evil.example")};
    auto r = m.toBytes();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::Message);

    m = sample();
    m.extraHeaders = {{"X-MSS-NIL", "a\r\nBcc: x@evil.example"}};
    EXPECT_FALSE(m.toBytes());

    m = sample();
    m.messageId = "<abc@x>";
    EXPECT_FALSE(m.toBytes());

    m = sample();
    m.to.clear();
    EXPECT_FALSE(m.toBytes());

    m = sample();
    m.from = QStringLiteral("Labo <labo@labo-test.mssante.fr>");
    EXPECT_FALSE(m.toBytes());

    // A subject with CR/LF cannot add a header: it is encoded.
    m = sample();
    m.subject = QStringLiteral("x\r\nBcc: x@evil.example");
    auto ok = m.toBytes();
    ASSERT_TRUE(ok);
    EXPECT_FALSE(ok->contains("\r\nBcc:"));
}

TEST(MimeEncoding, DecodesForeignEncodedWords)
{
    EXPECT_EQ(MimeEncoding::decodeHeaderText("=?iso-8859-1?Q?Accus=E9_de_r=E9ception?="),
              QStringLiteral("Accusé de réception"));
    EXPECT_EQ(MimeEncoding::decodeHeaderText("=?UTF-8?B?w6k=?= =?UTF-8?B?w6g=?= fin"), QStringLiteral("éè fin"));
    EXPECT_EQ(MimeEncoding::decodeHeaderText("plain"), QStringLiteral("plain"));
    EXPECT_EQ(MimeEncoding::decodeQuotedPrintable("a=3Db=\r\nc=ZZ"), QByteArray("a=bc=ZZ"));
}

TEST(MimeEntity, SurvivesGarbage)
{
    // Never crashes nor loops on arbitrary input.
    const QByteArray inputs[] = {QByteArray(), QByteArray("\r\n\r\n"), QByteArray("Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n--"),
                                 QByteArray("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n--b\r\n--b--"),
                                 QByteArray(1000, '-'), QByteArray("Content-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\n")};
    for (const QByteArray &in : inputs) {
        const MimeEntity e = MimeEntity::parse(in);
        (void)e.leaves();
    }
    QByteArray nested;
    for (int i = 0; i < 50; ++i)
        nested = "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b" + QByteArray::number(i)
                 + "\r\n" + nested + "\r\n--b" + QByteArray::number(i) + "--\r\n";
    const MimeEntity deep = MimeEntity::parse(nested);
    SUCCEED();
}
