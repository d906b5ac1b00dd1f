#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "interop/analyzer/AnalyzerStreamDecoder.h"

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
 * The neutral messages of one trace file, read as the live gateway and `sgl analyzer replay`
 * read them with this profile: interop::analyzer::AnalyzerStreamDecoder (ASTM through
 * ReplayDecoder with the profile's frame-number policy and charset, then ResultExtractor; HL7 cut
 * into messages, parsed, then LawResultReader for OUL^R22 or LawQueryReader for QBP^Q11).
 * `error` is set when the stream itself could not be read, or when an HL7 message was refused
 * whole (no result, no query, a problem saying why).
 */
struct DecodedTrace {
    QList<domain::analyzer::AnalyzerMessage> messages;
    QString error;
};

inline DecodedTrace decodeTrace(const QByteArray &bytes, const domain::analyzer::AnalyzerProfile &profile)
{
    DecodedTrace out;
    const auto stream = interop::analyzer::AnalyzerStreamDecoder::decode(bytes, profile);
    if (!stream) {
        out.error = stream.error().toString();
        return out;
    }
    for (const auto &decoded : stream->messages) {
        const auto &m = decoded.message;
        if (m.protocol == domain::analyzer::AnalyzerProtocol::Hl7 && m.results.isEmpty() && m.queries.isEmpty()
            && !m.problems.isEmpty()) {
            out.error = m.problems.first().toString();
            return out;
        }
        out.messages << m;
    }
    return out;
}

inline QByteArray readTrace(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sgl::tests::analyzer
