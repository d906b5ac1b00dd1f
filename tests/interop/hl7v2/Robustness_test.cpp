#include "TestFiles.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/PamMapper.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::sample;

// Deterministic mutations of valid messages (byte flips, delimiter insertions, truncations):
// the parser and the mapper must answer with a value or an error that names a code, a French
// message and (for the parser) a location, and an ACK must always be buildable.
TEST(Hl7Robustness, MutatedMessagesGiveErrorsNotCrashes)
{
    QRandomGenerator rng(20250102);
    const QByteArray seeds[] = {sample("a28_vali.hl7"), sample("a40_merge.hl7"), sample("a47_ins_deletion.hl7")};
    const char specials[] = {'|', '^', '~', '\\', '&', '\r', '\n', '"', '\x0B', '\x1C', '\xC3', '\xA9', '\0'};
    int parsed = 0, refused = 0, mapped = 0, invalid = 0, roundTripped = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray m = seeds[i % 3];
        const int edits = 1 + static_cast<int>(rng.bounded(4));
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const qsizetype pos = rng.bounded(static_cast<int>(m.size()));
            switch (rng.bounded(4)) {
            case 0: m[pos] = specials[rng.bounded(static_cast<int>(sizeof specials))]; break;
            case 1: m.insert(pos, specials[rng.bounded(static_cast<int>(sizeof specials))]); break;
            case 2: m.remove(pos, 1 + rng.bounded(20)); break;
            default: m.truncate(pos); break;
            }
        }
        auto message = Parser::parse(m);
        if (!message) {
            ++refused;
            EXPECT_FALSE(message.error().code.isEmpty());
            EXPECT_FALSE(message.error().message.isEmpty());
            EXPECT_FALSE(message.error().location.isEmpty());
            const Message nack = AckBuilder::build(AckBuilder::peekHeader(m), AckCode::AR,
                                                   {AckError::fromError(message.error())}, QStringLiteral("N"),
                                                   QDateTime::currentDateTimeUtc());
            EXPECT_TRUE(Parser::parse(Serializer::toBytes(nack).value_or(QByteArray())).has_value());
            continue;
        }
        ++parsed;
        // What the parser accepted, the serializer writes back and the parser reads again to
        // the same segments (or the serializer says which character it cannot encode).
        auto bytes = Serializer::toBytes(*message);
        if (bytes) {
            auto again = Parser::parse(*bytes);
            if (!again) {
                ADD_FAILURE() << "re-parse failed: " << again.error().toString().toStdString();
            } else if (again->toEr7() != message->toEr7()) {
                ADD_FAILURE() << "round trip changed the message";
            } else {
                ++roundTripped;
            }
        } else {
            EXPECT_EQ(bytes.error().code, errc::UnencodableCharacter) << bytes.error().toString().toStdString();
        }
        auto event = PamMapper::map(*message);
        if (event) {
            ++mapped;
        } else {
            ++invalid;
            for (const auto &e : event.error()) {
                EXPECT_TRUE(e.code.startsWith(u"hl7v2.")) << e.code.toStdString();
                EXPECT_FALSE(e.message.isEmpty());
            }
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(invalid, 0);
    EXPECT_GT(mapped, 0);
    EXPECT_GT(roundTripped, parsed / 2);
}

TEST(Hl7Robustness, MllpCodecSurvivesRandomChunking)
{
    QRandomGenerator rng(42);
    QByteArray wire;
    QList<QByteArray> sent;
    for (int i = 0; i < 50; ++i) {
        const QByteArray payload = "MSH|^~\\&|A|B|C|D|1||ADT^A28|" + QByteArray::number(i) + "|P|2.5\r";
        sent << payload;
        wire += (i % 7 == 0 ? QByteArray("garbage\r\n") : QByteArray()) + MllpCodec::frame(payload);
    }
    MllpCodec codec;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        const qsizetype n = std::min<qsizetype>(1 + rng.bounded(40), wire.size() - pos);
        codec.feed(QByteArrayView(wire).sliced(pos, n));
        pos += n;
    }
    EXPECT_EQ(codec.takeFrames(), sent);
}
