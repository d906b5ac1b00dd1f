// The demo's auto-validation (issue 15), on SQLite and PostgreSQL: the demo rule set is valid
// against the demo catalogue and saved, the mode is shadow under the demo biologist, and every
// dossier of the validation queue carries a verdict; the critical value waiting for its
// call-back is held by the built-in rule, and the statistics are not empty.

#include "ValidationTestSupport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/autoval/DemoRuleSet.h"
#include "storage/AutovalEvaluationRepository.h"
#include "workflow/autoval/AutoValidation.h"
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

// The demo's rejected CRP control holds SANTONI Marie's CRP (DemoQc): the product's QC source
// (no test double) makes the engine hold it with the QC's own reason, never release it.
TEST_P(DemoAutovalTest, TheDemoSwappedBloodCountIsHeldNamingThePartnerDossier)
{
    // PETIT's blood count (no history, all within limits) holds MARTIN's blood: the demo shows the
    // series cross-check holding it, naming MARTIN's blood count sampled two minutes earlier, and
    // the other way round.
    auto evaluations = m_db->read([](storage::ReadTx &tx) {
        return storage::AutovalEvaluationRepository::between(tx, QDateTime::currentDateTimeUtc().addDays(-1),
                                                             QDateTime::currentDateTimeUtc().addSecs(60));
    });
    ASSERT_TRUE(evaluations);
    QList<std::pair<qint64, QString>> swapHolds; // dossier, message
    for (const storage::AutovalEvaluationRow &e : *evaluations)
        for (const storage::AutovalHoldRow &h : e.holds)
            if (h.ruleId == QLatin1StringView(domain::autoval::builtin::Swap)) {
                EXPECT_FALSE(e.released);
                swapHolds.append({e.dossierId, h.message});
            }
    ASSERT_EQ(swapHolds.size(), 2);
    const auto who = [&](qint64 dossierId) {
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Result<std::pair<QString, QString>> {
            auto q = tx.query(QStringLiteral("SELECT d.number, p.local_id FROM dossiers d JOIN patients p ON p.id = d.patient_id "
                                             "WHERE d.id = ?"),
                              {dossierId});
            if (!q)
                return std::unexpected(q.error());
            if (!q->next())
                return std::pair<QString, QString>{};
            return std::pair<QString, QString>{q->value(0).toString(), q->value(1).toString()};
        });
        return r.value_or(std::pair<QString, QString>{});
    };
    const auto [firstNumber, firstPatient] = who(swapHolds[0].first);
    const auto [secondNumber, secondPatient] = who(swapHolds[1].first);
    EXPECT_EQ((QStringList{firstPatient, secondPatient}.join(u',')), QStringLiteral("DEMO-0001,DEMO-0006"));
    EXPECT_TRUE(swapHolds[0].second.contains(secondNumber)) << swapHolds[0].second.toStdString();
    EXPECT_TRUE(swapHolds[1].second.contains(firstNumber)) << swapHolds[1].second.toStdString();
}

TEST_P(DemoAutovalTest, TheResultHeldByTheDemoQcIsHeldByTheEngineWithTheQcReason)
{
    auto held = m_db->read([](storage::ReadTx &tx) -> domain::Result<std::pair<qint64, qint64>> {
        auto q = tx.query(QStringLiteral("SELECT r.dossier_id, r.id FROM qc_holds h JOIN results r ON r.id = h.result_id "
                                         "WHERE h.released_at IS NULL ORDER BY h.id"));
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::pair<qint64, qint64>{0, 0};
        return std::pair<qint64, qint64>{q->value(0).toLongLong(), q->value(1).toLongLong()};
    });
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    ASSERT_NE(held->first, 0) << "the demo holds a result by QC";

    auto outcome = workflow::autoval::AutoValidation(*m_db, bio(), reports()).evaluate(held->first);
    ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
    EXPECT_FALSE(outcome->verdict.release);
    bool qcHold = false;
    for (const domain::autoval::AnalysisVerdict &a : outcome->verdict.analyses) {
        if (a.resultId != held->second)
            continue;
        EXPECT_FALSE(a.release);
        for (const domain::autoval::HoldReason &h : a.holds)
            if (h.ruleId == QLatin1StringView(domain::autoval::builtin::Qc)) {
                qcHold = true;
                EXPECT_TRUE(h.text.contains(QStringLiteral("CQ rejeté"))) << h.text.toStdString();
            }
    }
    EXPECT_TRUE(qcHold) << "the engine names the QC hold";
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoAutovalTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
