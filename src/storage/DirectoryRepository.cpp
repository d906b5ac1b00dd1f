#include "storage/DirectoryRepository.h"

#include "domain/directory/DirectoryKey.h"
#include "storage/DirectoryFilesRepository.h"
#include "storage/DirectoryProfessionalKeys.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace sgl::storage {

using namespace Qt::StringLiterals;
using domain::DirectoryGeneration;

namespace {

// Rows per multi-row INSERT: 24 columns × 100 rows stays far below both engines' limits on bound
// parameters (SQLite 32766, PostgreSQL 65535) while sending one statement per 100 lines.
constexpr int kRowsPerStatement = 100;

const QStringList kProfessionalColumns{
    u"generation"_s,    u"id_pp"_s,         u"id_type"_s,          u"national_id"_s, u"practice_civility_code"_s,
    u"practice_civility"_s, u"civility_code"_s, u"civility"_s,     u"last_name"_s,   u"first_name"_s,
    u"name_key"_s,      u"profession_code"_s, u"profession"_s,     u"profession_key"_s, u"category_code"_s,
    u"category"_s};
const QStringList kActivityColumns{
    u"generation"_s,   u"line"_s,          u"id_pp"_s,          u"skill_type_code"_s, u"skill_code"_s,
    u"skill_label"_s,  u"practice_mode_code"_s, u"practice_mode_label"_s, u"structure_id"_s, u"structure_name"_s,
    u"siret"_s,        u"finess"_s,        u"address"_s,        u"postcode"_s,        u"city_code"_s,
    u"city"_s,         u"city_key"_s,      u"phone"_s,          u"email"_s,           u"mssante"_s,
    u"role_code"_s,    u"role_label"_s,    u"sector_code"_s,    u"sector_label"_s};

QString multiRowInsert(const QString &table, const QStringList &columns, int rows, const QString &suffix)
{
    const QString one = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    return u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s)) + QStringList(rows, one).join(u", "_s)
        + suffix;
}

/** Runs `rows` (each columns.size() values) as multi-row INSERTs of at most kRowsPerStatement. */
domain::Status insertRows(WriteTx &tx, const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                          const QString &suffix)
{
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const int n = int(std::min<qsizetype>(kRowsPerStatement, rows.size() - start));
        QVariantList binds;
        binds.reserve(n * columns.size());
        for (qsizetype i = start; i < start + n; ++i)
            binds += rows[i];
        if (auto r = tx.exec(multiRowInsert(table, columns, n, suffix), binds); !r)
            return std::unexpected(r.error());
    }
    return {};
}

DirectoryGeneration::Status statusFrom(const QString &s)
{
    if (s == u"active"_s)
        return DirectoryGeneration::Status::Active;
    if (s == u"retired"_s)
        return DirectoryGeneration::Status::Retired;
    return DirectoryGeneration::Status::Loading;
}

const QString kGenerationColumns =
    u"id, status, file_names, started_at, finished_at, row_count, professional_count, imported_by"_s;

DirectoryGeneration generationFrom(const QSqlQuery &q, const Dialect &dialect)
{
    DirectoryGeneration g;
    g.id = q.value(0).toLongLong();
    g.status = statusFrom(q.value(1).toString());
    g.fileNames = q.value(2).toString().split(u'|', Qt::SkipEmptyParts);
    g.startedAt = dialect.dateTimeFromDb(q.value(3));
    g.finishedAt = q.value(4).isNull() ? QDateTime() : dialect.dateTimeFromDb(q.value(4));
    g.rowCount = q.value(5).toLongLong();
    g.professionalCount = q.value(6).toLongLong();
    g.importedBy = q.value(7).toString();
    return g;
}

