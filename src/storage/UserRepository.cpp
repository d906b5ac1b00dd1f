#include "storage/UserRepository.h"

#include "storage/ErrorCodes.h"

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns = u"id, version, login, display_name, rpps, password_hash, active, "
                         "failed_attempts, locked_until, last_login_at, created_at"_s;

domain::UserAccount fromRow(const QSqlQuery &q, const Dialect &d)
{
    domain::UserAccount u;
    u.id = q.value(0).toLongLong();
    u.version = q.value(1).toInt();
    u.login = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.rpps = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.active = d.boolFromDb(q.value(6));
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = d.dateTimeFromDb(q.value(8));
    u.lastLoginAt = d.dateTimeFromDb(q.value(9));
    u.createdAt = d.dateTimeFromDb(q.value(10));
    return u;
}

domain::Status loadRoles(ReadTx &tx, domain::UserAccount &u)
{
    auto q = tx.query(u"SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"_s, {u.id});
    if (!q)
        return std::unexpected(q.error());
    u.roles.clear();
    while (q->next())
        if (auto r = domain::roleFromCode(q->value(0).toString()))
            u.roles << *r;
    return {};
}

domain::Status saveRoles(WriteTx &tx, const domain::UserAccount &u)
{
    if (auto d = tx.exec(u"DELETE FROM user_roles WHERE user_id = ?"_s, {u.id}); !d)
        return std::unexpected(d.error());
    for (domain::Role r : u.roles)
        if (auto i = tx.exec(u"INSERT INTO user_roles (user_id, role) VALUES (?, ?)"_s,
                             {u.id, domain::roleCode(r)});
            !i)
            return std::unexpected(i.error());
    return {};
}

domain::Result<QList<domain::UserAccount>> select(ReadTx &tx, const QString &where,
                                                  const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM users %2 ORDER BY login"_s.arg(kColumns, where), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::UserAccount> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    for (auto &u : out)
        if (auto s = loadRoles(tx, u); !s)
            return std::unexpected(s.error());
    return out;
}
} // namespace

domain::Status UserRepository::insert(WriteTx &tx, domain::UserAccount &u)
{
    u.login = u.login.trimmed().toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(u"INSERT INTO users (login, display_name, rpps, password_hash, active, "
                        "failed_attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"_s,
                        {u.login, u.displayName, u.rpps, u.passwordHash, tx.dialect().toDb(u.active),
                         tx.dialect().toDb(now), tx.dialect().toDb(now)});
    if (!id) {
        if (id.error().code == errc::Duplicate)
            return fail(errc::Duplicate,
                        u"L'identifiant « %1 » est déjà utilisé."_s.arg(u.login), u.login);
        return std::unexpected(id.error());
    }
    u.id = *id;
    u.version = 1;
    u.createdAt = now;
    return saveRoles(tx, u);
}

domain::Result<std::optional<domain::UserAccount>> UserRepository::findByLogin(ReadTx &tx,
                                                                               const QString &login)
{
    auto l = select(tx, u"WHERE login = ?"_s, {login.trimmed().toLower()});
    if (!l)
        return std::unexpected(l.error());
    if (l->isEmpty())
        return std::optional<domain::UserAccount>();
    return std::optional<domain::UserAccount>(l->first());
}

domain::Result<QList<domain::UserAccount>> UserRepository::findByRpps(ReadTx &tx, const QString &rpps)
{
    const QString key = rpps.trimmed();
    if (key.isEmpty())
        return QList<domain::UserAccount>();
    return select(tx, u"WHERE rpps = ?"_s, {key});
}

domain::Result<domain::UserAccount> UserRepository::get(ReadTx &tx, qint64 id)
{
    auto l = select(tx, u"WHERE id = ?"_s, {id});
    if (!l)
        return std::unexpected(l.error());
    if (l->isEmpty())
        return fail(errc::NotFound, u"Utilisateur %1 introuvable."_s.arg(id));
    return l->first();
}

domain::Result<QList<domain::UserAccount>> UserRepository::list(ReadTx &tx)
{
    return select(tx, {}, {});
}

domain::Status UserRepository::update(WriteTx &tx, domain::UserAccount &u)
{
    auto s = tx.execVersioned(u"UPDATE users SET version = version + 1, display_name = ?, "
                              "rpps = ?, password_hash = ?, active = ?, updated_at = ? "
                              "WHERE id = ? AND version = ?"_s,
                              {u.displayName, u.rpps, u.passwordHash, tx.dialect().toDb(u.active),
                               tx.dialect().toDb(QDateTime::currentDateTimeUtc()), u.id, u.version},
                              u"le compte %1"_s.arg(u.login));
    if (!s)
        return s;
    u.version += 1;
    return saveRoles(tx, u);
}

domain::Status UserRepository::recordLoginOutcome(WriteTx &tx, qint64 userId, int failedAttempts,
                                                  const QDateTime &lockedUntil,
                                                  const QDateTime &lastLoginAt)
{
    const QString sql = lastLoginAt.isValid()
        ? u"UPDATE users SET failed_attempts = ?, locked_until = ?, last_login_at = ? WHERE id = ?"_s
        : u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s;
    QVariantList binds{failedAttempts, tx.dialect().toDb(lockedUntil)};
    if (lastLoginAt.isValid())
        binds << tx.dialect().toDb(lastLoginAt);
    binds << userId;
    auto n = tx.exec(sql, binds);
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Status UserRepository::logAttempt(WriteTx &tx, const QString &login, bool success,
                                          const QString &workstation, const QString &reason)
{
    auto n = tx.exec(u"INSERT INTO login_attempts (login, at, success, workstation, reason) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {login.trimmed().toLower().left(200),
                      tx.dialect().toDb(QDateTime::currentDateTimeUtc()), tx.dialect().toDb(success),
                      workstation, reason});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

domain::Result<int> UserRepository::countAttempts(ReadTx &tx, const QString &login)
{
    auto q = tx.query(u"SELECT count(*) FROM login_attempts WHERE login = ?"_s,
                      {login.trimmed().toLower()});
    if (!q)
        return std::unexpected(q.error());
    const int n = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return n;
}

domain::Result<qint64> UserRepository::count(ReadTx &tx)
{
    auto q = tx.query(u"SELECT count(*) FROM users"_s);
    if (!q)
        return std::unexpected(q.error());
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

} // namespace sgl::storage
