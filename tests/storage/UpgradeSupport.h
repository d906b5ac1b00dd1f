#pragma once

// Shared by the upgrade tests: a database migrated only up to an older migration (the schema a
// lab's database had before an upgrade), then seeded with raw SQL as that version wrote it.

#include "StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace sgl::testing {

/** Copies the migrations of `dialect` numbered up to `upTo` into `root`/`dialect`. */
inline bool copyMigrations(const QString &root, const QString &dialect, int upTo)
{
    const QDir source(QStringLiteral(SGL_SOURCE_DIR "/resources/sql/") + dialect);
    const QString target = root + QLatin1Char('/') + dialect;
    QDir().mkpath(target);
    for (const QString &name : source.entryList({QStringLiteral("*.sql")}, QDir::Files))
        if (name.left(4).toInt() <= upTo && !QFile::copy(source.filePath(name), target + u'/' + name))
            return false;
    return true;
}

/** Migrates `db` up to migration `upTo` only (the older schema). */
inline domain::Result<int> migrateUpTo(storage::Database &db, int upTo)
{
    QTemporaryDir old;
    if (!copyMigrations(old.path(), db.dialect().name(), upTo))
        return domain::fail(QStringLiteral("test.copy"), QStringLiteral("copie des migrations impossible"));
    return storage::MigrationRunner(db, old.path()).migrate();
}

/** "now" as each dialect writes a timestamp literal. */
inline QString nowLiteral(const storage::Database &db)
{
    return db.dialect().kind() == storage::Dialect::Kind::Sqlite ? QStringLiteral("'2026-12-01T08:00:00.000Z'")
                                                                 : QStringLiteral("now()");
}

/**
 * Patient IPP1, dossier D-OLD-1 (in progress, `priority`) and its received tube OLD0001, as every
 * schema since 0004 writes them (columns added later keep their defaults).
 */
inline QStringList oldDossierWithTube(const QString &now, const QString &priority)
{
    return {QStringLiteral("INSERT INTO patients (local_id, birth_name, first_birth_name, birth_first_names, birth_date, "
                           "birth_date_raw, sex, status, search_name, created_at, updated_at) VALUES ('IPP1', 'DURAND', "
                           "'CLAIRE', 'CLAIRE', '1980-02-14', '1980-02-14', 'F', 'PROV', 'DURAND', %1, %1)")
                .arg(now),
            QStringLiteral("INSERT INTO dossiers (number, patient_id, status, priority, created_by, created_at, updated_at) "
                           "SELECT 'D-OLD-1', id, 'in_progress', '%2', 'secretaire', %1, %1 FROM patients")
                .arg(now, priority),
            QStringLiteral("INSERT INTO specimens (dossier_id, barcode, type_code, status) SELECT id, 'OLD0001', 'SER', "
                           "'received' FROM dossiers")};
}

/** Runs raw SQL statements in one transaction (seeding an old schema). */
inline domain::Status execAll(storage::Database &db, const QStringList &statements)
{
    return db.write([&](storage::WriteTx &tx) -> domain::Status {
        for (const QString &sql : statements)
            if (auto r = tx.execRaw(sql); !r)
                return std::unexpected(r.error());
        return {};
    });
}

} // namespace sgl::testing
