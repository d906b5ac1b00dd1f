#include "storage/MigrationRunner.h"

#include "storage/Database.h"
#include "storage/ErrorCodes.h"
#include "storage/SqlScript.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

domain::Result<QList<Migration>> MigrationRunner::available() const
{
    const QString dir = m_root + u'/' + m_db.dialect().name();
    static const QRegularExpression re(u"^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"_s);
    QList<Migration> out;
    QSet<int> seen;
    const QStringList files = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            return fail(errc::Migration,
                        u"Nom de fichier de migration invalide (attendu NNNN_nom.sql)."_s, file);
        Migration mig;
        mig.number = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.resource = dir + u'/' + file;
        if (seen.contains(mig.number))
            return fail(errc::Migration,
                        u"Deux migrations portent le numéro %1."_s.arg(mig.number), file);
        seen.insert(mig.number);
        QFile f(mig.resource);
        if (!f.open(QIODevice::ReadOnly))
            return fail(errc::Migration, u"Migration illisible."_s, mig.resource);
        mig.checksum = QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        out << mig;
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.number < b.number; });
    return out;
}

int MigrationRunner::latestAvailable() const
{
    auto all = available();
    return (!all || all->isEmpty()) ? 0 : all->last().number;
}

domain::Error MigrationRunner::tooNewError(const QList<int> &unknown)
{
    QStringList numbers;
    for (int n : unknown)
        numbers << u"%1"_s.arg(n, 4, 10, QChar(u'0'));
    return {errc::TooNew,
            u"La base de données a été mise à jour par une version plus récente de SGL "
            "(migration(s) %1 inconnue(s) de ce programme). Installez la version la plus "
            "récente sur ce poste ; la base n'a pas été modifiée."_s.arg(numbers.join(u", "_s)),
            {}};
}

domain::Status MigrationRunner::ensureVersionTable()
{
    const QString type = m_db.dialect().timestampType();
    return m_db.write([&](WriteTx &tx) -> domain::Status {
        return tx.execRaw(u"CREATE TABLE IF NOT EXISTS schema_version ("
                          "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                          "checksum TEXT NOT NULL, applied_at %1 NOT NULL)"_s.arg(type));
    });
}

domain::Result<MigrationRunner::State> MigrationRunner::state()
{
    auto all = available();
    if (!all)
        return std::unexpected(all.error());
    if (auto s = ensureVersionTable(); !s)
        return std::unexpected(s.error());
    auto applied = m_db.read([&](ReadTx &tx) -> domain::Result<QList<int>> {
        auto q = tx.query(u"SELECT version FROM schema_version ORDER BY version"_s);
        if (!q)
            return std::unexpected(q.error());
        QList<int> v;
        while (q->next())
            v << q->value(0).toInt();
        return v;
    });
    if (!applied)
        return std::unexpected(applied.error());
    State st;
    st.applied = *applied;
    QSet<int> known;
    for (const Migration &m : *all) {
        known.insert(m.number);
        if (!st.applied.contains(m.number))
            st.pending << m;
    }
    for (int v : st.applied)
        if (!known.contains(v))
            st.unknown << v;
    return st;
}

domain::Result<int> MigrationRunner::migrate()
{
    auto st = state();
    if (!st)
        return std::unexpected(st.error());
    if (!st->unknown.isEmpty())
        return std::unexpected(tooNewError(st->unknown));
    int count = 0;
    for (const Migration &m : std::as_const(st->pending)) {
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return fail(errc::Migration, u"Migration illisible."_s, m.resource);
        const QString script = QString::fromUtf8(f.readAll());
        const QStringList statements = SqlScript::split(script);
        // A SQLite migration that rebuilds a table other tables reference runs with foreign keys
        // off (they cannot change inside a transaction) and checks them all before committing.
        const bool foreignKeysOff = m_db.dialect().kind() == Dialect::Kind::Sqlite
            && script.startsWith(u"-- sgl:foreign-keys-off"_s);
        if (foreignKeysOff)
            if (auto off = m_db.setSqliteForeignKeys(false); !off)
                return std::unexpected(off.error());
        auto applied = m_db.write([&](WriteTx &tx) -> domain::Result<bool> {
            // Another workstation may have applied it meanwhile: re-check inside the lock.
            if (tx.dialect().kind() == Dialect::Kind::Postgres)
                if (auto l = tx.execRaw(u"LOCK TABLE schema_version IN EXCLUSIVE MODE"_s); !l)
                    return std::unexpected(l.error());
            auto q = tx.query(u"SELECT count(*) FROM schema_version WHERE version = ?"_s,
                              {m.number});
            if (!q)
                return std::unexpected(q.error());
            const bool done = q->next() && q->value(0).toInt() > 0;
            q->finish();
            if (done)
                return false;
            for (const QString &sql : statements) {
                if (auto s = tx.execRaw(sql); !s) {
                    domain::Error e = s.error();
                    return fail(errc::Migration,
                                u"Échec de la migration %1_%2 ; rien n'a été appliqué pour "
                                "elle : %3"_s.arg(m.number, 4, 10, QChar(u'0')).arg(m.name, e.message),
                                m.resource);
                }
            }
            if (foreignKeysOff) {
                auto violations = tx.query(u"PRAGMA foreign_key_check"_s);
                if (!violations)
                    return std::unexpected(violations.error());
                if (violations->next())
                    return fail(errc::Migration,
                                u"Échec de la migration %1_%2 ; rien n'a été appliqué pour elle : la table %3 "
                                "a une référence sans ligne correspondante dans %4 (ligne %5)."_s
                                    .arg(m.number, 4, 10, QChar(u'0'))
                                    .arg(m.name, violations->value(0).toString(), violations->value(2).toString(),
                                         violations->value(1).toString()),
                                m.resource);
            }
            auto ins = tx.exec(u"INSERT INTO schema_version (version, name, checksum, applied_at) "
                               "VALUES (?, ?, ?, ?)"_s,
                               {m.number, m.name, m.checksum,
                                tx.dialect().toDb(QDateTime::currentDateTimeUtc())});
            if (!ins)
                return std::unexpected(ins.error());
            return true;
        });
        if (foreignKeysOff)
            if (auto on = m_db.setSqliteForeignKeys(true); !on && applied)
                return std::unexpected(on.error());
        if (!applied)
            return std::unexpected(applied.error());
        if (*applied)
            ++count;
    }
    return count;
}

} // namespace sgl::storage
