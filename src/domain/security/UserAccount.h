#pragma once

#include "domain/security/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::domain {

/** A local account of a lab staff member. The hash string is opaque outside workflow/auth. */
struct UserAccount {
    qint64 id = 0;
    int version = 0;             ///< optimistic lock counter (storage)
    QString login;               ///< unique, lower case
    QString displayName;
    QString rpps;                ///< biologists: 11 digits, needed to sign reports
    QList<Role> roles;
    QString passwordHash;        ///< "pbkdf2-sha256$iterations$salt$hash" (never logged)
    bool active = true;
    int failedAttempts = 0;      ///< consecutive failures since the last success
    QDateTime lockedUntil;       ///< UTC; invalid when not locked
    QDateTime lastLoginAt;
    QDateTime createdAt;

    [[nodiscard]] bool isLocked(const QDateTime &nowUtc) const
    {
        return lockedUntil.isValid() && lockedUntil > nowUtc;
    }
};

} // namespace sgl::domain
