// Upgrade of a database created before migration 0201 (reflex rules, retired items, wider
// history CHECKs): the history and catalogue rows written at 0200 survive, the new columns read
// as "not retired", and the rebuilt/relaxed history table takes the new kinds and changes only.
// Same for 0202 (benches; bench, container and clinical questions of analysis versions) from a
// database at 0201 holding a catalogue with ranges, value options, a reflex rule and history.

#include "CatalogueTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using sgl::testing::Backend;

namespace {

class CatalogueMigrationTest : public ::testing::TestWithParam<Backend> {};

/** Copies the shipped migrations numbered <= `upTo` of `dialect` into `root`/<dialect>/. */
bool copyMigrations(const QString &root, const QString &dialect, int upTo)
{
    const QDir source(QStringLiteral(SGL_SOURCE_DIR "/resources/sql/") + dialect);
    const QString target = root + QLatin1Char('/') + dialect;
    if (!QDir().mkpath(target))
        return false;
    int copied = 0;
    for (const QString &name : source.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (name.left(4).toInt() > upTo)
            continue;
        if (!QFile::copy(source.filePath(name), target + QLatin1Char('/') + name))
            return false;
        ++copied;
    }
    return copied > 0;
}

Result<int> countRows(storage::Database &db, const QString &sql)
{
    return db.read([&](storage::ReadTx &tx) -> Result<int> {
        auto q = tx.query(sql);
        if (!q)
            return std::unexpected(q.error());
        q->next();
        return q->value(0).toInt();
    });
}

} // namespace

