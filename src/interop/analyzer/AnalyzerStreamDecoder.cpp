#include "interop/analyzer/AnalyzerStreamDecoder.h"

#include "interop/analyzer/ErrorCodes.h"
#include "interop/analyzer/Hl7StreamSplitter.h"
#include "interop/analyzer/Tr.h"
#include "interop/astm/ReplayDecoder.h"
#include "interop/astm/ResultExtractor.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/Parser.h"

using namespace Qt::StringLiterals;

namespace sgl::interop::analyzer {

using domain::analyzer::AnalyzerMessage;
using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProtocol;

astm::LinkOptions AnalyzerStreamDecoder::linkOptionsFor(const AnalyzerProfile &profile)
{
    astm::LinkOptions options;
    options.frameNumbers = profile.lenientFrameNumbers ? astm::FrameNumberPolicy::Lenient : astm::FrameNumberPolicy::Strict;
    return options;
}

astm::TextEncoding AnalyzerStreamDecoder::encodingFor(const AnalyzerProfile &profile)
{
    const QString c = profile.charset.toLower();
    return c == u"utf-8"_s || c == u"utf8"_s ? astm::TextEncoding::Utf8 : astm::TextEncoding::Latin1;
}

DecodedMessage AnalyzerStreamDecoder::fromAstm(const astm::Message &message)
{
    DecodedMessage out;
    out.raw = message.raw;
    out.message = astm::ResultExtractor::extract(message);
    out.messageType = message.shape();
    return out;
}

DecodedMessage AnalyzerStreamDecoder::fromHl7(const QByteArray &raw, int messageIndex)
{
    DecodedMessage out;
    out.raw = raw;
    out.message.protocol = AnalyzerProtocol::Hl7;
    out.message.messageIndex = messageIndex;
    auto parsed = hl7v2::Parser::parse(raw);
    if (!parsed) {
        out.message.complete = false;
        out.message.problems.append(parsed.error());
        return out;
    }
    const hl7v2::MessageHeader h = parsed->header();
    out.messageType = h.messageCode + u'^' + h.triggerEvent;
    if (h.messageCode == u"QBP"_s) {
        auto query = hl7v2::LawQueryReader::read(*parsed);
        out.message.senderName = h.sendingApplication;
        out.message.controlId = h.controlId;
        out.message.messageTime = h.dateTime;
        out.message.processingId = h.processingId;
        if (query) {
            if (query->source.unit == 0)
                query->source = {messageIndex, 0, u"QPD"_s};
            query->source.messageIndex = messageIndex;
            out.message.queries.append(*query);
        } else {
            out.message.complete = false;
            out.message.problems.append(query.error());
        }
        return out;
    }
    auto read = hl7v2::LawResultReader::read(*parsed, messageIndex);
    if (!read) {
        out.message.senderName = h.sendingApplication;
        out.message.controlId = h.controlId;
        out.message.messageTime = h.dateTime;
        out.message.complete = false;
        out.message.problems.append(read.error());
        return out;
    }
    out.message = std::move(*read);
    return out;
}

domain::Result<DecodedStream> AnalyzerStreamDecoder::decode(QByteArrayView bytes, const AnalyzerProfile &profile)
{
    DecodedStream out;
    if (profile.protocol == AnalyzerProtocol::Hl7) {
        const QByteArray stream = bytes.toByteArray();
        if (stream.trimmed().isEmpty())
            return std::unexpected(domain::Error{errc::EmptyCapture,
                                                 Tr::tr("Le flux enregistré est vide : aucun message à relire."), {}});
        out.format = stream.contains(char(0x0B)) ? u"hl7-mllp"_s : u"hl7-bare"_s;
        int index = 0;
        for (const QByteArray &m : Hl7StreamSplitter::split(stream))
            out.messages.append(fromHl7(m, ++index));
        return out;
    }
    auto replay = astm::ReplayDecoder::replay(bytes, linkOptionsFor(profile), encodingFor(profile));
    if (!replay)
        return std::unexpected(replay.error());
    out.format = replay->format == astm::StreamFormat::Framed ? u"astm-framed"_s : u"astm-bare"_s;
    out.linkEvents = replay->linkEvents;
    out.problems = replay->problems;
    out.replies = replay->replies;
    for (const astm::Message &m : replay->messages)
        out.messages.append(fromAstm(m));
    return out;
}

} // namespace sgl::interop::analyzer
