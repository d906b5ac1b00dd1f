#include "IdentityWorkflowFixture.h"

#include "workflow/identity/FindDuplicates.h"
#include "workflow/identity/RecordEvidence.h"
#include "workflow/identity/SearchPatients.h"
#include "workflow/identity/SetIdentityAttributes.h"
#include "workflow/identity/UpdatePatient.h"

#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"

using namespace sgl;
using namespace sgl::workflow::identity;
using domain::IdentityStatus;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

namespace {
domain::IdentityEvidence cni()
{
    domain::IdentityEvidence e;
    e.type = domain::EvidenceType::IdentityCard;
    return e;
}
} // namespace

class RegisterPatientTest : public IdentityWorkflowTest {};

TEST_P(RegisterPatientTest, CreatesProvisionalThenValidatedWithCni)
{
    const domain::Patient prov = registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    EXPECT_EQ(prov.status, IdentityStatus::Prov);
    EXPECT_EQ(prov.traits.birthName, QStringLiteral("DUPONT"));
    EXPECT_TRUE(prov.localId.startsWith(QLatin1Char('P')));
    auto r = request("Martin", "Anne", Sex::Female, QDate(1980, 1, 2));
    r.evidence << cni();
    const domain::Patient vali = registerOk(r);
    EXPECT_EQ(vali.status, IdentityStatus::Vali);
    ASSERT_EQ(vali.evidence.size(), 1);
    EXPECT_EQ(vali.evidence.first().checkedBy, QStringLiteral("secretaire"));
}

TEST_P(RegisterPatientTest, DoubtfulIdentityCannotBeValidated)
{
    auto r = request("Martin", "Anne", Sex::Female, QDate(1980, 1, 2));
    r.doubtful = true;
    r.evidence << cni();
    RegisterPatient reg(*m_db, session());
    auto out = reg.run(r);
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, QStringLiteral("identity.evidence"));
}

TEST_P(RegisterPatientTest, InvalidInputIsRefusedAndNothingStored)
{
    RegisterPatient reg(*m_db, session());
    auto out = reg.run(request("Dup0nt", "Jean", Sex::Male, QDate(1970, 5, 4)));
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, QStringLiteral("identity.invalid_characters"));
    EXPECT_EQ(out.error().location, QStringLiteral("birthName"));
    SearchPatients search(*m_db, session());
    EXPECT_TRUE(search.run({QStringLiteral("Dupont"), {}, {}, {}, true, 50, {}}).value().isEmpty());
}

TEST_P(RegisterPatientTest, PhoneticDuplicateIsProposedBeforeCreation)
{
    const domain::Patient first = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    RegisterPatient reg(*m_db, session());
    auto out = reg.run(request("Dupond", "Jean", Sex::Male, QDate(1970, 5, 4)));
    ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
    EXPECT_FALSE(out->created);
    ASSERT_EQ(out->duplicates.size(), 1);
    EXPECT_EQ(out->duplicates.first().patient.id, first.id);
    EXPECT_GE(out->duplicates.first().candidate.score, 90);
    // After review the user may still create (a different person).
    auto r = request("Dupond", "Jean", Sex::Male, QDate(1970, 5, 4));
    r.duplicatesReviewed = true;
    auto again = reg.run(r);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->created);
    EXPECT_EQ(again->duplicates.size(), 1);
}

TEST_P(RegisterPatientTest, ApproximateSearchFindsSpellingVariants)
{
    registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    registerOk(request("Lefebvre", "Hélène", Sex::Female, QDate(1955, 3, 3)));
    registerOk(request("Durand", "Paul", Sex::Male, QDate(1970, 5, 4)));
    SearchPatients search(*m_db, session());
    auto r = search.run({QStringLiteral("Dupond"), QDate(1970, 5, 4), {}, {}, true, 50, {}});
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->first().traits.birthName, QStringLiteral("DUPONT"));
    auto l = search.run({QStringLiteral("lefèvre"), {}, {}, {}, true, 50, {}});
    ASSERT_TRUE(l.has_value());
    ASSERT_EQ(l->size(), 1);
    auto exactOnly = search.run({QStringLiteral("Dupond"), {}, {}, {}, false, 50, {}});
    ASSERT_TRUE(exactOnly.has_value());
    EXPECT_TRUE(exactOnly->isEmpty());
}

TEST_P(RegisterPatientTest, PatientsCreatedElsewhereAreIndexedOnSearch)
{
    // A patient stored without the identity workflow (e.g. by HL7 PAM) is still found phonetically.
    auto stored = m_db->write([&](storage::WriteTx &tx) -> domain::Result<domain::Patient> {
        domain::Patient p;
        p.localId = QStringLiteral("EXT-1");
        p.traits.birthName = QStringLiteral("GAUTHIER");
        p.traits.firstBirthName = QStringLiteral("LUC");
        p.traits.birthDate = QDate(1990, 1, 1);
        p.traits.sex = Sex::Male;
        if (auto st = storage::PatientRepository::insert(tx, p, actor()); !st)
            return std::unexpected(st.error());
        return p;
    });
    ASSERT_TRUE(stored.has_value()) << stored.error().toString().toStdString();
    SearchPatients search(*m_db, session());
    auto r = search.run({QStringLiteral("Gautier"), {}, {}, {}, true, 50, {}});
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->first().localId, QStringLiteral("EXT-1"));
}

