// The QC hold on both databases (issue 15 item 1): a rejected run holds the patient results of
// its analyzer and analysis since the last accepted run (and those arriving until the review);
// technical validation, biological validation and batch release refuse them; the review accepts
// with a reason (holds released) or sends them to rerun.

#include "QcTestSupport.h"

#include "domain/validation/ReleaseCheck.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/auth/AuthService.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/ValidationDossierView.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::qc::QcReview;
using workflow::qc::QcReviewRequest;

class QcHoldTest : public QcTest {};

TEST_P(QcHoldTest, RejectedRunHoldsResultsSinceTheLastAcceptedRunOnly)
{
    const auto l = lot();
    const LabResult before = enteredCrp(hoursAgo(5));
    auto accepted = run(l.id, QStringLiteral("10,4"), hoursAgo(4));
    ASSERT_TRUE(accepted) << accepted.error().toString().toStdString();
    EXPECT_EQ(accepted->outcome, qc::QcOutcome::Accepted);
    EXPECT_EQ(accepted->held, 0);
    const LabResult covered = enteredCrp(hoursAgo(2));
    const LabResult otherAnalyzer = enteredCrp(hoursAgo(2));
    measuredBy(otherAnalyzer.id, hoursAgo(2), QStringLiteral("autre-automate"));

    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected) << rejected.error().toString().toStdString();
    EXPECT_EQ(rejected->outcome, qc::QcOutcome::Rejected);
    ASSERT_EQ(rejected->runs.size(), 1);
    EXPECT_EQ(rejected->runs[0].reviewState, QStringLiteral("pending"));
    EXPECT_EQ(rejected->runs[0].rulesFired, (QStringList{QStringLiteral("1-2s"), QStringLiteral("1-3s")}));
    EXPECT_EQ(rejected->held, 1);

    // A result measured after the rejection, before any review, is held too.
    const LabResult later = enteredCrp(QDateTime::currentDateTimeUtc());
    const auto h = held({before.id, covered.id, otherAnalyzer.id, later.id});
    EXPECT_FALSE(h.contains(before.id));
    EXPECT_FALSE(h.contains(otherAnalyzer.id));
    ASSERT_TRUE(h.contains(covered.id));
    EXPECT_TRUE(h.contains(later.id));
    EXPECT_TRUE(h.value(covered.id).startsWith(QStringLiteral("CQ rejeté : CRP, lot L123, règle 1-3s le ")))
        << h.value(covered.id).toStdString();

    // Status for the bench and validation screens.
    auto status = workflow::qc::QcQueries(*m_db, tech()).status();
    ASSERT_TRUE(status);
    int mine = 0;
    for (const auto &s : *status) {
        if (s.analyzer != kAnalyzer)
            continue; // the demo's own analyzer has its own runs
        ++mine;
        EXPECT_EQ(s.lastOutcome, QStringLiteral("rejected"));
        EXPECT_EQ(s.pendingReviews, 1);
        EXPECT_EQ(s.holdReason, h.value(covered.id));
    }
    EXPECT_EQ(mine, 1);
    auto pending = workflow::qc::QcQueries(*m_db, tech()).review(rejected->runs[0].id);
    ASSERT_TRUE(pending) << pending.error().toString().toStdString();
    EXPECT_EQ(pending->heldNow, 2);
}

TEST_P(QcHoldTest, TechnicalValidationRefusesAHeldResultAndWritesNothing)
{
    const auto l = lot();
    const LabResult r = enteredCrp(hoursAgo(2));
    ASSERT_TRUE(run(l.id, QStringLiteral("6,5"), hoursAgo(1))); // −3.5 SD
    const int steps = int(historyOf(r.id).size());

    auto refused = workflow::bench::TechnicalValidation(*m_db, tech()).dossier(r.dossierId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(workflow::errc::ValidationQcHold));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CRP"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CQ rejeté")));
    auto single = workflow::bench::TechnicalValidation(*m_db, tech()).results({{r.id, std::nullopt}});
    ASSERT_FALSE(single);
    EXPECT_EQ(single.error().code, QString(workflow::errc::ValidationQcHold));
    EXPECT_EQ(resultOf(r.dossierId, kAnalysis).state, ValidationState::Entered);
    EXPECT_EQ(historyOf(r.id).size(), steps);
}

TEST_P(QcHoldTest, AcceptWithReasonReleasesTheHolds)
{
    const auto l = lot();
    const LabResult r = enteredCrp(hoursAgo(2));
    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected);
    const qint64 runId = rejected->runs[0].id;

    auto noReason = QcReview(*m_db, tech()).review({runId, std::nullopt, QcReviewRequest::Decision::Accept, QStringLiteral("  "), {}});
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(workflow::errc::QcReasonRequired));
    auto secretary = QcReview(*m_db, session(QStringLiteral("secretaire")))
                         .review({runId, std::nullopt, QcReviewRequest::Decision::Accept, QStringLiteral("ok"), {}});
    ASSERT_FALSE(secretary);
    EXPECT_EQ(secretary.error().code, QString(workflow::errc::AuthForbidden));
    auto stale = QcReview(*m_db, tech()).review({runId, 7, QcReviewRequest::Decision::Accept, QStringLiteral("ok"), {}});
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_TRUE(held({r.id}).contains(r.id)) << "refusals changed nothing";

    auto ok = QcReview(*m_db, tech()).review({runId, 1, QcReviewRequest::Decision::Accept,
                                              QStringLiteral("Contrôle repassé dans les limites"),
                                              QStringLiteral("flacon mal homogénéisé")});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->released, 1);
    EXPECT_EQ(ok->runs.first().reviewState, QStringLiteral("accepted"));
    EXPECT_FALSE(held({r.id}).contains(r.id));
    EXPECT_EQ(count(QStringLiteral("qc_reviews"), QStringLiteral("decision = 'accepted' AND held_count = 1 AND run_id = ?"),
                    {runId}),
              1);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'qc.review' AND entity_id = ?"),
                    {QString::number(runId)}),
              1);

    auto v = workflow::bench::TechnicalValidation(*m_db, tech()).dossier(r.dossierId);
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    auto again = QcReview(*m_db, tech()).review({runId, std::nullopt, QcReviewRequest::Decision::Accept, QStringLiteral("x"), {}});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QString(workflow::errc::QcNotPending));
    // The accepted run counts as in control again: a later rejection holds only what follows it.
    const LabResult after = enteredCrp(QDateTime::currentDateTimeUtc().addSecs(-60));
    ASSERT_TRUE(run(l.id, QStringLiteral("14"), QDateTime::currentDateTimeUtc()));
    EXPECT_TRUE(held({after.id}).contains(after.id));
}

