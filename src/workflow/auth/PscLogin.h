#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/psc/PscSignIn.h"

#include <QDateTime>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * Opens a session for a professional authenticated by Pro Santé Connect (issue 14 item 1).
 *
 * interop::psc::PscSignIn proves WHO the professional is; this use case decides whether they may
 * use the SGL: the local account must be linked by RPPS (UserAccount.rpps = SubjectNameID without
 * its leading 8), unique, active, and, when an Annuaire Santé extraction is imported, the RPPS
 * must be listed there (directory::DirectorySearch::checkRpps; no extraction = no check). A
 * password lockout does not block a PSC login (PSC is the stronger factor), a disabled account does.
 *
 * Every attempt is audited in the same table and style as AuthService (audit_log entity "user",
 * login_attempts): auth.psc_login on success, auth.psc_login_refused on any refusal, including
 * the interop errors (tampered token, state mismatch…) the GUI reports through recordFailure().
 * Tokens are never written anywhere; the audit holds the RPPS, the PSC subject and the reason.
 *
 * No permission is checked (there is no session yet), like AuthService.
 */
class PscLogin {
public:
    PscLogin(storage::Database &db, QString workstation);

    /**
     * The session of this identity: signInMethod ProSanteConnect, expiresAt = the end of the PSC
     * session (tokens.accessExpiresAt, pushed back at each renewal). Errors: "auth.psc_no_rpps"
     * (no RPPS in SubjectNameID), "auth.psc_unknown_rpps", "auth.psc_ambiguous_rpps",
     * "auth.disabled", "auth.psc_directory" (unknown or inactive in the imported directory),
     * storage errors as they are.
     */
    [[nodiscard]] domain::Result<domain::UserSession> open(const interop::psc::PscIdentity &identity,
                                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    /** Audits a PSC login that failed before open() (error of interop/psc: refused, tampered…). */
    [[nodiscard]] domain::Status recordFailure(const domain::Error &error, const QString &rpps = {});
    /** Audits the end of a session by the user (auth.logout), whatever the sign-in method. */
    [[nodiscard]] domain::Status recordLogout(const domain::UserSession &session);
    /** Audits the end of a PSC session that could not be renewed (auth.session_expired). */
    [[nodiscard]] domain::Status recordExpiry(const domain::UserSession &session, const QString &reason);

private:
    domain::Status refuse(const QString &entity, qint64 userId, const QString &login, const QString &detail,
                          const interop::psc::PscIdentity *identity);

    storage::Database &m_db;
    QString m_workstation;
};

} // namespace sgl::workflow
