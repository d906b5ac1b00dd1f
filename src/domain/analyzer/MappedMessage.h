#pragma once

#include "domain/Error.h"
#include "domain/analyzer/AnalyzerMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sgl::domain::analyzer {

/** What the gateway must do with one result once its profile has read it. */
enum class Disposition {
    Store,     ///< a patient result for a mapped analysis: ingestion stores it (or holds it, see below)
    Qc,        ///< a quality-control result: kept with the raw message, never put on a patient dossier
    Ignored,   ///< excluded by the profile (ignoredTestCodes, resultKinds): kept in the raw message, listed, not stored
    Held       ///< cannot be stored as is: goes to the held-message queue with `hold`
};

/**
 * One result read through a profile (ProfileMapper). `raw` keeps everything the instrument sent.
 *
 * Contract: `specimenId` and `testCode` come from the profile's field references, trimmed;
 * `analysisCode` is empty when no mapping exists (then disposition Held with
 * analyzer.unmapped_test unless the code is ignored); `valueText` is the value as
 * domain::ResultEntry takes a typed one (spaces removed, factor and dilution applied to a plain
 * number, `>`/`<` kept, decimal separator '.'); `abnormalFlag` is the first instrument flag whose
 * mapping names a HL7 0078 code; `observedAt` is UTC, invalid when the instrument sent no
 * readable time. `hold` names the reason (code, French message, location = raw.source) when
 * disposition is Held. Ingestion may still hold a Store result for reasons only the database
 * knows (unknown specimen, cancelled analysis, result already validated).
 */
struct MappedResult {
    AnalyzerResult raw;
    QString specimenId;
    QString testCode;
    QString analysisCode;
    QString valueText;
    std::optional<QString> abnormalFlag;
    QStringList instrumentFlags;   ///< every flag as sent (R-7 repeats / OBX-8), for the bench screen
    SampleKind sampleKind = SampleKind::Patient;
    QDateTime observedAt;
    QString instrumentId;
    Disposition disposition = Disposition::Store;
    std::optional<Error> hold;
};

/** An instrument query read through a profile: the barcode to answer for. */
struct MappedQuery {
    AnalyzerQuery raw;
    QString specimenId;   ///< trimmed; empty: the query is unusable (answered "no order")
};

/** A whole instrument message read through a profile. */
struct MappedMessage {
    AnalyzerMessage raw;
    QList<MappedResult> results;
    QList<MappedQuery> queries;
};

} // namespace sgl::domain::analyzer