TEST_P(QcHoldTest, RerunSendsTheHeldResultsBackToTheBench)
{
    const auto l = lot();
    const LabResult r = enteredCrp(hoursAgo(2));
    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected);
    auto ok = QcReview(*m_db, bio()).review({rejected->runs[0].id, std::nullopt, QcReviewRequest::Decision::Rerun,
                                             QStringLiteral("réactif changé"), {}});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->rerun, 1);
    EXPECT_EQ(ok->released, 1);
    const LabResult after = resultOf(r.dossierId, kAnalysis);
    EXPECT_EQ(after.state, ValidationState::RerunRequested);
    EXPECT_TRUE(after.comment.contains(QStringLiteral("réactif changé"))) << after.comment.toStdString();
    EXPECT_FALSE(held({r.id}).contains(r.id));
    EXPECT_EQ(count(QStringLiteral("qc_holds"), QStringLiteral("release_kind = 'rerun' AND result_id = ?"), {r.id}), 1);
}

TEST_P(QcHoldTest, BiologicalValidationAndBatchReleaseRefuseHeldResults)
{
    const auto l = lot();
    const Dossier d = receivedDossier({kAnalysis});
    benchDone(d.id, {{kAnalysis, QStringLiteral("3")}});
    const LabResult r = resultOf(d.id, kAnalysis);
    ASSERT_EQ(r.state, ValidationState::TechnicallyValidated);
    measuredBy(r.id, hoursAgo(2));
    ASSERT_TRUE(run(l.id, QStringLiteral("13,5"), hoursAgo(1)));

    // The validation screen's read model marks the held result with the run's reason.
    auto view = workflow::validation::ValidationDossierView(*m_db).open(bio(), d.id);
    ASSERT_TRUE(view) << view.error().toString().toStdString();
    ASSERT_NE(view->row(r.id), nullptr);
    EXPECT_TRUE(view->row(r.id)->qcHold.startsWith(QStringLiteral("CQ rejeté : CRP"))) << view->row(r.id)->qcHold.toStdString();

    auto refused = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(workflow::errc::ValidationQcHold));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CQ rejeté"))) << refused.error().message.toStdString();
    EXPECT_EQ(resultOf(d.id, kAnalysis).state, ValidationState::TechnicallyValidated);

    workflow::AuthService auth(*m_db, SecurityPolicy{}, QStringLiteral("poste-test"));
    workflow::validation::BatchRelease batch(*m_db, bio(), auth, reports());
    auto candidates = batch.candidates();
    ASSERT_TRUE(candidates) << candidates.error().toString().toStdString();
    bool seen = false;
    for (const auto &c : *candidates) {
        if (c.dossierId != d.id)
            continue;
        seen = true;
        ASSERT_FALSE(c.exclusions.isEmpty());
        EXPECT_EQ(releaseExclusionCode(c.exclusions.first().reason), QStringLiteral("qc_hold"));
        EXPECT_TRUE(c.exclusions.first().text.contains(QStringLiteral("contrôle qualité")));
    }
    EXPECT_TRUE(seen);
    auto released = batch.release(QStringLiteral("Validation-2026"), {d.id});
    ASSERT_TRUE(released) << released.error().toString().toStdString();
    EXPECT_TRUE(released->released.isEmpty());
    EXPECT_EQ(resultOf(d.id, kAnalysis).state, ValidationState::TechnicallyValidated);

    // After the review the same dossier validates.
    auto pending = workflow::qc::QcQueries(*m_db, bio()).pendingReviews();
    ASSERT_TRUE(pending);
    qint64 runId = 0;
    for (const auto &p : *pending)
        if (p.run.analyzer == kAnalyzer)
            runId = p.run.id;
    ASSERT_NE(runId, 0);
    ASSERT_TRUE(QcReview(*m_db, bio()).review({runId, std::nullopt, QcReviewRequest::Decision::Accept,
                                               QStringLiteral("erreur de flacon"), {}}));
    auto ok = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
}

TEST_P(QcHoldTest, ValidatedAndCancelledResultsAreNeverHeld)
{
    const auto l = lot();
    const Dossier d = receivedDossier({kAnalysis});
    benchDone(d.id, {{kAnalysis, QStringLiteral("3")}});
    ASSERT_TRUE(validation(bio()).validate(whole(dossier(d.id))));
    const LabResult r = resultOf(d.id, kAnalysis);
    measuredBy(r.id, hoursAgo(2));
    auto rejected = run(l.id, QStringLiteral("13,5"), hoursAgo(1));
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->held, 0);
    EXPECT_TRUE(held({r.id}).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, QcHoldTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
