// The demo's auto-validation (issue 15), on SQLite and PostgreSQL: the demo rule set is valid
// against the demo catalogue and saved, the mode is shadow under the demo biologist, and every
// dossier of the validation queue carries a verdict; the critical value waiting for its
// call-back is held by the built-in rule, and the statistics are not empty.

#include "ValidationTestSupport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/autoval/DemoRuleSet.h"
#include "storage/AutovalEvaluationRepository.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/AutovalStatistics.h"
#include "workflow/autoval/RuleSetAdmin.h"

namespace sgl::testing {
namespace {

class DemoAutovalTest : public ValidationTest {};

TEST_P(DemoAutovalTest, TheDemoRulesRunInShadowModeAndTheQueueHasVerdicts)
{
    auto settings = workflow::autoval::AutovalSettings(*m_db, bio()).load();
    ASSERT_TRUE(settings) << settings.error().toString().toStdString();
    EXPECT_EQ(settings->mode, workflow::autoval::AutovalMode::Shadow);
    EXPECT_EQ(settings->responsibleLogin, QStringLiteral("biologiste"));
    auto rules = workflow::autoval::RuleSetAdmin(*m_db, session(QStringLiteral("admin"))).current();
    ASSERT_TRUE(rules && rules->has_value());
    EXPECT_EQ((*rules)->ruleSet, domain::autoval::DemoRuleSet::build());

    auto evaluations = m_db->read([](storage::ReadTx &tx) {
        return storage::AutovalEvaluationRepository::between(tx, QDateTime::currentDateTimeUtc().addDays(-1),
                                                             QDateTime::currentDateTimeUtc().addSecs(60));
    });
    ASSERT_TRUE(evaluations);
    ASSERT_FALSE(evaluations->isEmpty());
    int critical = 0;
    for (const storage::AutovalEvaluationRow &e : *evaluations) {
        EXPECT_EQ(e.mode, QStringLiteral("shadow"));
        EXPECT_FALSE(e.applied);
        for (const storage::AutovalHoldRow &h : e.holds) {
            EXPECT_FALSE(h.message.isEmpty()) << "every hold says why";
            if (h.ruleId == QLatin1StringView(domain::autoval::builtin::Critical))
                ++critical;
        }
    }
    EXPECT_GT(critical, 0) << "the demo's critical potassium is held";

    auto stats = workflow::autoval::AutovalStatistics(*m_db, bio()).compute(QDate::currentDate().addDays(-1), QDate::currentDate());
    ASSERT_TRUE(stats) << stats.error().toString().toStdString();
    EXPECT_EQ(stats->dossiers.total, evaluations->size());
    EXPECT_FALSE(stats->rules.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoAutovalTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
