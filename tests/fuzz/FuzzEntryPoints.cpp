#include "FuzzEntryPoints.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/LinkLayer.h"
#include "interop/astm/ManualClock.h"
#include "interop/astm/MessageAssembler.h"
#include "interop/astm/ResultExtractor.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <cstdlib>

namespace sgl::fuzz {

namespace {

QByteArrayView view(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void touch(const interop::astm::Message &m)
{
    for (const interop::astm::Record &r : m.records) {
        for (int f = 1; f <= r.fieldCount() + 1; ++f) {
            (void)r.field(f);
            for (int rep = 1; rep <= r.repeatCount(f); ++rep)
                (void)r.components(f, rep);
        }
    }
    (void)interop::astm::ResultExtractor::extract(m);
}

} // namespace

int e1381(const std::uint8_t *data, std::size_t size)
{
    using namespace interop::astm;
    ManualClock clock;
    LinkOptions options;
    options.maxReceivedFrameBytes = 64 * 1024;
    options.frameNumbers = size % 2 ? FrameNumberPolicy::Lenient : FrameNumberPolicy::Strict;
    LinkLayer link(clock, options);
    MessageAssembler assembler;
    const QByteArrayView bytes = view(data, size);
    // Two chunks and a timer in the middle: exercises partial frames and the 30 s timeout.
    const qsizetype half = bytes.size() / 2;
    link.feed(bytes.first(half));
    clock.advance(size % 3 == 0 ? 30000 : 100);
    link.handleTimers();
    link.feed(bytes.sliced(half));
    link.endOfInput();
    for (const LinkDelivery &d : link.takeDeliveries()) {
        // A delivered text passed the checksum and restricted-character checks.
        if (d.kind == LinkDelivery::Kind::Message)
            for (const char c : d.text)
                check(!ctl::isRestricted(c));
        assembler.apply(d);
    }
    assembler.endOfTransfer(false);
    check(link.state() == LinkState::Neutral);
    for (const Message &m : assembler.takeMessages())
        touch(m);
    (void)link.takeEvents();
    return 0;
}

int e1394(const std::uint8_t *data, std::size_t size)
{
    using namespace interop::astm;
    MessageAssembler assembler(size % 2 ? TextEncoding::Utf8 : TextEncoding::Latin1);
    assembler.addText(view(data, size), true);
    assembler.endOfTransfer(size % 3 == 0);
    check(!assembler.messageOpen());
    for (const Message &m : assembler.takeMessages()) {
        // The first record opens the message. Its type is "H" only when the declared delimiters
        // were usable: with bad ones (error astm.bad_delimiters) the defaults split it.
        check(!m.records.isEmpty() && m.records.first().text().startsWith(u'H'));
        check(m.records.first().type() == QStringLiteral("H") || !m.errors.isEmpty());
        touch(m);
    }
    return 0;
}

int hl7(const std::uint8_t *data, std::size_t size)
{
    using namespace interop::hl7v2;
    auto parsed = Parser::parse(view(data, size));
    if (!parsed)
        return 0;
    (void)LawResultReader::read(*parsed);
    (void)LawQueryReader::read(*parsed);
    auto bytes = Serializer::toBytes(*parsed);
    if (bytes) {
        auto again = Parser::parse(*bytes);
        check(again.has_value() && again->segmentCount() == parsed->segmentCount());
    }
    return 0;
}

int mllp(const std::uint8_t *data, std::size_t size)
{
    using namespace interop::hl7v2;
    MllpCodec codec(4096);
    const QByteArrayView bytes = view(data, size);
    const qsizetype cut = size ? static_cast<qsizetype>(data[0]) % (bytes.size() + 1) : 0;
    codec.feed(bytes.first(cut));
    codec.feed(bytes.sliced(cut));
    for (const QByteArray &frame : codec.takeFrames()) {
        check(frame.size() <= 4096);
        check(!frame.contains(MllpCodec::StartBlock));
    }
    return 0;
}

} // namespace sgl::fuzz