TEST_P(CatalogueMigrationTest, UpgradeFrom0200KeepsHistoryAndAcceptsOnlyTheNewKinds)
{
    sgl::testing::ScratchDatabase scratch(GetParam());
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    auto url = storage::DbUrl::parse(scratch.url());
    ASSERT_TRUE(url);
    auto opened = storage::Database::open(*url);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::Database &db = **opened;

    QTemporaryDir old;
    ASSERT_TRUE(copyMigrations(old.path(), db.dialect().name(), 200));
    auto first = storage::MigrationRunner(db, old.path()).migrate();
    ASSERT_TRUE(first) << first.error().toString().toStdString();

    // A catalogue written at 0200: one version, one exam of one analysis, two history rows.
    const QDateTime at(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    auto seeded = db.write([&](storage::WriteTx &tx) -> Status {
        auto v = tx.insert(QStringLiteral("INSERT INTO catalogue_versions (created_at, author, reason, source) "
                                          "VALUES (?, 'admin', 'import initial', 'import-csv')"),
                           {tx.dialect().toDb(at)});
        if (!v)
            return std::unexpected(v.error());
        for (const QString &sql :
             {QStringLiteral("INSERT INTO catalogue_chapters (code, label, version_id) VALUES ('BIO', 'Biochimie', ?)"),
              QStringLiteral("INSERT INTO catalogue_exams (code, label, chapter_code, version_id) VALUES ('GLY', 'Glycémie', 'BIO', ?)"),
              QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                             "VALUES (?, 'exam', 'GLY', 'created', '')"),
              QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                             "VALUES (?, 'analysis', 'GLU', 'updated', 'unit,ranges')")}) {
            if (auto r = tx.exec(sql, {*v}); !r)
                return std::unexpected(r.error());
        }
        auto a = tx.exec(QStringLiteral("INSERT INTO catalogue_analyses (local_code, version, valid_from_version_id, "
                                        "valid_from, label, result_type, unit) VALUES ('GLU', 1, ?, ?, 'Glucose', 'numeric', 'mmol/L')"),
                         {*v, tx.dialect().toDb(at)});
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
    auto before = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 100); });
    ASSERT_TRUE(before);
    ASSERT_EQ(before->size(), 2);

    // Upgrade with the embedded migrations (0201 and whatever else is newer).
    auto upgraded = storage::MigrationRunner(db).migrate();
    ASSERT_TRUE(upgraded) << upgraded.error().toString().toStdString();
    ASSERT_GE(*upgraded, 1);

    auto after = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 100); });
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        EXPECT_EQ((*after)[i].itemKind, (*before)[i].itemKind);
        EXPECT_EQ((*after)[i].itemCode, (*before)[i].itemCode);
        EXPECT_EQ((*after)[i].change, (*before)[i].change);
        EXPECT_EQ((*after)[i].fields, (*before)[i].fields);
        EXPECT_EQ((*after)[i].reason, QStringLiteral("import initial"));
    }
    EXPECT_EQ(after->front().fields, (QStringList{QStringLiteral("unit"), QStringLiteral("ranges")}));
    auto catalogue = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(catalogue) << catalogue.error().toString().toStdString();
    ASSERT_NE(catalogue->analysis(QStringLiteral("GLU")), nullptr);
    EXPECT_FALSE(catalogue->analysis(QStringLiteral("GLU"))->retired);
    ASSERT_NE(catalogue->exam(QStringLiteral("GLY")), nullptr);
    EXPECT_FALSE(catalogue->exam(QStringLiteral("GLY"))->retired);
    EXPECT_TRUE(catalogue->reflexRules.isEmpty());

    // The new kinds and changes are accepted; a new row comes after the old ones (id order).
    auto logged = db.write([](storage::WriteTx &tx) -> Status {
        return storage::CatalogueRepository::logChange(tx, 1, QStringLiteral("reflex"), QStringLiteral("RFX-1"),
                                                       QStringLiteral("deleted"), {});
    });
    ASSERT_TRUE(logged) << logged.error().toString().toStdString();
    auto newest = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 1); });
    ASSERT_TRUE(newest && newest->size() == 1);
    EXPECT_EQ(newest->front().itemCode, QStringLiteral("RFX-1"));
    // Same row shape as the accepted one: only the CHECK constraint can refuse these.
    for (const auto &[kind, change] : {std::pair(QStringLiteral("bogus"), QStringLiteral("created")),
                                       std::pair(QStringLiteral("exam"), QStringLiteral("renamed"))}) {
        auto refused = db.write([&](storage::WriteTx &tx) -> Status {
            return storage::CatalogueRepository::logChange(tx, 1, kind, QStringLiteral("X"), change, {});
        });
        EXPECT_FALSE(refused) << kind.toStdString() << "/" << change.toStdString() << " must violate a CHECK constraint";
    }
    // Exactly one history index, on (item_kind, item_code), after the SQLite table rebuild.
    if (GetParam() == Backend::Sqlite) {
        auto indexes = countRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                                    "AND tbl_name = 'catalogue_changes' AND name = 'catalogue_changes_item'"));
        ASSERT_TRUE(indexes);
        EXPECT_EQ(*indexes, 1);
    }
    auto rows = countRows(db, QStringLiteral("SELECT COUNT(*) FROM catalogue_changes"));
    ASSERT_TRUE(rows);
    EXPECT_EQ(*rows, 3);
}

