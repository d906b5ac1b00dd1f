// Two dialects, one schema: every migration is written twice by hand (resources/sql/sqlite and
// resources/sql/postgresql). This test migrates both and compares what each database reports
// about itself (SQLite pragmas, PostgreSQL catalogs): tables, columns, type families, nullability,
// primary keys, foreign keys with their ON DELETE action, and indexes (unique or not, columns,
// partial-index condition). Anything one dialect has and the other lacks is listed.

#include "StorageFixture.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

/** One table as both dialects can describe it, normalised. */
struct TableShape {
    QMap<QString, QString> columns; ///< name -> "family [NOT NULL]"
    QStringList primaryKey;
    QSet<QString> foreignKeys;      ///< "(a, b) -> table(x, y) ON DELETE action"
    QSet<QString> indexes;          ///< "UNIQUE? (a, b) WHERE condition?"
};
using Schema = QMap<QString, TableShape>;

/** Type families: what a column can hold, whatever each dialect calls it. */
QString sqliteFamily(const QString &declared, bool boolean)
{
    const QString t = declared.toUpper();
    if (boolean)
        return u"boolean"_s;
    if (t.contains(u"INT"_s))
        return u"integer"_s;
    if (t.contains(u"REAL"_s) || t.contains(u"DOUB"_s) || t.contains(u"FLOA"_s))
        return u"real"_s;
    if (t.contains(u"BLOB"_s))
        return u"blob"_s;
    // SQLite stores timestamps and dates as ISO text (Dialect::toDb): text covers them.
    return u"text"_s;
}

QString postgresFamily(const QString &dataType)
{
    const QString t = dataType.toLower();
    if (t == u"boolean"_s)
        return u"boolean"_s;
    if (t == u"bigint"_s || t == u"integer"_s || t == u"smallint"_s)
        return u"integer"_s;
    if (t == u"double precision"_s || t == u"real"_s || t == u"numeric"_s)
        return u"real"_s;
    if (t == u"bytea"_s)
        return u"blob"_s;
    if (t.startsWith(u"timestamp"_s) || t == u"date"_s || t == u"text"_s || t.startsWith(u"character"_s))
        return u"text"_s;
    return u"unknown:"_s + t;
}

QString normalisedCondition(QString where)
{
    where = where.toLower();
    where.remove(QRegularExpression(u"::[a-z ]+"_s)); // PostgreSQL's casts ('x'::text)
    where.remove(QRegularExpression(u"[()\\s]"_s));
    return where;
}

QString indexKey(bool unique, const QStringList &columns, const QString &where)
{
    QString key = (unique ? u"UNIQUE "_s : QString()) + u"("_s + columns.join(u", "_s) + u")"_s;
    if (!where.isEmpty())
        key += u" WHERE "_s + normalisedCondition(where);
    return key;
}

QString onDelete(QString action)
{
    action = action.trimmed().toUpper();
    return action.isEmpty() ? u"NO ACTION"_s : action;
}

