#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "interop/astm/ReplayDecoder.h"
#include "interop/astm/ResultExtractor.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/Parser.h"

#include <QFile>
#include <QList>
#include <QString>

namespace sgl::tests::analyzer {

/** shared/analyzer-traces (real instrument captures); tests skip, naming it, when absent. */
inline QString tracesDir()
{
    return QStringLiteral(SGL_SHARED_DIR "/analyzer-traces");
}

/**
 * The neutral messages of one trace file, read as the live gateway would with this profile:
 * ASTM through ReplayDecoder (frame-number policy and charset of the profile) and
 * ResultExtractor; HL7 (no MLLP framing in the files) through the parser, then LawResultReader
 * (OUL^R22) or LawQueryReader (QBP^Q11, wrapped as a message holding one query). `error` is set
 * when the stream itself could not be read.
 */
struct DecodedTrace {
    QList<domain::analyzer::AnalyzerMessage> messages;
    QString error;
};

inline DecodedTrace decodeTrace(const QByteArray &bytes, const domain::analyzer::AnalyzerProfile &profile)
{
    DecodedTrace out;
    if (profile.protocol == domain::analyzer::AnalyzerProtocol::Astm) {
        interop::astm::LinkOptions options;
        options.frameNumbers = profile.lenientFrameNumbers ? interop::astm::FrameNumberPolicy::Lenient
                                                           : interop::astm::FrameNumberPolicy::Strict;
        const auto encoding = profile.charset == u"utf-8" ? interop::astm::TextEncoding::Utf8
                                                          : interop::astm::TextEncoding::Latin1;
        const auto replay = interop::astm::ReplayDecoder::replay(bytes, options, encoding);
        if (!replay) {
            out.error = replay.error().toString();
            return out;
        }
        int index = 0;
        for (const auto &m : replay->messages) {
            auto extracted = interop::astm::ResultExtractor::extract(m);
            extracted.messageIndex = ++index;
            out.messages << extracted;
        }
        return out;
    }
    const auto parsed = interop::hl7v2::Parser::parse(bytes);
    if (!parsed) {
        out.error = parsed.error().toString();
        return out;
    }
    if (parsed->header().messageCode == u"QBP") {
        const auto query = interop::hl7v2::LawQueryReader::read(*parsed);
        if (!query) {
            out.error = query.error().toString();
            return out;
        }
        domain::analyzer::AnalyzerMessage m;
        m.protocol = domain::analyzer::AnalyzerProtocol::Hl7;
        m.messageIndex = 1;
        m.queries << *query;
        out.messages << m;
        return out;
    }
    const auto read = interop::hl7v2::LawResultReader::read(*parsed);
    if (!read) {
        out.error = read.error().toString();
        return out;
    }
    out.messages << *read;
    return out;
}

inline QByteArray readTrace(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sgl::tests::analyzer
