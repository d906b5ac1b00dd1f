#pragma once

#include <QString>

namespace sgl::domain {

/**
 * A report chapter or sub-chapter. `loinc` is the code of the CR-BIO level-1 section (chapter)
 * or sub-section (sub-chapter), e.g. 18723-7 Hématologie; `parentCode` is empty for a chapter.
 */
struct Chapter {
    QString code;        ///< local code, unique in the catalogue
    QString label;       ///< French title printed on the report
    QString loinc;
    QString parentCode;
    int order = 0;       ///< display order in the report
    friend bool operator==(const Chapter &, const Chapter &) = default;
};

} // namespace sgl::domain
