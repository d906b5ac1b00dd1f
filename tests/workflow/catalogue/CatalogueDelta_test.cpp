// The delta-check rule of an analysis through the catalogue admin (issue 12, item 2): stored
// and reloaded with its version on both databases, refused when incomplete (nothing written),
// recorded in the change history, kept by the versions results point to.

#include "CatalogueTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/CatalogueRepository.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;
using sgl::testing::errorCodes;

namespace {

class CatalogueDeltaTest : public sgl::testing::DemoCatalogueTest {
protected:
    Analysis current(const QString &code)
    {
        auto c = admin().load();
        EXPECT_TRUE(c);
        const Analysis *a = c ? c->analysis(code) : nullptr;
        EXPECT_TRUE(a) << code.toStdString();
        return a ? *a : Analysis{};
    }
};

} // namespace

TEST_P(CatalogueDeltaTest, StoresTheRuleAsANewVersionAndReloadsIt)
{
    Analysis k = current(QStringLiteral("K"));
    ASSERT_FALSE(k.delta) << "the demo catalogue sets none";
    const int before = k.version;
    k.delta = DeltaRule{0.8, 20.5, 7};
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), k, {}, QStringLiteral("contrôle delta du potassium"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->saved) << (out->errors.isEmpty() ? std::string() : out->errors.front().toString().toStdString());

    const Analysis stored = current(QStringLiteral("K"));
    EXPECT_EQ(stored.delta, (DeltaRule{0.8, 20.5, 7}));
    EXPECT_EQ(stored.version, before + 1);
    auto history = admin().history(QString(), QStringLiteral("K"));
    ASSERT_TRUE(history && !history->isEmpty());
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("delta_absolute"), QStringLiteral("delta_relative"),
                                                    QStringLiteral("delta_window_days")}));

    // Results measured with the older version keep its definition: no rule.
    auto versions = admin().versions(QStringLiteral("K"));
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_FALSE(versions->first().delta);
    EXPECT_EQ(versions->last().delta, (DeltaRule{0.8, 20.5, 7}));

    // Only the relative threshold; then removing the rule altogether.
    Analysis relative = stored;
    relative.delta = DeltaRule{std::nullopt, 35.0, 30};
    ASSERT_TRUE(admin().saveAnalysis(sgl::testing::adminSession(), relative, {}, QStringLiteral("seuil relatif"))->saved);
    EXPECT_EQ(current(QStringLiteral("K")).delta, (DeltaRule{std::nullopt, 35.0, 30}));
    Analysis none = current(QStringLiteral("K"));
    none.delta.reset();
    ASSERT_TRUE(admin().saveAnalysis(sgl::testing::adminSession(), none, {}, QStringLiteral("sans contrôle"))->saved);
    EXPECT_FALSE(current(QStringLiteral("K")).delta);
    EXPECT_EQ(current(QStringLiteral("K")).version, before + 3);
}

TEST_P(CatalogueDeltaTest, RefusesAnIncompleteRuleNamingAnalysisAndFieldWithoutWriting)
{
    Analysis k = current(QStringLiteral("K"));
    const auto before = sgl::testing::snapshot(*m_db);
    k.delta = DeltaRule{-1.0, std::nullopt, 0};
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), k, {}, QStringLiteral("essai"));
    ASSERT_TRUE(out);
    EXPECT_FALSE(out->saved);
    EXPECT_EQ(errorCodes(out->errors),
              (QStringList{QString(errc::CatalogueDeltaRule), QString(errc::CatalogueDeltaRule)}));
    ASSERT_EQ(out->errors.size(), 2);
    EXPECT_EQ(out->errors[0].location, QStringLiteral("analyse K, delta_absolute"));
    EXPECT_EQ(out->errors[1].location, QStringLiteral("analyse K, delta_window_days"));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    // The editor's live check says the same.
    auto c = admin().load();
    ASSERT_TRUE(c);
    EXPECT_EQ(errorCodes(admin().check(*c, k).errors), errorCodes(out->errors));

    // On a coded analysis (no number to compare).
    Analysis coded;
    for (const Analysis &a : c->analyses)
        if (a.resultType == ResultType::Coded && !a.retired)
            coded = a;
    ASSERT_FALSE(coded.localCode.isEmpty());
    coded.delta = DeltaRule{1.0, std::nullopt, 30};
    auto refused = admin().saveAnalysis(sgl::testing::adminSession(), coded, {}, QStringLiteral("essai"));
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->saved);
    EXPECT_EQ(errorCodes(refused->errors), QStringList{QString(errc::CatalogueDeltaRule)});
}

TEST_P(CatalogueDeltaTest, StorageKeepsEachThresholdExactly)
{
    // Straight through the repository: NULL columns mean "no threshold", not zero.
    auto c = admin().load();
    ASSERT_TRUE(c);
    Catalogue edited = *c;
    for (Analysis &a : edited.analyses) {
        if (a.localCode == QLatin1String("GLU"))
            a.delta = DeltaRule{1.25, std::nullopt, 2};
        if (a.localCode == QLatin1String("CREA"))
            a.delta = DeltaRule{std::nullopt, 33.3, 365};
    }
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    auto saved = m_db->write([&](storage::WriteTx &tx) -> Result<qint64> {
        auto v = storage::CatalogueRepository::createVersion(
            tx, CatalogueVersion{0, at, QStringLiteral("admin"), QStringLiteral("delta"), QStringLiteral("edit")});
        if (!v)
            return v;
        auto s = storage::CatalogueRepository::saveCatalogue(tx, edited, *v, at);
        if (!s)
            return std::unexpected(s.error());
        EXPECT_EQ(s->analysesUpdated, 2);
        return *v;
    });
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    auto loaded = m_db->read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->analysis(QStringLiteral("GLU"))->delta, (DeltaRule{1.25, std::nullopt, 2}));
    EXPECT_EQ(loaded->analysis(QStringLiteral("CREA"))->delta, (DeltaRule{std::nullopt, 33.3, 365}));
    EXPECT_FALSE(loaded->analysis(QStringLiteral("K"))->delta);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueDeltaTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
