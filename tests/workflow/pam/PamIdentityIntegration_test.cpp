// The PAM feed and the identity module share one model: an A40 merges exactly like a merge made
// at the desk (dossiers, specimens, results, identifiers and messages re-attached, merge log,
// audit), and patients the feed creates or renames are found by the approximate search.

#include "PamDatabase.h"

#include "../../interop/hl7v2/TestFiles.h"

#include "interop/hl7v2/Parser.h"
#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/IdentityMergeRepository.h"
#include "storage/InboundMessageIdentifierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"
#include "workflow/identity/RegisterPatient.h"
#include "workflow/identity/SearchPatients.h"
#include "workflow/pam/ProcessPamMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

using namespace sgl;
using sgl::tests::hl7v2::sample;
using sgl::tests::hl7v2::withSegment;
using sgl::tests::pam::Backend;
using sgl::tests::pam::PamDatabase;
using storage::InboundStatus;
using workflow::pam::PamOutcome;
using workflow::pam::ProcessPamMessage;

namespace {

QByteArray replaced(QByteArray raw, const QByteArray &from, const QByteArray &to)
{
    return raw.replace(from, to);
}

QString ackField(const PamOutcome &o, const char16_t *segment, int field, int component = 0)
{
    if (!o.ack)
        return QStringLiteral("<no ack>");
    auto m = interop::hl7v2::Parser::parse(*o.ack);
    if (!m)
        return QStringLiteral("<bad ack>");
    const auto *s = m->segment(segment);
    return s ? s->raw(field, 1, component).toString() : QString();
}

QList<qint64> ids(const QJsonObject &moved, const char *table)
{
    QList<qint64> out;
    for (const QJsonValue &v : moved.value(QString::fromLatin1(table)).toArray())
        out << v.toInteger();
    return out;
}

} // namespace

class PamIdentity : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        m_db = std::make_unique<PamDatabase>(GetParam());
        if (!m_db->skipReason.empty())
            GTEST_SKIP() << m_db->skipReason;
        ASSERT_NE(m_db->db(), nullptr) << m_db->error;
        m_process = std::make_unique<ProcessPamMessage>(*m_db->db(), m_actor);
    }

    void accept(const QByteArray &raw)
    {
        const PamOutcome o = m_process->process(raw);
        ASSERT_EQ(o.status, InboundStatus::Accepted)
            << (o.errors.isEmpty() ? std::string("?") : o.errors.first().toString().toStdString());
    }

    domain::Patient patient(const QString &localId)
    {
        auto r = m_db->db()->write([&](storage::WriteTx &tx) {
            return storage::PatientRepository::findByLocalId(tx, localId, m_actor);
        });
        EXPECT_TRUE(r && *r) << "patient " << localId.toStdString();
        return r && *r ? **r : domain::Patient{};
    }

    QList<qint64> search(const char *name)
    {
        workflow::identity::SearchPatients s(*m_db->db(), m_desk);
        workflow::identity::PatientQuery q;
        q.name = QString::fromUtf8(name);
        auto found = s.run(q);
        EXPECT_TRUE(found.has_value()) << (found ? "" : found.error().toString().toStdString());
        QList<qint64> out;
        if (found)
            for (const domain::Patient &p : *found)
                out << p.id;
        return out;
    }

    struct Attached {
        qint64 dossier = 0;
        qint64 specimen = 0;
        qint64 result = 0;
    };
    /** A dossier with one specimen and one result on the patient (what the lab holds). */
    Attached attachLabData(qint64 patientId, const char *number)
    {
        Attached a;
        auto r = m_db->db()->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Dossier d;
            d.number = QString::fromLatin1(number);
            d.patientId = patientId;
            d.createdBy = QStringLiteral("secretaire");
            if (auto s = storage::DossierRepository::insert(tx, d, m_actor); !s)
                return s;
            domain::Specimen sp;
            sp.dossierId = d.id;
            sp.barcode = QString::fromLatin1(number) + QStringLiteral("-T1");
            sp.typeCode = QStringLiteral("BLD");
            sp.typeLabel = QStringLiteral("Sang veineux");
            if (auto s = storage::DossierRepository::addSpecimen(tx, sp, m_actor); !s)
                return s;
            domain::LabResult res;
            res.dossierId = d.id;
            res.patientId = patientId;
            res.specimenId = sp.id;
            res.analysisCode = QStringLiteral("HB");
            res.value = domain::ResultValue::numeric(QStringLiteral("13.5"), QStringLiteral("g/dL"));
            res.state = domain::ValidationState::Entered;
            res.observedAt = QDateTime(QDate(2025, 1, 2), QTime(8, 30), Qt::UTC);
            res.enteredBy = QStringLiteral("tech1");
            res.enteredAt = res.observedAt;
            if (auto s = storage::ResultRepository::insert(tx, res, m_actor); !s)
                return s;
            a = {d.id, sp.id, res.id};
            return {};
        });
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().toString().toStdString());
        return a;
    }

    qint64 count(const char *table, const QString &where) { return m_db->count(QString::fromLatin1(table), where); }

    domain::AuditActor m_actor = domain::AuditActor::system(QStringLiteral("pam-test"), QStringLiteral("test"));
    /** The desk user searching and registering next to the feed (use cases check its permissions). */
    domain::UserSession m_desk{7, QStringLiteral("secretaire"), QStringLiteral("Secrétaire"), {},
                               {domain::Role::Secretary}, QDateTime::currentDateTimeUtc(), QStringLiteral("accueil"),
                               domain::SignInMethod::Password, QDateTime()};
    std::unique_ptr<PamDatabase> m_db;
    std::unique_ptr<ProcessPamMessage> m_process;
};

