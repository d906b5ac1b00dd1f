#include "../../storage/StorageFixture.h"

#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/audit/AuditVerifier.h"
#include "workflow/auth/AuthService.h"
#include "workflow/demo/DemoSeeder.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;

namespace {
class DemoSeederTest : public StorageTest {
protected:
    static workflow::DemoSeeder::Options fast()
    {
        workflow::DemoSeeder::Options o;
        o.policy.pbkdf2Iterations = 1000;
        return o;
    }
};

/** NIR/NIA key: 97 - (number mod 97), Corsica 2A -> 19, 2B -> 18 (computed independently). */
int nirKey(QString matricule)
{
    matricule.replace(u"2A"_s, u"19"_s).replace(u"2B"_s, u"18"_s);
    return int(97 - matricule.toLongLong() % 97);
}
} // namespace

TEST_P(DemoSeederTest, SeedsAConsistentSyntheticLab)
{
    workflow::DemoSeeder seeder(*m_db);
    auto summary = seeder.seed(fast());
    ASSERT_TRUE(summary) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->users, 4);
    EXPECT_EQ(summary->patients, 6);
    EXPECT_GE(summary->dossiers, 4);

    // Every role can log in with the documented password.
    workflow::AuthService auth(*m_db, fast().policy, u"ws"_s);
    for (auto [login, pw, role] :
         {std::tuple{u"secretaire"_s, u"Secretariat-2026"_s, domain::Role::Secretary},
          std::tuple{u"technicien"_s, u"Paillasse-2026"_s, domain::Role::Technician},
          std::tuple{u"biologiste"_s, u"Validation-2026"_s, domain::Role::Biologist},
          std::tuple{u"admin"_s, u"Parametrage-2026"_s, domain::Role::Admin}}) {
        auto s = auth.authenticate(login, pw);
        ASSERT_TRUE(s) << login.toStdString();
        EXPECT_TRUE(s->hasRole(role));
    }

    const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
    auto check = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        bool sawQualNir = false, sawNia = false, saw2A = false, saw2B = false;
        auto all = storage::PatientRepository::search(tx, {u"a"_s, {}, {}, {}, 50}, actor);
        if (!all)
            return std::unexpected(all.error());
        for (const auto &p : *all) {
            if (!p.ins.isEmpty()) {
                EXPECT_EQ(p.ins.key.toInt(), nirKey(p.ins.matricule)) << p.localId.toStdString();
                EXPECT_TRUE(p.ins.oid == u"1.2.250.1.213.1.4.10"_s
                            || p.ins.oid == u"1.2.250.1.213.1.4.11"_s);
            }
            sawQualNir |= p.status == domain::IdentityStatus::Qual
                && p.ins.oid.endsWith(u".10"_s);
            sawNia |= p.ins.oid.endsWith(u".11"_s);
            saw2A |= p.traits.birthPlaceCog.startsWith(u"2A"_s);
            saw2B |= p.traits.birthPlaceCog.startsWith(u"2B"_s);
        }
        EXPECT_TRUE(sawQualNir && sawNia && saw2A && saw2B);
        auto validated = storage::DossierRepository::withStatus(tx, domain::DossierStatus::Validated);
        if (!validated)
            return std::unexpected(validated.error());
        EXPECT_GE(validated->size(), 3);
        bool censored = false, coded = false, text = false;
        for (const auto &d : *validated) {
            auto results = storage::ResultRepository::forDossier(tx, d.id, actor);
            if (!results)
                return std::unexpected(results.error());
            for (const auto &r : *results) {
                EXPECT_EQ(r.state, domain::ValidationState::Validated);
                EXPECT_EQ(r.validatedBy, u"biologiste"_s);
                EXPECT_TRUE(r.validatedAt.isValid());
                censored |= r.value.comparator == domain::Comparator::Greater
                    && r.value.number == u"500"_s;
                coded |= r.value.kind == domain::ResultValue::Kind::Coded;
                text |= r.value.kind == domain::ResultValue::Kind::Text;
            }
        }
        EXPECT_TRUE(censored && coded && text);
        return {};
    });
    ASSERT_TRUE(check) << check.error().toString().toStdString();

    workflow::AuditVerifier verifier(*m_db);
    auto report = verifier.verifyAsSystem(actor);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

TEST_P(DemoSeederTest, RefusesANonEmptyDatabase)
{
    workflow::DemoSeeder seeder(*m_db);
    ASSERT_TRUE(seeder.seed(fast()));
    auto again = seeder.seed(fast());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, u"demo.not_empty"_s);
}

TEST_P(DemoSeederTest, UnknownAnalysisInTheCatalogueSeamRollsBackTheData)
{
    auto o = fast();
    o.analyses.removeIf([](const workflow::DemoAnalysis &a) { return a.code == u"TSH"_s; });
    workflow::DemoSeeder seeder(*m_db);
    auto r = seeder.seed(o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"demo.unknown_analysis"_s);
    auto patients = m_db->read([](storage::ReadTx &tx) -> domain::Result<qint64> {
        auto q = tx.query(u"SELECT count(*) FROM patients"_s);
        if (!q)
            return std::unexpected(q.error());
        q->next();
        return q->value(0).toLongLong();
    });
    ASSERT_TRUE(patients);
    EXPECT_EQ(*patients, 0);
}

TEST(DemoCatalogue, HasRealLoincAndUcum)
{
    const auto list = workflow::DemoCatalogue::analyses();
    EXPECT_GE(list.size(), 15);
    EXPECT_EQ(workflow::DemoCatalogue::find(u"HB"_s)->loinc, u"718-7"_s);
    EXPECT_EQ(workflow::DemoCatalogue::find(u"GLY"_s)->loinc, u"15074-8"_s);
    EXPECT_EQ(workflow::DemoCatalogue::find(u"GLY"_s)->unit, u"mmol/L"_s);
    EXPECT_EQ(workflow::DemoCatalogue::find(u"TSH"_s)->loinc, u"3016-3"_s);
    EXPECT_EQ(workflow::DemoCatalogue::find(u"CRP"_s)->loinc, u"1988-5"_s);
    EXPECT_FALSE(workflow::DemoCatalogue::find(u"XXX"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoSeederTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
