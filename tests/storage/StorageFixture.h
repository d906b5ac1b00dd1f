#pragma once

// Shared by the storage, workflow and CLI suites: one database per test, on SQLite (temporary
// file) and on PostgreSQL (a fresh schema of SGL_TEST_PG_URL, dropped at the end, so test
// binaries running at the same time never see each other's rows).

#include "storage/Database.h"
#include "storage/DbUrl.h"
#include "storage/MigrationRunner.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace sgl::testing {

enum class Backend { Sqlite, Postgres };

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

/** A throwaway database URL for one test; drop() removes it. */
class ScratchDatabase {
public:
    /** Empty string when the backend is unavailable; `skipReason` then says why. */
    explicit ScratchDatabase(Backend backend)
    {
        if (backend == Backend::Sqlite) {
            m_url = QStringLiteral("sqlite://") + m_dir.path() + QStringLiteral("/test.sqlite");
            return;
        }
        const QString base = qEnvironmentVariable("SGL_TEST_PG_URL");
        if (base.isEmpty()) {
            skipReason = "SGL_TEST_PG_URL non défini : PostgreSQL non testé (scripts/test.sh le "
                         "définit, ou bash scripts/pg-test-cluster.sh start <dir> <port>)";
            return;
        }
        m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_pgBase = base;
        m_url = base + (base.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?"))
            + QStringLiteral("schema=") + m_schema;
    }
    ~ScratchDatabase() { drop(); }

    [[nodiscard]] const QString &url() const { return m_url; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] const QString &schema() const { return m_schema; }
    std::string skipReason;

    void drop()
    {
        if (m_schema.isEmpty())
            return;
        const auto parsed = storage::DbUrl::parse(m_pgBase);
        if (parsed) {
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
        m_schema.clear();
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    QString m_pgBase;
};

/** Parameterised fixture: a migrated database per test on each backend. */
class StorageTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        m_scratch = std::make_unique<ScratchDatabase>(GetParam());
        if (!m_scratch->skipReason.empty())
            GTEST_SKIP() << m_scratch->skipReason;
        auto url = storage::DbUrl::parse(m_scratch->url());
        ASSERT_TRUE(url) << url.error().toString().toStdString();
        auto db = storage::Database::open(*url);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        m_db = std::move(*db);
        storage::MigrationRunner runner(*m_db);
        auto applied = runner.migrate();
        ASSERT_TRUE(applied) << applied.error().toString().toStdString();
    }
    void TearDown() override
    {
        m_db.reset();
        if (m_scratch)
            m_scratch->drop();
    }
    /** Runs raw SQL outside the storage API (to simulate tampering or damage). */
    bool rawExec(const QString &sql)
    {
        return m_db->write([&](storage::WriteTx &tx) { return tx.execRaw(sql); }).has_value();
    }

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace sgl::testing
