// QualifyIdentity and VerifyInsBeforeSending against the real INSi simulator (no mock).
#include "IdentityWorkflowFixture.h"

#include "storage/IdentityInsHistoryRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/QualifyIdentity.h"
#include "workflow/identity/RecordEvidence.h"
#include "workflow/identity/UpdatePatient.h"
#include "workflow/identity/VerifyInsBeforeSending.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sgl;
using namespace sgl::workflow::identity;
using namespace sgl::interop::insi;
using domain::IdentityStatus;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

class QualifyIdentityTest : public IdentityWorkflowTest
{
protected:
    InsiClient client(const QString &endpoint, int timeoutMs = 10000)
    {
        return InsiSimTestEnv::instance().client(endpoint, timeoutMs);
    }
    InsiClient normal() { return client(InsiSimTestEnv::instance().normal().endpoint()); }

    domain::Patient reload(qint64 id)
    {
        return m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, id, actor()); }).value();
    }
    domain::Patient qualifyAdrun(bool withCni)
    {
        auto r = request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31));
        if (withCni) {
            domain::IdentityEvidence e;
            e.type = domain::EvidenceType::Passport;
            r.evidence << e;
        }
        const domain::Patient p = registerOk(r);
        auto insi = normal();
        QualifyIdentity q(*m_db, session(), insi);
        auto lookup = q.lookup(p.id);
        EXPECT_TRUE(lookup.has_value()) << (lookup ? "" : lookup.error().toString().toStdString());
        auto accepted = q.accept(*lookup);
        EXPECT_TRUE(accepted.has_value()) << (accepted ? "" : accepted.error().toString().toStdString());
        return *accepted;
    }
};

TEST_P(QualifyIdentityTest, FoundThenAcceptedBecomesRecupThenQualWithDocument)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto lookup = q.lookup(p.id);
    ASSERT_TRUE(lookup.has_value()) << lookup.error().toString().toStdString();
    ASSERT_EQ(lookup->outcome, InsiOutcome::Found);
    ASSERT_TRUE(lookup->comparison.has_value());
    EXPECT_TRUE(lookup->comparison->compatible());
    EXPECT_TRUE(lookup->acceptable);
    EXPECT_TRUE(lookup->hints.isEmpty());
    EXPECT_EQ(reload(p.id).version, p.version); // lookup changes nothing
    auto accepted = q.accept(*lookup);
    ASSERT_TRUE(accepted.has_value()) << accepted.error().toString().toStdString();
    EXPECT_EQ(accepted->status, IdentityStatus::Recup);
    EXPECT_EQ(accepted->ins.full(), QStringLiteral("275126322011034"));
    EXPECT_EQ(accepted->ins.oid, QStringLiteral("1.2.250.1.213.1.4.10"));
    EXPECT_EQ(accepted->traits.birthPlaceCog, QStringLiteral("63220")); // INSi traits replace local ones
    EXPECT_FALSE(accepted->insUsable());
    RecordEvidence evidence(*m_db, session());
    domain::IdentityEvidence e;
    e.type = domain::EvidenceType::IdentityCard;
    auto qual = evidence.run(accepted->id, accepted->version, e);
    ASSERT_TRUE(qual.has_value());
    EXPECT_EQ(qual->status, IdentityStatus::Qual);
    EXPECT_TRUE(qual->insUsable());
}

TEST_P(QualifyIdentityTest, LoopsOverFirstNamesOneByOne)
{
    auto r = request("Ecetinsi", "Pierre", Sex::Male, QDate(2009, 7, 14));
    r.traits.birthFirstNames = {QStringLiteral("Pierre"), QStringLiteral("Muriel")};
    const domain::Patient p = registerOk(r);
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto lookup = q.lookup(p.id);
    ASSERT_TRUE(lookup.has_value()) << lookup.error().toString().toStdString();
    EXPECT_EQ(lookup->calls, 2);
    ASSERT_EQ(lookup->outcome, InsiOutcome::Found);
    EXPECT_FALSE(lookup->comparison->compatible()); // first name PIERRE vs PIERRE-ALAIN
    EXPECT_EQ(lookup->individual->history.size(), 2);
    auto accepted = q.accept(*lookup);
    ASSERT_TRUE(accepted.has_value());
    EXPECT_EQ(accepted->traits.firstBirthName, QStringLiteral("PIERRE-ALAIN"));
    auto history = m_db->read([&](storage::ReadTx &tx) { return storage::IdentityInsHistoryRepository::forPatient(tx, p.id); });
    ASSERT_TRUE(history.has_value());
    EXPECT_EQ(history->size(), 3);
}

