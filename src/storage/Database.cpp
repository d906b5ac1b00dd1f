#include "storage/Database.h"

#include "storage/ErrorCodes.h"
#include "storage/MigrationRunner.h"
#include "storage/SqliteStatements.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

Q_LOGGING_CATEGORY(lcDb, "sgl.storage")

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"sgl-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool isSelectLike(const QString &sql)
{
    const QString head = sql.trimmed().left(6).toUpper();
    return head.startsWith(u"SELECT"_s) || head.startsWith(u"WITH"_s)
        || head.startsWith(u"PRAGMA"_s) || head.startsWith(u"VALUES"_s);
}
} // namespace

Database::Database(DbUrl url, OpenOptions options, QString connectionName)
    : m_url(std::move(url))
    , m_options(options)
    , m_dialect(m_url.kind == DbUrl::Kind::Sqlite ? Dialect::Kind::Sqlite : Dialect::Kind::Postgres)
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_statements.clear();
    m_sqlite.reset(); // finalized before Qt's driver closes the connection under it
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

domain::Result<std::unique_ptr<Database>> Database::open(const DbUrl &url, OpenOptions options)
{
    std::unique_ptr<Database> self(new Database(url, options, nextConnectionName()));
    const Dialect &d = self->m_dialect;
    if (!QSqlDatabase::isDriverAvailable(d.driverName()))
        return fail(errc::Open,
                    u"Pilote Qt %1 absent : installez le paquet libqt6sql6-%2."_s.arg(
                        d.driverName(), d.kind() == Dialect::Kind::Sqlite ? u"sqlite"_s
                                                                         : u"psql"_s));
    QSqlDatabase db = QSqlDatabase::addDatabase(d.driverName(), self->m_connectionName);
    if (url.kind == DbUrl::Kind::Sqlite) {
        if (url.memory) {
            db.setDatabaseName(u":memory:"_s);
        } else {
            const QFileInfo info(url.path);
            if (info.exists() && !info.isFile())
                return fail(errc::Open,
                            u"Le chemin de la base SQLite n'est pas un fichier."_s, url.path);
            if (!QDir().mkpath(info.absolutePath()))
                return fail(errc::Open,
                            u"Impossible de créer le dossier de la base SQLite."_s,
                            info.absolutePath());
            db.setDatabaseName(url.path);
        }
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!db.open())
            return fail(errc::Open,
                        u"Impossible d'ouvrir la base SQLite : %1"_s.arg(db.lastError().text()),
                        url.path);
        if (auto s = self->configureSqlite(); !s)
            return std::unexpected(s.error());
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        QString options = u"connect_timeout=%1;application_name=sgl"_s.arg(
            url.connectTimeoutSeconds);
        if (!url.sslMode.isEmpty())
            options += u";sslmode="_s + url.sslMode;
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString text = db.lastError().text();
            const QString where = url.redacted();
            const QString lower = text.toLower();
            if (lower.contains(u"password"_s) || lower.contains(u"mot de passe"_s))
                return fail(errc::Auth,
                            u"Connexion PostgreSQL refusée : mot de passe incorrect ou absent "
                            "pour l'utilisateur « %1 »."_s.arg(url.user),
                            where);
            if (lower.contains(u"does not exist"_s) || lower.contains(u"n'existe pas"_s))
                return fail(errc::Open,
                            u"Base ou rôle PostgreSQL inexistant : %1"_s.arg(text.trimmed()),
                            where);
            return fail(errc::Unreachable,
                        u"Serveur PostgreSQL injoignable sur %1:%2 (%3). Vérifiez qu'il est "
                        "démarré et accessible depuis ce poste."_s.arg(
                            url.host, QString::number(url.port), text.trimmed()),
                        where);
        }
        if (auto s = self->configurePostgres(); !s)
            return std::unexpected(s.error());
    }
    return self;
}

domain::Status Database::setSqliteForeignKeys(bool on)
{
    if (m_dialect.kind() != Dialect::Kind::Sqlite)
        return {};
    if (m_inTransaction)
        return fail(errc::Nested, u"Contrôle des clés étrangères modifiable hors transaction seulement."_s);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString sql = on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s;
    if (!q.exec(sql))
        return std::unexpected(errorFrom(q.lastError(), sql));
    return {};
}

domain::Status Database::configureSqlite()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s,
                        m_options.synchronousFull ? u"PRAGMA synchronous = FULL"_s
                                                  : u"PRAGMA synchronous = NORMAL"_s};
    if (!m_url.memory)
        pragmas.prepend(u"PRAGMA journal_mode = WAL"_s);
    // Reading the schema is what detects a file that is not a database (SQLITE_NOTADB).
    pragmas << u"SELECT count(*) FROM sqlite_master"_s;
    for (const QString &p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(p)) {
            const QSqlError e = q.lastError();
            if (m_dialect.isCorruption(e))
                return fail(errc::Corrupt,
                            u"Le fichier n'est pas une base SGL lisible (fichier endommagé ou "
                            "d'un autre type). Restaurez la dernière sauvegarde."_s,
                            m_url.path);
            return std::unexpected(errorFrom(e, p));
        }
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(errc::Open, u"Pilote Qt SQLite inattendu : connexion SQLite introuvable."_s, m_url.path);
    m_sqlite = std::make_unique<SqliteStatements>(*static_cast<sqlite3 *const *>(handle.constData()));
    return {};
}

