#pragma once

#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Ins.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"
#include "domain/report/ReportContent.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::interop::pdf {

/**
 * French print forms of report values (dd/MM/yyyy, decimal comma, lab units such as G/L and
 * µmol/L). Pure functions; the layout only places the strings they return.
 */
namespace reporttext {

[[nodiscard]] QString date(const QDate &value);
[[nodiscard]] QString dateTime(const QDateTime &value); ///< "12/01/2026 à 08:15"
/** Birth date as printed: from the raw INSi form when it has "00" parts ("00/00/1970"). */
[[nodiscard]] QString birthDate(const domain::IdentityTraits &traits);
/** UCUM code → printed unit: "10*9/L" → "G/L", "umol/L" → "µmol/L", "m[IU]/L" → "mUI/L". */
[[nodiscard]] QString unit(const QString &ucum);
/** Number with decimal comma, "5.10" → "5,10". */
[[nodiscard]] QString decimal(const QString &number);
/** Value with comparator, without unit: "> 500", "5,10", coded display, text. */
[[nodiscard]] QString value(const domain::ResultValue &value);
/** "3,5 – 5,0", "≤ 5,0", "≥ 60", or the interval text; several joined by "; ". */
[[nodiscard]] QString ranges(const QList<domain::ReferenceInterval> &intervals);
/** Short printed flag: "H", "B" (bas), "HH", "BB", "A", "AA", "<", ">"; empty for normal. */
[[nodiscard]] QString flag(const std::optional<domain::AbnormalFlag> &flag);
[[nodiscard]] bool isAbnormal(const std::optional<domain::AbnormalFlag> &flag);
/** INS grouped for reading: "1 85 05 75 123 456 73". */
[[nodiscard]] QString insGrouped(const domain::Ins &ins);
/** "NIR", "NIA", "NIR de test", "NIR de démonstration" from the authority OID. */
[[nodiscard]] QString insNature(const QString &oid);
/** "Dr Anne MARTIN" */
[[nodiscard]] QString professional(const domain::HealthProfessional &p);
/** "Laboratoire X, 1 rue Y, 75000 Paris" */
[[nodiscard]] QString organisation(const domain::Organisation &o);

} // namespace reporttext

} // namespace sgl::interop::pdf
