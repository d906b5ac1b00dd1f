// Biological validation (issue 12, items 3-4 and « Bad input and concurrency ») on both
// databases: whole, partial and chapter validation with the report version issued in the same
// transaction; the critical value rule (refused until a call-back is recorded); optimistic
// locking with two biologists on two connections; a report that cannot be built leaves nothing
// validated.

#include "ValidationTestSupport.h"

#include "domain/ErrorCodes.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/catalogue/CatalogueAdmin.h"

#include <QCoreApplication>

#include <atomic>
#include <thread>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::validation::CallBackRequest;
using workflow::validation::CriticalCallBacks;

class BiologicalValidationTest : public ValidationTest {
protected:
    CallBackRequest callBack(const Dossier &d, const QString &code)
    {
        CallBackRequest c;
        c.dossierId = d.id;
        c.analysisCode = code;
        c.calledName = QStringLiteral("Dr Claire BERNARD");
        c.readBack = true;
        return c;
    }
    int validatedIn(qint64 dossierId)
    {
        return count(QStringLiteral("results"), QStringLiteral("dossier_id = ? AND state = ?"),
                     {dossierId, QStringLiteral("validated")});
    }
    QString lastAudit()
    {
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Result<QString> {
            auto q = tx.query(QStringLiteral("SELECT action, entity_type, actor_login FROM audit_log ORDER BY seq DESC LIMIT 1"));
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toString() + u' ' + q->value(1).toString() + u' ' + q->value(2).toString();
        });
        return r.value_or(QString());
    }
    int versionsOf(qint64 dossierId)
    {
        return count(QStringLiteral("report_versions"), QStringLiteral("dossier_id = ?"), {dossierId});
    }
};

TEST_P(BiologicalValidationTest, WholeDossierIsValidatedWithItsCompleteReportInOneTransaction)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier shown = dossier(d.id);
    ASSERT_EQ(shown.status, DossierStatus::TechnicallyValidated);

    auto forbidden = validation(tech()).validate(whole(shown));
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));

    auto out = validation(bio()).validate(whole(shown));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->validated.size(), 1);
    EXPECT_EQ(out->validated.first().analysisCode, QStringLiteral("CRP"));
    EXPECT_FALSE(out->partial);
    EXPECT_FALSE(out->report.version.partial);
    EXPECT_EQ(out->report.version.versionNumber, 1);
    EXPECT_FALSE(out->report.outbox.isEmpty()) << "DMP and MSSanté rows with the version";
    EXPECT_EQ(out->dossier.status, DossierStatus::Reported);
    const LabResult crp = resultOf(d.id, QStringLiteral("CRP"));
    EXPECT_EQ(crp.state, ValidationState::Validated);
    EXPECT_EQ(crp.validatedBy, QStringLiteral("biologiste"));
    EXPECT_EQ(historyOf(crp.id).last().action, QStringLiteral("validate"));
    EXPECT_TRUE(dossierAudit(d.id).contains(QStringLiteral("validation.validate")));
    EXPECT_GT(out->dossier.version, shown.version);

    // The screen still shows the old version: refused, naming who changed the dossier.
    auto stale = validation(bio()).validate(whole(shown));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("depuis l'ouverture"))) << stale.error().message.toStdString();
}