domain::Status Database::configurePostgres()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList statements{u"SET TIME ZONE 'UTC'"_s};
    if (!m_url.schema.isEmpty()) {
        // The schema name was validated by DbUrl::parse (identifier characters only).
        statements << u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(m_url.schema)
                   << u"SET search_path TO %1"_s.arg(m_url.schema);
    }
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return std::unexpected(errorFrom(q.lastError(), s));
    }
    return {};
}

domain::Status Database::checkSchema()
{
    MigrationRunner runner(*this);
    auto state = runner.state();
    if (!state)
        return std::unexpected(state.error());
    if (!state->unknown.isEmpty())
        return std::unexpected(MigrationRunner::tooNewError(state->unknown));
    if (!state->pending.isEmpty())
        return fail(errc::NotMigrated,
                    u"La base n'est pas à jour (%1 migration(s) en attente). Lancez « sgl migrate »."_s
                        .arg(state->pending.size()),
                    m_url.redacted());
    return {};
}

domain::Error Database::errorFrom(const QSqlError &error, const QString &sql) const
{
    const QString location = sql.simplified().left(120);
    if (m_dialect.isRetryable(error))
        return {errc::Busy,
                u"Base de données occupée par un autre poste ; réessayez dans un instant."_s,
                location};
    if (m_dialect.isUniqueViolation(error))
        return {errc::Duplicate,
                u"Enregistrement en double refusé : %1"_s.arg(error.databaseText().trimmed()),
                location};
    if (m_dialect.isConstraintViolation(error))
        return {errc::Constraint,
                u"Contrainte d'intégrité non respectée : %1"_s.arg(error.databaseText().trimmed()),
                location};
    if (m_dialect.isCorruption(error))
        return {errc::Corrupt,
                u"La base SQLite est endommagée : restaurez la dernière sauvegarde."_s, location};
    const QString text = error.text().trimmed().toLower();
    if (text.contains(u"no such table"_s)
        || (text.contains(u"relation"_s) && text.contains(u"does not exist"_s)))
        return {errc::NotMigrated,
                u"Table absente : la base n'est pas initialisée. Lancez « sgl init-db » ou "
                "« sgl migrate »."_s,
                location};
    return {errc::Query,
            u"Erreur de base de données : %1"_s.arg(error.text().trimmed()), location};
}

domain::Status Database::begin(bool write)
{
    if (QThread::currentThread() != m_thread)
        return fail(errc::WrongThread,
                    u"Connexion utilisée depuis un autre fil d'exécution que celui qui l'a "
                    "ouverte (erreur de programmation) : ouvrez une Database par fil."_s);
    return execControl(write ? m_dialect.beginWriteSql() : m_dialect.beginReadSql());
}

