#pragma once

#include "domain/Error.h"
#include "domain/identity/IdentityTraits.h"
#include "domain/identity/Ins.h"

#include <QList>
#include <QString>

namespace sgl::domain {

/** A non-blocking inconsistency between an INS and the traits (shown to the user). */
struct InsHint {
    QString code;    ///< "ins.hint_sex", "ins.hint_birth_year", "ins.hint_birth_month", "ins.hint_birth_place"
    QString message; ///< French
    friend bool operator==(const InsHint &, const InsHint &) = default;
};

/**
 * Checks an INS before it is stored or used.
 *
 * validate() is blocking: matricule format, key (NirKey), and OID, which must be one of the four
 * INS OIDs ("ins.unknown_oid"); in test mode (allowProductionOids = false, the default in the
 * demo and tests) production OIDs .8/.9 are refused with "ins.production_oid" — the INSi
 * simulator answers .8/.9 like the real service and the client maps them to .10/.11.
 *
 * hints() is advisory (NIR only): first digit vs sex (1 = male, 2 = female), digits 2-3 vs
 * birth year, 4-5 vs birth month (01-12 only), 6-10 vs birth place COG. A NIA carries no
 * meaning, so it gets no hint.
 */
class InsValidator
{
public:
    [[nodiscard]] static Status validate(const Ins &ins, bool allowProductionOids = false);
    [[nodiscard]] static QList<InsHint> hints(const Ins &ins, const IdentityTraits &traits);
};

} // namespace sgl::domain
