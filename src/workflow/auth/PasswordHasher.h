#pragma once

#include <QString>

namespace sgl::workflow {

/**
 * Salted slow password hashes: PBKDF2-HMAC-SHA256 (OpenSSL), 16-byte random salt, 32-byte key,
 * encoded "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". The iteration count is
 * stored with the hash so it can be raised later; verification uses the stored count and a
 * constant-time comparison. Passwords are never logged.
 */
class PasswordHasher {
public:
    explicit PasswordHasher(int iterations) : m_iterations(iterations) {}

    /** Empty string only if OpenSSL fails (no randomness): callers must treat it as an error. */
    [[nodiscard]] QString hash(const QString &password) const;
    /** False for a wrong password and for a malformed hash string. */
    [[nodiscard]] static bool verify(const QString &password, const QString &encoded);
    /** Iteration count stored in `encoded`, 0 when malformed. */
    [[nodiscard]] static int iterationsOf(const QString &encoded);
    /**
     * The key derivation itself: PBKDF2-HMAC-SHA256 of the UTF-8 password (RFC 8018 §5.2),
     * `keyBytes` long; empty when OpenSSL fails or an argument is out of range. Public so that
     * tests check it against the published vectors (RFC 7914 §11).
     */
    [[nodiscard]] static QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations,
                                              int keyBytes);

private:
    int m_iterations;
};

} // namespace sgl::workflow