TEST_P(QualifyIdentityTest, HomonymsNeedTheBirthPlace)
{
    const domain::Patient noCog = registerOk(request("Homonyme", "Jean", Sex::Male, QDate(1960, 1, 1)));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto several = q.lookup(noCog.id);
    ASSERT_TRUE(several.has_value());
    EXPECT_EQ(several->outcome, InsiOutcome::Several);
    EXPECT_TRUE(several->message.contains(QStringLiteral("02")));
    EXPECT_EQ(q.accept(*several).error().code, QStringLiteral("identity.nothing_to_accept"));
    EXPECT_EQ(reload(noCog.id).status, IdentityStatus::Prov);
    const domain::Patient withCog = registerOk(request("Homonyme", "Jean", Sex::Male, QDate(1960, 1, 1), "75056"));
    auto found = q.lookup(withCog.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->outcome, InsiOutcome::Found);
    EXPECT_EQ(found->calls, 2); // 02 without COG, then 00 with it
}

TEST_P(QualifyIdentityTest, NotFoundLeavesIdentityUnchanged)
{
    const domain::Patient p = registerOk(request("Inconnu", "Personne", Sex::Male, QDate(1990, 1, 1)));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto r = q.lookup(p.id);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->outcome, InsiOutcome::NotFound);
    EXPECT_TRUE(q.reject(*r, QStringLiteral("patient absent")).has_value());
    EXPECT_EQ(reload(p.id).version, p.version);
}

TEST_P(QualifyIdentityTest, NiaAndCorsicanAreAccepted)
{
    const domain::Patient nia = registerOk(request("Provisoire", "Matricule", Sex::Male, QDate(2009, 7, 1)));
    const domain::Patient corse = registerOk(request("Corse", "Anthony", Sex::Male, QDate(1980, 3, 2), "2B020"));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto a = q.accept(q.lookup(nia.id).value());
    ASSERT_TRUE(a.has_value()) << a.error().toString().toStdString();
    EXPECT_EQ(a->ins.oid, QStringLiteral("1.2.250.1.213.1.4.11"));
    auto c = q.accept(q.lookup(corse.id).value());
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->ins.matricule, QStringLiteral("180032B020401"));
}

TEST_P(QualifyIdentityTest, FictitiousIdentityIsNeverSentToInsi)
{
    auto r = request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31));
    r.fictitious = true;
    const domain::Patient p = registerOk(r);
    auto insi = normal();
    const auto before = InsiSimTestEnv::instance().normal().calls().size();
    QualifyIdentity q(*m_db, session(), insi);
    auto lookup = q.lookup(p.id);
    ASSERT_FALSE(lookup.has_value());
    EXPECT_EQ(lookup.error().code, QStringLiteral("rniv.fictitious"));
    EXPECT_EQ(InsiSimTestEnv::instance().normal().calls().size(), before);
}

TEST_P(QualifyIdentityTest, TransportFailuresLeaveIdentityUnchanged)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto slow = client(InsiSimTestEnv::instance().slow().endpoint(), 300);
    auto timeout = QualifyIdentity(*m_db, session(), slow).lookup(p.id);
    ASSERT_FALSE(timeout.has_value());
    EXPECT_EQ(timeout.error().code, QStringLiteral("insi.timeout"));
    auto bad = client(InsiSimTestEnv::instance().malformed().endpoint());
    auto malformed = QualifyIdentity(*m_db, session(), bad).lookup(p.id);
    ASSERT_FALSE(malformed.has_value());
    EXPECT_EQ(malformed.error().code, QStringLiteral("insi.malformed_response"));
    const domain::Patient after = reload(p.id);
    EXPECT_EQ(after.version, p.version);
    EXPECT_EQ(after.status, IdentityStatus::Prov);
    EXPECT_TRUE(after.ins.isEmpty());
}

