// Batch release and the validation queue (issue 12, items 1 and 4) on both databases: the
// release rule recomputed in each dossier's transaction, every exclusion reason shown, the
// biologist's re-authentication, and an excluded dossier refused through the API.

#include "ValidationTestSupport.h"

#include "domain/validation/ReleaseCheck.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/specimens/SpecimenReception.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/auth/AuthService.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/ValidationQueue.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::validation::BatchRelease;
using workflow::validation::ReleaseCandidate;
using workflow::validation::ValidationQueue;
using workflow::validation::ValidationQueueFilter;

class BatchReleaseTest : public ValidationTest {
protected:
    void SetUp() override
    {
        ValidationTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_auth = std::make_unique<workflow::AuthService>(*m_db, SecurityPolicy{}, QStringLiteral("poste-test"));
    }
    BatchRelease batch(const UserSession &s) { return BatchRelease(*m_db, s, *m_auth, reports()); }

    static QStringList codes(const QList<ReleaseExclusion> &exclusions)
    {
        QStringList out;
        for (const ReleaseExclusion &e : exclusions)
            out << releaseExclusionCode(e.reason);
        return out;
    }
    static std::optional<ReleaseCandidate> find(const QList<ReleaseCandidate> &list, qint64 id)
    {
        for (const ReleaseCandidate &c : list)
            if (c.dossierId == id)
                return c;
        return std::nullopt;
    }

    std::unique_ptr<workflow::AuthService> m_auth;
};

TEST_P(BatchReleaseTest, ReleasesOnlyEligibleDossiersAfterReauthentication)
{
    const Dossier clean = receivedDossier({QStringLiteral("CRP")});
    benchDone(clean.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier high = receivedDossier({QStringLiteral("CRP")});
    benchDone(high.id, {{QStringLiteral("CRP"), QStringLiteral("50")}});
    const Dossier critical = receivedDossier({QStringLiteral("IONO")});
    benchDone(critical.id, {{QStringLiteral("NA"), QStringLiteral("140")},
                            {QStringLiteral("K"), QStringLiteral("7,0")},
                            {QStringLiteral("CL"), QStringLiteral("100")},
                            {QStringLiteral("BICAR"), QStringLiteral("25")}});
    const Dossier reflex = receivedDossier({QStringLiteral("HBS")});
    benchDone(reflex.id, {{QStringLiteral("AGHBS"), QStringLiteral("POS")}});

    auto forbidden = batch(tech()).candidates();
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));

    const int auditBefore = count(QStringLiteral("audit_log"));
    auto list = batch(bio()).candidates();
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    EXPECT_EQ(count(QStringLiteral("audit_log")), auditBefore + 1) << "one validation.batch_candidates row";
    const auto c1 = find(*list, clean.id), c2 = find(*list, high.id), c3 = find(*list, critical.id),
               c4 = find(*list, reflex.id);
    ASSERT_TRUE(c1 && c2 && c3 && c4);
    EXPECT_TRUE(c1->eligible()) << codes(c1->exclusions).join(u',').toStdString();
    EXPECT_EQ(codes(c2->exclusions), QStringList{QStringLiteral("abnormal")});
    EXPECT_TRUE(c2->exclusions.first().text.contains(QStringLiteral("CRP"))) << c2->exclusions.first().text.toStdString();
    EXPECT_EQ(codes(c3->exclusions), QStringList{QStringLiteral("critical")});
    EXPECT_TRUE(codes(c4->exclusions).contains(QStringLiteral("reflex_proposal")));

    // A wrong password refuses everything.
    auto wrong = batch(bio()).release(QStringLiteral("pas-le-bon"), {clean.id});
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, QString(workflow::errc::AuthFailed));
    EXPECT_EQ(dossier(clean.id).status, DossierStatus::TechnicallyValidated);
    auto empty = batch(bio()).release(QStringLiteral("Validation-2026"), {});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, QString(workflow::errc::ValidationNoDossier));

    // An excluded dossier passed through the API is refused with its reasons; the clean one goes.
    const int versions = count(QStringLiteral("report_versions"));
    auto out = batch(bio()).release(QStringLiteral("Validation-2026"), {clean.id, high.id, critical.id});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->released.size(), 1);
    EXPECT_EQ(out->released.first().dossier.id, clean.id);
    EXPECT_EQ(out->released.first().dossier.status, DossierStatus::Reported);
    ASSERT_EQ(out->refused.size(), 2);
    EXPECT_EQ(out->refused[0].dossierId, high.id);
    EXPECT_EQ(out->refused[0].error.code, QString(workflow::errc::ValidationExcluded));
    EXPECT_TRUE(out->refused[0].error.message.contains(QStringLiteral("hors des valeurs de référence")))
        << out->refused[0].error.message.toStdString();
    EXPECT_EQ(codes(out->refused[1].exclusions), QStringList{QStringLiteral("critical")});
    EXPECT_EQ(count(QStringLiteral("report_versions")), versions + 1);
    EXPECT_EQ(dossier(high.id).status, DossierStatus::TechnicallyValidated);
    EXPECT_EQ(resultOf(critical.id, QStringLiteral("K")).state, ValidationState::TechnicallyValidated);
    EXPECT_TRUE(dossierAudit(clean.id).contains(QStringLiteral("validation.batch_release")));

    // Released once: it is no candidate any more, and releasing it again is refused.
    auto listAfter = batch(bio()).candidates();
    ASSERT_TRUE(listAfter);
    EXPECT_FALSE(find(*listAfter, clean.id));
    auto twice = batch(bio()).release(QStringLiteral("Validation-2026"), {clean.id});
    ASSERT_TRUE(twice);
    EXPECT_TRUE(twice->released.isEmpty());
    ASSERT_EQ(twice->refused.size(), 1);
    EXPECT_EQ(twice->refused.first().error.code, QString(workflow::errc::ValidationExcluded));
}

