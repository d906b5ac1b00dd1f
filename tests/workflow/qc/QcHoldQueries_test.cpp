// The QC reads added for the validation banner, the queue marks, the rules dialog and `sgl qc`
// (issue 15, QC screens): open holds with their run and lot, held dossiers, and the Westgard rules
// of an analysis checked against the catalogue, on both databases.

#include "QcTestSupport.h"

#include "domain/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using namespace sgl::domain::qc;
using workflow::qc::QcLotAdmin;
using workflow::qc::QcQueries;

class QcHoldQueriesTest : public QcTest {
protected:
    /** Open holds of our test analyzer only (the demo database holds its own CRP on cobas-demo). */
    QList<workflow::qc::QcHeldResult> mine(const QList<workflow::qc::QcHeldResult> &all)
    {
        QList<workflow::qc::QcHeldResult> out;
        for (const auto &h : all)
            if (h.run.analyzer == kAnalyzer)
                out << h;
        return out;
    }
};

TEST_P(QcHoldQueriesTest, OpenHoldsNameTheRunTheLotAndTheRuleRecordedOrArrivedSince)
{
    const auto l = lot(QStringLiteral("L777"));
    const LabResult covered = enteredCrp(hoursAgo(2));
    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected) << rejected.error().toString().toStdString();
    ASSERT_EQ(rejected->outcome, QcOutcome::Rejected);
    const LabResult arrived = enteredCrp(QDateTime::currentDateTimeUtc()); // after the rejection
    const int audits = count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.read_holds'"));

    auto all = QcQueries(*m_db, tech()).openHolds();
    ASSERT_TRUE(all) << all.error().toString().toStdString();
    const auto holds = mine(*all);
    ASSERT_EQ(holds.size(), 2);
    QSet<qint64> ids;
    for (const auto &h : holds) {
        ids.insert(h.hold.resultId);
        EXPECT_EQ(h.lotNumber, QStringLiteral("L777"));
        EXPECT_EQ(h.run.id, rejected->runs[0].id);
        EXPECT_TRUE(h.run.rulesFired.contains(QStringLiteral("1-3s")));
        EXPECT_EQ(h.hold.analysisCode, kAnalysis);
        EXPECT_FALSE(h.hold.dossierNumber.isEmpty());
        EXPECT_EQ(h.hold.valueText, QStringLiteral("3"));
    }
    EXPECT_EQ(ids, (QSet<qint64>{covered.id, arrived.id}));
    // Recorded at the rejection, or arrived since (not recorded yet: id 0).
    for (const auto &h : holds)
        EXPECT_EQ(h.hold.id == 0, h.hold.resultId == arrived.id);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.read_holds'")), audits + 1)
        << "a read of patient results is audited";

    auto one = QcQueries(*m_db, tech()).openHolds(covered.dossierId);
    ASSERT_TRUE(one) << one.error().toString().toStdString();
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->at(0).hold.resultId, covered.id);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'qc.read_holds' AND entity_type = 'dossier' AND entity_id = ?"),
                    {QString::number(covered.dossierId)}),
              1);

    auto forBiologist = QcQueries(*m_db, bio()).openHolds(arrived.dossierId);
    ASSERT_TRUE(forBiologist) << forBiologist.error().toString().toStdString();
    ASSERT_EQ(forBiologist->size(), 1);
    EXPECT_EQ(forBiologist->at(0).hold.id, 0) << "arrived after the rejection: not recorded yet";
}

TEST_P(QcHoldQueriesTest, ReviewedRunHoldsNothingAnyMore)
{
    const auto l = lot();
    const LabResult covered = enteredCrp(hoursAgo(2));
    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected);
    auto ok = workflow::qc::QcReview(*m_db, tech())
                  .review({rejected->runs[0].id, rejected->runs[0].version, workflow::qc::QcReviewRequest::Decision::Accept,
                           QStringLiteral("erreur de pipetage du contrôle"), {}});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();

    auto all = QcQueries(*m_db, tech()).openHolds();
    ASSERT_TRUE(all);
    EXPECT_TRUE(mine(*all).isEmpty());
    auto one = QcQueries(*m_db, tech()).openHolds(covered.dossierId);
    ASSERT_TRUE(one);
    EXPECT_TRUE(one->isEmpty());
}

TEST_P(QcHoldQueriesTest, HoldsAreRefusedWithoutThePermission)
{
    const int audits = count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.read_holds'"));
    auto all = QcQueries(*m_db, session(QStringLiteral("secretaire"))).openHolds();
    ASSERT_FALSE(all);
    EXPECT_EQ(all.error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.read_holds'")), audits);
}

TEST_P(QcHoldQueriesTest, RulesSavedAndReadBackPerAnalysis)
{
    auto defaults = QcQueries(*m_db, tech()).rules(QStringLiteral("glu"));
    ASSERT_TRUE(defaults) << defaults.error().toString().toStdString();
    EXPECT_EQ(*defaults, allWestgardRules()) << "not configured: every rule";

    ASSERT_TRUE(QcLotAdmin(*m_db, tech()).setRules(QStringLiteral("GLU"), {WestgardRule::R13s, WestgardRule::R4s}));
    auto saved = QcQueries(*m_db, bio()).rules(QStringLiteral("GLU"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(*saved, (QList<WestgardRule>{WestgardRule::R13s, WestgardRule::R4s}));
    auto other = QcQueries(*m_db, tech()).rules(kAnalysis);
    ASSERT_TRUE(other);
    EXPECT_EQ(*other, allWestgardRules()) << "rules are per analysis";

    ASSERT_TRUE(QcLotAdmin(*m_db, tech()).setRules(QStringLiteral("GLU"), {}));
    auto reset = QcQueries(*m_db, tech()).rules(QStringLiteral("GLU"));
    ASSERT_TRUE(reset);
    EXPECT_EQ(*reset, allWestgardRules()) << "an empty list is the default";
}

TEST_P(QcHoldQueriesTest, RulesOfAnUnknownAnalysisAreRefusedAndNothingWritten)
{
    const int before = count(QStringLiteral("qc_rule_config"));
    const int audits = count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.rules'"));
    auto set = QcLotAdmin(*m_db, tech()).setRules(QStringLiteral("XYZ42"), {WestgardRule::R13s});
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().code, domain::errc::QcMissingField);
    EXPECT_EQ(set.error().location, QStringLiteral("analysisCode"));
    EXPECT_TRUE(set.error().message.contains(QStringLiteral("XYZ42")));
    EXPECT_EQ(count(QStringLiteral("qc_rule_config")), before);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.rules'")), audits);

    auto read = QcQueries(*m_db, tech()).rules(QStringLiteral("XYZ42"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, domain::errc::QcMissingField);
}

TEST_P(QcHoldQueriesTest, RulesChangeNeedsTechnicalValidation)
{
    auto set = QcLotAdmin(*m_db, session(QStringLiteral("secretaire"))).setRules(kAnalysis, {WestgardRule::R13s});
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().code, workflow::errc::AuthForbidden);
    auto rules = QcQueries(*m_db, tech()).rules(kAnalysis);
    ASSERT_TRUE(rules);
    EXPECT_EQ(*rules, allWestgardRules());
}

INSTANTIATE_TEST_SUITE_P(Backends, QcHoldQueriesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