domain::Result<qint64> count(ReadTx &tx, const QString &sql, qint64 generation)
{
    auto q = tx.query(sql, {generation});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

const QString kProfessionalSelect =
    u"p.id_pp, p.id_type, p.national_id, p.practice_civility_code, p.practice_civility, p.civility_code, p.civility, "
    "p.last_name, p.first_name, p.profession_code, p.profession, p.category_code, p.category"_s;

domain::DirectoryProfessional professionalFrom(const QSqlQuery &q)
{
    domain::DirectoryProfessional p;
    p.idPp = q.value(0).toString();
    p.idType = q.value(1).toString();
    p.nationalId = q.value(2).toString();
    p.practiceCivilityCode = q.value(3).toString();
    p.practiceCivility = q.value(4).toString();
    p.civilityCode = q.value(5).toString();
    p.civility = q.value(6).toString();
    p.lastName = q.value(7).toString();
    p.firstName = q.value(8).toString();
    p.professionCode = q.value(9).toString();
    p.profession = q.value(10).toString();
    p.categoryCode = q.value(11).toString();
    p.category = q.value(12).toString();
    return p;
}

/** " AND ..." conditions of a search with their bound values; empty criteria add nothing. */
struct SqlFilter {
    QString sql;
    QVariantList binds;

    void equal(const QString &column, const QString &value)
    {
        if (value.isEmpty())
            return;
        sql += u" AND %1 = ?"_s.arg(column);
        binds << value;
    }
    // A prefix is an index range (bounds of DirectoryKey): the keys hold only A-Z0-9, whose
    // order is the same under every collation. The range is exact when the bound is the prefix
    // with its last character incremented; a bound that dropped trailing '9's (or none, for
    // 'Z's and '9's only) also takes longer keys, which substr() removes. substr() is not added
    // otherwise: PostgreSQL cannot estimate it and would then expect a city's thousands of
    // activities to be a few hundred, and choose a plan that reads them all.
    void prefix(const QString &column, const QString &key)
    {
        if (key.isEmpty())
            return;
        sql += u" AND %1 >= ?"_s.arg(column);
        binds << key;
        const QString upper = domain::DirectoryKey::upperBound(key);
        if (!upper.isEmpty()) {
            sql += u" AND %1 < ?"_s.arg(column);
            binds << upper;
        }
        if (upper.size() != key.size()) {
            sql += u" AND substr(%1, 1, %2) = ?"_s.arg(column).arg(key.size());
            binds << key;
        }
    }
};

/** Whether fewer than `limit` activities of `generation` match `place` (counted on the index, at most `limit`). */
domain::Result<bool> fewPlaceRows(ReadTx &tx, qint64 generation, const SqlFilter &place, int limit)
{
    if (limit <= 0)
        return false;
    auto q = tx.query(u"SELECT COUNT(*) FROM (SELECT 1 FROM directory_activities a WHERE a.generation = ?"_s + place.sql
                          + u" LIMIT ?) n"_s,
                      QVariantList{generation} + place.binds + QVariantList{limit});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toLongLong() < limit;
}

/** Every activity of `professionals` in one statement, in line order per professional. */
domain::Status attachActivities(ReadTx &tx, qint64 generation, QList<domain::DirectoryProfessional> &professionals)
{
    if (professionals.isEmpty())
        return {};
    const auto keys = DirectoryProfessionalKeys::of(generation, professionals);
    const auto &index = keys.index;
    auto q = tx.query(u"SELECT id_pp, skill_type_code, skill_code, skill_label, practice_mode_code, practice_mode_label, "
                      "structure_id, structure_name, siret, finess, address, postcode, city_code, city, phone, email, "
                      "mssante, role_code, role_label, sector_code, sector_label FROM directory_activities "
                      "WHERE generation = ?"_s
                          + keys.inCondition + u" ORDER BY id_pp, line"_s,
                      keys.binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        domain::DirectoryActivity a;
        a.skillTypeCode = q->value(1).toString();
        a.skillCode = q->value(2).toString();
        a.skillLabel = q->value(3).toString();
        a.practiceModeCode = q->value(4).toString();
        a.practiceModeLabel = q->value(5).toString();
        a.structureId = q->value(6).toString();
        a.structureName = q->value(7).toString();
        a.siret = q->value(8).toString();
        a.finess = q->value(9).toString();
        a.address = q->value(10).toString();
        a.postcode = q->value(11).toString();
        a.cityCode = q->value(12).toString();
        a.city = q->value(13).toString();
        a.phone = q->value(14).toString();
        a.email = q->value(15).toString();
        a.mssante = q->value(16).toString();
        a.roleCode = q->value(17).toString();
        a.roleLabel = q->value(18).toString();
        a.sectorCode = q->value(19).toString();
        a.sectorLabel = q->value(20).toString();
        professionals[index.value(q->value(0).toString())].activities << a;
    }
    return {};
}

} // namespace

