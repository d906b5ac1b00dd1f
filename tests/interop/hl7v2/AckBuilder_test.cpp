#include "TestFiles.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::sample;

namespace {

Message roundTrip(const Message &m)
{
    auto bytes = Serializer::toBytes(m);
    EXPECT_TRUE(bytes.has_value());
    EXPECT_FALSE(bytes->contains('\n'));
    auto back = Parser::parse(*bytes);
    EXPECT_TRUE(back.has_value());
    return *back;
}

const QDateTime kNow(QDate(2025, 1, 2), QTime(8, 0, 1), Qt::UTC);

} // namespace

TEST(Hl7Ack, AcceptAckSwapsRoutingAndEchoesControlId)
{
    auto original = Parser::parse(sample("a28_vali.hl7"));
    ASSERT_TRUE(original.has_value());
    const Message ack = roundTrip(AckBuilder::build(original->header(), AckCode::AA, {}, QStringLiteral("ACK1"), kNow));
    const MessageHeader h = ack.header();
    EXPECT_EQ(h.sendingApplication, QStringLiteral("SGL"));
    EXPECT_EQ(h.sendingFacility, QStringLiteral("LABO"));
    EXPECT_EQ(h.receivingApplication, QStringLiteral("GAM"));
    EXPECT_EQ(h.receivingFacility, QStringLiteral("HOPITAL"));
    EXPECT_EQ(h.messageCode, QStringLiteral("ACK"));
    EXPECT_EQ(h.triggerEvent, QStringLiteral("A28"));
    EXPECT_EQ(h.messageStructure, QStringLiteral("ACK"));
    EXPECT_EQ(h.controlId, QStringLiteral("ACK1"));
    EXPECT_EQ(h.processingId, QStringLiteral("P"));
    EXPECT_EQ(h.version, QStringLiteral("2.5"));
    EXPECT_EQ(h.characterSet, QStringLiteral("UNICODE UTF-8"));
    EXPECT_EQ(h.dateTime, QStringLiteral("20250102080001"));
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(ack.value(u"MSA", 2), QStringLiteral("SGL-A28-0001"));
    EXPECT_EQ(ack.count(u"ERR"), 0);
}

TEST(Hl7Ack, ErrorAckCarriesLocationAndTable0357)
{
    auto original = Parser::parse(sample("a28_vali.hl7"));
    ASSERT_TRUE(original.has_value());
    const sgl::domain::Error e{QStringLiteral("hl7v2.bad_data_type"), QStringLiteral("Date invalide « 19801315 »"),
                               QStringLiteral("PID^1^7")};
    const QList<AckError> errors{AckError::fromError(e),
                                 AckError{QStringLiteral("PID^1^3^2^1"), ErrorCondition::DataType, QStringLiteral("clé|fausse"), u'W', {}}};
    EXPECT_EQ(AckBuilder::outcomeFor(errors), AckCode::AE);
    const Message ack = roundTrip(AckBuilder::build(original->header(), AckCode::AE, errors, QStringLiteral("N1"), kNow));
    EXPECT_EQ(ack.value(u"MSA", 1), QStringLiteral("AE"));
    ASSERT_EQ(ack.count(u"ERR"), 2);
    const Segment *err = ack.segment(u"ERR");
    EXPECT_EQ(err->raw(2), QStringLiteral("PID^1^7"));
    EXPECT_EQ(err->raw(3), QStringLiteral("102^Data type error^HL70357"));
    EXPECT_EQ(err->value(4), QStringLiteral("E"));
    EXPECT_EQ(err->value(5), QStringLiteral("hl7v2.bad_data_type"));
    EXPECT_EQ(err->value(8), QStringLiteral("Date invalide « 19801315 »"));
    const Segment *second = ack.segment(u"ERR", 2);
    EXPECT_EQ(second->raw(2), QStringLiteral("PID^1^3^2^1"));
    EXPECT_EQ(second->value(8), QStringLiteral("clé|fausse"));
    EXPECT_EQ(second->value(4), QStringLiteral("W"));
}

TEST(Hl7Ack, OutcomeDependsOnCondition)
{
    EXPECT_EQ(AckBuilder::outcomeFor({}), AckCode::AA);
    EXPECT_EQ(AckBuilder::outcomeFor({AckError{{}, ErrorCondition::DataType, {}, u'W', {}}}), AckCode::AA);
    EXPECT_EQ(AckBuilder::outcomeFor({AckError{{}, ErrorCondition::RequiredFieldMissing, {}, u'E', {}}}), AckCode::AE);
    EXPECT_EQ(AckBuilder::outcomeFor({AckError{{}, ErrorCondition::DataType, {}, u'E', {}},
                                      AckError{{}, ErrorCondition::UnsupportedVersion, {}, u'E', {}}}),
              AckCode::AR);
    EXPECT_EQ(errorConditionFor(QStringLiteral("hl7v2.unsupported_event")), ErrorCondition::UnsupportedEvent);
    EXPECT_EQ(errorConditionFor(QStringLiteral("nobody.knows")), ErrorCondition::ApplicationInternalError);
}

TEST(Hl7Ack, AcknowledgmentModesFollowMsh15And16)
{
    MessageHeader h;
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AE), AckCode::AE); // original mode
    h.acceptAckType = QStringLiteral("AL");
    h.applicationAckType = QStringLiteral("NE");
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AA), AckCode::CA);
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AE), AckCode::CE);
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AR), AckCode::CR);
    h.acceptAckType = QStringLiteral("NE");
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AA), std::nullopt);
    h.applicationAckType = QStringLiteral("ER");
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AA), std::nullopt);
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AE), AckCode::AE);
    h.applicationAckType = QStringLiteral("AL");
    EXPECT_EQ(AckBuilder::responseFor(h, AckCode::AA), AckCode::AA);
}

TEST(Hl7Ack, NackForUnparseableBytesStillEchoesControlId)
{
    const QByteArray bad("MSH|^~|GAM|HOP|SGL|LAB|20250101||ADT^A28^ADT_A05|CTRL-9|P|2.5\rPID|1\r");
    EXPECT_FALSE(Parser::parse(bad).has_value());
    const MessageHeader h = AckBuilder::peekHeader(bad);
    EXPECT_EQ(h.controlId, QStringLiteral("CTRL-9"));
    EXPECT_EQ(h.triggerEvent, QStringLiteral("A28"));
    EXPECT_EQ(h.sendingApplication, QStringLiteral("GAM"));
    const Message ack = roundTrip(AckBuilder::build(
        h, AckCode::AR, {AckError{QStringLiteral("MSH^1^2"), ErrorCondition::DataType, QStringLiteral("MSH-2"), u'E', {}}},
        QStringLiteral("N2"), kNow));
    EXPECT_EQ(ack.value(u"MSA", 2), QStringLiteral("CTRL-9"));
    EXPECT_EQ(ack.segment(u"ERR")->raw(2), QStringLiteral("MSH^1^2"));
    EXPECT_TRUE(AckBuilder::peekHeader("garbage").controlId.isEmpty());
}

TEST(Hl7Ack, AnswersInTheSenderCharset)
{
    MessageHeader h;
    h.characterSet = QStringLiteral("8859/15");
    const Message ack = AckBuilder::build(h, AckCode::AE, {AckError{{}, ErrorCondition::DataType, QStringLiteral("Œuf €"), u'E', {}}},
                                          QStringLiteral("N3"), kNow);
    auto bytes = Serializer::toBytes(ack);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(bytes->contains("\xBC" "uf \xA4"));
    EXPECT_TRUE(bytes->contains("|8859/15"));
}
