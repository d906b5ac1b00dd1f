#include "CatalogueTestSupport.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;

namespace {

class CatalogueAdminTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto out = ApplyCatalogueImport(*m_db, sgl::testing::catalogueValidator())
                       .run(sgl::testing::adminSession(), sgl::testing::demoRequest());
        ASSERT_TRUE(out && out->applied);
    }
    CatalogueAdmin admin() { return CatalogueAdmin(*m_db, sgl::testing::catalogueValidator()); }
};

QStringList codes(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.code;
    return out;
}

} // namespace

TEST_P(CatalogueAdminTest, SavesAValidEditAsNewVersion)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    Analysis crp = *c->analysis(QStringLiteral("CRP"));
    crp.ranges[0].high = 6;
    crp.method = QStringLiteral("Néphélométrie");
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), crp, {}, QStringLiteral("changement de réactif"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->saved);
    auto versions = admin().versions(QStringLiteral("CRP"));
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->last().method, QStringLiteral("Néphélométrie"));
    auto history = admin().history(QStringLiteral("CRP"));
    ASSERT_TRUE(history);
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->front().reason, QStringLiteral("changement de réactif"));
    EXPECT_EQ(history->front().author, QStringLiteral("admin.test"));
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("method"), QStringLiteral("ranges")}));
}

TEST_P(CatalogueAdminTest, RefusesOverlappingRangesAndBadUnitLeavingCatalogueUnchanged)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    Analysis hb = *c->analysis(QStringLiteral("HB"));
    // ranges[2] is the adult female range (F 18y-∞); a second open-ended female range overlaps it.
    ReferenceRange extra = hb.ranges[2];
    extra.ageMin = *AgeLimit::parse(QStringLiteral("60y"));
    hb.ranges << extra;
    hb.unit = QStringLiteral("g/dl/");
    const auto before = sgl::testing::snapshot(*m_db);
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), hb, {}, {});
    ASSERT_TRUE(out);
    EXPECT_FALSE(out->saved);
    EXPECT_EQ(codes(out->errors), (QStringList{QStringLiteral("ucum.syntax"), QStringLiteral("catalogue.range_overlap")}));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    // check() gives the same verdict without writing, for the editor.
    const auto live = admin().check(*c, hb);
    EXPECT_EQ(codes(live.errors), codes(out->errors));
}

TEST_P(CatalogueAdminTest, NewAnalysisJoinsExamAndUnverifiedLoincIsOnlyWarned)
{
    Analysis mg;
    mg.localCode = QStringLiteral("MG");
    mg.label = QStringLiteral("Magnésium");
    mg.loinc = QStringLiteral("12345-5"); // valid check digit, not in the subset
    mg.specimen = QStringLiteral("SER");
    mg.unit = QStringLiteral("mmol/L");
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), mg, QStringLiteral("IONO"), {});
    ASSERT_TRUE(out);
    ASSERT_TRUE(out->saved) << (out->errors.isEmpty() ? std::string() : out->errors.front().toString().toStdString());
    EXPECT_EQ(codes(out->warnings), QStringList{QStringLiteral("loinc.unverified")});
    auto c = admin().load();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->exam(QStringLiteral("IONO"))->analysisCodes.contains(QStringLiteral("MG")));
    // Unknown exam: refused.
    mg.localCode = QStringLiteral("MG2");
    auto bad = admin().saveAnalysis(sgl::testing::adminSession(), mg, QStringLiteral("NOPE"), {});
    ASSERT_TRUE(bad);
    EXPECT_FALSE(bad->saved);
}

TEST_P(CatalogueAdminTest, EditsChaptersAndExamsWithReferenceChecks)
{
    auto out = admin().saveChapter(sgl::testing::adminSession(),
                                   Chapter{QStringLiteral("IMMUNO"), QStringLiteral("Immunologie"), QStringLiteral("18718-7"), {}, 0}, {});
    ASSERT_TRUE(out && out->saved);
    auto bad = admin().saveExam(sgl::testing::adminSession(),
                                Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("NOPE"), {QStringLiteral("CRP")}}, {});
    ASSERT_TRUE(bad);
    EXPECT_FALSE(bad->saved);
    EXPECT_EQ(codes(bad->errors), QStringList{QStringLiteral("catalogue.unknown_reference")});
    auto good = admin().saveExam(sgl::testing::adminSession(),
                                 Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("IMMUNO"), {QStringLiteral("CRP")}}, {});
    ASSERT_TRUE(good && good->saved);
    auto none = admin().saveExam(sgl::testing::adminSession(),
                                 Exam{QStringLiteral("ELP"), QStringLiteral("Électrophorèse"), {}, QStringLiteral("IMMUNO"), {QStringLiteral("CRP")}}, {});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QStringLiteral("catalogue.no_change"));
}

TEST_P(CatalogueAdminTest, SearchIgnoresCaseAndAccents)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    auto hits = CatalogueAdmin::search(*c, QStringLiteral("hematies"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.front().code, QStringLiteral("GR"));
    hits = CatalogueAdmin::search(*c, QStringLiteral("718-7"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.front().matchedOn, QStringLiteral("loinc"));
    hits = CatalogueAdmin::search(*c, QStringLiteral("hgb"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.front().matchedOn, QStringLiteral("analyzer"));
    EXPECT_TRUE(CatalogueAdmin::search(*c, QStringLiteral("  ")).isEmpty());
}

TEST_P(CatalogueAdminTest, RefusesUsersWithoutCatalogueRight)
{
    UserSession tech = sgl::testing::adminSession();
    tech.roles = {Role::Technician};
    Analysis a = *admin().load()->analysis(QStringLiteral("CRP"));
    auto out = admin().saveAnalysis(tech, a, {}, {});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QStringLiteral("auth.forbidden"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueAdminTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