domain::Result<qint64> DirectoryRepository::beginGeneration(WriteTx &tx, const QStringList &fileNames,
                                                            const QString &importedBy, const QDateTime &startedAt)
{
    return tx.insert(u"INSERT INTO directory_generations (status, file_names, started_at, imported_by) "
                     "VALUES ('loading', ?, ?, ?)"_s,
                     {fileNames.join(u'|'), tx.dialect().toDb(startedAt), importedBy});
}

domain::Status DirectoryRepository::insertBatch(WriteTx &tx, qint64 generation, const QList<domain::DirectoryEntry> &entries)
{
    QList<QVariantList> professionals;
    QList<QVariantList> activities;
    professionals.reserve(entries.size());
    activities.reserve(entries.size());
    QSet<QString> seen; // lines of one professional follow each other: skip repeats within the batch
    for (const domain::DirectoryEntry &e : entries) {
        const domain::DirectoryProfessional &p = e.professional;
        if (!seen.contains(p.idPp)) {
            seen.insert(p.idPp);
            professionals << QVariantList{generation,
                                          p.idPp,
                                          p.idType,
                                          p.nationalId,
                                          p.practiceCivilityCode,
                                          p.practiceCivility,
                                          p.civilityCode,
                                          p.civility,
                                          p.lastName,
                                          p.firstName,
                                          domain::DirectoryKey::of(p.lastName),
                                          p.professionCode,
                                          p.profession,
                                          domain::DirectoryKey::of(p.profession),
                                          p.categoryCode,
                                          p.category};
        }
        const domain::DirectoryActivity &a = e.activity;
        activities << QVariantList{generation,      e.line,          p.idPp,        a.skillTypeCode, a.skillCode,
                                   a.skillLabel,    a.practiceModeCode, a.practiceModeLabel, a.structureId, a.structureName,
                                   a.siret,         a.finess,        a.address,     a.postcode,      a.cityCode,
                                   a.city,          domain::DirectoryKey::of(a.city), a.phone, a.email, a.mssante,
                                   a.roleCode,      a.roleLabel,     a.sectorCode,  a.sectorLabel};
    }
    if (auto ok = insertRows(tx, u"directory_professionals"_s, kProfessionalColumns, professionals,
                             u" ON CONFLICT (generation, id_pp) DO NOTHING"_s);
        !ok)
        return ok;
    return insertRows(tx, u"directory_activities"_s, kActivityColumns, activities, {});
}

domain::Result<DirectoryGeneration> DirectoryRepository::activate(WriteTx &tx, qint64 generation,
                                                                  const QDateTime &finishedAt)
{
    auto rows = count(tx, u"SELECT COUNT(*) FROM directory_activities WHERE generation = ?"_s, generation);
    if (!rows)
        return std::unexpected(rows.error());
    auto professionals = count(tx, u"SELECT COUNT(*) FROM directory_professionals WHERE generation = ?"_s, generation);
    if (!professionals)
        return std::unexpected(professionals.error());
    // The tables grew by a whole directory: the planners' statistics must say so before the
    // first search (DirectoryRepository::search's plans depend on them).
    for (const QString &table : {u"directory_professionals"_s, u"directory_activities"_s})
        for (const QString &sql : tx.dialect().analyzeSql(table))
            if (auto r = tx.execRaw(sql); !r)
                return std::unexpected(r.error());
    if (auto r = tx.exec(u"UPDATE directory_generations SET status = 'retired' WHERE status = 'active'"_s); !r)
        return std::unexpected(r.error());
    auto changed = tx.exec(u"UPDATE directory_generations SET status = 'active', finished_at = ?, row_count = ?, "
                           "professional_count = ? WHERE id = ? AND status = 'loading'"_s,
                           {tx.dialect().toDb(finishedAt), *rows, *professionals, generation});
    if (!changed)
        return std::unexpected(changed.error());
    if (*changed != 1)
        return domain::fail(errc::NotFound,
                            Tr::tr("Import de l'annuaire %1 introuvable : il a été abandonné ou remplacé par un autre import.")
                                .arg(generation));
    auto g = active(tx);
    if (!g)
        return std::unexpected(g.error());
    return g->value_or(DirectoryGeneration{});
}