TEST_P(BiologicalValidationTest, CriticalValueIsRefusedUntilItsCallBackIsRecorded)
{
    const Dossier d = receivedDossier({QStringLiteral("IONO")});
    benchDone(d.id, {{QStringLiteral("NA"), QStringLiteral("140")},
                     {QStringLiteral("K"), QStringLiteral("7,0")},
                     {QStringLiteral("CL"), QStringLiteral("100")},
                     {QStringLiteral("BICAR"), QStringLiteral("25")}});
    const auto shown = whole(dossier(d.id));
    const int audit = count(QStringLiteral("audit_log"));
    auto refused = validation(bio()).validate(shown);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QString(workflow::errc::ValidationCriticalWithoutCallback));
    EXPECT_EQ(refused.error().location, QStringLiteral("K"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Potassium"))) << refused.error().message.toStdString();
    EXPECT_EQ(validatedIn(d.id), 0) << "NA, CL and BICAR are not validated either";
    EXPECT_EQ(versionsOf(d.id), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit) << "a refusal writes nothing, not even its reads: "
                                                         << lastAudit().toStdString();

    // Selecting only the critical analysis is refused the same way.
    auto request = whole(dossier(d.id));
    request.analysisCodes = {QStringLiteral("K")};
    auto onlyK = validation(bio()).validate(request);
    ASSERT_FALSE(onlyK);
    EXPECT_EQ(onlyK.error().code, QString(workflow::errc::ValidationCriticalWithoutCallback));

    // Bad call-back records: nobody named, no read-back, unreachable without escalation, technician.
    CriticalCallBacks callBacks(*m_db, bio());
    auto noName = callBack(d, QStringLiteral("K"));
    noName.calledName = QStringLiteral("  ");
    EXPECT_EQ(callBacks.record(noName).error().code, QString(domain::errc::CallbackCalledRequired));
    auto noReadBack = callBack(d, QStringLiteral("K"));
    noReadBack.readBack = false;
    EXPECT_EQ(callBacks.record(noReadBack).error().code, QString(domain::errc::CallbackReadBackRequired));
    auto unreachable = callBack(d, QStringLiteral("K"));
    unreachable.readBack = false;
    unreachable.unreachable = true;
    EXPECT_EQ(callBacks.record(unreachable).error().code, QString(domain::errc::CallbackEscalationRequired));
    auto unknown = callBack(d, QStringLiteral("TSH"));
    EXPECT_EQ(callBacks.record(unknown).error().code, QString(workflow::errc::ValidationNotInDossier));
    auto byTech = CriticalCallBacks(*m_db, tech()).record(callBack(d, QStringLiteral("K")));
    ASSERT_FALSE(byTech);
    EXPECT_EQ(byTech.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(count(QStringLiteral("critical_callbacks")), 0);

    const Dossier before = dossier(d.id);
    auto recorded = callBacks.record(callBack(d, QStringLiteral("K")));
    ASSERT_TRUE(recorded) << recorded.error().toString().toStdString();
    EXPECT_EQ(recorded->valueText, QStringLiteral("7,0"));
    EXPECT_EQ(recorded->recordedBy, QStringLiteral("biologiste"));
    EXPECT_TRUE(dossierAudit(d.id).contains(QStringLiteral("validation.callback")));

    // The call-back moved the dossier: a screen opened before it must reload.
    auto stale = validation(bio()).validate(whole(before));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QString(storage::errc::Conflict));

    auto out = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->validated.size(), 4);
    EXPECT_EQ(validatedIn(d.id), 4);
}

TEST_P(BiologicalValidationTest, UnreachablePrescriberWithEscalationAlsoReleasesTheCriticalValue)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP"), QStringLiteral("IONO")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")},
                     {QStringLiteral("NA"), QStringLiteral("118")}, // below the critical low 120
                     {QStringLiteral("K"), QStringLiteral("4")},
                     {QStringLiteral("CL"), QStringLiteral("100")},
                     {QStringLiteral("BICAR"), QStringLiteral("25")}});
    auto refused = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location, QStringLiteral("NA"));
    auto c = callBack(d, QStringLiteral("NA"));
    c.readBack = false;
    c.unreachable = true;
    c.escalation = QStringLiteral("Médecin de garde prévenu (Dr RICHARD)");
    c.method = CallBack::Method::Phone;
    ASSERT_TRUE(CriticalCallBacks(*m_db, bio()).record(c));
    auto out = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
}

TEST_P(BiologicalValidationTest, PartialValidationThenCompletion)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP"), QStringLiteral("TSH")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}}); // TSH still at the bench
    ASSERT_EQ(dossier(d.id).status, DossierStatus::InProgress);

    auto request = whole(dossier(d.id));
    request.analysisCodes = {QStringLiteral("CRP")};
    auto first = validation(bio()).validate(request);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_TRUE(first->partial);
    EXPECT_TRUE(first->report.version.partial);
    EXPECT_EQ(first->dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("TSH")).state, ValidationState::Pending);

    // Nothing else to validate yet; an analysis the dossier does not have.
    auto nothing = validation(bio()).validate(whole(dossier(d.id)));
    ASSERT_FALSE(nothing);
    EXPECT_EQ(nothing.error().code, QString(workflow::errc::ValidationNothingToValidate));
    auto other = whole(dossier(d.id));
    other.analysisCodes = {QStringLiteral("GLU")};
    EXPECT_EQ(validation(bio()).validate(other).error().code, QString(workflow::errc::ValidationNotInDossier));

    benchDone(d.id, {{QStringLiteral("TSH"), QStringLiteral("2,1")}});
    auto chapter = whole(dossier(d.id));
    chapter.chapterCode = QStringLiteral("HORMONO");
    auto second = validation(bio()).validate(chapter);
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_FALSE(second->partial);
    EXPECT_FALSE(second->report.version.partial);
    EXPECT_EQ(second->report.version.versionNumber, 2);
    EXPECT_EQ(second->report.version.setId, first->report.version.setId);
    EXPECT_EQ(second->report.version.replacesDocumentId, first->report.version.documentId);
    EXPECT_EQ(second->dossier.status, DossierStatus::Reported);
    EXPECT_EQ(versionsOf(d.id), 2);
}