TEST_P(CatalogueMigrationTest, UpgradeFrom0201KeepsTheCatalogueAndAddsBenchesContainersAndQuestions)
{
    sgl::testing::ScratchDatabase scratch(GetParam());
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    auto url = storage::DbUrl::parse(scratch.url());
    ASSERT_TRUE(url);
    auto opened = storage::Database::open(*url);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::Database &db = **opened;

    QTemporaryDir old;
    ASSERT_TRUE(copyMigrations(old.path(), db.dialect().name(), 201));
    auto first = storage::MigrationRunner(db, old.path()).migrate();
    ASSERT_TRUE(first) << first.error().toString().toStdString();

    // The demo catalogue written at 0201 by the SQL of that time: two versions of GLU (ranges),
    // a coded analysis with its value list, a reflex rule and their history.
    const QDateTime at(QDate(2026, 2, 1), QTime(7, 30), Qt::UTC);
    auto seeded = db.write([&](storage::WriteTx &tx) -> Status {
        const QVariant when = tx.dialect().toDb(at);
        QList<qint64> versions;
        for (const char *reason : {"import initial", "plage glucose"}) {
            auto v = tx.insert(QStringLiteral("INSERT INTO catalogue_versions (created_at, author, reason, source) "
                                              "VALUES (?, 'admin', ?, 'edit')"),
                               {when, QString::fromUtf8(reason)});
            if (!v)
                return std::unexpected(v.error());
            versions << *v;
        }
        const QList<std::pair<QString, QVariantList>> statements{
            {QStringLiteral("INSERT INTO catalogue_chapters (code, label, loinc, version_id) VALUES ('BIOCHIMIE', 'Biochimie', '18719-5', ?)"),
             {versions[0]}},
            {QStringLiteral("INSERT INTO catalogue_exams (code, label, chapter_code, version_id) VALUES ('GLY', 'Glycémie', 'BIOCHIMIE', ?)"),
             {versions[0]}},
            {QStringLiteral("INSERT INTO catalogue_analyses (local_code, version, valid_from_version_id, valid_to_version_id, "
                            "valid_from, label, specimen, result_type, unit) VALUES ('GLU', 1, ?, ?, ?, 'Glucose', 'PLAS', 'numeric', 'mmol/L')"),
             {versions[0], versions[1], when}},
            {QStringLiteral("INSERT INTO catalogue_analyses (local_code, version, valid_from_version_id, valid_from, label, "
                            "specimen, result_type, unit) VALUES ('GLU', 2, ?, ?, 'Glucose', 'PLAS', 'numeric', 'mmol/L')"),
             {versions[1], when}},
            {QStringLiteral("INSERT INTO catalogue_analyses (local_code, version, valid_from_version_id, valid_from, label, "
                            "specimen, result_type) VALUES ('AGHBS', 1, ?, ?, 'Antigène HBs', 'SER', 'coded')"),
             {versions[0], when}},
            {QStringLiteral("INSERT INTO catalogue_reflex_rules (code, label, trigger_code, condition, coded_values, add_code, version_id) "
                            "VALUES ('RFX-AGHBS-POS', 'AgHBs positif', 'AGHBS', 'coded', 'POS', 'GLY', ?)"),
             {versions[0]}},
            {QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                            "VALUES (?, 'analysis', 'GLU', 'created', '')"),
             {versions[0]}},
            {QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                            "VALUES (?, 'reflex', 'RFX-AGHBS-POS', 'created', '')"),
             {versions[0]}},
            {QStringLiteral("INSERT INTO catalogue_changes (version_id, item_kind, item_code, change, fields) "
                            "VALUES (?, 'analysis', 'GLU', 'updated', 'ranges')"),
             {versions[1]}},
        };
        for (const auto &[sql, binds] : statements)
            if (auto r = tx.exec(sql, binds); !r)
                return std::unexpected(r.error());
        for (const auto &[sql, binds] : QList<std::pair<QString, QVariantList>>{
                 {QStringLiteral("INSERT INTO catalogue_ranges (analysis_id, position, age_min, low, high) "
                                 "SELECT id, 0, '0d', 4.1, 5.9 FROM catalogue_analyses WHERE local_code = 'GLU' AND version = 2"),
                  {}},
                 {QStringLiteral("INSERT INTO catalogue_value_options (analysis_id, position, code, label, abnormal) "
                                 "SELECT id, 0, 'POS', 'Positif', ? FROM catalogue_analyses WHERE local_code = 'AGHBS'"),
                  {tx.dialect().toDb(true)}},
                 {QStringLiteral("INSERT INTO catalogue_value_options (analysis_id, position, code, label, abnormal) "
                                 "SELECT id, 1, 'NEG', 'Négatif', ? FROM catalogue_analyses WHERE local_code = 'AGHBS'"),
                  {tx.dialect().toDb(false)}}})
            if (auto r = tx.exec(sql, binds); !r)
                return std::unexpected(r.error());
        return {};
    });
    ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
    auto before = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 100); });
    ASSERT_TRUE(before) << before.error().toString().toStdString();
    ASSERT_EQ(before->size(), 3);

    auto upgraded = storage::MigrationRunner(db).migrate();
    ASSERT_TRUE(upgraded) << upgraded.error().toString().toStdString();
    ASSERT_GE(*upgraded, 1);

    // Everything written at 0201 reads the same, with no bench, container or question.
    auto catalogue = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(catalogue) << catalogue.error().toString().toStdString();
    EXPECT_TRUE(catalogue->benches.isEmpty());
    ASSERT_EQ(catalogue->analyses.size(), 2);
    const Analysis *glu = catalogue->analysis(QStringLiteral("GLU"));
    ASSERT_TRUE(glu);
    EXPECT_EQ(glu->version, 2);
    ASSERT_EQ(glu->ranges.size(), 1);
    EXPECT_EQ(glu->ranges[0].high, 5.9);
    EXPECT_TRUE(glu->bench.isEmpty());
    EXPECT_TRUE(glu->container.isEmpty());
    EXPECT_TRUE(glu->questions.isEmpty());
    const Analysis *hbs = catalogue->analysis(QStringLiteral("AGHBS"));
    ASSERT_TRUE(hbs);
    ASSERT_EQ(hbs->valueOptions.size(), 2);
    EXPECT_TRUE(hbs->valueOptions[0].abnormal);
    ASSERT_EQ(catalogue->reflexRules.size(), 1);
    EXPECT_EQ(catalogue->reflexRules[0].codedValues, QStringList{QStringLiteral("POS")});
    auto after = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 100); });
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        EXPECT_EQ((*after)[i].versionId, (*before)[i].versionId);
        EXPECT_EQ((*after)[i].itemKind, (*before)[i].itemKind);
        EXPECT_EQ((*after)[i].itemCode, (*before)[i].itemCode);
        EXPECT_EQ((*after)[i].change, (*before)[i].change);
        EXPECT_EQ((*after)[i].fields, (*before)[i].fields);
        EXPECT_EQ((*after)[i].reason, (*before)[i].reason);
    }

    // The upgraded catalogue takes a bench, a container and questions: a new GLU version whose
    // change is logged after the old rows, and the bench's creation as kind "bench".
    Catalogue edited = *catalogue;
    edited.benches << Bench{QStringLiteral("BIOCH"), QStringLiteral("Biochimie")};
    for (Analysis &a : edited.analyses)
        if (a.localCode == QLatin1String("GLU")) {
            a.bench = QStringLiteral("BIOCH");
            a.container = QStringLiteral("FLU");
            a.questions = {QStringLiteral("FASTING")};
        }
    auto saved = db.write([&](storage::WriteTx &tx) -> Result<storage::CatalogueSaveSummary> {
        auto v = storage::CatalogueRepository::createVersion(
            tx, CatalogueVersion{0, at.addDays(1), QStringLiteral("admin"), QStringLiteral("paillasses"), QStringLiteral("edit")});
        if (!v)
            return std::unexpected(v.error());
        return storage::CatalogueRepository::saveCatalogue(tx, edited, *v, at.addDays(1));
    });
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->benchesCreated, 1);
    EXPECT_EQ(saved->analysesUpdated, 1);
    auto reloaded = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::currentAnalysis(tx, QStringLiteral("GLU")); });
    ASSERT_TRUE(reloaded && *reloaded);
    EXPECT_EQ((*reloaded)->version, 3);
    EXPECT_EQ((*reloaded)->container, QStringLiteral("FLU"));
    EXPECT_EQ((*reloaded)->questions, QStringList{QStringLiteral("FASTING")});
    EXPECT_EQ((*reloaded)->ranges, glu->ranges);
    auto newest = db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, QString(), QString(), 2); });
    ASSERT_TRUE(newest && newest->size() == 2);
    EXPECT_EQ(newest->at(0).itemCode, QStringLiteral("GLU"));
    EXPECT_EQ(newest->at(0).fields, (QStringList{QStringLiteral("bench"), QStringLiteral("container"),
                                                 QStringLiteral("clinical_questions")}));
    EXPECT_EQ(newest->at(1).itemKind, QStringLiteral("bench"));
    EXPECT_EQ(newest->at(1).itemCode, QStringLiteral("BIOCH"));
    auto refused = db.write([](storage::WriteTx &tx) -> Status {
        return storage::CatalogueRepository::logChange(tx, 1, QStringLiteral("tube"), QStringLiteral("X"),
                                                       QStringLiteral("created"), {});
    });
    EXPECT_FALSE(refused) << "an unknown item kind must still violate the CHECK constraint";
    if (GetParam() == Backend::Sqlite) {
        auto indexes = countRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                                    "AND tbl_name = 'catalogue_changes' AND name = 'catalogue_changes_item'"));
        ASSERT_TRUE(indexes);
        EXPECT_EQ(*indexes, 1);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueMigrationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
