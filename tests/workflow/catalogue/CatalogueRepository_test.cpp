#include "CatalogueTestSupport.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::storage;
using sgl::testing::Backend;

namespace {

class CatalogueRepositoryTest : public sgl::testing::StorageTest {
protected:
    qint64 saveDemo()
    {
        const Catalogue demo = interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
        auto id = m_db->write([&](WriteTx &tx) -> Result<qint64> {
            auto v = CatalogueRepository::createVersion(tx, CatalogueVersion{0, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC),
                                                                            QStringLiteral("admin"), QStringLiteral("démo"),
                                                                            QStringLiteral("demo")});
            if (!v)
                return v;
            auto s = CatalogueRepository::saveCatalogue(tx, demo, *v, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
            if (!s)
                return std::unexpected(s.error());
            return *v;
        });
        EXPECT_TRUE(id) << (id ? std::string() : id.error().toString().toStdString());
        return id.value_or(0);
    }
};

} // namespace

TEST_P(CatalogueRepositoryTest, StoresAndReloadsTheWholeCatalogue)
{
    const Catalogue demo = interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
    saveDemo();
    auto loaded = m_db->read([](ReadTx &tx) { return CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->chapters, demo.chapters);
    EXPECT_EQ(loaded->exams, demo.exams);
    EXPECT_EQ(loaded->benches, demo.benches);
    ASSERT_EQ(loaded->analyses.size(), demo.analyses.size());
    for (const Analysis &a : demo.analyses) {
        const Analysis *b = loaded->analysis(a.localCode);
        ASSERT_TRUE(b) << a.localCode.toStdString();
        EXPECT_TRUE(b->sameDefinition(a)) << a.localCode.toStdString() << " " << b->changedFields(a).join(u',').toStdString();
        EXPECT_EQ(b->version, 1);
        EXPECT_EQ(b->validFrom, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    }
}

TEST_P(CatalogueRepositoryTest, ChangesCreateDatedVersionsAndResultsKeepTheirDefinition)
{
    const qint64 v1 = saveDemo();
    auto current = m_db->read([](ReadTx &tx) { return CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(current);
    Catalogue edited = *current;
    for (Analysis &a : edited.analyses)
        if (a.localCode == QLatin1String("GLU")) {
            a.ranges[0].high = 5.5;
            a.loinc = QStringLiteral("2345-7");
        }
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    auto v2 = m_db->write([&](WriteTx &tx) -> Result<qint64> {
        auto v = CatalogueRepository::createVersion(tx, CatalogueVersion{0, at, QStringLiteral("admin"), QStringLiteral("plage"), QStringLiteral("edit")});
        if (!v)
            return v;
        auto s = CatalogueRepository::saveCatalogue(tx, edited, *v, at);
        if (!s)
            return std::unexpected(s.error());
        EXPECT_EQ(s->analysesUpdated, 1);
        EXPECT_EQ(s->total(), 1);
        return *v;
    });
    ASSERT_TRUE(v2);
    ASSERT_GT(*v2, v1);
    auto old = m_db->read([&](ReadTx &tx) { return CatalogueRepository::analysisAt(tx, QStringLiteral("GLU"), v1); });
    auto now = m_db->read([&](ReadTx &tx) { return CatalogueRepository::analysisAt(tx, QStringLiteral("GLU"), *v2); });
    ASSERT_TRUE(old && *old && now && *now);
    EXPECT_EQ((*old)->ranges[0].high, 6.1);
    EXPECT_EQ((*old)->loinc, QStringLiteral("14749-6"));
    EXPECT_EQ((*old)->version, 1);
    EXPECT_EQ((*now)->ranges[0].high, 5.5);
    EXPECT_EQ((*now)->version, 2);
    EXPECT_EQ((*now)->validFrom, at);
    // Unchanged analyses keep version 1 whatever the catalogue version asked.
    auto hb = m_db->read([&](ReadTx &tx) { return CatalogueRepository::analysisAt(tx, QStringLiteral("HB"), *v2); });
    ASSERT_TRUE(hb && *hb);
    EXPECT_EQ((*hb)->version, 1);
    auto versions = m_db->read([](ReadTx &tx) { return CatalogueRepository::analysisVersions(tx, QStringLiteral("GLU")); });
    ASSERT_TRUE(versions);
    EXPECT_EQ(versions->size(), 2);
    auto history = m_db->read([](ReadTx &tx) { return CatalogueRepository::history(tx, QString(), QStringLiteral("GLU"), 10); });
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).change, QStringLiteral("updated"));
    EXPECT_EQ(history->at(0).fields, (QStringList{QStringLiteral("loinc"), QStringLiteral("ranges")}));
    EXPECT_EQ(history->at(0).at, at);
    EXPECT_EQ(history->at(1).change, QStringLiteral("created"));
    // Saving the same catalogue again changes nothing.
    auto again = m_db->write([&](WriteTx &tx) { return CatalogueRepository::saveCatalogue(tx, edited, *v2, at); });
    ASSERT_TRUE(again);
    EXPECT_EQ(again->total(), 0);
}

TEST_P(CatalogueRepositoryTest, FindsAnalysisByAnalyzerCode)
{
    saveDemo();
    auto hit = m_db->read([](ReadTx &tx) { return CatalogueRepository::findByAnalyzerCode(tx, QStringLiteral("XN"), QStringLiteral("HGB")); });
    ASSERT_TRUE(hit && *hit);
    EXPECT_EQ((*hit)->localCode, QStringLiteral("HB"));
    auto miss = m_db->read([](ReadTx &tx) { return CatalogueRepository::findByAnalyzerCode(tx, QStringLiteral("XN"), QStringLiteral("NOPE")); });
    ASSERT_TRUE(miss);
    EXPECT_FALSE(*miss);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueRepositoryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
