#include "../../storage/StorageFixture.h"

#include "storage/DossierRepository.h"
#include "storage/NonConformityRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/analyzers/AnalyzerOrders.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/demo/DemoSeeder.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using domain::DossierStatus;
using domain::Specimen;
using domain::ValidationState;

namespace {

class DemoWorkInProgressTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::DemoSeeder::Options o;
        o.policy.pbkdf2Iterations = 1000;
        auto seeded = workflow::DemoSeeder(*m_db).seed(o);
        ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
        EXPECT_EQ(seeded->dossiers, 20) << "12 of the work of the day, 8 of the biologist's queue";
        EXPECT_GE(seeded->analyzerProfiles, 30) << "the shipped profiles and the demo's two instruments";
    }

    /** The first dossier of the demo patient `localId` made through the use cases (not D-DEMO-*). */
    struct Today {
        domain::Dossier dossier;
        QList<Specimen> tubes;
        QList<domain::LabResult> results;
    };
    Today today(const QString &localId)
    {
        Today out;
        const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
        auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto patients = storage::PatientRepository::search(tx, {.name = {}, .birthDate = {}, .localId = localId, .insMatricule = {}, .limit = 5}, actor);
            if (!patients)
                return std::unexpected(patients.error());
            if (patients->size() != 1)
                return domain::fail(u"test.patient"_s, u"patient %1"_s.arg(localId));
            auto dossiers = storage::DossierRepository::forPatient(tx, patients->first().id, actor);
            if (!dossiers)
                return std::unexpected(dossiers.error());
            for (const domain::Dossier &d : *dossiers) {
                // The work of the day comes first; the biologist's queue (later ids) is tested apart.
                if (d.number.startsWith(u"D-DEMO-"_s) || (out.dossier.id != 0 && d.id > out.dossier.id))
                    continue;
                out.dossier = d;
                auto tubes = storage::DossierRepository::specimens(tx, d.id);
                if (!tubes)
                    return std::unexpected(tubes.error());
                out.tubes = *tubes;
                auto results = storage::ResultRepository::forDossier(tx, d.id, actor);
                if (!results)
                    return std::unexpected(results.error());
                out.results = *results;
            }
            return {};
        });
        EXPECT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_NE(out.dossier.id, 0) << localId.toStdString();
        return out;
    }

    QString stateOf(const Today &t, const QString &code)
    {
        for (const domain::LabResult &r : t.results)
            if (r.analysisCode == code)
                return domain::validationStateCode(r.state);
        return {};
    }
};

} // namespace

TEST_P(DemoWorkInProgressTest, SecretaryFindsTubesAwaitingReception)
{
    const Today t = today(u"DEMO-0005"_s);
    EXPECT_EQ(t.dossier.status, DossierStatus::Registered);
    EXPECT_EQ(t.dossier.createdBy, u"secretaire"_s) << "made through the secretary's use case";
    ASSERT_EQ(t.tubes.size(), 2); // EDTA (NFS) and dry tube (CRP)
    for (const Specimen &s : t.tubes)
        EXPECT_EQ(s.status, Specimen::Status::Expected);
    EXPECT_EQ(stateOf(t, u"CRP"_s), u"pending"_s);
}

TEST_P(DemoWorkInProgressTest, HaemolysedDryTubeSendsPotassiumBackAndReservesTheCreatinine)
{
    const Today t = today(u"DEMO-0006"_s);
    EXPECT_EQ(t.dossier.status, DossierStatus::InProgress);
    int rejected = 0, expected = 0;
    for (const Specimen &s : t.tubes) {
        rejected += s.status == Specimen::Status::Rejected;
        expected += s.status == Specimen::Status::Expected;
    }
    EXPECT_EQ(rejected, 0) << "the dry tube still carries NA, CL, BICAR and CREA";
    EXPECT_EQ(expected, 1) << "a new tube to draw for K";
    auto ncs = m_db->read([&](storage::ReadTx &tx) { return storage::NonConformityRepository::forDossier(tx, t.dossier.id); });
    ASSERT_TRUE(ncs);
    ASSERT_EQ(ncs->size(), 1);
    EXPECT_EQ(ncs->first().reason, domain::NonConformity::Reason::Haemolysed);
    EXPECT_EQ(ncs->first().recordedBy, u"technicien"_s);
    for (const domain::LabResult &r : t.results) {
        if (r.analysisCode == u"CREA"_s) {
            EXPECT_FALSE(r.reservation.isEmpty());
        }
        if (r.analysisCode == u"K"_s) {
            EXPECT_EQ(r.state, ValidationState::Pending);
            bool onNewTube = false;
            for (const Specimen &s : t.tubes)
                onNewTube = onNewTube || (s.id == r.specimenId && s.status == Specimen::Status::Expected);
            EXPECT_TRUE(onNewTube);
        }
    }
}

TEST_P(DemoWorkInProgressTest, TechnicianFindsEnteredValuesAndTheBiologistATechnicallyValidatedDossier)
{
    const Today entered = today(u"DEMO-0004"_s);
    EXPECT_EQ(entered.dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(entered.dossier.priority, domain::Dossier::Priority::Urgent);
    EXPECT_EQ(stateOf(entered, u"HB"_s), u"entered"_s);
    EXPECT_EQ(stateOf(entered, u"INR"_s), u"entered"_s);
    for (const domain::LabResult &r : entered.results)
        if (r.analysisCode == u"INR"_s) {
            EXPECT_EQ(r.enteredBy, u"technicien"_s);
        }

    const Today validated = today(u"DEMO-0002"_s);
    EXPECT_EQ(validated.dossier.status, DossierStatus::TechnicallyValidated);
    EXPECT_EQ(stateOf(validated, u"GLU"_s), u"technically_validated"_s);
    EXPECT_EQ(stateOf(validated, u"CRP"_s), u"technically_validated"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoWorkInProgressTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);

TEST_P(DemoWorkInProgressTest, TheDemoAnalyzersHaveReceivedTubesToRunAndOnlyTheyAreActive)
{
    domain::UserSession technician;
    technician.userId = 2;
    technician.login = u"technicien"_s;
    technician.roles = {domain::Role::Technician};
    workflow::analyzers::AnalyzerProfileStore store(*m_db, technician);
    auto profiles = store.list();
    ASSERT_TRUE(profiles) << profiles.error().toString().toStdString();
    QStringList active;
    for (const auto &p : *profiles)
        if (p.active)
            active << p.name;
    active.sort();
    EXPECT_EQ(active, (QStringList{u"cobas-demo"_s, u"xn-demo"_s})) << "shipped profiles are installed inactive";

    workflow::analyzers::AnalyzerOrders orders(*m_db, domain::AuditActor::fromSession(technician));
    for (const QString &name : {u"xn-demo"_s, u"cobas-demo"_s}) {
        auto mapper = store.mapperFor(name);
        ASSERT_TRUE(mapper) << mapper.error().toString().toStdString();
        EXPECT_EQ(mapper->profile().transport.host, u"127.0.0.1"_s) << "the demo never listens beyond loopback";
        auto work = orders.pendingWorklist(*mapper);
        ASSERT_TRUE(work) << work.error().toString().toStdString();
        EXPECT_GE(work->size(), 3) << name.toStdString();
    }
    const Today martin = today(u"DEMO-0001"_s);
    for (const Specimen &s : martin.tubes)
        EXPECT_EQ(s.status, Specimen::Status::Received);
    EXPECT_EQ(stateOf(martin, u"GB"_s), u"pending"_s);
    EXPECT_EQ(stateOf(martin, u"NA"_s), u"pending"_s);
}
