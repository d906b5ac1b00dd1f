// The biologist's other actions (issue 12, item 3) on both databases: send back to the bench,
// correct a value (reason mandatory), unvalidate (amended report), add an analysis, accept or
// decline a reflex proposal. Each claims the dossier at the displayed version.

#include "ValidationTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/validation/ReflexDecisions.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::validation::CorrectionRequest;
using workflow::validation::SendBackRequest;
using workflow::validation::ValidationActions;

class ValidationActionsTest : public ValidationTest {
protected:
    ValidationActions actions(const UserSession &s) { return ValidationActions(*m_db, s); }

    /** A CRP dossier validated and reported (version 1 issued). */
    Dossier reportedCrp(const QString &value = QStringLiteral("3"))
    {
        const Dossier d = receivedDossier({QStringLiteral("CRP")});
        benchDone(d.id, {{QStringLiteral("CRP"), value}});
        auto v = validation(bio()).validate(whole(dossier(d.id)));
        EXPECT_TRUE(v) << (v ? std::string() : v.error().toString().toStdString());
        return dossier(d.id);
    }
};

TEST_P(ValidationActionsTest, SendBackToTheBenchWithReason)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier shown = dossier(d.id);
    const LabResult crp = resultOf(d.id, QStringLiteral("CRP"));
    SendBackRequest req{d.id, shown.version, crp.id, crp.version, workflow::bench::RerunOrder::Kind::Dilution,
                        QStringLiteral(""), 10.0};
    auto noReason = actions(bio()).sendBack(req);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(domain::errc::ValidationReasonRequired));
    req.reason = QStringLiteral("valeur hors gamme de mesure");
    auto byTech = actions(tech()).sendBack(req);
    ASSERT_FALSE(byTech);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));

    auto out = actions(bio()).sendBack(req);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const LabResult after = resultOf(d.id, QStringLiteral("CRP"));
    EXPECT_EQ(after.state, ValidationState::RerunRequested);
    EXPECT_TRUE(after.comment.contains(QStringLiteral("1/10"))) << after.comment.toStdString();
    EXPECT_EQ(historyOf(after.id).last().action, QStringLiteral("request_rerun"));
    EXPECT_EQ(historyOf(after.id).last().valueText, QStringLiteral("3"));
    EXPECT_EQ(out->dossier.status, DossierStatus::InProgress);
    EXPECT_TRUE(dossierAudit(d.id).contains(QStringLiteral("validation.send_back")));

    // Same screen again: the dossier moved.
    req.kind = workflow::bench::RerunOrder::Kind::NewSample;
    auto stale = actions(bio()).sendBack(req);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
}