TEST_P(QualifyIdentityTest, WrongKeyIsRefusedOnAccept)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto lookup = q.lookup(p.id).value();
    lookup.individual->active.ins.key = QStringLiteral("35");
    lookup.individual->active.keyValid = false;
    auto r = q.accept(lookup);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("ins.nir_key_mismatch"));
    EXPECT_EQ(reload(p.id).status, IdentityStatus::Prov);
}

TEST_P(QualifyIdentityTest, ConcurrentEditDuringLookupIsDetected)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto insi = normal();
    QualifyIdentity q(*m_db, session(), insi);
    auto lookup = q.lookup(p.id).value();
    UpdatePatient update(*m_db, session());
    IdentityEdit edit{p.traits, QStringLiteral("0611111111"), {}, {}};
    ASSERT_TRUE(update.run(p.id, p.version, edit).has_value());
    auto r = q.accept(lookup);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, QStringLiteral("storage.conflict"));
}

TEST_P(QualifyIdentityTest, VerificationBeforeSendingConfirmsQualifiedIns)
{
    const domain::Patient qual = qualifyAdrun(true);
    ASSERT_EQ(qual.status, IdentityStatus::Qual);
    auto insi = normal();
    VerifyInsBeforeSending always(*m_db, biologist(), insi);
    auto v = always.run(qual.id);
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_TRUE(v->performed);
    EXPECT_TRUE(v->confirmed);
    VerifyInsBeforeSending daily(*m_db, biologist(), insi, 24);
    auto cached = daily.run(qual.id);
    ASSERT_TRUE(cached.has_value());
    EXPECT_FALSE(cached->performed);
    EXPECT_TRUE(cached->confirmed);
}

TEST_P(QualifyIdentityTest, VerificationRefusesNonQualified)
{
    const domain::Patient recup = qualifyAdrun(false);
    auto insi = normal();
    auto v = VerifyInsBeforeSending(*m_db, biologist(), insi).run(recup.id);
    ASSERT_FALSE(v.has_value());
    EXPECT_EQ(v.error().code, QStringLiteral("identity.not_qualified"));
}

TEST_P(QualifyIdentityTest, FailedVerificationDowngradesToVali)
{
    const domain::Patient qual = qualifyAdrun(true);
    // Another simulator whose referential now gives ADRUN ZOE a different INS.
    auto &env = InsiSimTestEnv::instance();
    QFile f(env.basePath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray ids = root.value(QStringLiteral("identities")).toArray();
    QJsonObject adrun = ids[0].toObject();
    adrun[QStringLiteral("ins")] = QJsonObject{{QStringLiteral("matricule"), QStringLiteral("2751263220111")},
                                               {QStringLiteral("key"), QStringLiteral("33")},
                                               {QStringLiteral("oid"), QStringLiteral("1.2.250.1.213.1.4.8")}};
    ids[0] = adrun;
    root[QStringLiteral("identities")] = ids;
    QFile changed(m_scratch->directory() + QStringLiteral("/identities-changed.json"));
    ASSERT_TRUE(changed.open(QIODevice::WriteOnly));
    changed.write(QJsonDocument(root).toJson());
    changed.close();
    simulators::insi::InsiSimulatorConfig cfg;
    cfg.basePath = changed.fileName();
    cfg.certificatePath = env.pki("server.pem");
    cfg.keyPath = env.pki("server.key.pem");
    cfg.caPath = env.pki("ca.pem");
    auto sim = simulators::insi::InsiSimulatorThread::start(cfg);
    ASSERT_TRUE(sim.has_value()) << sim.error().toString().toStdString();
    auto insi = client((*sim)->endpoint());
    auto v = VerifyInsBeforeSending(*m_db, biologist(), insi).run(qual.id);
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_TRUE(v->performed);
    EXPECT_FALSE(v->confirmed);
    EXPECT_EQ(v->patient.status, IdentityStatus::Vali);
    EXPECT_TRUE(v->patient.ins.isEmpty());
    EXPECT_TRUE(v->message.contains(QStringLiteral("275126322011133")));
    EXPECT_EQ(reload(qual.id).status, IdentityStatus::Vali);
}

INSTANTIATE_TEST_SUITE_P(Backends, QualifyIdentityTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
