#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/Error.h"

#include <QList>

namespace sgl::domain {

/**
 * The rules every reflex rule of a catalogue must satisfy (called by
 * CatalogueValidator::validateStructure, so editors and imports refuse the same things).
 *
 * Errors, each located "règle réflexe <code>[, field]":
 * "catalogue.missing_field" (code, label, trigger or target empty), "catalogue.duplicate_code",
 * "catalogue.unknown_reference" (trigger not an analysis; target neither an analysis nor an
 * exam), "catalogue.reflex_condition" (numeric condition on a non-numeric trigger or without
 * threshold, threshold given to a flag condition, coded condition on a non-coded trigger,
 * without values or with a value outside the trigger's value list), "catalogue.reflex_self"
 * (a rule adding its own trigger), "catalogue.retired_reference" (an active rule whose trigger
 * or target is retired). Inactive rules are checked for references too (they may be
 * reactivated) but may point at retired items.
 */
class ReflexRuleValidator
{
public:
    [[nodiscard]] static QList<Error> validate(const Catalogue &catalogue);
};

} // namespace sgl::domain
