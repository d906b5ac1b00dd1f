#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/** Administrative sex as the INS referential and HL7 v2 (table 0001 subset) know it. */
enum class Sex { Female, Male, Unknown };

/** "F", "M" or "U" (INSi, HL7 PID-8, CDA administrativeGenderCode). */
[[nodiscard]] QString sexCode(Sex sex);

/** Parses "F"/"M"/"U" (case-insensitive); nullopt for anything else. */
[[nodiscard]] std::optional<Sex> sexFromCode(const QString &code);

} // namespace sgl::domain
