// Every identity use case checks the session's permission itself (foundation rule: permissions
// in workflow, not only hidden in the GUI). A refused call returns the permission error and
// leaves the database as it was: no patient row, no version bump, not even an audit row.
#include "IdentityWorkflowFixture.h"

#include "storage/AuditRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/FindDuplicates.h"
#include "workflow/identity/MergePatients.h"
#include "workflow/identity/QualifyIdentity.h"
#include "workflow/identity/RecordEvidence.h"
#include "workflow/identity/SearchPatients.h"
#include "workflow/identity/SetIdentityAttributes.h"
#include "workflow/identity/UpdatePatient.h"
#include "workflow/identity/VerifyInsBeforeSending.h"

using namespace sgl;
using namespace sgl::workflow::identity;
using namespace sgl::interop::insi;
using domain::IdentityStatus;
using domain::Role;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

namespace {

class IdentityPermissionsTest : public IdentityWorkflowTest
{
protected:
    static domain::UserSession technician() { return sessionOf({Role::Technician}, 9, QStringLiteral("tech")); }
    /** Administrator without a clinical role: no access to patient files at all. */
    static domain::UserSession admin() { return sessionOf({Role::Admin}, 10, QStringLiteral("admin")); }

    /** What must not move when a call is refused: audit chain head and number of patients. */
    struct Snapshot {
        qint64 auditSeq = -1;
        qint64 patients = -1;
        friend bool operator==(const Snapshot &, const Snapshot &) = default;
    };
    Snapshot snapshot()
    {
        auto head = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
        auto count = m_db->read([](storage::ReadTx &tx) { return storage::PatientRepository::count(tx); });
        EXPECT_TRUE(head.has_value() && count.has_value());
        return {head ? head->first : -1, count ? *count : -1};
    }
    domain::Patient reload(qint64 id)
    {
        return m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, id, actor()); }).value();
    }

    template <class R>
    static void expectForbidden(const R &r, const char *permissionCode, const QString &login)
    {
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().code, QStringLiteral("auth.forbidden"));
        EXPECT_EQ(r.error().location, QString::fromLatin1(permissionCode));
        EXPECT_TRUE(r.error().message.contains(login)) << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("Action refusée"))) << r.error().message.toStdString();
    }

    InsiClient insi() { return InsiSimTestEnv::instance().client(InsiSimTestEnv::instance().normal().endpoint()); }

    /** ADRUN Zoé (known to the simulator), passport seen, INS accepted: QUAL. */
    domain::Patient qualifiedAdrun()
    {
        auto r = request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31));
        domain::IdentityEvidence e;
        e.type = domain::EvidenceType::Passport;
        r.evidence << e;
        const domain::Patient p = registerOk(r);
        auto client = insi();
        QualifyIdentity q(*m_db, session(), client);
        auto lookup = q.lookup(p.id);
        EXPECT_TRUE(lookup.has_value()) << (lookup ? "" : lookup.error().toString().toStdString());
        if (!lookup)
            return p;
        auto accepted = q.accept(*lookup);
        EXPECT_TRUE(accepted.has_value()) << (accepted ? "" : accepted.error().toString().toStdString());
        return accepted.value_or(p);
    }
};

} // namespace

TEST_P(IdentityPermissionsTest, SearchNeedsPatientRead)
{
    registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    const Snapshot before = snapshot();
    auto refused = SearchPatients(*m_db, admin()).run({QStringLiteral("DUPONT"), {}, {}, {}, true, 50, {}});
    expectForbidden(refused, "patient.read", QStringLiteral("admin"));
    EXPECT_EQ(snapshot(), before); // not even a patient.search audit row

    auto allowed = SearchPatients(*m_db, technician()).run({QStringLiteral("DUPONT"), {}, {}, {}, true, 50, {}});
    ASSERT_TRUE(allowed.has_value()) << allowed.error().toString().toStdString();
    EXPECT_EQ(allowed->size(), 1);
}

