// Upgrade of a database created before migration 0400 (orders): dossiers, tubes and results
// written at 0301 survive the rebuild of the dossiers table on SQLite and the constraint change
// on PostgreSQL, with the new columns at their defaults and every reference intact.

#include "UpgradeSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

class OrdersMigrationTest : public ::testing::TestWithParam<Backend> {};

} // namespace

TEST_P(OrdersMigrationTest, DossiersTubesAndResultsOf0301SurviveAndGainTheNewColumns)
{
    sgl::testing::ScratchDatabase scratch(GetParam());
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    auto opened = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::Database &db = **opened;
    auto first = sgl::testing::migrateUpTo(db, 301);
    ASSERT_TRUE(first) << first.error().toString().toStdString();

    const QString now = sgl::testing::nowLiteral(db);
    auto seeded = sgl::testing::execAll(db, sgl::testing::oldDossierWithTube(now, u"urgent"_s) + QStringList{
                 u"INSERT INTO results (dossier_id, patient_id, specimen_id, analysis_code, value_kind, state) "
                 "SELECT d.id, d.patient_id, s.id, 'GLU', 'empty', 'pending' FROM dossiers d JOIN specimens s ON "
                 "s.dossier_id = d.id"_s});
    ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();

    auto upgraded = storage::MigrationRunner(db).migrate();
    ASSERT_TRUE(upgraded) << upgraded.error().toString().toStdString();
    ASSERT_GE(*upgraded, 1);
    auto row = db.read([](storage::ReadTx &tx) -> domain::Result<QStringList> {
        auto q = tx.query(u"SELECT d.number, d.status, d.priority, d.sampler_kind, d.origin, s.barcode, s.container_code, "
                          "r.analysis_code, r.bench FROM dossiers d JOIN specimens s ON s.dossier_id = d.id "
                          "JOIN results r ON r.specimen_id = s.id"_s);
        if (!q)
            return std::unexpected(q.error());
        QStringList out;
        if (q->next())
            for (int i = 0; i < 9; ++i)
                out << q->value(i).toString();
        return out;
    });
    ASSERT_TRUE(row) << row.error().toString().toStdString();
    EXPECT_EQ(*row, (QStringList{u"D-OLD-1"_s, u"in_progress"_s, u"urgent"_s, u"lab"_s, u"external"_s, u"OLD0001"_s,
                                 QString(), u"GLU"_s, QString()}));
    // The new values are accepted, unknown ones still refused.
    const auto exec = [&](const QString &sql) {
        return db.write([&](storage::WriteTx &tx) { return tx.execRaw(sql); }).has_value();
    };
    EXPECT_TRUE(exec(u"UPDATE dossiers SET priority = 'vital', status = 'technically_validated'"_s));
    EXPECT_FALSE(exec(u"UPDATE dossiers SET priority = 'extreme'"_s));
    EXPECT_FALSE(exec(u"UPDATE dossiers SET status = 'done'"_s));
    // References to dossiers still hold: a tube of an unknown dossier is refused.
    EXPECT_FALSE(exec(u"INSERT INTO specimens (dossier_id, barcode, type_code, status) VALUES (4242, 'X1', 'SER', 'expected')"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, OrdersMigrationTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), sgl::testing::backendName);
