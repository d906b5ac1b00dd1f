// Upgrade of a database at 0400 (orders) to 0500 (analyzers): results written before keep their
// values and gain an empty provenance (no analyzer, no flags, no message), read back through
// ResultRepository; the new tables accept their rows and refuse a broken reference.

#include "UpgradeSupport.h"

#include "storage/ResultRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

class AnalyzersMigrationTest : public ::testing::TestWithParam<Backend> {};

} // namespace

TEST_P(AnalyzersMigrationTest, ResultsOf0400SurviveWithAnEmptyProvenance)
{
    sgl::testing::ScratchDatabase scratch(GetParam());
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    auto opened = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::Database &db = **opened;
    auto first = sgl::testing::migrateUpTo(db, 499);
    ASSERT_TRUE(first) << first.error().toString().toStdString();

    const QString now = sgl::testing::nowLiteral(db);
    auto seeded = sgl::testing::execAll(db, sgl::testing::oldDossierWithTube(now, u"routine"_s) + QStringList{
                 u"INSERT INTO results (dossier_id, patient_id, specimen_id, analysis_code, value_kind, value_number, "
                 "value_double, unit, state, bench) SELECT d.id, d.patient_id, s.id, 'GLU', 'numeric', '5.1', 5.1, "
                 "'mmol/L', 'entered', 'BIOCH' FROM dossiers d JOIN specimens s ON s.dossier_id = d.id"_s});
    ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();

    auto upgraded = storage::MigrationRunner(db).migrate();
    ASSERT_TRUE(upgraded) << upgraded.error().toString().toStdString();
    ASSERT_GE(*upgraded, 1);
    auto results = db.write([](storage::WriteTx &tx) {
        auto d = tx.query(u"SELECT id FROM dossiers"_s);
        qint64 id = d && d->next() ? d->value(0).toLongLong() : 0;
        if (d)
            d->finish();
        return storage::ResultRepository::forDossier(tx, id, domain::AuditActor::system(u"test"_s, u"poste"_s));
    });
    ASSERT_TRUE(results) << results.error().toString().toStdString();
    ASSERT_EQ(results->size(), 1);
    const domain::LabResult r = results->first();
    EXPECT_EQ(r.analysisCode, u"GLU"_s);
    EXPECT_EQ(r.value.number, u"5.1"_s);
    EXPECT_EQ(r.bench, u"BIOCH"_s);
    EXPECT_TRUE(r.analyzer.isEmpty());
    EXPECT_TRUE(r.instrumentFlags.isEmpty());
    EXPECT_EQ(r.analyzerMessageId, 0);

    const auto exec = [&](const QString &sql) {
        return db.write([&](storage::WriteTx &tx) { return tx.execRaw(sql); }).has_value();
    };
    const QString bytes = db.dialect().kind() == storage::Dialect::Kind::Sqlite ? u"X'48'"_s : u"'\\x48'::bytea"_s;
    EXPECT_TRUE(exec(u"INSERT INTO analyzer_messages (profile_name, raw, digest, received_at, processed_at) VALUES "
                     "('xn', %1, 'd1', %2, %2)"_s.arg(bytes, now)));
    EXPECT_FALSE(exec(u"INSERT INTO analyzer_messages (profile_name, raw, digest, received_at, processed_at) VALUES "
                      "('xn', %1, 'd1', %2, %2)"_s.arg(bytes, now)));      // same digest, same profile
    EXPECT_TRUE(exec(u"UPDATE results SET analyzer = 'xn', instrument_flags = 'H', analyzer_message_id = "
                     "(SELECT id FROM analyzer_messages)"_s));
    EXPECT_FALSE(exec(u"UPDATE results SET analyzer_message_id = 4242"_s)); // no such message
    EXPECT_FALSE(exec(u"INSERT INTO analyzer_held_items (message_id, profile_name, received_at, reason_code) "
                      "VALUES (4242, 'xn', %1, 'analyzer.unknown_specimen')"_s.arg(now)));
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzersMigrationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
