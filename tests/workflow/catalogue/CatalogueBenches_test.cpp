// Benches, containers and required clinical questions stored with the catalogue (migration 0202):
// written and read back by the repository, versioned with the analysis, edited through
// CatalogueAdmin with its permission, reason and history, on SQLite and PostgreSQL.

#include "CatalogueTestSupport.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::domain;
using namespace sgl::workflow;
using sgl::testing::Backend;
using sgl::testing::errorCodes;

namespace {

class CatalogueBenchesTest : public sgl::testing::DemoCatalogueTest {
protected:
    Result<int> count(const QString &sql)
    {
        return m_db->read([&](storage::ReadTx &tx) -> Result<int> {
            auto q = tx.query(sql);
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toInt();
        });
    }
};

} // namespace

TEST_P(CatalogueBenchesTest, DemoBenchesContainersAndQuestionsAreStoredAndReloaded)
{
    const Catalogue demo = interop::catalogue::CatalogueReferenceData::demoCatalogue().catalogue;
    auto loaded = admin().load();
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->benches, demo.benches);
    ASSERT_FALSE(loaded->benches.isEmpty());
    for (const Analysis &a : demo.analyses) {
        const Analysis *b = loaded->analysis(a.localCode);
        ASSERT_TRUE(b) << a.localCode.toStdString();
        EXPECT_EQ(b->bench, a.bench) << a.localCode.toStdString();
        EXPECT_EQ(b->container, a.container) << a.localCode.toStdString();
        EXPECT_EQ(b->questions, a.questions) << a.localCode.toStdString();
    }
    const Analysis *glu = loaded->analysis(QStringLiteral("GLU"));
    ASSERT_TRUE(glu);
    EXPECT_EQ(glu->container, QStringLiteral("FLU"));
    EXPECT_EQ(glu->questions, QStringList{QStringLiteral("FASTING")});
    // The creation of each bench is in the history, under the import's version and reason.
    auto history = admin().history(QStringLiteral("bench"), QStringLiteral("BIOCH"));
    ASSERT_TRUE(history) << history.error().toString().toStdString();
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->front().change, QStringLiteral("created"));
}

TEST_P(CatalogueBenchesTest, ChangingBenchContainerOrQuestionsIsANewVersionAndKeepsTheOldOne)
{
    auto c = admin().load();
    ASSERT_TRUE(c);
    const Analysis before = *c->analysis(QStringLiteral("CREA"));
    Analysis crea = before;
    crea.container = QStringLiteral("HEP");
    crea.bench = QStringLiteral("URINES");
    // Order matters: questions are asked in the catalogue's order.
    crea.questions = {QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT")};
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), crea, {}, QStringLiteral("tube hépariné"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->saved) << errorCodes(out->errors).join(u',').toStdString();

    auto versions = admin().versions(QStringLiteral("CREA"));
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->first().container, before.container);
    EXPECT_EQ(versions->first().bench, before.bench);
    EXPECT_EQ(versions->first().questions, before.questions);
    EXPECT_EQ(versions->last().container, QStringLiteral("HEP"));
    EXPECT_EQ(versions->last().bench, QStringLiteral("URINES"));
    EXPECT_EQ(versions->last().questions, (QStringList{QStringLiteral("WEIGHT"), QStringLiteral("HEIGHT")}));
    auto history = admin().history(QStringLiteral("analysis"), QStringLiteral("CREA"));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->front().change, QStringLiteral("updated"));
    EXPECT_EQ(history->front().fields, (QStringList{QStringLiteral("bench"), QStringLiteral("container"),
                                                    QStringLiteral("clinical_questions")}));
    EXPECT_EQ(history->front().reason, QStringLiteral("tube hépariné"));

    // Reordering the questions alone is a change too; clearing them leaves no row behind.
    crea.questions = {QStringLiteral("HEIGHT"), QStringLiteral("WEIGHT")};
    ASSERT_TRUE(admin().saveAnalysis(sgl::testing::adminSession(), crea, {}, QStringLiteral("ordre"))->saved);
    crea.questions.clear();
    ASSERT_TRUE(admin().saveAnalysis(sgl::testing::adminSession(), crea, {}, QStringLiteral("aucun"))->saved);
    auto last = admin().versions(QStringLiteral("CREA"));
    ASSERT_TRUE(last);
    ASSERT_EQ(last->size(), 4);
    EXPECT_EQ(last->at(2).questions, (QStringList{QStringLiteral("HEIGHT"), QStringLiteral("WEIGHT")}));
    EXPECT_TRUE(last->at(3).questions.isEmpty());
}

TEST_P(CatalogueBenchesTest, RefusesUnknownBenchContainerAndQuestionWritingNothing)
{
    const auto before = sgl::testing::snapshot(*m_db);
    Analysis glu = *admin().load()->analysis(QStringLiteral("GLU"));
    glu.bench = QStringLiteral("NOPE");
    glu.container = QStringLiteral("VERT");
    glu.questions = {QStringLiteral("SMOKER")};
    auto out = admin().saveAnalysis(sgl::testing::adminSession(), glu, {}, QStringLiteral("essai"));
    ASSERT_TRUE(out);
    EXPECT_FALSE(out->saved);
    EXPECT_EQ(errorCodes(out->errors), (QStringList{QStringLiteral("catalogue.unknown_container"),
                                                     QStringLiteral("catalogue.unknown_question"),
                                                     QStringLiteral("catalogue.unknown_reference")}));
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
}