domain::Result<Schema> sqliteSchema(storage::ReadTx &tx)
{
    Schema schema;
    auto tables = tx.query(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name"_s);
    if (!tables)
        return std::unexpected(tables.error());
    QMap<QString, QString> ddl;
    while (tables->next())
        ddl.insert(tables->value(0).toString(), tables->value(1).toString());
    // A 0/1 integer is a boolean when a CHECK or a trigger (SQLite cannot add a CHECK later)
    // holds it to 0 and 1.
    auto triggers = tx.query(u"SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"_s);
    if (!triggers)
        return std::unexpected(triggers.error());
    QMap<QString, QString> triggerSql;
    while (triggers->next())
        triggerSql[triggers->value(0).toString()] += triggers->value(1).toString() + u'\n';
    for (auto it = ddl.cbegin(); it != ddl.cend(); ++it) {
        const QString &table = it.key();
        TableShape shape;
        QSqlQuery q = *tx.query(u"PRAGMA table_info(\"%1\")"_s.arg(table));
        QMap<int, QString> pk;
        while (q.next()) {
            const QString name = q.value(1).toString();
            const bool boolean =
                it.value().contains(QRegularExpression(
                    u"\\b%1\\b[^,]*CHECK\\s*\\(\\s*%1\\s+IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)\\s*\\)"_s.arg(name),
                    QRegularExpression::CaseInsensitiveOption))
                || triggerSql.value(table).contains(QRegularExpression(
                    u"NEW\\.%1\\s+NOT\\s+IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)"_s.arg(name),
                    QRegularExpression::CaseInsensitiveOption));
            const bool inPk = q.value(5).toInt() > 0;
            if (inPk)
                pk.insert(q.value(5).toInt(), name);
            // A primary key column cannot hold NULL in either dialect, whatever SQLite's pragma says.
            const bool notNull = q.value(3).toInt() != 0 || inPk;
            shape.columns.insert(name, sqliteFamily(q.value(2).toString(), boolean) + (notNull ? u" NOT NULL"_s : QString()));
        }
        shape.primaryKey = pk.values();
        QSqlQuery fk = *tx.query(u"PRAGMA foreign_key_list(\"%1\")"_s.arg(table));
        QMap<int, std::tuple<QString, QStringList, QStringList, QString>> byId;
        while (fk.next()) {
            auto &[target, from, to, action] = byId[fk.value(0).toInt()];
            target = fk.value(2).toString();
            from << fk.value(3).toString();
            to << fk.value(4).toString();
            action = fk.value(6).toString();
        }
        for (const auto &[target, from, to, action] : byId)
            shape.foreignKeys.insert(u"(%1) -> %2(%3) ON DELETE %4"_s.arg(from.join(u", "_s), target, to.join(u", "_s),
                                                                          onDelete(action)));
        QSqlQuery idx = *tx.query(u"PRAGMA index_list(\"%1\")"_s.arg(table));
        QList<std::tuple<QString, bool, QString>> list;
        while (idx.next())
            list.append({idx.value(1).toString(), idx.value(2).toInt() != 0, idx.value(3).toString()});
        for (const auto &[name, unique, origin] : list) {
            if (origin == u"pk"_s)
                continue;
            QSqlQuery cols = *tx.query(u"PRAGMA index_info(\"%1\")"_s.arg(name));
            QStringList columns;
            while (cols.next())
                columns << cols.value(2).toString();
            QString where;
            QSqlQuery def = *tx.query(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s, {name});
            if (def.next()) {
                const QString sql = def.value(0).toString();
                const qsizetype at = sql.indexOf(u" WHERE "_s, 0, Qt::CaseInsensitive);
                if (at >= 0)
                    where = sql.mid(at + 7);
            }
            shape.indexes.insert(indexKey(unique, columns, where));
        }
        schema.insert(table, shape);
    }
    return schema;
}

domain::Result<Schema> postgresSchema(storage::ReadTx &tx)
{
    Schema schema;
    auto columns = tx.query(u"SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"_s);
    if (!columns)
        return std::unexpected(columns.error());
    while (columns->next())
        schema[columns->value(0).toString()].columns.insert(
            columns->value(1).toString(),
            postgresFamily(columns->value(2).toString())
                + (columns->value(3).toString() == u"NO"_s ? u" NOT NULL"_s : QString()));
    // An integer column held to 0 and 1 by a CHECK is a boolean, as on SQLite.
    auto checks = tx.query(u"SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
                           "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE k.contype = 'c' AND n.nspname = current_schema()"_s);
    if (!checks)
        return std::unexpected(checks.error());
    const QRegularExpression zeroOne(u"\\(\\(?(\\w+) = ANY \\(ARRAY\\[0, 1\\]\\)\\)"_s);
    while (checks->next()) {
        const auto m = zeroOne.match(checks->value(1).toString());
        TableShape &shape = schema[checks->value(0).toString()];
        if (m.hasMatch() && shape.columns.value(m.captured(1)).startsWith(u"integer"_s))
            shape.columns[m.captured(1)].replace(0, 7, u"boolean"_s);
    }
    auto keys = tx.query(u"SELECT c.relname, i.indisprimary, i.indisunique, pg_get_indexdef(i.indexrelid) "
                         "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                         "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"_s);
    if (!keys)
        return std::unexpected(keys.error());
    const QRegularExpression indexDef(u"USING \\w+ \\((.*?)\\)(?: WHERE (.*))?$"_s);
    while (keys->next()) {
        TableShape &shape = schema[keys->value(0).toString()];
        const auto m = indexDef.match(keys->value(3).toString());
        QStringList cols = m.captured(1).split(u',');
        for (QString &c : cols)
            c = c.trimmed().remove(u'"');
        if (keys->value(1).toBool())
            shape.primaryKey = cols;
        else
            shape.indexes.insert(indexKey(keys->value(2).toBool(), cols, m.captured(2)));
    }
    auto fks = tx.query(u"SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
                        "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE k.contype = 'f' AND n.nspname = current_schema()"_s);
    if (!fks)
        return std::unexpected(fks.error());
    const QRegularExpression fkDef(u"FOREIGN KEY \\((.*?)\\) REFERENCES (?:\\w+\\.)?(\\w+)\\((.*?)\\)(?:.*ON DELETE ((?:SET )?\\w+(?: ACTION)?))?"_s);
    while (fks->next()) {
        const auto m = fkDef.match(fks->value(1).toString());
        schema[fks->value(0).toString()].foreignKeys.insert(
            u"(%1) -> %2(%3) ON DELETE %4"_s.arg(m.captured(1), m.captured(2), m.captured(3), onDelete(m.captured(4))));
    }
    return schema;
}

/** Every difference between the two, one line each; empty when they agree. */
QStringList differences(const Schema &sqlite, const Schema &postgres)
{
    QStringList out;
    const auto both = [](const QSet<QString> &a, const QSet<QString> &b, const QString &what, const QString &table,
                         QStringList &out) {
        for (const QString &x : a - b)
            out << u"%1 : %2 « %3 » seulement sous SQLite"_s.arg(table, what, x);
        for (const QString &x : b - a)
            out << u"%1 : %2 « %3 » seulement sous PostgreSQL"_s.arg(table, what, x);
    };
    const QSet<QString> tablesS(sqlite.keyBegin(), sqlite.keyEnd());
    const QSet<QString> tablesP(postgres.keyBegin(), postgres.keyEnd());
    both(tablesS, tablesP, u"table"_s, u"schéma"_s, out);
    for (const QString &table : tablesS & tablesP) {
        const TableShape &s = sqlite[table];
        const TableShape &p = postgres[table];
        for (auto it = s.columns.cbegin(); it != s.columns.cend(); ++it) {
            if (!p.columns.contains(it.key()))
                out << u"%1 : colonne « %2 » seulement sous SQLite"_s.arg(table, it.key());
            else if (p.columns[it.key()] != it.value())
                out << u"%1.%2 : « %3 » sous SQLite, « %4 » sous PostgreSQL"_s.arg(table, it.key(), it.value(),
                                                                                   p.columns[it.key()]);
        }
        for (auto it = p.columns.cbegin(); it != p.columns.cend(); ++it)
            if (!s.columns.contains(it.key()))
                out << u"%1 : colonne « %2 » seulement sous PostgreSQL"_s.arg(table, it.key());
        if (s.primaryKey != p.primaryKey)
            out << u"%1 : clé primaire (%2) sous SQLite, (%3) sous PostgreSQL"_s.arg(table, s.primaryKey.join(u", "_s),
                                                                                    p.primaryKey.join(u", "_s));
        both(s.foreignKeys, p.foreignKeys, u"clé étrangère"_s, table, out);
        both(s.indexes, p.indexes, u"index"_s, table, out);
    }
    out.sort();
    return out;
}

domain::Result<Schema> migratedSchema(Backend backend, sgl::testing::ScratchDatabase &scratch)
{
    auto url = storage::DbUrl::parse(scratch.url());
    if (!url)
        return std::unexpected(url.error());
    auto db = storage::Database::open(*url);
    if (!db)
        return std::unexpected(db.error());
    if (auto applied = storage::MigrationRunner(**db).migrate(); !applied)
        return std::unexpected(applied.error());
    return (*db)->read([&](storage::ReadTx &tx) {
        return backend == Backend::Sqlite ? sqliteSchema(tx) : postgresSchema(tx);
    });
}

} // namespace

TEST(SchemaParity, BothDialectsMigrateToTheSameSchema)
{
    sgl::testing::ScratchDatabase sqliteDb(Backend::Sqlite);
    sgl::testing::ScratchDatabase postgresDb(Backend::Postgres);
    if (!postgresDb.skipReason.empty())
        GTEST_SKIP() << postgresDb.skipReason;
    auto sqlite = migratedSchema(Backend::Sqlite, sqliteDb);
    ASSERT_TRUE(sqlite) << sqlite.error().toString().toStdString();
    auto postgres = migratedSchema(Backend::Postgres, postgresDb);
    ASSERT_TRUE(postgres) << postgres.error().toString().toStdString();
    // The comparison saw the schema, not an empty catalog: the core tables with their keys.
    ASSERT_GE(sqlite->size(), 20);
    ASSERT_TRUE(sqlite->contains(u"results"_s) && postgres->contains(u"results"_s));
    EXPECT_EQ((*sqlite)[u"results"_s].primaryKey, QStringList{u"id"_s});
    EXPECT_TRUE((*postgres)[u"results"_s].foreignKeys.contains(u"(dossier_id) -> dossiers(id) ON DELETE CASCADE"_s));
    const QStringList diff = differences(*sqlite, *postgres);
    EXPECT_TRUE(diff.isEmpty()) << diff.join(u'\n').toStdString();
}

// Negative control: the comparison sees a column, a type, a nullability, a key and an index that
// differ (a schema changed on one side only, as a forgotten migration would leave it).
TEST(SchemaParity, DifferencesAreNamed)
{
    Schema a;
    TableShape t;
    t.columns = {{u"id"_s, u"integer NOT NULL"_s}, {u"code"_s, u"text NOT NULL"_s}, {u"active"_s, u"boolean NOT NULL"_s}};
    t.primaryKey = {u"id"_s};
    t.foreignKeys = {u"(patient_id) -> patients(id) ON DELETE CASCADE"_s};
    t.indexes = {u"UNIQUE (code)"_s};
    a.insert(u"items"_s, t);
    EXPECT_TRUE(differences(a, a).isEmpty());
    Schema b = a;
    b[u"items"_s].columns[u"code"_s] = u"text"_s;                  // nullable on one side
    b[u"items"_s].columns[u"active"_s] = u"integer NOT NULL"_s;    // type family
    b[u"items"_s].columns.insert(u"extra"_s, u"text"_s);           // column added on one side
    b[u"items"_s].foreignKeys = {u"(patient_id) -> patients(id) ON DELETE NO ACTION"_s};
    b[u"items"_s].indexes.clear();
    b.insert(u"orphan"_s, {});
    const QStringList diff = differences(a, b);
    EXPECT_EQ(diff.size(), 7) << diff.join(u'\n').toStdString();
    EXPECT_TRUE(diff.contains(u"items.code : « text NOT NULL » sous SQLite, « text » sous PostgreSQL"_s))
        << diff.join(u'\n').toStdString();
    EXPECT_TRUE(diff.contains(u"items : colonne « extra » seulement sous PostgreSQL"_s));
    EXPECT_TRUE(diff.contains(u"schéma : table « orphan » seulement sous PostgreSQL"_s));
    EXPECT_TRUE(diff.contains(u"items : index « UNIQUE (code) » seulement sous SQLite"_s));
}