TEST_P(RegisterPatientTest, StrictTraitEditDowngradesAndUsedTraitEditDoesNot)
{
    auto r = request("Martin", "Anne", Sex::Female, QDate(1980, 1, 2));
    r.evidence << cni();
    domain::Patient p = registerOk(r);
    ASSERT_EQ(p.status, IdentityStatus::Vali);
    UpdatePatient update(*m_db, session());
    IdentityEdit edit{p.traits, QStringLiteral("0600000000"), {}, {}};
    edit.traits.usedName = QStringLiteral("Durand");
    auto used = update.run(p.id, p.version, edit);
    ASSERT_TRUE(used.has_value()) << used.error().toString().toStdString();
    EXPECT_EQ(used->status, IdentityStatus::Vali);
    EXPECT_EQ(used->traits.usedName, QStringLiteral("DURAND"));
    edit.traits.birthDate = QDate(1980, 1, 3);
    auto strict = update.run(used->id, used->version, edit);
    ASSERT_TRUE(strict.has_value());
    EXPECT_EQ(strict->status, IdentityStatus::Prov);
    // Stale version: refused, nothing written.
    auto stale = update.run(used->id, used->version, edit);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, QStringLiteral("storage.conflict"));
}

TEST_P(RegisterPatientTest, EvidenceAndAttributesFollowRniv)
{
    domain::Patient p = registerOk(request("Martin", "Anne", Sex::Female, QDate(1980, 1, 2)));
    RecordEvidence evidence(*m_db, session());
    auto v = evidence.run(p.id, p.version, cni());
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_EQ(v->status, IdentityStatus::Vali);
    SetIdentityAttributes attrs(*m_db, session());
    auto d = attrs.run(v->id, v->version, {true, false, false});
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->status, IdentityStatus::Prov);
    EXPECT_TRUE(d->doubtful);
    auto refused = evidence.run(d->id, d->version, cni());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("rniv.doubtful"));
    auto lifted = attrs.run(d->id, d->version, {false, false, true});
    ASSERT_TRUE(lifted.has_value());
    EXPECT_EQ(lifted->status, IdentityStatus::Prov); // the document must be checked again
    EXPECT_TRUE(lifted->homonym);
}

TEST_P(RegisterPatientTest, FindsPatientByDossierNumberOrTubeBarcode)
{
    const domain::Patient p = registerOk(request("Durand", "Paul", Sex::Male, QDate(1965, 3, 9)));
    registerOk(request("Bernard", "Lucie", Sex::Female, QDate(1990, 7, 1)));
    auto stored = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        domain::Dossier d;
        d.number = QStringLiteral("D2026-000777");
        d.patientId = p.id;
        if (auto st = storage::DossierRepository::insert(tx, d, actor()); !st)
            return st;
        domain::Specimen s;
        s.dossierId = d.id;
        s.barcode = QStringLiteral("T0042000777");
        s.typeCode = QStringLiteral("BLD");
        return storage::DossierRepository::addSpecimen(tx, s, actor());
    });
    ASSERT_TRUE(stored.has_value()) << stored.error().toString().toStdString();

    auto reads = [&] {
        auto rows = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"),
                                                       QString::number(p.id));
        });
        EXPECT_TRUE(rows.has_value());
        return rows ? std::count_if(rows->begin(), rows->end(), [](const domain::AuditEntry &e) {
            return e.action == QStringLiteral("patient.read");
        })
                    : -1;
    };
    const auto readsBefore = reads();
    SearchPatients search(*m_db, session());
    PatientQuery q;
    q.dossierOrSpecimen = QStringLiteral(" D2026-000777 ");
    auto byDossier = search.run(q);
    ASSERT_TRUE(byDossier.has_value()) << byDossier.error().toString().toStdString();
    ASSERT_EQ(byDossier->size(), 1);
    EXPECT_EQ(byDossier->first().id, p.id);
    EXPECT_EQ(reads(), readsBefore + 1); // the read of the patient file is audited

    q.dossierOrSpecimen = QStringLiteral("T0042000777");
    auto byTube = search.run(q);
    ASSERT_TRUE(byTube.has_value());
    ASSERT_EQ(byTube->size(), 1);
    EXPECT_EQ(byTube->first().id, p.id);

    // Exact only: a prefix or an unknown code finds nobody, without an error.
    for (const char *code : {"D2026-000778", "T0042", "D2026-00077"}) {
        q.dossierOrSpecimen = QString::fromLatin1(code);
        auto none = search.run(q);
        ASSERT_TRUE(none.has_value()) << code;
        EXPECT_TRUE(none->isEmpty()) << code;
    }

    // Same permission check as the other searches.
    SearchPatients denied(*m_db, sessionOf({}, 9, QStringLiteral("anonyme")));
    q.dossierOrSpecimen = QStringLiteral("D2026-000777");
    auto refused = denied.run(q);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.forbidden"));
}

INSTANTIATE_TEST_SUITE_P(Backends, RegisterPatientTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