TEST_P(PamIdentity, A40ReattachesDossiersSpecimensResultsAndLogsTheMerge)
{
    accept(sample("a28_vali.hl7"));
    accept(sample("a28_prov_with_ins.hl7"));
    const domain::Patient survivorBefore = patient(QStringLiteral("HOPITAL-100001"));
    const domain::Patient duplicateBefore = patient(QStringLiteral("HOPITAL-100002"));
    const Attached lab = attachLabData(duplicateBefore.id, "D-PAM-1");
    ASSERT_GT(lab.result, 0);
    ASSERT_EQ(count("inbound_messages", QStringLiteral("patient_id = %1").arg(duplicateBefore.id)), 1);

    const PamOutcome o = m_process->process(sample("a40_merge.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Accepted) << o.errors.value(0).toString().toStdString();
    EXPECT_EQ(o.patientId, survivorBefore.id);

    const domain::Patient merged = patient(QStringLiteral("HOPITAL-100002"));
    EXPECT_EQ(merged.mergedInto, survivorBefore.id);
    // Everything the absorbed record held now belongs to the survivor.
    EXPECT_EQ(count("dossiers", QStringLiteral("patient_id = %1").arg(duplicateBefore.id)), 0);
    auto dossiers = m_db->db()->write([&](storage::WriteTx &tx) {
        return storage::DossierRepository::forPatient(tx, survivorBefore.id, m_actor);
    });
    ASSERT_TRUE(dossiers.has_value());
    ASSERT_EQ(dossiers->size(), 1);
    EXPECT_EQ(dossiers->first().id, lab.dossier);
    auto specimens = m_db->db()->read([&](storage::ReadTx &tx) { return storage::DossierRepository::specimens(tx, lab.dossier); });
    ASSERT_TRUE(specimens.has_value());
    ASSERT_EQ(specimens->size(), 1);
    EXPECT_EQ(specimens->first().id, lab.specimen);
    auto result = m_db->db()->write([&](storage::WriteTx &tx) { return storage::ResultRepository::get(tx, lab.result, m_actor); });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->patientId, survivorBefore.id);
    EXPECT_EQ(count("results", QStringLiteral("patient_id = %1").arg(duplicateBefore.id)), 0);
    EXPECT_EQ(count("inbound_messages", QStringLiteral("patient_id = %1").arg(duplicateBefore.id)), 0);
    EXPECT_EQ(count("patient_external_ids", QStringLiteral("patient_id = %1").arg(duplicateBefore.id)), 0);
    auto ipp = m_db->db()->read([&](storage::ReadTx &tx) {
        return storage::InboundMessageIdentifierRepository::findPatient(tx, QStringLiteral("330000001"),
                                                                        QStringLiteral("PI"), QStringLiteral("100002"));
    });
    ASSERT_TRUE(ipp.has_value());
    EXPECT_EQ(*ipp, survivorBefore.id);

    // Merge log: which rows moved, both records as they were.
    auto log = m_db->db()->read([&](storage::ReadTx &tx) {
        return storage::IdentityMergeRepository::forPatient(tx, duplicateBefore.id);
    });
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1);
    const storage::MergeRecord &rec = log->first();
    EXPECT_EQ(rec.survivorId, survivorBefore.id);
    EXPECT_EQ(rec.mergedId, duplicateBefore.id);
    EXPECT_EQ(rec.mergedBy, m_actor.login);
    EXPECT_TRUE(rec.mergedBefore.contains(QStringLiteral("TEST")));
    const QJsonObject moved = QJsonDocument::fromJson(rec.movedRows.toUtf8()).object();
    EXPECT_EQ(ids(moved, "dossiers"), QList<qint64>{lab.dossier});
    EXPECT_EQ(ids(moved, "results"), QList<qint64>{lab.result});
    EXPECT_EQ(ids(moved, "inbound_messages").size(), 1);
    EXPECT_EQ(ids(moved, "patient_external_ids").size(), 1);

    // Audit: the merge row names the message it came from.
    auto audit = m_db->db()->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"), QString::number(duplicateBefore.id));
    });
    ASSERT_TRUE(audit.has_value());
    auto mergeRow = std::find_if(audit->begin(), audit->end(),
                                 [](const domain::AuditEntry &e) { return e.action == QStringLiteral("patient.merge"); });
    ASSERT_NE(mergeRow, audit->end());
    EXPECT_TRUE(mergeRow->after.contains(QStringLiteral("A40"))) << mergeRow->after.toStdString();
    EXPECT_TRUE(mergeRow->after.contains(QString::number(o.messageId))) << mergeRow->after.toStdString();

    // The absorbed record has left the searches; the survivor is still found.
    EXPECT_FALSE(search("TEST").contains(duplicateBefore.id));
    EXPECT_TRUE(search("ESSAI").contains(survivorBefore.id));

    // The same A40 again (new MSH-10): the absorbed IPP now designates the survivor, nothing to redo.
    const PamOutcome again = m_process->process(replaced(sample("a40_merge.hl7"), "SGL-A40-0001", "SGL-A40-0009"));
    EXPECT_EQ(again.status, InboundStatus::Accepted);
    EXPECT_EQ(count("patient_merges", {}), 1);
}

