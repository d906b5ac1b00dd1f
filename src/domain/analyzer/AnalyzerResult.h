#pragma once

#include "domain/analyzer/SampleKind.h"
#include "domain/analyzer/SourcePosition.h"

#include <QString>
#include <QStringList>

namespace sgl::domain::analyzer {

/**
 * One result as the instrument sent it, before any profile mapping (no catalogue code, no unit
 * conversion, no `>500` transform). Both the ASTM and the HL7 LAW readers produce it.
 *
 * Contract: every text is the instrument's own (escape sequences decoded, nothing trimmed or
 * re-cased); a field the instrument left empty stays empty. "Standard position" means E1394 /
 * LIS2-A2 for ASTM and IHE LAW for HL7; the `*Components` lists keep the whole field so a
 * profile can take the code or id from another component.
 */
struct AnalyzerResult {
    QString specimenId;              ///< ASTM O-3.1; HL7 SPM-2.1 (first subcomponent)
    QStringList specimenIdComponents; ///< ASTM O-3 components; HL7 SPM-2 components
    QString instrumentSpecimenId;    ///< ASTM O-4 as sent (rack^position...); HL7 SAC-3
    QStringList instrumentSpecimenIdComponents; ///< ASTM O-4 components; HL7 SAC-3 components
    QString patientId;               ///< ASTM P-3 (practice id) ; HL7 PID-3.1
    QStringList patientIdComponents; ///< ASTM P-3 components; HL7 PID-3 components (first repetition)
    /**
     * ASTM P-4 (laboratory-assigned patient id) components; HL7 PID-2 components. Result exports
     * such as the EUROIMMUN Analyzer I put the sample id there (`P|1||TEST-27-079-5-1`).
     */
    QStringList labPatientIdComponents;
    QStringList orderTestIdComponents; ///< ASTM O-5 components (first repeat); HL7 OBR-4 components
    QString testCode;                ///< ASTM R-3.4; HL7 OBX-3.1
    QStringList testIdComponents;    ///< the whole test id (first repetition), components
    QString testName;                ///< ASTM R-3.5 when sent; HL7 OBX-3.2
    QString value;                   ///< whole value field as sent (components kept with their delimiter)
    QStringList valueComponents;     ///< value components of the first repetition
    QString units;                   ///< ASTM R-5; HL7 OBX-6.1
    QString referenceRange;          ///< ASTM R-6; HL7 OBX-7
    QStringList flags;               ///< ASTM R-7 repetitions; HL7 OBX-8 identifiers
    QString resultStatus;            ///< ASTM R-9; HL7 OBX-11
    QString observedAt;              ///< raw timestamp: ASTM R-13 (else R-12); HL7 OBX-19 (else OBX-14)
    QString instrumentId;            ///< ASTM R-14; HL7 OBX-18.1 of the first repetition (else EQU-1)
    QString operatorId;              ///< ASTM R-11; HL7 OBX-16
    QStringList comments;            ///< ASTM C-4 after the R; HL7 NTE-3 after the OBX
    SampleKind sampleKind = SampleKind::Unspecified;
    QString sampleKindIndicator;     ///< where the kind came from, as sent ("O-12=Q", "SPM-11=Q")
    QString sequence;                ///< ASTM R-2; HL7 OBX-1, as sent
    SourcePosition source;           ///< the R record / OBX segment
};

} // namespace sgl::domain::analyzer
