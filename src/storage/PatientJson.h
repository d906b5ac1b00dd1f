#pragma once

#include "domain/identity/Patient.h"

#include <QString>

namespace sgl::storage {

/** Compact JSON of a patient for the audit trail's before/after (stable key order). */
class PatientJson {
public:
    [[nodiscard]] static QString toJson(const domain::Patient &patient);
};

} // namespace sgl::storage
