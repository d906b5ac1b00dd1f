#pragma once

#include "domain/analyzer/SourcePosition.h"

#include <QString>
#include <QStringList>

namespace sgl::domain::analyzer {

/**
 * An instrument asking the host for work (ASTM Q record, HL7 QBP^Q11 LAB-27), raw.
 *
 * Contract: `specimenId` is the standard position (ASTM when the instrument
 * sends a bare id; HL7 QPD-3); `rawSpecimenComponents` keeps the whole start range so a profile
 * can read Roche's rack/position layout. `tag` is the HL7 query tag (QPD-2) to echo in QAK-1.
 */
struct AnalyzerQuery {
    QString specimenId;
    QStringList rawSpecimenComponents;
    QStringList testCodes;   ///< ASTM Q-5 (e.g. "ALL") ; empty for HL7 LAB-27
    QString requestStatus;   ///< ASTM Q-13 ("O", "A"...)
    QString tag;             ///< HL7 QPD-2
    QString queryName;       ///< HL7 QPD-1.1 ("WOS", "INISEQ"...)
    SourcePosition source;
};

} // namespace sgl::domain::analyzer