TEST_P(PamIdentity, A40RefusedByMergeRulesIsReportedOnMrgAndChangesNothing)
{
    accept(sample("a28_vali.hl7"));
    // Second patient with another INS, kept because validated: two INS cannot be merged.
    accept(replaced(sample("a28_prov_with_ins.hl7"), "|PROV", "|VALI"));
    const domain::Patient duplicate = patient(QStringLiteral("HOPITAL-100002"));
    ASSERT_FALSE(duplicate.ins.isEmpty()) << "fixture: the second patient must keep its INS";
    attachLabData(duplicate.id, "D-PAM-2");
    const QByteArray a40 = withSegment(
        sample("a40_merge.hl7"), "PID",
        "PID|1||100001^^^HOPITAL&330000001&M^PI~280017512345610^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||"
        "ESSAI^JEANNE^JEANNE MARIE^^Mme^^L||19800115|F||||||||||||||||||||||||VALI");
    const PamOutcome o = m_process->process(a40);
    ASSERT_EQ(o.status, InboundStatus::Rejected);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AE"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("MRG^1^1"));
    ASSERT_FALSE(o.errors.isEmpty());
    EXPECT_EQ(o.errors.first().code, QStringLiteral("merge.conflicting_ins"));
    EXPECT_EQ(patient(QStringLiteral("HOPITAL-100002")).mergedInto, 0);
    EXPECT_EQ(count("dossiers", QStringLiteral("patient_id = %1").arg(duplicate.id)), 1);
    EXPECT_EQ(count("patient_merges", {}), 0);
}