TEST_P(IdentityPermissionsTest, NoSessionIsRefused)
{
    const Snapshot before = snapshot();
    auto refused = SearchPatients(*m_db, domain::UserSession{}).run({QStringLiteral("DUPONT"), {}, {}, {}, true, 50, {}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.no_session"));
    auto reg = RegisterPatient(*m_db, domain::UserSession{}).run(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    ASSERT_FALSE(reg.has_value());
    EXPECT_EQ(reg.error().code, QStringLiteral("auth.no_session"));
    EXPECT_EQ(snapshot(), before);
}

TEST_P(IdentityPermissionsTest, FindDuplicatesNeedsPatientRead)
{
    const domain::Patient p = registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    domain::Patient probe;
    probe.traits = p.traits;
    const Snapshot before = snapshot();
    expectForbidden(FindDuplicates(*m_db, admin()).run(probe), "patient.read", QStringLiteral("admin"));
    EXPECT_EQ(snapshot(), before);
    auto allowed = FindDuplicates(*m_db, technician()).run(probe);
    ASSERT_TRUE(allowed.has_value()) << allowed.error().toString().toStdString();
    EXPECT_EQ(allowed->size(), 1);
}

TEST_P(IdentityPermissionsTest, RegisterNeedsPatientWrite)
{
    const Snapshot before = snapshot();
    auto r = request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4));
    r.duplicatesReviewed = true;
    expectForbidden(RegisterPatient(*m_db, technician()).run(r), "patient.write", QStringLiteral("tech"));
    expectForbidden(RegisterPatient(*m_db, biologist()).run(r), "patient.write", QStringLiteral("biologiste"));
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(before.patients, 0);
}

TEST_P(IdentityPermissionsTest, UpdateNeedsPatientWrite)
{
    const domain::Patient p = registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    IdentityEdit edit{p.traits, QStringLiteral("0600000000"), {}, {}};
    edit.traits.birthName = QStringLiteral("DURAND");
    const Snapshot before = snapshot();
    expectForbidden(UpdatePatient(*m_db, technician()).run(p.id, p.version, edit), "patient.write", QStringLiteral("tech"));
    EXPECT_EQ(snapshot(), before);
    const domain::Patient after = reload(p.id);
    EXPECT_EQ(after.version, p.version);
    EXPECT_EQ(after.traits.birthName, QStringLiteral("DUPONT"));
    EXPECT_TRUE(after.phone.isEmpty());
}

TEST_P(IdentityPermissionsTest, RecordEvidenceNeedsIdentityQualify)
{
    const domain::Patient p = registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    domain::IdentityEvidence cni;
    cni.type = domain::EvidenceType::IdentityCard;
    const Snapshot before = snapshot();
    expectForbidden(RecordEvidence(*m_db, technician()).run(p.id, p.version, cni), "identity.qualify",
                    QStringLiteral("tech"));
    expectForbidden(RecordEvidence(*m_db, biologist()).run(p.id, p.version, cni), "identity.qualify",
                    QStringLiteral("biologiste"));
    EXPECT_EQ(snapshot(), before);
    const domain::Patient after = reload(p.id);
    EXPECT_EQ(after.version, p.version);
    EXPECT_EQ(after.status, IdentityStatus::Prov);
    EXPECT_TRUE(after.evidence.isEmpty());
}

TEST_P(IdentityPermissionsTest, SetAttributesNeedsPatientWrite)
{
    const domain::Patient p = registerOk(request("Dupont", "Jean", Sex::Male, QDate(1970, 5, 4)));
    const Snapshot before = snapshot();
    expectForbidden(SetIdentityAttributes(*m_db, technician()).run(p.id, p.version, {true, true, true}), "patient.write",
                    QStringLiteral("tech"));
    EXPECT_EQ(snapshot(), before);
    const domain::Patient after = reload(p.id);
    EXPECT_EQ(after.version, p.version);
    EXPECT_FALSE(after.doubtful || after.fictitious || after.homonym);
}

TEST_P(IdentityPermissionsTest, QualifyNeedsIdentityQualify)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto client = insi();
    // A lookup the secretary obtained, replayed by users without the right.
    auto lookup = QualifyIdentity(*m_db, session(), client).lookup(p.id);
    ASSERT_TRUE(lookup.has_value()) << lookup.error().toString().toStdString();
    ASSERT_TRUE(lookup->acceptable);
    const Snapshot before = snapshot();
    for (const domain::UserSession &s : {technician(), biologist()}) {
        QualifyIdentity q(*m_db, s, client);
        expectForbidden(q.lookup(p.id), "identity.qualify", s.login);
        expectForbidden(q.accept(*lookup), "identity.qualify", s.login);
        expectForbidden(q.reject(*lookup, QStringLiteral("pas la bonne personne")), "identity.qualify", s.login);
    }
    EXPECT_EQ(snapshot(), before); // no identity.insi_lookup / insi_reject row, nothing saved
    const domain::Patient after = reload(p.id);
    EXPECT_EQ(after.version, p.version);
    EXPECT_EQ(after.status, IdentityStatus::Prov);
    EXPECT_TRUE(after.ins.isEmpty());
}

TEST_P(IdentityPermissionsTest, VerifyBeforeSendingNeedsReportDispatch)
{
    const domain::Patient qual = qualifiedAdrun();
    ASSERT_EQ(qual.status, IdentityStatus::Qual);
    auto client = insi();
    const Snapshot before = snapshot();
    expectForbidden(VerifyInsBeforeSending(*m_db, session(), client).run(qual.id), "report.dispatch",
                    QStringLiteral("secretaire"));
    expectForbidden(VerifyInsBeforeSending(*m_db, technician(), client).run(qual.id), "report.dispatch",
                    QStringLiteral("tech"));
    EXPECT_EQ(snapshot(), before);
    const domain::Patient after = reload(qual.id);
    EXPECT_EQ(after.version, qual.version);
    EXPECT_EQ(after.status, IdentityStatus::Qual);
    EXPECT_FALSE(after.ins.isEmpty());
}

TEST_P(IdentityPermissionsTest, MergeNeedsPatientMerge)
{
    const domain::Patient survivor = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const domain::Patient duplicate = registerOk(request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const Snapshot before = snapshot();
    for (const domain::UserSession &s : {technician(), admin()})
        expectForbidden(MergePatients(*m_db, s).run(survivor.id, survivor.version, duplicate.id, duplicate.version,
                                                    QStringLiteral("doublon")),
                        "patient.merge", s.login);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(reload(duplicate.id).mergedInto, 0);
    EXPECT_EQ(reload(survivor.id).version, survivor.version);

    // Identity vigilance by the biologist is allowed (secretaries: MergePatients_test).
    auto merged = MergePatients(*m_db, biologist())
                      .run(survivor.id, survivor.version, duplicate.id, duplicate.version, QStringLiteral("doublon"));
    ASSERT_TRUE(merged.has_value()) << merged.error().toString().toStdString();
    EXPECT_EQ(reload(duplicate.id).mergedInto, survivor.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, IdentityPermissionsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
