// Active auto-validation (issue 15), on SQLite and PostgreSQL: a released dossier is validated
// under the responsible biologist's name, its report version and outbox rows written in the
// same transaction as the evaluation (a refused report leaves nothing validated), the report
// says "validé selon les règles du laboratoire"; a critical value, a pending call-back or a
// QC-held result is never released. Statistics and their French CSV.

#include "AutovalTestSupport.h"

#include "domain/autoval/AutoValidationEngine.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "storage/DocumentRepository.h"
#include "storage/OutboxRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/autoval/AutovalStatistics.h"
#include "workflow/validation/CriticalCallBacks.h"

namespace sgl::testing {
namespace {

using domain::Dossier;
using domain::DossierStatus;
using domain::ValidationState;
namespace av = domain::autoval;

class ActiveModeTest : public AutovalTest {
protected:
    int versionsOf(qint64 dossierId) { return count(QStringLiteral("report_versions"), QStringLiteral("dossier_id = ?"), {dossierId}); }
    int outboxOf(qint64 dossierId)
    {
        auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::OutboxRepository::forDossier(tx, dossierId); });
        EXPECT_TRUE(rows);
        return rows ? static_cast<int>(rows->size()) : -1;
    }
    static bool holdsWith(const av::DossierVerdict &v, const char *rule)
    {
        for (const av::HoldReason &h : v.holds)
            if (h.ruleId == QLatin1StringView(rule))
                return true;
        return false;
    }
};

TEST_P(ActiveModeTest, ReleasedDossierIsValidatedUnderTheResponsibleBiologistWithReportAndOutboxRows)
{
    setUp(QStringLiteral("active"));
    const Dossier d = receivedDossier({QStringLiteral("CRP"), QStringLiteral("IONO")});
    QList<std::pair<QString, QString>> values = normalIono();
    values << std::pair{QStringLiteral("CRP"), QStringLiteral("3")};
    auto hooked = benchDoneWithHook(d.id, values);
    ASSERT_EQ(hooked.size(), 1);
    ASSERT_TRUE(hooked.first()) << hooked.first().error().toString().toStdString();
    const auto &out = *hooked.first();
    ASSERT_TRUE(out.verdict.release) << (out.verdict.holds.isEmpty() ? std::string() : out.verdict.holds.first().text.toStdString());
    ASSERT_TRUE(out.applied) << out.notApplied.toStdString();
    ASSERT_TRUE(out.validation);
    EXPECT_FALSE(out.validation->report.outbox.isEmpty());

    EXPECT_EQ(dossier(d.id).status, DossierStatus::Reported);
    const domain::LabResult crp = resultOf(d.id, QStringLiteral("CRP"));
    EXPECT_EQ(crp.state, ValidationState::Validated);
    EXPECT_EQ(crp.validatedBy, QStringLiteral("biologiste")) << "under the responsible biologist's name";
    EXPECT_EQ(historyOf(crp.id).last().reason, domain::autoValidatedReason());
    EXPECT_EQ(versionsOf(d.id), 1);
    EXPECT_EQ(outboxOf(d.id), out.validation->report.outbox.size());
    EXPECT_GT(outboxOf(d.id), 0);
    const QStringList audit = dossierAudit(d.id);
    EXPECT_TRUE(audit.contains(QStringLiteral("autoval.evaluate")));
    EXPECT_TRUE(audit.contains(QStringLiteral("autoval.validate")));
    EXPECT_TRUE(audit.contains(QStringLiteral("validation.validate")));
    auto e = evaluationOf(d.id);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->applied);
    EXPECT_EQ(e->mode, QStringLiteral("active"));
    for (const auto &r : e->results)
        EXPECT_TRUE(r.humanDecision.isEmpty()) << "the engine's validation is not a biologist's decision";

    auto cda = m_db->read([&](storage::ReadTx &tx) {
        return storage::DocumentRepository::get(tx, out.validation->report.version.id, QStringLiteral("N3"));
    });
    ASSERT_TRUE(cda) << cda.error().toString().toStdString();
    EXPECT_TRUE(QString::fromUtf8(cda->bytes).contains(QStringLiteral("selon les règles du laboratoire")));
}

TEST_P(ActiveModeTest, AReportThatCannotBeIssuedLeavesNothingValidatedAndTheRefusalIsRecorded)
{
    setUp(QStringLiteral("active"));
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    workflow::bench::BenchResultEntry entry(*m_db, tech());
    ASSERT_TRUE(entry.enterByCode(d.id, QStringLiteral("CRP"), QStringLiteral("3")));
    ASSERT_TRUE(workflow::bench::TechnicalValidation(*m_db, tech()).dossier(d.id));
    const workflow::report::IssueReportVersion broken([](const domain::ReportContent &) -> domain::Result<QByteArray> {
        return std::unexpected(domain::Error{QStringLiteral("test.renderer"), QStringLiteral("Rendu PDF en panne."), {}});
    });
    const int outbox = count(QStringLiteral("outbox"));
    auto out = workflow::autoval::AutoValidation(*m_db, bio(), broken).evaluate(d.id);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_TRUE(out->verdict.release);
    EXPECT_FALSE(out->applied);
    EXPECT_TRUE(out->notApplied.contains(QStringLiteral("Rendu PDF en panne"))) << out->notApplied.toStdString();
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CRP")).state, ValidationState::TechnicallyValidated);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_EQ(versionsOf(d.id), 0);
    EXPECT_EQ(count(QStringLiteral("outbox")), outbox);
    auto e = evaluationOf(d.id);
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->applied);
    EXPECT_TRUE(e->errorText.contains(QStringLiteral("Rendu PDF en panne")));
}