TEST_P(PamIdentity, FailureInTheMiddleOfA40LeavesNothingHalfDone)
{
    accept(sample("a28_vali.hl7"));
    accept(sample("a28_prov_with_ins.hl7"));
    const domain::Patient survivor = patient(QStringLiteral("HOPITAL-100001"));
    const domain::Patient duplicate = patient(QStringLiteral("HOPITAL-100002"));
    const Attached lab = attachLabData(duplicate.id, "D-PAM-3");
    const qint64 auditBefore = count("audit_log", {});
    ASSERT_GT(auditBefore, 0);

    // The merge log insert fails: by then the survivor was updated and every row re-attached.
    auto trap = m_db->db()->write([&](storage::WriteTx &tx) -> domain::Status {
        if (GetParam() == Backend::Sqlite)
            return tx.execRaw(QStringLiteral("CREATE TRIGGER pam_test_trap BEFORE INSERT ON patient_merges "
                                             "BEGIN SELECT RAISE(ABORT, 'panne simulée'); END"));
        if (auto s = tx.execRaw(QStringLiteral("CREATE FUNCTION pam_test_trap() RETURNS trigger LANGUAGE plpgsql AS "
                                               "$$ BEGIN RAISE EXCEPTION 'panne simulée'; END $$"));
            !s)
            return s;
        return tx.execRaw(QStringLiteral("CREATE TRIGGER pam_test_trap BEFORE INSERT ON patient_merges "
                                         "FOR EACH ROW EXECUTE FUNCTION pam_test_trap()"));
    });
    ASSERT_TRUE(trap.has_value()) << trap.error().toString().toStdString();

    const PamOutcome o = m_process->process(sample("a40_merge.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Rejected);
    ASSERT_FALSE(o.errors.isEmpty());
    EXPECT_TRUE(o.errors.first().code.startsWith(u"storage.")) << o.errors.first().code.toStdString();
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AR")); // internal error: the sender keeps it and retries
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("207"));

    const domain::Patient survivorAfter = patient(QStringLiteral("HOPITAL-100001"));
    const domain::Patient duplicateAfter = patient(QStringLiteral("HOPITAL-100002"));
    EXPECT_EQ(survivorAfter.version, survivor.version);
    EXPECT_EQ(survivorAfter.status, survivor.status);
    EXPECT_EQ(duplicateAfter.version, duplicate.version);
    EXPECT_EQ(duplicateAfter.mergedInto, 0);
    EXPECT_EQ(count("dossiers", QStringLiteral("id = %1 AND patient_id = %2").arg(lab.dossier).arg(duplicate.id)), 1);
    EXPECT_EQ(count("results", QStringLiteral("id = %1 AND patient_id = %2").arg(lab.result).arg(duplicate.id)), 1);
    EXPECT_EQ(count("patient_external_ids", QStringLiteral("patient_id = %1").arg(duplicate.id)), 1);
    EXPECT_EQ(count("inbound_messages", QStringLiteral("patient_id = %1").arg(duplicate.id)), 1);
    EXPECT_EQ(count("patient_merges", {}), 0);
    EXPECT_EQ(count("audit_log", QStringLiteral("action = 'patient.merge'")), 0);
    EXPECT_EQ(count("inbound_messages", QStringLiteral("status = 'accepted'")), 2);
    EXPECT_EQ(count("inbound_messages", QStringLiteral("status = 'rejected'")), 1);
    // Both still searchable as two people.
    EXPECT_TRUE(search("TEST").contains(duplicate.id));

    // Once the fault is gone, the sender's retry of the same message goes through.
    auto untrap = m_db->db()->write([&](storage::WriteTx &tx) {
        return tx.execRaw(QStringLiteral("DROP TRIGGER pam_test_trap")
                          + (GetParam() == Backend::Sqlite ? QString() : QStringLiteral(" ON patient_merges")));
    });
    ASSERT_TRUE(untrap.has_value()) << untrap.error().toString().toStdString();
    const PamOutcome retry = m_process->process(sample("a40_merge.hl7"));
    ASSERT_EQ(retry.status, InboundStatus::Accepted) << retry.errors.value(0).toString().toStdString();
    EXPECT_EQ(patient(QStringLiteral("HOPITAL-100002")).mergedInto, survivor.id);
    EXPECT_EQ(count("dossiers", QStringLiteral("patient_id = %1").arg(survivor.id)), 1);
}

TEST_P(PamIdentity, PatientCreatedByA28IsFoundUnderASpellingVariant)
{
    accept(replaced(sample("a28_vali.hl7"), "ESSAI^JEANNE", "DUPONT^JEANNE"));
    const domain::Patient fromFeed = patient(QStringLiteral("HOPITAL-100001"));
    // Indexed by the feed itself, in the message's transaction: not left to the search's
    // catch-up (IdentityKeyRepository::syncNew only indexes ids above the highest indexed one).
    EXPECT_EQ(count("patient_identity_keys", QStringLiteral("patient_id = %1").arg(fromFeed.id)), 1);
    // A desk registration after it must not hide it.
    workflow::identity::RegistrationRequest desk;
    desk.traits.birthName = QStringLiteral("BERNARD");
    desk.traits.firstBirthName = QStringLiteral("LUC");
    desk.traits.sex = domain::Sex::Male;
    desk.traits.birthDate = QDate(1960, 3, 3);
    desk.duplicatesReviewed = true;
    auto registered = workflow::identity::RegisterPatient(*m_db->db(), m_desk).run(desk);
    ASSERT_TRUE(registered.has_value()) << registered.error().toString().toStdString();
    ASSERT_TRUE(registered->created);
    ASSERT_GT(registered->patient.id, fromFeed.id);

    const QList<qint64> found = search("DUPOND");
    EXPECT_TRUE(found.contains(fromFeed.id));
    EXPECT_FALSE(found.contains(registered->patient.id));
}

TEST_P(PamIdentity, PatientRenamedByA31IsFoundUnderTheNewNameOnly)
{
    accept(sample("a28_vali.hl7"));
    const domain::Patient p = patient(QStringLiteral("HOPITAL-100001"));
    ASSERT_TRUE(search("ESSAI").contains(p.id)); // indexed under the first name

    QByteArray a31 = replaced(sample("a28_vali.hl7"), "ADT^A28^ADT_A05", "ADT^A31^ADT_A05");
    a31 = replaced(replaced(a31, "SGL-A28-0001", "SGL-A31-0001"), "ESSAI^JEANNE", "DUPONT^JEANNE");
    accept(a31);
    EXPECT_EQ(patient(QStringLiteral("HOPITAL-100001")).traits.birthName, QStringLiteral("DUPONT"));
    EXPECT_TRUE(search("DUPOND").contains(p.id));
    EXPECT_FALSE(search("ESSAI").contains(p.id)); // the old key is gone
}

INSTANTIATE_TEST_SUITE_P(Backends, PamIdentity, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &i) { return sgl::tests::pam::backendName(i.param); });