domain::Result<RowSet> Database::execRows(const QString &sql, const QVariantList &binds)
{
    if (m_sqlite) {
        auto r = m_sqlite->select(sql, binds);
        if (!r)
            return std::unexpected(errorFrom(r.error(), sql));
        return std::move(*r);
    }
    auto q = execPrepared(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    const int columns = q->record().count();
    QList<QVariant> values;
    while (q->next())
        for (int i = 0; i < columns; ++i)
            values << q->value(i);
    q->finish();
    return RowSet(columns, std::move(values));
}

domain::Status Database::execControl(const QString &sql)
{
    if (m_sqlite) {
        if (auto r = m_sqlite->run(sql, {}, false); !r)
            return std::unexpected(errorFrom(r.error(), sql));
        return {};
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return std::unexpected(errorFrom(q.lastError(), sql));
    return {};
}

domain::Result<Database::WriteOutcome> Database::execWrite(const QString &sql, const QVariantList &binds,
                                                           bool returnsIds)
{
    WriteOutcome out;
    if (m_sqlite) {
        auto r = m_sqlite->run(sql, binds, returnsIds);
        if (!r)
            return std::unexpected(errorFrom(r.error(), sql));
        out.changes = r->changes;
        out.ids = std::move(r->firstColumn);
        return out;
    }
    auto q = execPrepared(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    if (returnsIds)
        while (q->next())
            out.ids << q->value(0).toLongLong();
    out.changes = q->numRowsAffected();
    q->finish();
    return out;
}

void Database::finishStatements()
{
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
        if (it->isActive())
            it->finish();
}

domain::Status Database::commit()
{
    finishStatements();
    if (auto c = execControl(u"COMMIT"_s); !c) {
        rollback();
        return c;
    }
    return {};
}

void Database::rollback()
{
    finishStatements();
    if (auto r = execControl(u"ROLLBACK"_s); !r)
        qCDebug(lcDb) << "rollback:" << r.error().message; // nothing open: harmless
}

void Database::backoff(int attempt, const domain::Error &why)
{
    ++m_retries;
    const int delay = m_options.retryBaseDelayMs * attempt
        + int(QRandomGenerator::global()->bounded(m_options.retryBaseDelayMs + 1));
    qCWarning(lcDb) << "transaction retried, attempt" << attempt + 1 << "after" << delay
                    << "ms:" << why.code << why.location;
    QThread::msleep(static_cast<unsigned long>(delay));
}

domain::Result<QSqlQuery> Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    // Statements are kept for reuse; generated texts (multi-row inserts, updates of the changed
    // columns only) make the set grow with the shapes met, so past a bound the idle ones go.
    constexpr qsizetype kStatementCacheLimit = 512;
    if (m_statements.size() >= kStatementCacheLimit)
        m_statements.removeIf([](QHash<QString, QSqlQuery>::iterator it) { return !it->isActive(); });
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // QPSQL forward-only uses single-row mode, which discards the rest of a result when
    // another statement runs: keep full results there so nested iteration stays correct.
    q.setForwardOnly(m_dialect.kind() == Dialect::Kind::Sqlite);
    if (!q.prepare(sql))
        return std::unexpected(errorFrom(q.lastError(), sql));
    m_statements.insert(sql, q);
    return q;
}

domain::Result<QSqlQuery> Database::execPrepared(const QString &sql, const QVariantList &binds)
{
    auto q = prepared(sql);
    if (!q)
        return q;
    if (q->isActive())
        q->finish();
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        // Convention: NULL is an invalid QVariant(); a null QString is an empty text (QtSql
        // would otherwise bind it as NULL and break NOT NULL DEFAULT '' columns).
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(int(i), QString(u""_s));
        else
            q->bindValue(int(i), v);
    }
    if (!q->exec())
        return std::unexpected(errorFrom(q->lastError(), sql));
    return q;
}

domain::Result<QSqlQuery> ReadTx::query(const QString &sql, const QVariantList &binds)
{
    if (!m_writable && !isSelectLike(sql))
        return fail(errc::Query,
                    u"Écriture refusée dans une transaction en lecture seule."_s, sql.left(120));
    return m_db.execPrepared(sql, binds);
}

domain::Result<RowSet> ReadTx::rows(const QString &sql, const QVariantList &binds)
{
    if (!isSelectLike(sql))
        return fail(errc::Query, u"Lecture attendue : seule une requête SELECT renvoie des lignes."_s,
                    sql.left(120));
    return m_db.execRows(sql, binds);
}

const Dialect &ReadTx::dialect() const
{
    return m_db.m_dialect;
}

domain::Result<qint64> WriteTx::exec(const QString &sql, const QVariantList &binds)
{
    auto w = m_db.execWrite(sql, binds, false);
    if (!w)
        return std::unexpected(w.error());
    return w->changes;
}

domain::Result<qint64> WriteTx::insert(const QString &sql, const QVariantList &binds)
{
    auto w = m_db.execWrite(sql + u" RETURNING id"_s, binds, true);
    if (!w)
        return std::unexpected(w.error());
    if (w->ids.isEmpty())
        return fail(errc::Query, u"L'insertion n'a pas renvoyé d'identifiant."_s, sql.left(120));
    return w->ids.first();
}

domain::Result<QList<qint64>> WriteTx::insertMany(const QString &table, const QStringList &columns,
                                                  const QList<QVariantList> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    const int perStatement = dialect().rowsPerInsert(int(columns.size()));
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    const QString tuple = u"("_s + marks.join(u", "_s) + u")"_s;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype n = std::min<qsizetype>(perStatement, rows.size() - start);
        QStringList tuples;
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (qsizetype r = start; r < start + n; ++r) {
            if (rows[r].size() != columns.size())
                return fail(errc::Query, u"Nombre de valeurs incorrect pour %1."_s.arg(table));
            tuples << tuple;
            binds << rows[r];
        }
        auto w = m_db.execWrite(head + tuples.join(u", "_s) + u" RETURNING id"_s, binds, true);
        if (!w)
            return std::unexpected(w.error());
        QList<qint64> chunk = std::move(w->ids);
        if (chunk.size() != n)
            return fail(errc::Query, u"L'insertion n'a pas renvoyé tous les identifiants."_s,
                        table);
        // Identity values are drawn in VALUES order within one statement.
        std::sort(chunk.begin(), chunk.end());
        ids << chunk;
    }
    return ids;
}

domain::Status WriteTx::execVersioned(const QString &sql, const QVariantList &binds,
                                      const QString &what)
{
    auto n = exec(sql, binds);
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return fail(errc::Conflict,
                    u"Modification refusée : %1 a été modifié entre-temps par un autre poste. "
                    "Rechargez puis recommencez."_s.arg(what),
                    what);
    return {};
}

domain::Status WriteTx::execRaw(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_db.m_connectionName, false));
    if (!q.exec(sql))
        return std::unexpected(m_db.errorFrom(q.lastError(), sql));
    return {};
}

} // namespace sgl::storage
