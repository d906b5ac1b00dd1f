#pragma once

#include <QString>

#include <optional>

namespace sgl::simulators::dmp {

/**
 * Checks of XDS value formats (national-services §1.5, dmp-wire-facts §2.4 / §2.7).
 * Each returns std::nullopt when the value is acceptable, else the French reason.
 */
namespace xdsvalues {

/**
 * patientId "<INS>^^^&<OID>&ISO^NH", with an optional CX.7 date or date-time ("…^NH^^20100907"
 * in the official TD2.1 request, "…^NH^^20210604092415" in the TD3.3 ones): 15-character INS (13-digit NIR, Corsica 2A/2B allowed, + 2-digit key)
 * and an assigning-authority OID among acceptedOids. *ins receives the 15 characters.
 */
[[nodiscard]] std::optional<QString> checkInsPatientId(const QString &value, const QStringList &acceptedOids,
                                                       QString *ins);
/** DTM in UTC without offset: YYYY[MM[DD[hh[mm[ss]]]]], a real date/time. */
[[nodiscard]] std::optional<QString> checkUtcTime(const QString &value);
/** XCN author/legalAuthenticator: components 2 (family) and 3 (given) non-empty (RG_2230). */
[[nodiscard]] std::optional<QString> checkPersonName(const QString &xcn);
/** Dotted OID (uniqueId, sourceId): digits and dots, no leading zero in an arc, ≤ 64 chars. */
[[nodiscard]] std::optional<QString> checkOid(const QString &value);

} // namespace xdsvalues
} // namespace sgl::simulators::dmp
