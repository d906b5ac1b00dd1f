// Worklists, technical validation (per result, per dossier, per bench run) and rerun/dilution
// with reason at the bench (issue 10, item 4). Both databases.

#include "BenchTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::bench::RerunOrder;
using workflow::bench::ValidationTarget;

class BenchValidationTest : public BenchTest {
protected:
    workflow::bench::RerunRequest rerun(const UserSession &s = technician())
    {
        return workflow::bench::RerunRequest(*m_db, s);
    }
    workflow::bench::BenchWorklist worklist(const UserSession &s = technician())
    {
        return workflow::bench::BenchWorklist(*m_db, s);
    }
};

TEST_P(BenchValidationTest, DossierValidationMovesTheDossierToTechnicallyValidated)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("70"))}));
    ASSERT_EQ(dossier(d.id).status, DossierStatus::InProgress);

    const auto counts = rowCounts();
    auto forbidden = techValidation(secretary()).dossier(d.id);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(rowCounts(), counts);

    auto out = techValidation().dossier(d.id);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->validated.size(), 2); // CREA and the calculated DFG
    for (const QString &code : {QStringLiteral("CREA"), QStringLiteral("DFG")}) {
        const LabResult r = resultOf(d.id, code);
        EXPECT_EQ(r.state, ValidationState::TechnicallyValidated) << code.toStdString();
        EXPECT_EQ(r.technicallyValidatedBy, QStringLiteral("technicien"));
        EXPECT_TRUE(r.technicallyValidatedAt.isValid());
        EXPECT_EQ(historyOf(r.id).last().action, QStringLiteral("technical_validate"));
    }
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    ASSERT_EQ(out->dossiers.size(), 1);
    EXPECT_EQ(out->dossiers.first().status, DossierStatus::TechnicallyValidated);

    // Nothing left to validate.
    auto again = techValidation().dossier(d.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QString(workflow::errc::BenchNothingToValidate));
}

TEST_P(BenchValidationTest, PerResultValidationRefusesPendingAndStaleResults)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY"), QStringLiteral("TSH")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("5,5"))}));
    const LabResult glu = resultOf(d.id, QStringLiteral("GLU"));
    const LabResult tsh = resultOf(d.id, QStringLiteral("TSH"));
    const auto counts = rowCounts();

    auto pending = techValidation().results({{glu.id, glu.version}, {tsh.id, tsh.version}});
    ASSERT_FALSE(pending);
    EXPECT_EQ(pending.error().code, QString(domain::errc::ValidationTransitionForbidden));
    EXPECT_EQ(pending.error().location, QStringLiteral("TSH"));
    EXPECT_TRUE(pending.error().message.startsWith(QStringLiteral("TSH : "))) << pending.error().message.toStdString();
    EXPECT_EQ(rowCounts(), counts) << "GLU, valid on its own, is not validated either";

    auto stale = techValidation().results({{glu.id, glu.version - 1}});
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_EQ(rowCounts(), counts);

    auto ok = techValidation().results({{glu.id, glu.version}});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).state, ValidationState::TechnicallyValidated);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::InProgress) << "TSH still to do";

    // Only some analyses of a dossier, by code (the CLI's --analyses).
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("TSH"), QStringLiteral("1,2"))}));
    auto unknown = techValidation().dossier(d.id, {QStringLiteral("CRP")});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QString(workflow::errc::BenchNotInDossier));
    auto byCode = techValidation().dossier(d.id, {QStringLiteral("TSH")});
    ASSERT_TRUE(byCode) << byCode.error().toString().toStdString();
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
}