TEST_P(ValidationActionsTest, CorrectionNeedsAReasonAndLeadsToAnAmendedReport)
{
    const Dossier d = reportedCrp();
    ASSERT_EQ(d.status, DossierStatus::Reported);
    const LabResult crp = resultOf(d.id, QStringLiteral("CRP"));
    CorrectionRequest req{d.id, d.version, crp.id, crp.version, QStringLiteral("30"), QStringLiteral(" ")};
    const int history = count(QStringLiteral("result_history"));
    auto noReason = actions(bio()).correct(req);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(domain::errc::ValidationReasonRequired));
    EXPECT_EQ(count(QStringLiteral("result_history")), history);
    req.reason = QStringLiteral("erreur de transcription");
    auto bad = req;
    bad.value = QStringLiteral("1,2,3");
    auto notANumber = actions(bio()).correct(bad);
    ASSERT_FALSE(notANumber);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CRP")).state, ValidationState::Validated) << "nothing written";

    auto out = actions(bio()).correct(req);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const LabResult after = resultOf(d.id, QStringLiteral("CRP"));
    EXPECT_EQ(after.state, ValidationState::TechnicallyValidated);
    EXPECT_EQ(after.value.displayFr(), QStringLiteral("30"));
    QStringList steps;
    for (const auto &h : historyOf(after.id))
        steps << h.action;
    EXPECT_TRUE(steps.contains(QStringLiteral("correct"))) << steps.join(u',').toStdString();
    EXPECT_EQ(steps.last(), QStringLiteral("technical_validate"));
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);

    auto again = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->report.version.versionNumber, 2);
    EXPECT_FALSE(again->report.version.replacesDocumentId.isEmpty());
    EXPECT_TRUE(again->report.version.amendmentReason.contains(QStringLiteral("erreur de transcription")))
        << again->report.version.amendmentReason.toStdString();
    EXPECT_TRUE(again->report.version.amendmentReason.contains(QStringLiteral("valeur modifiée")))
        << "coded from the correction step, not from the comment text";

    // A later unvalidation: the third version names its own reason, not the already reported one.
    auto un = actions(bio()).unvalidate(d.id, dossier(d.id).version, {QStringLiteral("CRP")},
                                        QStringLiteral("second motif"));
    ASSERT_TRUE(un) << un.error().toString().toStdString();
    auto third = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(third) << third.error().toString().toStdString();
    EXPECT_EQ(third->report.version.versionNumber, 3);
    EXPECT_TRUE(third->report.version.amendmentReason.contains(QStringLiteral("second motif")))
        << third->report.version.amendmentReason.toStdString();
    EXPECT_FALSE(third->report.version.amendmentReason.contains(QStringLiteral("erreur de transcription")));
}

