#pragma once

#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * RNIV identity confidence status (shared/specs/national-services.md §2.2):
 * (INS retrieved via INSi?) x (high-trust document checked?).
 * Only Qual allows using and sending the INS. Transition rules live in RnivStatusMachine.
 */
enum class IdentityStatus {
    Prov,  ///< provisoire: neither
    Recup, ///< récupérée: INS retrieved, no high-trust evidence
    Vali,  ///< validée: high-trust evidence, no INS
    Qual   ///< qualifiée: both
};

/** "PROV", "RECUP", "VALI", "QUAL" (storage and HL7 PID-32 use these codes). */
[[nodiscard]] QString identityStatusCode(IdentityStatus status);
[[nodiscard]] std::optional<IdentityStatus> identityStatusFromCode(const QString &code);

} // namespace sgl::domain
