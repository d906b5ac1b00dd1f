#pragma once

#include "domain/security/UserSession.h"

#include <QString>

namespace sgl::domain {

/** Who did something, as recorded in the audit trail. */
struct AuditActor {
    qint64 userId = 0;          ///< 0 for system actions (CLI batch, migrations, demo seed)
    QString login;
    QString workstation;

    [[nodiscard]] static AuditActor fromSession(const UserSession &session)
    {
        return {session.userId, session.login, session.workstation};
    }
    /** A non-interactive actor, e.g. system(u"sgl demo-seed"_s, hostName). */
    [[nodiscard]] static AuditActor system(const QString &what, const QString &workstation)
    {
        return {0, QStringLiteral("system:") + what, workstation};
    }
};

} // namespace sgl::domain
