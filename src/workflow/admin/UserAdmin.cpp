#include "workflow/admin/UserAdmin.h"

#include "domain/security/PasswordPolicy.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/auth/PasswordHasher.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {
QString json(const domain::UserAccount &u)
{
    QJsonArray roles;
    for (auto r : u.roles)
        roles.append(domain::roleCode(r));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"login"_s, u.login},
                                                       {u"displayName"_s, u.displayName},
                                                       {u"rpps"_s, u.rpps},
                                                       {u"roles"_s, roles},
                                                       {u"active"_s, u.active},
                                                       {u"version"_s, u.version}})
                                 .toJson(QJsonDocument::Compact));
}

domain::Status checkRoles(const QList<domain::Role> &roles, const QString &rpps)
{
    if (roles.isEmpty())
        return domain::fail(errc::UserNoRole, Tr::tr("Un utilisateur doit avoir au moins un rôle."));
    static const QRegularExpression rppsRe(u"^\\d{11}$"_s);
    if (roles.contains(domain::Role::Biologist) && !rppsRe.match(rpps).hasMatch())
        return domain::fail(errc::UserBadRpps,
                            Tr::tr("Un biologiste doit avoir un numéro RPPS de 11 chiffres."),
                            u"RPPS"_s);
    return {};
}
} // namespace

domain::Result<QList<domain::UserAccount>> UserAdmin::listUsers(const domain::UserSession &by)
{
    if (auto ok = requirePermission(by, domain::Permission::UserAdmin); !ok)
        return std::unexpected(ok.error());
    auto users = m_db.read([](storage::ReadTx &tx) { return storage::UserRepository::list(tx); });
    if (!users)
        return users;
    for (domain::UserAccount &user : *users)
        user.passwordHash.clear();
    return users;
}

domain::Result<domain::UserAccount> UserAdmin::createUser(const domain::UserSession &by,
                                                          const NewUser &user)
{
    if (auto ok = requirePermission(by, domain::Permission::UserAdmin); !ok)
        return std::unexpected(ok.error());
    return create(domain::AuditActor::fromSession(by), user);
}

domain::Result<domain::UserAccount> UserAdmin::createUserAsSystem(const domain::AuditActor &actor,
                                                                  const NewUser &user)
{
    return create(actor, user);
}

domain::Result<domain::UserAccount> UserAdmin::create(const domain::AuditActor &actor,
                                                      const NewUser &in)
{
    const QString login = in.login.trimmed().toLower();
    static const QRegularExpression loginRe(u"^[a-z0-9._-]{3,64}$"_s);
    if (!loginRe.match(login).hasMatch())
        return domain::fail(errc::UserBadLogin,
                            Tr::tr("Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », "
                               "« _ » et « - »."),
                            u"identifiant"_s);
    if (in.displayName.trimmed().isEmpty())
        return domain::fail(errc::UserMissingName, Tr::tr("Nom affiché manquant."), u"nom"_s);
    if (auto r = checkRoles(in.roles, in.rpps); !r)
        return std::unexpected(r.error());
    if (auto p = domain::PasswordPolicy::check(in.password, login); !p)
        return std::unexpected(p.error());
    domain::UserAccount u;
    u.login = login;
    u.displayName = in.displayName.trimmed();
    u.rpps = in.rpps.trimmed();
    u.roles = in.roles;
    u.passwordHash = PasswordHasher(m_policy.pbkdf2Iterations).hash(in.password);
    if (u.passwordHash.isEmpty())
        return domain::fail(errc::AuthCrypto, Tr::tr("Échec du calcul de l'empreinte du mot de passe."));
    auto s = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto i = storage::UserRepository::insert(tx, u); !i)
            return i;
        auto a = storage::AuditRepository::append(tx, actor, u"user.create"_s, u"user"_s,
                                                  u.login, {}, json(u));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    if (!s)
        return std::unexpected(s.error());
    return u;
}

domain::Status UserAdmin::change(const domain::UserSession &by, qint64 userId, int expectedVersion,
                                 const QString &action,
                                 const std::function<domain::Status(domain::UserAccount &)> &edit)
{
    if (auto ok = requirePermission(by, domain::Permission::UserAdmin); !ok)
        return ok;
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto u = storage::UserRepository::get(tx, userId);
        if (!u)
            return std::unexpected(u.error());
        const QString before = json(*u);
        if (expectedVersion >= 0)
            u->version = expectedVersion; // stale edits must fail in the UPDATE
        if (auto e = edit(*u); !e)
            return e;
        if (auto s = storage::UserRepository::update(tx, *u); !s)
            return s;
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(by), action,
                                                  u"user"_s, u->login, before, json(*u));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

domain::Status UserAdmin::setRoles(const domain::UserSession &by, qint64 userId,
                                   int expectedVersion, const QList<domain::Role> &roles)
{
    return change(by, userId, expectedVersion, u"user.set_roles"_s,
                  [&](domain::UserAccount &u) -> domain::Status {
                      if (auto r = checkRoles(roles, u.rpps); !r)
                          return r;
                      if (u.id == by.userId && !roles.contains(domain::Role::Admin))
                          return domain::fail(errc::UserSelfDemotion,
                                              Tr::tr("Vous ne pouvez pas retirer votre propre rôle "
                                                 "d'administrateur."));
                      u.roles = roles;
                      return {};
                  });
}

domain::Status UserAdmin::setActive(const domain::UserSession &by, qint64 userId,
                                    int expectedVersion, bool active)
{
    return change(by, userId, expectedVersion, u"user.set_active"_s,
                  [&](domain::UserAccount &u) -> domain::Status {
                      if (u.id == by.userId && !active)
                          return domain::fail(errc::UserSelfDisable,
                                              Tr::tr("Vous ne pouvez pas désactiver votre propre compte."));
                      u.active = active;
                      return {};
                  });
}

domain::Status UserAdmin::unlock(const domain::UserSession &by, qint64 userId)
{
    if (auto ok = requirePermission(by, domain::Permission::UserAdmin); !ok)
        return ok;
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto u = storage::UserRepository::get(tx, userId);
        if (!u)
            return std::unexpected(u.error());
        if (auto s = storage::UserRepository::recordLoginOutcome(tx, userId, 0, {}, {}); !s)
            return s;
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(by),
                                                  u"user.unlock"_s, u"user"_s, u->login);
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

domain::Status UserAdmin::resetPassword(const domain::UserSession &by, qint64 userId,
                                        int expectedVersion, const QString &password)
{
    return change(by, userId, expectedVersion, u"user.reset_password"_s,
                  [&](domain::UserAccount &u) -> domain::Status {
                      if (auto p = domain::PasswordPolicy::check(password, u.login); !p)
                          return p;
                      u.passwordHash = PasswordHasher(m_policy.pbkdf2Iterations).hash(password);
                      if (u.passwordHash.isEmpty())
                          return domain::fail(errc::AuthCrypto,
                                              Tr::tr("Échec du calcul de l'empreinte du mot de passe."));
                      return {};
                  });
}

} // namespace sgl::workflow