TEST_P(BiologicalValidationTest, ReportThatCannotBeBuiltLeavesNothingValidated)
{
    // An analysis without LOINC code: CR-BIO cannot carry it.
    workflow::CatalogueAdmin admin(*m_db, *interop::catalogue::CatalogueReferenceData::validator());
    auto catalogue = admin.load();
    ASSERT_TRUE(catalogue);
    Analysis a = *catalogue->analysis(QStringLiteral("CRP"));
    a.localCode = QStringLiteral("CRPX");
    a.label = QStringLiteral("Protéine C réactive (méthode locale)");
    a.loinc.clear();
    a.analyzerMappings.clear();
    auto saved = admin.saveAnalysis(session(QStringLiteral("admin")), a, QStringLiteral("CRP"), QStringLiteral("essai"));
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();

    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}, {QStringLiteral("CRPX"), QStringLiteral("4")}});
    const auto shown = whole(dossier(d.id));
    const int audit = count(QStringLiteral("audit_log"));
    const int history = count(QStringLiteral("result_history"));
    const int outbox = count(QStringLiteral("outbox"));
    auto refused = validation(bio()).validate(shown);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CRPX")) || refused.error().message.contains(QStringLiteral("LOINC")))
        << refused.error().toString().toStdString();
    EXPECT_EQ(validatedIn(d.id), 0);
    EXPECT_EQ(versionsOf(d.id), 0);
    EXPECT_EQ(count(QStringLiteral("outbox")), outbox);
    EXPECT_EQ(count(QStringLiteral("result_history")), history);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audit);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::TechnicallyValidated);
}

TEST_P(BiologicalValidationTest, TwoBiologistsOnTwoConnectionsExactlyOneValidates)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier shown = dossier(d.id);
    const UserSession first = bio();
    const UserSession second = secondBiologist();
    const QString url = m_scratch->url();

    std::atomic<int> ready{0};
    domain::Result<workflow::validation::ValidationOutcome> outcomes[2] = {
        std::unexpected(Error{}), std::unexpected(Error{})};
    auto run = [&](int i, const UserSession &s) {
        auto parsed = storage::DbUrl::parse(url);
        auto db = storage::Database::open(*parsed);
        if (!db) {
            outcomes[i] = std::unexpected(db.error());
            return;
        }
        ++ready;
        while (ready.load() < 2)
            std::this_thread::yield();
        workflow::validation::BiologicalValidation v(**db, s, reports());
        outcomes[i] = v.validate(whole(shown));
    };
    std::thread a(run, 0, first);
    std::thread b(run, 1, second);
    a.join();
    b.join();
    const int successes = int(outcomes[0].has_value()) + int(outcomes[1].has_value());
    ASSERT_EQ(successes, 1) << (outcomes[0] ? std::string() : outcomes[0].error().toString().toStdString()) << " / "
                            << (outcomes[1] ? std::string() : outcomes[1].error().toString().toStdString());
    const int loser = outcomes[0] ? 1 : 0;
    const QString winner = loser == 0 ? second.login : first.login;
    EXPECT_EQ(outcomes[loser].error().code, QString(storage::errc::Conflict));
    EXPECT_TRUE(outcomes[loser].error().message.contains(QStringLiteral("modifié par ") + winner))
        << outcomes[loser].error().message.toStdString();
    EXPECT_EQ(versionsOf(d.id), 1);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CRP")).validatedBy, winner);
}

INSTANTIATE_TEST_SUITE_P(Backends, BiologicalValidationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