TEST_P(ValidationActionsTest, UnvalidateThenValidateIssuesAnAmendedVersion)
{
    const Dossier d = reportedCrp();
    auto noReason = actions(bio()).unvalidate(d.id, d.version, {QStringLiteral("CRP")}, QString());
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(domain::errc::ValidationReasonRequired));
    auto unknown = actions(bio()).unvalidate(d.id, d.version, {QStringLiteral("GLU")}, QStringLiteral("x"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(workflow::errc::ValidationNotInDossier));

    auto out = actions(bio()).unvalidate(d.id, d.version, {QStringLiteral("CRP")}, QStringLiteral("patient mal identifié"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CRP")).state, ValidationState::TechnicallyValidated);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_TRUE(dossierAudit(d.id).contains(QStringLiteral("validation.unvalidate")));

    auto twice = actions(bio()).unvalidate(d.id, std::nullopt, {QStringLiteral("CRP")}, QStringLiteral("x"));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, QString(domain::errc::ValidationTransitionForbidden));

    auto amended = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(amended) << amended.error().toString().toStdString();
    EXPECT_EQ(amended->report.version.versionNumber, 2);
    EXPECT_EQ(count(QStringLiteral("report_versions"), QStringLiteral("dossier_id = ?"), {d.id}), 2);
    EXPECT_TRUE(amended->report.version.amendmentReason.contains(QStringLiteral("patient mal identifié")))
        << amended->report.version.amendmentReason.toStdString();
}

TEST_P(ValidationActionsTest, AddAnalysisCreatesAPendingResult)
{
    const Dossier d = reportedCrp();
    auto unknown = actions(bio()).addAnalysis(d.id, d.version, QStringLiteral("NOPE"), QStringLiteral("x"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(workflow::errc::ValidationUnknownAnalysis));
    auto calculated = actions(bio()).addAnalysis(d.id, d.version, QStringLiteral("DFG"), QStringLiteral("x"));
    ASSERT_FALSE(calculated);
    EXPECT_EQ(calculated.error().code, QString(workflow::errc::ValidationUnknownAnalysis));
    auto twice = actions(bio()).addAnalysis(d.id, d.version, QStringLiteral("CRP"), QStringLiteral("x"));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, QString(workflow::errc::ValidationAlreadyInDossier));
    auto noReason = actions(bio()).addAnalysis(d.id, d.version, QStringLiteral("TSH"), QString());
    ASSERT_FALSE(noReason);

    auto out = actions(bio()).addAnalysis(d.id, d.version, QStringLiteral("TSH"), QStringLiteral("asthénie"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const LabResult tsh = resultOf(d.id, QStringLiteral("TSH"));
    EXPECT_EQ(tsh.state, ValidationState::Pending);
    EXPECT_EQ(tsh.bench, QStringLiteral("BIOCH"));
    EXPECT_NE(tsh.specimenId, 0) << "the dossier's received SEC tube";
    EXPECT_TRUE(tsh.comment.contains(QStringLiteral("asthénie")));
    EXPECT_EQ(dossier(d.id).status, DossierStatus::InProgress);

    // Entered and validated later: the report is completed by a new version.
    benchDone(d.id, {{QStringLiteral("TSH"), QStringLiteral("2")}});
    auto v = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(v) << v.error().toString().toStdString();
    EXPECT_EQ(v->validated.size(), 1);
    EXPECT_EQ(historyOf(tsh.id).first().action, QStringLiteral("add"));
    EXPECT_EQ(historyOf(tsh.id).first().reason, QStringLiteral("asthénie"));
    EXPECT_TRUE(v->report.version.amendmentReason.contains(QStringLiteral("analyse ajoutée (asthénie)")))
        << v->report.version.amendmentReason.toStdString();
}

TEST_P(ValidationActionsTest, ReflexProposalAcceptedOrDeclined)
{
    const Dossier d = receivedDossier({QStringLiteral("HBS")});
    benchDone(d.id, {{QStringLiteral("AGHBS"), QStringLiteral("POS")}}); // RFX-AGHBS-POS proposes BHEP
    workflow::validation::ReflexDecisions decisions(*m_db, bio());
    auto noReason = decisions.decline(d.id, std::nullopt, QStringLiteral("RFX-AGHBS-POS"), QString());
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(domain::errc::ValidationReasonRequired));
    auto wrongRule = decisions.decline(d.id, std::nullopt, QStringLiteral("RFX-BU-PROT"), QStringLiteral("x"));
    ASSERT_FALSE(wrongRule);
    EXPECT_EQ(wrongRule.error().code, QString(workflow::errc::ReflexNotApplicable));
    auto byTech = workflow::validation::ReflexDecisions(*m_db, tech()).accept(d.id, std::nullopt, QStringLiteral("RFX-AGHBS-POS"));
    ASSERT_FALSE(byTech);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));

    const Dossier shown = dossier(d.id);
    auto accepted = decisions.accept(d.id, shown.version, QStringLiteral("RFX-AGHBS-POS"));
    ASSERT_TRUE(accepted) << accepted.error().toString().toStdString();
    EXPECT_TRUE(accepted->analysisCodes.contains(QStringLiteral("ALAT")));
    EXPECT_EQ(resultOf(d.id, QStringLiteral("ALAT")).state, ValidationState::Pending);
    EXPECT_TRUE(dossierAudit(d.id).contains(QStringLiteral("reflex.accept")));
    // It fires no more (the analyses are ordered): a second acceptance is refused.
    auto again = decisions.accept(d.id, std::nullopt, QStringLiteral("RFX-AGHBS-POS"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QString(workflow::errc::ReflexNotApplicable));
    auto stale = decisions.accept(d.id, shown.version, QStringLiteral("RFX-AGHBS-POS"));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));

    const Dossier other = receivedDossier({QStringLiteral("HBS")});
    benchDone(other.id, {{QStringLiteral("AGHBS"), QStringLiteral("POS")}});
    auto declined = decisions.decline(other.id, std::nullopt, QStringLiteral("RFX-AGHBS-POS"),
                                      QStringLiteral("bilan hépatique fait la semaine dernière"));
    ASSERT_TRUE(declined) << declined.error().toString().toStdString();
    EXPECT_TRUE(dossierAudit(other.id).contains(QStringLiteral("reflex.decline")));
    EXPECT_EQ(count(QStringLiteral("reflex_decisions")), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, ValidationActionsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