TEST_P(BatchReleaseTest, AValueTypedOverAnotherExcludesTheDossier)
{
    const Dossier edited = receivedDossier({QStringLiteral("CRP")});
    workflow::bench::BenchResultEntry entry(*m_db, tech());
    ASSERT_TRUE(entry.enterByCode(edited.id, QStringLiteral("CRP"), QStringLiteral("4")));
    benchDone(edited.id, {{QStringLiteral("CRP"), QStringLiteral("3")}}); // typed over the first value
    auto list = batch(bio()).candidates();
    ASSERT_TRUE(list);
    const auto c = find(*list, edited.id);
    ASSERT_TRUE(c);
    EXPECT_EQ(codes(c->exclusions), QStringList{QStringLiteral("edited_value")});
}

TEST_P(BatchReleaseTest, QueueFiltersSortsAndCounts)
{
    const Dossier routine = receivedDossier({QStringLiteral("CRP")});
    benchDone(routine.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});
    const Dossier urgent = receivedDossier({QStringLiteral("IONO")}, Dossier::Priority::Urgent);
    benchDone(urgent.id, {{QStringLiteral("NA"), QStringLiteral("140")},
                          {QStringLiteral("K"), QStringLiteral("7,0")},
                          {QStringLiteral("CL"), QStringLiteral("100")},
                          {QStringLiteral("BICAR"), QStringLiteral("25")}});
    const Dossier partial = receivedDossier({QStringLiteral("CRP"), QStringLiteral("NFS")});
    benchDone(partial.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});

    ValidationQueue queue(*m_db, bio());
    const int auditBefore = count(QStringLiteral("audit_log"));
    auto all = queue.load();
    ASSERT_TRUE(all) << all.error().toString().toStdString();
    // One audit row per screen load naming the dossiers read, not one per query and dossier.
    EXPECT_EQ(count(QStringLiteral("audit_log")), auditBefore + 1);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = ?"), {QStringLiteral("validation.queue")}), 1);
    QList<qint64> ids;
    for (const auto &r : all->rows)
        ids << r.dossierId;
    ASSERT_TRUE(ids.contains(routine.id) && ids.contains(urgent.id) && ids.contains(partial.id));
    EXPECT_LT(ids.indexOf(urgent.id), ids.indexOf(routine.id)) << "urgent first";
    EXPECT_EQ(all->counts.all, all->rows.size());
    EXPECT_GE(all->counts.critical, 1);
    EXPECT_GE(all->counts.incomplete, 1);
    for (const auto &r : all->rows) {
        if (r.dossierId == urgent.id) {
            EXPECT_TRUE(r.critical);
            EXPECT_TRUE(r.criticalWithoutCallBack);
            EXPECT_TRUE(r.complete);
            EXPECT_FALSE(r.exclusions.isEmpty());
            EXPECT_FALSE(r.patientName.isEmpty());
        }
        if (r.dossierId == partial.id) {
            EXPECT_FALSE(r.complete);
            EXPECT_EQ(r.toValidate, 1);
            EXPECT_GT(r.pending, 0);
            EXPECT_EQ(codes(r.exclusions).first(), QStringLiteral("pending_result"));
        }
    }

    ValidationQueueFilter f;
    f.criticalOnly = true;
    auto critical = queue.load(f);
    ASSERT_TRUE(critical);
    for (const auto &r : critical->rows)
        EXPECT_TRUE(r.critical);
    EXPECT_TRUE(std::any_of(critical->rows.begin(), critical->rows.end(), [&](const auto &r) { return r.dossierId == urgent.id; }));

    f = {};
    f.complete = false;
    auto incomplete = queue.load(f);
    ASSERT_TRUE(incomplete);
    for (const auto &r : incomplete->rows)
        EXPECT_FALSE(r.complete);
    f = {};
    f.bench = QStringLiteral("HEMATO");
    auto hemato = queue.load(f);
    ASSERT_TRUE(hemato);
    EXPECT_TRUE(std::any_of(hemato->rows.begin(), hemato->rows.end(), [&](const auto &r) { return r.dossierId == partial.id; }));
    EXPECT_FALSE(std::any_of(hemato->rows.begin(), hemato->rows.end(), [&](const auto &r) { return r.dossierId == routine.id; }));
    f = {};
    f.urgentOnly = true;
    auto urgentOnly = queue.load(f);
    ASSERT_TRUE(urgentOnly);
    for (const auto &r : urgentOnly->rows)
        EXPECT_NE(r.priority, Dossier::Priority::Routine);

    auto forbidden = ValidationQueue(*m_db, tech()).load();
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, QString(workflow::errc::AuthForbidden));
}

