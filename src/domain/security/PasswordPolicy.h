#pragma once

#include "domain/Error.h"

#include <QString>

namespace sgl::domain {

/**
 * Password rules for local accounts: at least 12 characters, at least one letter and one
 * character that is not a letter (digit, punctuation, space), not containing the login.
 * Error code: "auth.weak_password" with a French message saying which rule fails.
 */
class PasswordPolicy {
public:
    static constexpr int kMinLength = 12;
    [[nodiscard]] static Status check(const QString &password, const QString &login);
};

} // namespace sgl::domain
