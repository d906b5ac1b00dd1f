#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "interop/xml/XmlDocument.h"

namespace sgl::interop::cda {

/**
 * Decides whether a received CDA is about our patient: same INS when both sides have one
 * (the document's INS authority OIDs, ours only when qualified), otherwise same birth name,
 * birth date and sex (strict INS traits, compared without case, accents or separators).
 * Refuses with cda.patient_mismatch naming the differing trait.
 */
class CdaPatientMatcher {
public:
    [[nodiscard]] static domain::Status check(const xml::XmlDocument &cda, const domain::Patient &expected);
    /** Upper case, no diacritics, separators (space, hyphen, apostrophe) removed. */
    [[nodiscard]] static QString normalise(const QString &name);
};

} // namespace sgl::interop::cda
