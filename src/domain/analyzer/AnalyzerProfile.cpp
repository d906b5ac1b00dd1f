#include "domain/analyzer/AnalyzerProfile.h"

namespace sgl::domain::analyzer {

AnalyzerProfile AnalyzerProfile::standard(AnalyzerProtocol protocol)
{
    AnalyzerProfile p;
    p.protocol = protocol;
    // LIS2-A2: specimen O-3.1, test R-3.4 (universal test id, manufacturer's code); IHE LAW:
    // SPM-2.1 (placer/filler specimen id), OBX-3.1 (identifier). FieldRef's MessageField names
    // the same slot for both protocols, so only the components differ.
    p.specimenId = FieldRef{MessageField::Specimen, 1, 0};
    p.testCode = FieldRef{MessageField::TestId, protocol == AnalyzerProtocol::Astm ? 4 : 1, 0};
    if (protocol == AnalyzerProtocol::Hl7)
        p.charset = QStringLiteral("utf-8");
    return p;
}

} // namespace sgl::domain::analyzer
