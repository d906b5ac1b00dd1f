#include "MssTestData.h"

#include "interop/mss/DeliveryReport.h"
#include "interop/mss/ErrorCodes.h"
#include "interop/mss/MimeEntity.h"
#include "interop/mss/MssReportMessage.h"
#include "interop/mss/XdmArchive.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::interop::mss;

namespace {

MssReportInput input()
{
    MssReportInput in;
    in.cda = test::sampleCda();
    in.pdf = test::samplePdf();
    in.dossierNumber = QStringLiteral("D2026-000042");
    in.from = QStringLiteral("labo@labo-test.mssante.fr");
    in.recipient = QStringLiteral("Dr.Martin@labo-test.mssante.fr");
    in.laboratoryName = QStringLiteral("Laboratoire SGL Test");
    in.sourceId = QStringLiteral("1.2.250.1.999.1");
    in.nilReference = QStringLiteral("SGL-TEST");
    in.now = QDateTime(QDate(2026, 12, 6), QTime(15, 0), QTimeZone::utc());
    return in;
}

} // namespace

TEST(MssReportMessage, HeadersSubjectAndAttachmentsFollowTheSpecs)
{
    auto m = MssReportMessage::build(input());
    ASSERT_TRUE(m) << m.error().message.toStdString();
    const MimeEntity parsed = MimeEntity::parse(*m->toBytes());
    EXPECT_EQ(parsed.subject(), QStringLiteral("XDM/1.0/DDM+CR d'examens biologiques ÉTIENNE-TEST Zoé 12/03/1979"));
    EXPECT_EQ(parsed.header("X-MSS-CODECDA"), QByteArray("11502-2"));
    EXPECT_EQ(parsed.header("X-MSS-INS"), QByteArray("O"));
    EXPECT_EQ(parsed.header("X-MSS-NIL"), QByteArray("SGL-TEST"));
    EXPECT_TRUE(parsed.header("X-MSS-MES").isEmpty());
    EXPECT_EQ(parsed.header("Disposition-Notification-To"), QByteArray("labo@labo-test.mssante.fr"));
    EXPECT_TRUE(parsed.header("In-Reply-To").isEmpty());
    ASSERT_EQ(parsed.parts.size(), 3);
    EXPECT_EQ(parsed.parts[1].fileName(), QStringLiteral("IHE_XDM.ZIP"));
    EXPECT_EQ(parsed.parts[2].fileName(),
              QStringLiteral("20261206_CR d'examens biologiques_ÉTIENNE-TEST_Zoé_D2026-000042.pdf"));
    EXPECT_EQ(parsed.parts[2].decodedBody(), test::samplePdf());
    auto entries = XdmArchive::read(parsed.parts[1].decodedBody());
    ASSERT_TRUE(entries);
    EXPECT_EQ(XdmArchive::documents(*entries).first().bytes, test::sampleCda());
}

TEST(MssReportMessage, MessageIdDependsOnDocumentAndRecipientOnly)
{
    const QByteArray a = MssReportMessage::messageId(QStringLiteral("1.2.3"), QStringLiteral("x@y.fr"), QStringLiteral("labo@l.fr"));
    EXPECT_EQ(a, MssReportMessage::messageId(QStringLiteral("1.2.3"), QStringLiteral(" X@Y.fr"), QStringLiteral("labo@l.fr")));
    EXPECT_NE(a, MssReportMessage::messageId(QStringLiteral("1.2.4"), QStringLiteral("x@y.fr"), QStringLiteral("labo@l.fr")));
    EXPECT_NE(a, MssReportMessage::messageId(QStringLiteral("1.2.3"), QStringLiteral("z@y.fr"), QStringLiteral("labo@l.fr")));
    EXPECT_TRUE(a.endsWith("@l.fr"));

    // A re-send at another time is the same message, byte for byte apart from the Date.
    MssReportInput later = input();
    later.now = later.now.addSecs(3600);
    auto first = MssReportMessage::build(input());
    auto second = MssReportMessage::build(later);
    EXPECT_EQ(first->messageId, second->messageId);
    EXPECT_EQ(first->attachments[0].body, second->attachments[0].body);
}

TEST(MssReportMessage, CorrectionRefersToTheReplacedVersion)
{
    MssReportInput in = input();
    in.cda = test::sampleCda(QStringLiteral("1.2.250.1.999.1.1.43"));
    in.replacesUniqueId = QStringLiteral("1.2.250.1.999.1.1.42");
    auto m = MssReportMessage::build(in);
    ASSERT_TRUE(m);
    const QByteArray previous = MssReportMessage::messageId(in.replacesUniqueId, in.recipient, in.from);
    EXPECT_EQ(m->inReplyTo, previous);
    EXPECT_EQ(m->references, QList<QByteArray>{previous});
    EXPECT_NE(m->messageId, previous);
    EXPECT_TRUE(m->bodyText.contains(QStringLiteral("annule et remplace")));
}

TEST(MssReportMessage, PatientMessageWithoutInsSaysSo)
{
    MssReportInput in = input();
    in.cda = test::sampleCda(QStringLiteral("1.2.250.1.999.1.1.44"), QStringLiteral("DUPONT"), QStringLiteral("ABC"));
    in.endOfConversation = true;
    auto m = MssReportMessage::build(in);
    ASSERT_TRUE(m);
    const MimeEntity parsed = MimeEntity::parse(*m->toBytes());
    EXPECT_EQ(parsed.header("X-MSS-INS"), QByteArray("N"));
    EXPECT_EQ(parsed.header("X-MSS-MES"), QByteArray("FIN"));
}

TEST(MssReportMessage, RefusesWhatCannotBeSent)
{
    MssReportInput in = input();
    in.cda = "<not-a-cda/>";
    auto r = MssReportMessage::build(in);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::CdaHeader);

    in = input();
    in.cda = "garbage <<";
    EXPECT_EQ(MssReportMessage::build(in).error().code, errc::CdaHeader);

    in = input();
    in.recipient = QStringLiteral("pas une adresse");
    EXPECT_EQ(MssReportMessage::build(in).error().code, errc::Message);
}