TEST_P(BenchValidationTest, BenchRunValidatesEveryEnteredResultOfTheBench)
{
    const Dossier a = receivedDossier({QStringLiteral("GLY")});
    const Dossier b = receivedDossier({QStringLiteral("GLY"), QStringLiteral("NFS")});
    ASSERT_TRUE(entry().enter(a.id, {typed(a.id, QStringLiteral("GLU"), QStringLiteral("5"))}));
    ASSERT_TRUE(entry().enter(b.id, {typed(b.id, QStringLiteral("GLU"), QStringLiteral("6"))}));
    ASSERT_TRUE(entry().enter(b.id, {typed(b.id, QStringLiteral("HB"), QStringLiteral("13,2"))}));

    auto out = techValidation().benchRun(QStringLiteral("BIOCH"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->validated.size(), 2);
    EXPECT_EQ(out->dossiers.size(), 2);
    EXPECT_EQ(dossier(a.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_EQ(dossier(b.id).status, DossierStatus::InProgress) << "the haematology results are still to do";
    EXPECT_EQ(resultOf(b.id, QStringLiteral("HB")).state, ValidationState::Entered) << "another bench";

    auto none = techValidation().benchRun(QStringLiteral("BIOCH"));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, QString(workflow::errc::BenchNothingToValidate));
}

TEST_P(BenchValidationTest, RerunAndDilutionKeepThePreviousValueWithReason)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("5,1"))}));
    ASSERT_TRUE(techValidation().dossier(d.id));
    ASSERT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    LabResult glu = resultOf(d.id, QStringLiteral("GLU"));

    const auto counts = rowCounts();
    auto noReason = rerun().request({glu.id, glu.version, RerunOrder::Kind::Rerun, QStringLiteral("  "), {}});
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, QString(domain::errc::ValidationReasonRequired));
    auto badFactor = rerun().request({glu.id, glu.version, RerunOrder::Kind::Dilution, QStringLiteral("hors gamme"), 1.0});
    ASSERT_FALSE(badFactor);
    EXPECT_EQ(badFactor.error().code, QString(workflow::errc::BenchBadDilution));
    auto stale = rerun().request({glu.id, glu.version - 1, RerunOrder::Kind::Rerun, QStringLiteral("hémolyse"), {}});
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_EQ(rowCounts(), counts);

    auto out = rerun().request({glu.id, glu.version, RerunOrder::Kind::Dilution, QStringLiteral("hors gamme"), 10.0});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->result.state, ValidationState::RerunRequested);
    EXPECT_EQ(out->result.value.kind, ResultValue::Kind::Empty);
    EXPECT_TRUE(out->result.comment.contains(QStringLiteral("1/10")));
    EXPECT_EQ(out->dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::InProgress);

    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("51"))}));
    const auto h = historyOf(glu.id);
    ASSERT_EQ(h.size(), 4); // enter, technical validation, dilution, enter again
    EXPECT_EQ(h[2].action, QStringLiteral("request_rerun"));
    EXPECT_EQ(h[2].valueText, QStringLiteral("5,1")) << "the value sent back stays visible";
    EXPECT_TRUE(h[2].reason.contains(QStringLiteral("hors gamme")));
    EXPECT_EQ(h[2].stateBefore, ValidationState::TechnicallyValidated);
    EXPECT_EQ(h[3].valueText, QStringLiteral("51"));
    EXPECT_EQ(h[3].stateBefore, ValidationState::RerunRequested);

    // A pending result cannot be sent back.
    const Dossier other = receivedDossier({QStringLiteral("GLY")});
    const LabResult pending = resultOf(other.id, QStringLiteral("GLU"));
    auto refused = rerun().request({pending.id, pending.version, RerunOrder::Kind::Rerun, QStringLiteral("hémolyse"), {}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(domain::errc::ValidationTransitionForbidden));
}

TEST_P(BenchValidationTest, RerunOfAnInputSendsTheCalculatedResultBackThenRecomputesIt)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("70"))}));
    ASSERT_TRUE(techValidation().dossier(d.id));
    const LabResult crea = resultOf(d.id, QStringLiteral("CREA"));
    const LabResult dfgBefore = resultOf(d.id, QStringLiteral("DFG"));
    ASSERT_EQ(dfgBefore.state, ValidationState::TechnicallyValidated);

    auto out = rerun().request({crea.id, crea.version, RerunOrder::Kind::Rerun, QStringLiteral("hémolyse"), {}});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->dependents.size(), 1);
    const LabResult dfg = resultOf(d.id, QStringLiteral("DFG"));
    EXPECT_EQ(dfg.state, ValidationState::RerunRequested);
    EXPECT_EQ(dfg.value.kind, ResultValue::Kind::Empty);
    EXPECT_EQ(historyOf(dfg.id).last().valueText, dfgBefore.value.displayFr()) << "the computed value stays in its history";

    auto again = entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("140"))});
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    ASSERT_EQ(again->calculated.size(), 1);
    const LabResult recomputed = resultOf(d.id, QStringLiteral("DFG"));
    EXPECT_EQ(recomputed.state, ValidationState::Entered);
    EXPECT_LT(recomputed.value.toDouble().value_or(1000), dfgBefore.value.toDouble().value_or(0))
        << "a higher creatinine gives a lower DFG";
}

TEST_P(BenchValidationTest, WorklistByBenchPriorityAndCounts)
{
    const Dossier routine = receivedDossier({QStringLiteral("GLY")});
    const Dossier urgent = receivedDossier({QStringLiteral("GLY"), QStringLiteral("NFS")}, Dossier::Priority::Urgent);

    storage::WorklistFilter filter;
    filter.bench = QStringLiteral("BIOCH");
    auto items = worklist().load(filter);
    ASSERT_TRUE(items) << items.error().toString().toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->first().dossierId, urgent.id) << "urgent first";
    EXPECT_EQ(items->last().dossierId, routine.id);

    filter.priority = Dossier::Priority::Urgent;
    auto urgentOnly = worklist().load(filter);
    ASSERT_TRUE(urgentOnly);
    ASSERT_EQ(urgentOnly->size(), 1);
    EXPECT_EQ(urgentOnly->first().analysisCode, QStringLiteral("GLU"));

    auto counts = worklist().counts(storage::WorklistFilter{});
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->value(QStringLiteral("BIOCH")), 2);
    EXPECT_EQ(counts->value(QStringLiteral("HEMATO")), 15);

    auto benches = worklist().benches();
    ASSERT_TRUE(benches);
    EXPECT_FALSE(benches->isEmpty());
    auto analyzers = worklist().analyzers();
    ASSERT_TRUE(analyzers);
    EXPECT_TRUE(analyzers->contains(QStringLiteral("COBAS")));
    auto cobas = worklist().forAnalyzer(storage::WorklistFilter{}, QStringLiteral("COBAS"));
    ASSERT_TRUE(cobas);
    EXPECT_EQ(cobas->size(), 2);

    auto forbidden = worklist(adminSession()).load(filter);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchValidationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
