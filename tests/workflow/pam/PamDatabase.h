#pragma once

// A migrated throwaway database per test: SQLite in a temporary directory, or PostgreSQL in a
// fresh schema of SGL_TEST_PG_URL (dropped afterwards) so parallel test binaries never meet.

#include "storage/Database.h"
#include "storage/DbUrl.h"
#include "storage/MigrationRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <string>

namespace sgl::tests::pam {

enum class Backend { Sqlite, Postgres };

inline std::string backendName(Backend b)
{
    return b == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

class PamDatabase {
public:
    /** Opens and migrates; `skipReason` is set (and db() null) when PostgreSQL is not configured. */
    explicit PamDatabase(Backend backend)
    {
        QString url;
        if (backend == Backend::Sqlite) {
            url = QStringLiteral("sqlite://") + m_dir.path() + QStringLiteral("/pam.sqlite");
        } else {
            m_pgBase = qEnvironmentVariable("SGL_TEST_PG_URL");
            if (m_pgBase.isEmpty()) {
                skipReason = "SGL_TEST_PG_URL non défini : PostgreSQL non testé (scripts/test.sh le définit)";
                return;
            }
            m_schema = QStringLiteral("pam_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
            url = m_pgBase + (m_pgBase.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + m_schema;
        }
        auto parsed = storage::DbUrl::parse(url);
        if (!parsed) {
            error = parsed.error().toString().toStdString();
            return;
        }
        auto db = storage::Database::open(*parsed);
        if (!db) {
            error = db.error().toString().toStdString();
            return;
        }
        m_db = std::move(*db);
        storage::MigrationRunner runner(*m_db);
        if (auto applied = runner.migrate(); !applied) {
            error = applied.error().toString().toStdString();
            m_db.reset();
        }
    }
    ~PamDatabase()
    {
        m_db.reset();
        dropSchema();
    }

    [[nodiscard]] storage::Database *db() const { return m_db.get(); }
    std::string skipReason;
    std::string error;

    /** COUNT(*) of a table, -1 on error (tests only: table names are literals). */
    qint64 count(const QString &table, const QString &where = {})
    {
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM ") + table
                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : -1;
        });
        return r ? *r : -1;
    }

private:
    void dropSchema()
    {
        if (m_schema.isEmpty())
            return;
        auto parsed = storage::DbUrl::parse(m_pgBase);
        if (!parsed)
            return;
        const QString name = QStringLiteral("drop-") + m_schema;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(parsed->host);
            db.setPort(parsed->port);
            db.setUserName(parsed->user);
            db.setPassword(parsed->password);
            db.setDatabaseName(parsed->database);
            if (db.open()) {
                QSqlQuery q(db);
                (void)q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
                (void)q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QString m_pgBase;
    QString m_schema;
};

} // namespace sgl::tests::pam