TEST_P(CatalogueBenchesTest, BenchesAreCreatedAndRenamedWithReasonPermissionAndHistory)
{
    const auto session = sgl::testing::adminSession();
    auto created = admin().saveBench(session, Bench{QStringLiteral(" MICRO "), QStringLiteral(" Microbiologie ")},
                                     QStringLiteral("nouvelle paillasse"));
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    ASSERT_TRUE(created->saved);
    auto renamed = admin().saveBench(session, Bench{QStringLiteral("MICRO"), QStringLiteral("Bactériologie")},
                                     QStringLiteral("réorganisation"));
    ASSERT_TRUE(renamed && renamed->saved);
    auto c = admin().load();
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->bench(QStringLiteral("MICRO")));
    EXPECT_EQ(c->bench(QStringLiteral("MICRO"))->label, QStringLiteral("Bactériologie"));
    EXPECT_EQ(c->benches.last().code, QStringLiteral("MICRO"));

    auto history = admin().history(QStringLiteral("bench"), QStringLiteral("MICRO"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).change, QStringLiteral("updated"));
    EXPECT_EQ(history->at(0).fields, QStringList{QStringLiteral("bench_label")});
    EXPECT_EQ(history->at(0).reason, QStringLiteral("réorganisation"));
    EXPECT_EQ(history->at(0).author, QStringLiteral("admin.test"));
    EXPECT_EQ(history->at(1).change, QStringLiteral("created"));
    EXPECT_EQ(history->at(1).reason, QStringLiteral("nouvelle paillasse"));

    // Saving the same label again is no change.
    auto same = admin().saveBench(session, Bench{QStringLiteral("MICRO"), QStringLiteral("Bactériologie")},
                                  QStringLiteral("rien"));
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, QStringLiteral("catalogue.no_change"));
}

TEST_P(CatalogueBenchesTest, BenchEditsAreRefusedWithoutReasonRightLabelOrWithACaseTwin)
{
    const auto before = sgl::testing::snapshot(*m_db);
    auto noReason = admin().saveBench(sgl::testing::adminSession(), Bench{QStringLiteral("MICRO"), QStringLiteral("Micro")},
                                      QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QStringLiteral("catalogue.reason_required"));
    UserSession tech = sgl::testing::adminSession();
    tech.roles = {Role::Technician};
    auto forbidden = admin().saveBench(tech, Bench{QStringLiteral("MICRO"), QStringLiteral("Micro")}, QStringLiteral("x"));
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QStringLiteral("auth.forbidden"));
    auto noLabel = admin().saveBench(sgl::testing::adminSession(), Bench{QStringLiteral("MICRO"), QStringLiteral(" ")},
                                     QStringLiteral("x"));
    ASSERT_TRUE(noLabel);
    EXPECT_FALSE(noLabel->saved);
    EXPECT_EQ(errorCodes(noLabel->errors), QStringList{QStringLiteral("catalogue.missing_field")});
    auto twin = admin().saveBench(sgl::testing::adminSession(), Bench{QStringLiteral("bioch"), QStringLiteral("Biochimie 2")},
                                  QStringLiteral("x"));
    ASSERT_TRUE(twin);
    EXPECT_FALSE(twin->saved);
    EXPECT_EQ(errorCodes(twin->errors), QStringList{QStringLiteral("catalogue.duplicate_code")});
    EXPECT_EQ(sgl::testing::snapshot(*m_db), before);
    auto kinds = admin().history(QStringLiteral("paillasse"), QString());
    ASSERT_FALSE(kinds);
    EXPECT_EQ(kinds.error().code, QStringLiteral("catalogue.bad_kind"));
}

TEST_P(CatalogueBenchesTest, DeletingAnAnalysisDeletesItsQuestions)
{
    Analysis extra;
    extra.localCode = QStringLiteral("GLU2");
    extra.label = QStringLiteral("Glucose (essai)");
    extra.unit = QStringLiteral("mmol/L");
    extra.bench = QStringLiteral("BIOCH");
    extra.container = QStringLiteral("FLU");
    extra.questions = {QStringLiteral("FASTING"), QStringLiteral("TREATMENT")};
    auto saved = admin().saveAnalysis(sgl::testing::adminSession(), extra, {}, QStringLiteral("essai"));
    ASSERT_TRUE(saved && saved->saved);
    const QString questionsOfGlu2 = QStringLiteral("SELECT COUNT(*) FROM catalogue_analysis_questions q JOIN "
                                                   "catalogue_analyses a ON a.id = q.analysis_id WHERE a.local_code = 'GLU2'");
    ASSERT_EQ(count(questionsOfGlu2).value_or(-1), 2);
    auto all = count(QStringLiteral("SELECT COUNT(*) FROM catalogue_analysis_questions"));
    ASSERT_TRUE(all);
    auto deleted = admin().deleteAnalysis(sgl::testing::adminSession(), QStringLiteral("GLU2"), QStringLiteral("erreur"));
    ASSERT_TRUE(deleted && deleted->saved);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM catalogue_analysis_questions")).value_or(-1), *all - 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogueBenchesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