domain::Status DirectoryRepository::dropGeneration(WriteTx &tx, qint64 generation)
{
    if (auto files = DirectoryFilesRepository::dropGeneration(tx, generation); !files)
        return files;
    for (const QString &sql : {u"DELETE FROM directory_activities WHERE generation = ?"_s,
                               u"DELETE FROM directory_professionals WHERE generation = ?"_s,
                               u"DELETE FROM directory_generations WHERE id = ?"_s})
        if (auto r = tx.exec(sql, {generation}); !r)
            return std::unexpected(r.error());
    return {};
}

domain::Result<QList<DirectoryGeneration>> DirectoryRepository::inactive(ReadTx &tx)
{
    auto q = tx.query(u"SELECT "_s + kGenerationColumns + u" FROM directory_generations WHERE status <> 'active' ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<DirectoryGeneration> out;
    while (q->next())
        out << generationFrom(*q, tx.dialect());
    return out;
}

domain::Result<std::optional<DirectoryGeneration>> DirectoryRepository::active(ReadTx &tx)
{
    auto q = tx.query(u"SELECT "_s + kGenerationColumns + u" FROM directory_generations WHERE status = 'active'"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<DirectoryGeneration>();
    return std::optional<DirectoryGeneration>(generationFrom(*q, tx.dialect()));
}

domain::Result<QList<domain::DirectoryProfessional>> DirectoryRepository::search(ReadTx &tx, qint64 generation,
                                                                                  const DirectoryCriteria &c)
{
    // Only placeholders are added to the SQL text: one cached statement per combination of criteria.
    SqlFilter person;
    person.prefix(u"p.name_key"_s, c.nameKeyPrefix);
    person.equal(u"p.id_pp"_s, c.idPp);
    person.equal(u"p.profession_code"_s, c.professionCode);
    person.prefix(u"p.profession_key"_s, c.professionKeyPrefix);
    SqlFilter place;
    place.equal(u"a.postcode"_s, c.postcode);
    place.prefix(u"a.city_key"_s, c.cityKeyPrefix);

    QString sql = u"SELECT "_s + kProfessionalSelect;
    QVariantList binds;
    if (place.sql.isEmpty()) {
        sql += u" FROM directory_professionals p WHERE p.generation = ?"_s + person.sql;
        binds << generation << person.binds;
    } else {
        auto few = fewPlaceRows(tx, generation, place, c.placeScanLimit);
        if (!few)
            return std::unexpected(few.error());
        if (*few) {
            // A small town: its activities (the city or postcode index), then each one's
            // professional by primary key, sorted (fewer than placeScanLimit rows). CROSS JOIN keeps that order
            // in SQLite's planner; PostgreSQL plans the join from its statistics.
            sql += u" FROM (SELECT DISTINCT a.id_pp FROM directory_activities a WHERE a.generation = ?"_s + place.sql
                + u") c CROSS JOIN directory_professionals p WHERE p.generation = ? AND p.id_pp = c.id_pp"_s + person.sql;
            binds << generation << place.binds << generation << person.binds;
        } else {
            // A big city: professionals in name order (the index delivers it), each checked for an
            // activity there by (generation, id_pp) or (generation, postcode, id_pp), until the
            // limit. Needs the statistics of activate(): without them SQLite would probe the
            // city range for every professional.
            sql += u" FROM directory_professionals p WHERE p.generation = ?"_s + person.sql
                + u" AND EXISTS (SELECT 1 FROM directory_activities a WHERE a.generation = ? AND a.id_pp = p.id_pp"_s
                + place.sql + u")"_s;
            binds << generation << person.binds << generation << place.binds;
        }
    }
    sql += u" ORDER BY p.name_key, p.first_name, p.id_pp LIMIT ?"_s;
    binds << std::max(1, c.limit);

    QList<domain::DirectoryProfessional> out;
    {
        auto q = tx.query(sql, binds);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            out << professionalFrom(*q);
    }
    if (auto a = attachActivities(tx, generation, out); !a)
        return std::unexpected(a.error());
    if (auto files = DirectoryFilesRepository::attach(tx, generation, out); !files)
        return std::unexpected(files.error());
    return out;
}

} // namespace sgl::storage
