#pragma once

#include "domain/lab/ResultValue.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow {

/** One analysis of the built-in demo list (real LOINC codes and UCUM units). */
struct DemoAnalysis {
    QString code;        ///< local code stored in results.analysis_code
    QString label;       ///< French label as printed
    QString loinc;
    QString loincDisplay;
    QString unit;        ///< UCUM; empty for coded/text results
    domain::ResultValue::Kind kind = domain::ResultValue::Kind::Numeric;
    QString low;         ///< reference interval (adult), '.' decimals; empty when open
    QString high;
    QString chapter;     ///< CR-BIO chapter LOINC (18723-7 hématologie, 18719-5 biochimie...)
    QString specimenType;///< HL7 0487 code of the usual specimen
};

/**
 * THE SEAM for the catalogue module: a minimal built-in list of 16 analyses so the demo seed
 * and report building work before the real catalogue exists. When the catalogue module
 * provides its demo catalogue, DemoSeeder::Options::analyses is the one place to switch
 * (results only store `code`; labels, LOINC and units come from whichever list is used).
 */
class DemoCatalogue {
public:
    [[nodiscard]] static QList<DemoAnalysis> analyses();
    [[nodiscard]] static std::optional<DemoAnalysis> find(const QString &code);
};

} // namespace sgl::workflow
