#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/** Kind of matricule carried by an INS. */
enum class InsKind { Nir, Nia };

/** OIDs of the INS assigning authorities (shared/specs/national-services.md §2.1). */
namespace insoid {
inline constexpr auto kNir = "1.2.250.1.213.1.4.8";     ///< production NIR
inline constexpr auto kNia = "1.2.250.1.213.1.4.9";     ///< production NIA
inline constexpr auto kNirTest = "1.2.250.1.213.1.4.10"; ///< test NIR (demo, tests)
inline constexpr auto kNiaTest = "1.2.250.1.213.1.4.11"; ///< test NIA (demo, tests)
} // namespace insoid

/** Kind for one of the four known OIDs; nullopt for any other OID. */
[[nodiscard]] std::optional<InsKind> insKindFromOid(const QString &oid);
/** True for the .10/.11 test OIDs. */
[[nodiscard]] bool isTestInsOid(const QString &oid);
/** The OID to store for a kind, test or production. */
[[nodiscard]] QString insOidFor(InsKind kind, bool test);

} // namespace sgl::domain
