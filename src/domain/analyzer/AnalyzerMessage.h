#pragma once

#include "domain/analyzer/AnalyzerQuery.h"
#include "domain/analyzer/AnalyzerResult.h"
#include "domain/Error.h"

#include <QList>
#include <QString>

namespace sgl::domain::analyzer {

/** Which wire protocol a message came in on. */
enum class AnalyzerProtocol { Astm, Hl7 };

/**
 * Everything one instrument message carried, raw: results, queries, header facts, and the
 * problems met while reading it. Produced by interop (astm::ResultExtractor, hl7v2::LawResultReader),
 * consumed later by profile mapping and ingestion.
 *
 * Contract: `complete` is false when the message was cut short (ASTM transfer aborted, no L
 * record); `problems` are reading problems with stable codes: a message with problems is still
 * returned so nothing is lost, and the caller decides to hold it.
 */
struct AnalyzerMessage {
    AnalyzerProtocol protocol = AnalyzerProtocol::Astm;
    int messageIndex = 0;         ///< 1-based position in the stream or file
    QString senderName;           ///< ASTM H-5.1; HL7 MSH-3.1
    QString senderDetail;         ///< ASTM H-5 as sent; HL7 MSH-3 as sent
    QString controlId;            ///< ASTM H-3; HL7 MSH-10
    QString messageTime;          ///< ASTM H-14; HL7 MSH-7, raw
    QString processingId;         ///< ASTM H-12; HL7 MSH-11
    QList<AnalyzerResult> results;
    QList<AnalyzerQuery> queries;
    bool complete = true;
    QList<Error> problems;
};

} // namespace sgl::domain::analyzer
