#pragma once

namespace sgl::domain {

/**
 * Site security settings with safe defaults (ANSSI/CNIL guidance for health data):
 * lockout after `maxFailedAttempts` consecutive failures for `lockoutMinutes`, workstation
 * locked after `idleLockMinutes` without input (the GUI asks the password again through
 * workflow::Authenticator), PBKDF2-HMAC-SHA256 with `pbkdf2Iterations` (OWASP 2023: 310 000
 * minimum for new hashes).
 */
struct SecurityPolicy {
    int maxFailedAttempts = 5;
    int lockoutMinutes = 15;
    int idleLockMinutes = 10;
    int pbkdf2Iterations = 310000;
    /**
     * « Connexion par mot de passe autorisée » for biologists: when false, a biologist signs in
     * through Pro Santé Connect only (their password is refused, "auth.password_forbidden");
     * technicians, secretaries and administrators without the biologist role keep their password.
     */
    bool biologistPasswordLogin = true;
    static constexpr int kMinimumPbkdf2Iterations = 310000;
};

} // namespace sgl::domain
