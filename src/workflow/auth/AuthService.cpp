#include "workflow/auth/AuthService.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/auth/PasswordHasher.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {
domain::Error genericFailure()
{
    return {errc::AuthFailed, Tr::tr("Identifiant ou mot de passe incorrect."), {}};
}

domain::Error lockedError(const QDateTime &until)
{
    return {errc::AuthLocked,
            Tr::tr("Compte verrouillé après plusieurs échecs de connexion, jusqu'à %1 (heure locale). "
               "Un administrateur peut le déverrouiller.")
                .arg(until.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)),
            {}};
}
} // namespace

AuthService::AuthService(storage::Database &db, domain::SecurityPolicy policy, QString workstation)
    : m_db(db), m_policy(policy), m_workstation(std::move(workstation))
{
    m_dummyHash = PasswordHasher(m_policy.pbkdf2Iterations).hash(u"sgl-dummy-password"_s);
}

domain::Result<domain::UserSession> AuthService::authenticate(const QString &rawLogin,
                                                              const QString &password)
{
    const QString login = rawLogin.trimmed().toLower();
    auto account = m_db.read([&](storage::ReadTx &tx) {
        return storage::UserRepository::findByLogin(tx, login);
    });
    if (!account)
        return std::unexpected(account.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool passwordOk = account->has_value()
        ? PasswordHasher::verify(password, (*account)->passwordHash)
        : (void(PasswordHasher::verify(password, m_dummyHash)), false);

    // Outcome decided and recorded in one transaction on the fresh row (another workstation may
    // have failed meanwhile); the error to return is computed inside and returned after commit.
    domain::Error refusal;
    domain::UserSession session;
    const domain::AuditActor actor{account->has_value() ? (*account)->id : 0, login, m_workstation};
    auto recorded = m_db.write([&](storage::WriteTx &tx) -> domain::Result<bool> {
        auto audit = [&](const QString &action, const QString &detail) -> domain::Status {
            const QString after = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"detail"_s, detail}}).toJson(QJsonDocument::Compact));
            auto a = storage::AuditRepository::append(tx, actor, action, u"user"_s, login, {},
                                                      after);
            if (!a)
                return std::unexpected(a.error());
            return {};
        };
        auto attempt = [&](bool ok, const QString &reason) {
            return storage::UserRepository::logAttempt(tx, login, ok, m_workstation, reason);
        };
        auto fresh = storage::UserRepository::findByLogin(tx, login);
        if (!fresh)
            return std::unexpected(fresh.error());
        if (!fresh->has_value()) {
            refusal = genericFailure();
            if (auto s = attempt(false, u"unknown_login"_s); !s)
                return std::unexpected(s.error());
            if (auto s = audit(u"auth.login_failed"_s, u"unknown_login"_s); !s)
                return std::unexpected(s.error());
            return false;
        }
        domain::UserAccount user = **fresh;
        if (user.isLocked(now)) {
            refusal = lockedError(user.lockedUntil);
            if (auto s = attempt(false, u"locked"_s); !s)
                return std::unexpected(s.error());
            if (auto s = audit(u"auth.login_refused_locked"_s, u"locked"_s); !s)
                return std::unexpected(s.error());
            return false;
        }
        if (!passwordOk || !user.active) {
            const int failures = user.failedAttempts + 1;
            QDateTime lockUntil;
            QString action = u"auth.login_failed"_s;
            if (failures >= m_policy.maxFailedAttempts) {
                lockUntil = now.addSecs(qint64(m_policy.lockoutMinutes) * 60);
                action = u"auth.locked_out"_s;
                refusal = lockedError(lockUntil);
            } else {
                refusal = genericFailure();
            }
            if (passwordOk && !user.active)
                refusal = {errc::AuthDisabled, Tr::tr("Ce compte est désactivé."), {}};
            const QString reason = user.active ? u"bad_password"_s : u"disabled"_s;
            if (auto s = storage::UserRepository::recordLoginOutcome(tx, user.id, failures,
                                                                    lockUntil, {});
                !s)
                return std::unexpected(s.error());
            if (auto s = attempt(false, reason); !s)
                return std::unexpected(s.error());
            if (auto s = audit(action, u"%1, échec n° %2"_s.arg(reason).arg(failures)); !s)
                return std::unexpected(s.error());
            return false;
        }
        if (!m_policy.biologistPasswordLogin && user.roles.contains(domain::Role::Biologist)) {
            // The right password, but the lab wants its biologists authenticated by PSC: not a
            // failure (no lockout counting), a refusal that says what to do.
            refusal = {errc::AuthPasswordForbidden,
                       Tr::tr("La connexion par mot de passe est désactivée pour les biologistes dans ce "
                              "laboratoire : utilisez « Se connecter avec Pro Santé Connect »."),
                       {}};
            if (auto s = attempt(false, u"password_forbidden"_s); !s)
                return std::unexpected(s.error());
            if (auto s = audit(u"auth.login_refused_password"_s, u"password_forbidden"_s); !s)
                return std::unexpected(s.error());
            return false;
        }
        if (auto s = storage::UserRepository::recordLoginOutcome(tx, user.id, 0, {}, now); !s)
            return std::unexpected(s.error());
        if (auto s = attempt(true, u"ok"_s); !s)
            return std::unexpected(s.error());
        if (auto s = audit(u"auth.login"_s, u"ok"_s); !s)
            return std::unexpected(s.error());
        session.userId = user.id;
        session.login = user.login;
        session.displayName = user.displayName;
        session.rpps = user.rpps;
        session.roles = user.roles;
        session.startedAt = now;
        session.workstation = m_workstation;
        session.signInMethod = domain::SignInMethod::Password;
        return true;
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    if (!*recorded)
        return std::unexpected(refusal);
    return session;
}

} // namespace sgl::workflow