TEST_P(ActiveModeTest, ACriticalValueIsNeverReleasedEvenAfterItsCallBack)
{
    setUp(QStringLiteral("active"));
    const Dossier d = receivedDossier({QStringLiteral("IONO")});
    QList<std::pair<QString, QString>> values = normalIono();
    values[1].second = QStringLiteral("7,0");
    auto hooked = benchDoneWithHook(d.id, values);
    ASSERT_EQ(hooked.size(), 1);
    ASSERT_TRUE(hooked.first());
    EXPECT_FALSE(hooked.first()->verdict.release);
    EXPECT_FALSE(hooked.first()->applied);
    EXPECT_TRUE(holdsWith(hooked.first()->verdict, av::builtin::Critical));
    EXPECT_TRUE(holdsWith(hooked.first()->verdict, av::builtin::CallBack));

    workflow::validation::CallBackRequest call;
    call.dossierId = d.id;
    call.resultId = resultOf(d.id, QStringLiteral("K")).id;
    call.calledName = QStringLiteral("Dr Claire BERNARD");
    call.method = domain::CallBack::Method::Phone;
    call.readBack = true;
    ASSERT_TRUE(workflow::validation::CriticalCallBacks(*m_db, bio()).record(call));
    auto again = autoValidation(bio()).evaluate(d.id);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_FALSE(again->verdict.release);
    EXPECT_FALSE(again->applied);
    EXPECT_TRUE(holdsWith(again->verdict, av::builtin::Critical));
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_EQ(versionsOf(d.id), 0);
}

TEST_P(ActiveModeTest, AResultHeldByQcIsNeverReleased)
{
    setUp(QStringLiteral("active"));
    auto qc = std::make_shared<FakeQcHolds>();
    qc->heldAnalyses = {QStringLiteral("CRP")};
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    auto hooked = benchDoneWithHook(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}}, qc);
    ASSERT_EQ(hooked.size(), 1);
    ASSERT_TRUE(hooked.first());
    EXPECT_FALSE(hooked.first()->verdict.release);
    EXPECT_FALSE(hooked.first()->applied);
    ASSERT_TRUE(holdsWith(hooked.first()->verdict, av::builtin::Qc));
    bool named = false;
    for (const av::HoldReason &h : hooked.first()->verdict.holds)
        named = named || h.text.contains(QStringLiteral("lot L123"));
    EXPECT_TRUE(named) << "the QC reason is in the hold";
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CRP")).state, ValidationState::TechnicallyValidated);
    EXPECT_EQ(versionsOf(d.id), 0);
}

TEST_P(ActiveModeTest, StatisticsPerDayBenchAndRuleWithShadowConcordanceAndFrenchCsv)
{
    setUp(QStringLiteral("shadow"));
    const Dossier clear = receivedDossier({QStringLiteral("CRP")});
    benchDoneWithHook(clear.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier high = receivedDossier({QStringLiteral("CRP")});
    benchDoneWithHook(high.id, {{QStringLiteral("CRP"), QStringLiteral("48")}});
    ASSERT_TRUE(validation(bio()).validate(whole(dossier(clear.id))));
    ASSERT_TRUE(validation(bio()).validate(whole(dossier(high.id))));

    const QDate today = QDate::currentDate();
    workflow::autoval::AutovalStatistics stats(*m_db, bio());
    auto bad = stats.compute(today, today.addDays(-1));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QString(workflow::errc::AutovalBadPeriod));
    EXPECT_FALSE(workflow::autoval::AutovalStatistics(*m_db, tech()).compute(today, today));

    auto s = stats.compute(today.addDays(-1), today);
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    EXPECT_EQ(s->dossiers.total, 2);
    EXPECT_EQ(s->dossiers.released, 1);
    EXPECT_EQ(s->analyses.total, 2);
    ASSERT_EQ(s->days.size(), 1);
    ASSERT_EQ(s->benches.size(), 1);
    EXPECT_EQ(s->benches.first().analyses.released, 1);
    const workflow::autoval::AutovalRuleStats *crp = nullptr;
    for (const auto &r : s->rules)
        if (r.ruleId == QStringLiteral("CRP.LIM"))
            crp = &r;
    ASSERT_NE(crp, nullptr);
    EXPECT_EQ(crp->label, QStringLiteral("CRP dans les valeurs de référence"));
    EXPECT_EQ(crp->analyses.total, 2);
    EXPECT_EQ(crp->holds, 1);
    EXPECT_EQ(crp->heldThenValidated, 1) << "the biologist validated what the rule held";
    EXPECT_EQ(s->shadow.releasedValidated, 1);
    EXPECT_EQ(s->shadow.heldValidated, 1);
    EXPECT_EQ(s->shadow.releasedHeld, 0);
    EXPECT_DOUBLE_EQ(s->shadow.percent(), 50.0);

    const QString csv = QString::fromUtf8(workflow::autoval::AutovalStatistics::toCsv(*s));
    EXPECT_TRUE(csv.contains(QStringLiteral("Total;2;1;50,0;2;1;50,0;0"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("CRP.LIM;CRP dans les valeurs de référence;2;1;50,0;1;1;0")));
    EXPECT_TRUE(csv.contains(today.toString(QStringLiteral("dd/MM/yyyy"))));
}

INSTANTIATE_TEST_SUITE_P(Backends, ActiveModeTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