TEST_P(BatchReleaseTest, DeltaAlertAgainstThePatientsPreviousValueExcludes)
{
    workflow::CatalogueAdmin admin(*m_db, *interop::catalogue::CatalogueReferenceData::validator());
    auto catalogue = admin.load();
    ASSERT_TRUE(catalogue);
    Analysis crp = *catalogue->analysis(QStringLiteral("CRP"));
    crp.delta = DeltaRule{2.0, std::nullopt, 30};
    auto saved = admin.saveAnalysis(session(QStringLiteral("admin")), crp, QString(), QStringLiteral("delta CRP"));
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();

    const Dossier before = receivedDossier({QStringLiteral("CRP")});
    benchDone(before.id, {{QStringLiteral("CRP"), QStringLiteral("1")}});
    ASSERT_TRUE(validation(bio()).validate(whole(dossier(before.id))));
    const Dossier now = receivedDossier({QStringLiteral("CRP")});
    benchDone(now.id, {{QStringLiteral("CRP"), QStringLiteral("4,5")}}); // within range, +3,5 since the last one
    const Dossier steady = receivedDossier({QStringLiteral("CRP")});
    benchDone(steady.id, {{QStringLiteral("CRP"), QStringLiteral("2")}});

    auto list = batch(bio()).candidates();
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    const auto alert = find(*list, now.id);
    ASSERT_TRUE(alert);
    EXPECT_EQ(codes(alert->exclusions), QStringList{QStringLiteral("delta_alert")});
    EXPECT_TRUE(alert->exclusions.first().text.contains(QStringLiteral("CRP")));
    const auto ok = find(*list, steady.id);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(ok->eligible()) << codes(ok->exclusions).join(u',').toStdString();

    ValidationQueueFilter f;
    f.deltaOnly = true;
    auto queue = ValidationQueue(*m_db, bio()).load(f);
    ASSERT_TRUE(queue);
    // The demo's own delta dossier (creatinine, DemoValidationQueue) is in the queue too.
    QList<qint64> ids;
    for (const auto &row : queue->rows)
        ids << row.dossierId;
    EXPECT_TRUE(ids.contains(now.id));
    EXPECT_FALSE(ids.contains(steady.id));
    EXPECT_EQ(queue->counts.delta, int(queue->rows.size()));
}

TEST_P(BatchReleaseTest, NonConformityOnATubeExcludesAndFiltersTheQueue)
{
    const Dossier d = receivedDossier({QStringLiteral("CRP")});
    qint64 tube = 0;
    auto tubes = m_db->read([&](storage::ReadTx &tx) { return storage::DossierRepository::specimens(tx, d.id); });
    ASSERT_TRUE(tubes && !tubes->isEmpty());
    tube = tubes->first().id;
    auto nc = workflow::specimens::SpecimenReception(*m_db, tech())
                  .recordNonConformity(tube, NonConformity::Reason::Haemolysed, QStringLiteral("sérum rosé"),
                                       {{QStringLiteral("CRP"), NonConformity::Consequence::PerformedWithReservation}});
    ASSERT_TRUE(nc) << nc.error().toString().toStdString();
    benchDone(d.id, {{QStringLiteral("CRP"), QStringLiteral("3")}});

    auto list = batch(bio()).candidates();
    ASSERT_TRUE(list);
    const auto c = find(*list, d.id);
    ASSERT_TRUE(c);
    EXPECT_EQ(codes(c->exclusions), QStringList{QStringLiteral("non_conformity")});
    EXPECT_TRUE(c->exclusions.first().text.contains(QStringLiteral("hémolysé"))) << c->exclusions.first().text.toStdString();

    ValidationQueueFilter f;
    f.nonConformityOnly = true;
    auto queue = ValidationQueue(*m_db, bio()).load(f);
    ASSERT_TRUE(queue);
    ASSERT_EQ(queue->rows.size(), 1);
    EXPECT_EQ(queue->rows.first().dossierId, d.id);
    f = {};
    f.minSpecimenAgeHours = 2; // received just now
    auto old = ValidationQueue(*m_db, bio()).load(f);
    ASSERT_TRUE(old);
    EXPECT_FALSE(std::any_of(old->rows.begin(), old->rows.end(), [&](const auto &r) { return r.dossierId == d.id; }));
    f = {};
    f.origin = Dossier::Origin::Ward;
    auto ward = ValidationQueue(*m_db, bio()).load(f);
    ASSERT_TRUE(ward);
    EXPECT_FALSE(std::any_of(ward->rows.begin(), ward->rows.end(), [&](const auto &r) { return r.dossierId == d.id; }));
}

INSTANTIATE_TEST_SUITE_P(Backends, BatchReleaseTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
