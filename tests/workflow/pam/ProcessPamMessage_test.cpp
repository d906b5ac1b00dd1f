#include "PamDatabase.h"

#include "../../interop/hl7v2/TestFiles.h"

#include "interop/hl7v2/Parser.h"
#include "storage/InboundMessageIdentifierRepository.h"
#include "storage/InboundMessageRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/pam/ProcessPamMessage.h"

#include <gtest/gtest.h>

using namespace sgl;
using sgl::tests::hl7v2::ansExamplesDir;
using sgl::tests::hl7v2::readFile;
using sgl::tests::hl7v2::sample;
using sgl::tests::hl7v2::withSegment;
using sgl::tests::pam::Backend;
using sgl::tests::pam::PamDatabase;
using storage::InboundStatus;
using workflow::pam::PamOutcome;
using workflow::pam::ProcessPamMessage;

namespace {

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

QByteArray replaced(QByteArray raw, const QByteArray &from, const QByteArray &to)
{
    return raw.replace(from, to);
}

} // namespace

class ProcessPam : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        m_db = std::make_unique<PamDatabase>(GetParam());
        if (!m_db->skipReason.empty())
            GTEST_SKIP() << m_db->skipReason;
        ASSERT_NE(m_db->db(), nullptr) << m_db->error;
        m_process = std::make_unique<ProcessPamMessage>(*m_db->db(), m_actor);
    }

    std::optional<domain::Patient> patient(const QString &localId)
    {
        auto r = m_db->db()->write([&](storage::WriteTx &tx) {
            return storage::PatientRepository::findByLocalId(tx, localId, m_actor);
        });
        EXPECT_TRUE(r.has_value());
        return r ? *r : std::nullopt;
    }
    storage::InboundMessage stored(qint64 id)
    {
        auto r = m_db->db()->read([&](storage::ReadTx &tx) { return storage::InboundMessageRepository::get(tx, id); });
        EXPECT_TRUE(r.has_value());
        return r ? *r : storage::InboundMessage{};
    }
    std::optional<qint64> owner(const char *authority, const char *type, const char *value)
    {
        auto r = m_db->db()->read([&](storage::ReadTx &tx) {
            return storage::InboundMessageIdentifierRepository::findPatient(
                tx, QString::fromLatin1(authority), QString::fromLatin1(type), QString::fromLatin1(value));
        });
        return r ? *r : std::nullopt;
    }

    domain::AuditActor m_actor = domain::AuditActor::system(QStringLiteral("pam-test"), QStringLiteral("test"));
    std::unique_ptr<PamDatabase> m_db;
    std::unique_ptr<ProcessPamMessage> m_process;
};

TEST_P(ProcessPam, A28CreatesQualifiedPatientAndAcks)
{
    const PamOutcome o = m_process->process(sample("a28_vali.hl7"), QStringLiteral("127.0.0.1:4000"));
    ASSERT_TRUE(o.errors.isEmpty()) << o.errors.first().toString().toStdString();
    EXPECT_EQ(o.status, InboundStatus::Accepted);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(ackField(o, u"MSA", 2), QStringLiteral("SGL-A28-0001"));
    auto p = patient(QStringLiteral("HOPITAL-100001"));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->id, o.patientId);
    EXPECT_EQ(p->status, domain::IdentityStatus::Qual);
    EXPECT_EQ(p->ins.full(), QStringLiteral("280017512345610"));
    EXPECT_EQ(p->ins.oid, QStringLiteral("1.2.250.1.213.1.4.10"));
    EXPECT_EQ(p->traits.birthName, QStringLiteral("ESSAI"));
    EXPECT_EQ(p->traits.birthFirstNames, (QStringList{QStringLiteral("JEANNE"), QStringLiteral("MARIE")}));
    EXPECT_EQ(p->traits.usedName, QStringLiteral("MARTIN"));
    EXPECT_EQ(p->traits.birthPlaceCog, QStringLiteral("75056"));
    EXPECT_EQ(p->traits.birthDate, QDate(1980, 1, 15));
    EXPECT_EQ(owner("330000001", "PI", "100001"), p->id);
    EXPECT_EQ(owner("330000001", "AN", "200001"), std::nullopt); // PID-18 is not a PID-3 identifier
    const storage::InboundMessage row = stored(o.messageId);
    EXPECT_EQ(row.status, InboundStatus::Accepted);
    EXPECT_EQ(row.raw, sample("a28_vali.hl7"));
    EXPECT_EQ(row.sender, QStringLiteral("GAM|HOPITAL"));
    EXPECT_EQ(row.controlId, QStringLiteral("SGL-A28-0001"));
    EXPECT_EQ(row.messageType, QStringLiteral("ADT^A28"));
    EXPECT_EQ(row.patientId, p->id);
    EXPECT_EQ(row.peer, QStringLiteral("127.0.0.1:4000"));
}

TEST_P(ProcessPam, SameMessageTwiceIsAppliedOnce)
{
    const PamOutcome first = m_process->process(sample("a28_vali.hl7"));
    ASSERT_EQ(first.status, InboundStatus::Accepted);
    const int version = patient(QStringLiteral("HOPITAL-100001"))->version;
    const PamOutcome again = m_process->process(sample("a28_vali.hl7"));
    EXPECT_EQ(again.status, InboundStatus::Duplicate);
    EXPECT_EQ(ackField(again, u"MSA", 1), QStringLiteral("AA"));
    EXPECT_EQ(patient(QStringLiteral("HOPITAL-100001"))->version, version);
    EXPECT_EQ(m_db->count(QStringLiteral("patients")), 1);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages"), QStringLiteral("status = 'accepted'")), 1);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages"), QStringLiteral("status = 'duplicate'")), 1);
    EXPECT_EQ(stored(again.messageId).duplicateOf, first.messageId);
    EXPECT_TRUE(stored(again.messageId).warnings.isEmpty());
    // Same id, different content: still not replayed, but flagged for review.
    const PamOutcome changed = m_process->process(replaced(sample("a28_vali.hl7"), "MARTIN", "MARTINEZ"));
    EXPECT_EQ(changed.status, InboundStatus::Duplicate);
    EXPECT_EQ(patient(QStringLiteral("HOPITAL-100001"))->traits.usedName, QStringLiteral("MARTIN"));
    EXPECT_EQ(stored(changed.messageId).warnings.size(), 1);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages"), QStringLiteral("status = 'duplicate'")), 2);
    // Same control id from another sender is another message.
    const PamOutcome other = m_process->process(replaced(sample("a28_vali.hl7"), "|GAM|HOPITAL|", "|GAM2|HOPITAL|"));
    EXPECT_EQ(other.status, InboundStatus::Accepted);
}

TEST_P(ProcessPam, A31UpdatesAndKeepsIns)
{
    ASSERT_EQ(m_process->process(sample("a28_vali.hl7")).status, InboundStatus::Accepted);
    const PamOutcome o = m_process->process(sample("a31_used_name.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Accepted) << o.errors.value(0).toString().toStdString();
    auto p = patient(QStringLiteral("HOPITAL-100001"));
    EXPECT_EQ(p->traits.usedName, QStringLiteral("DURAND"));
    EXPECT_EQ(p->status, domain::IdentityStatus::Qual);
    EXPECT_EQ(p->version, 2);
}

TEST_P(ProcessPam, InsIsNotTakenWithoutVali)
{
    const PamOutcome o = m_process->process(sample("a28_prov_with_ins.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Accepted);
    auto p = patient(QStringLiteral("HOPITAL-100002"));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->status, domain::IdentityStatus::Prov);
    EXPECT_TRUE(p->ins.isEmpty());
    EXPECT_EQ(p->traits.birthPlaceCog, QStringLiteral("2A004"));
    EXPECT_FALSE(stored(o.messageId).warnings.isEmpty());
}

TEST_P(ProcessPam, MalformedMessageIsNackedAndKept)
{
    const QByteArray bad("MSH|^~|GAM|HOPITAL|SGL|LABO|20250101||ADT^A28^ADT_A05|BAD-1|P|2.5\rPID|1\r");
    const PamOutcome o = m_process->process(bad);
    EXPECT_EQ(o.status, InboundStatus::Rejected);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AR"));
    EXPECT_EQ(ackField(o, u"MSA", 2), QStringLiteral("BAD-1"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("MSH^1^2"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("102"));
    const storage::InboundMessage row = stored(o.messageId);
    EXPECT_EQ(row.status, InboundStatus::Rejected);
    EXPECT_EQ(row.raw, bad);
    EXPECT_EQ(row.errorLocation, QStringLiteral("MSH^1^2"));
    EXPECT_EQ(row.errorCode, QStringLiteral("hl7v2.bad_encoding_characters"));
    EXPECT_EQ(row.ackCode, QStringLiteral("AR"));
    EXPECT_EQ(m_db->count(QStringLiteral("patients")), 0);

    const PamOutcome garbage = m_process->process("not hl7 at all");
    EXPECT_EQ(garbage.status, InboundStatus::Rejected);
    EXPECT_GT(garbage.messageId, 0);
    EXPECT_EQ(ackField(garbage, u"ERR", 2), QStringLiteral("MSH^1"));
}

TEST_P(ProcessPam, ContentErrorIsAeWithLocationAndCorrectedResendIsAccepted)
{
    const QByteArray bad = withSegment(sample("a28_vali.hl7"), "PID",
                                       "PID|1||100001^^^HOPITAL&330000001&M^PI||ESSAI^JEANNE^^^^^L||19801315|F||||||||||||||||||||||||PROV");
    const PamOutcome o = m_process->process(bad);
    EXPECT_EQ(o.status, InboundStatus::Rejected);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AE"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("PID^1^7"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("102"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 3), QStringLiteral("HL70357"));
    EXPECT_EQ(m_db->count(QStringLiteral("patients")), 0);
    // The sender fixes the message and resends it with the same control id.
    const PamOutcome fixed = m_process->process(sample("a28_vali.hl7"));
    EXPECT_EQ(fixed.status, InboundStatus::Accepted);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages")), 2);
}

TEST_P(ProcessPam, A08IsRefusedAndKept)
{
    const PamOutcome o = m_process->process(sample("a08_refused.hl7"));
    EXPECT_EQ(o.status, InboundStatus::Rejected);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AR"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("201"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("MSH^1^9^1^2"));
    EXPECT_EQ(stored(o.messageId).messageType, QStringLiteral("ADT^A08"));
}

TEST_P(ProcessPam, FailureDuringApplicationRollsEverythingBack)
{
    // Patient 100001 owns visit 300001; an A01 for a NEW patient with the same visit number
    // fails after the new patient row was inserted: that insert must be rolled back.
    QByteArray a01 = replaced(sample("a28_vali.hl7"), "ADT^A28^ADT_A05", "ADT^A01^ADT_A01");
    a01 = withSegment(a01, "PV1", "PV1|1|I|||||||||||||||||300001^^^HOPITAL&330000001&M^VN");
    ASSERT_EQ(m_process->process(a01).status, InboundStatus::Accepted);
    ASSERT_EQ(m_db->count(QStringLiteral("patients")), 1);
    const qint64 idsBefore = m_db->count(QStringLiteral("patient_external_ids"));

    QByteArray clash = replaced(a01, "SGL-A28-0001", "SGL-A01-0002");
    clash = withSegment(clash, "PID",
                        "PID|1||100009^^^HOPITAL&330000001&M^PI||AUTRE^PAUL^^^^^L||19700101|M||||||||||||||||||||||||PROV");
    const PamOutcome o = m_process->process(clash);
    ASSERT_EQ(o.status, InboundStatus::Rejected) << "ack: " << o.ack.value_or(QByteArray()).toStdString();
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AE"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("205"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("PV1^1^19"));
    EXPECT_EQ(m_db->count(QStringLiteral("patients")), 1);
    EXPECT_FALSE(patient(QStringLiteral("HOPITAL-100009")).has_value());
    EXPECT_EQ(m_db->count(QStringLiteral("patient_external_ids")), idsBefore);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages"), QStringLiteral("status = 'accepted'")), 1);
    EXPECT_EQ(stored(o.messageId).status, InboundStatus::Rejected);
    EXPECT_EQ(stored(o.messageId).patientId, 0);
}

TEST_P(ProcessPam, A40MergesDuplicateIntoSurvivor)
{
    ASSERT_EQ(m_process->process(sample("a28_vali.hl7")).status, InboundStatus::Accepted);
    ASSERT_EQ(m_process->process(sample("a28_prov_with_ins.hl7")).status, InboundStatus::Accepted);
    const PamOutcome o = m_process->process(sample("a40_merge.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Accepted) << o.errors.value(0).toString().toStdString();
    auto survivor = patient(QStringLiteral("HOPITAL-100001"));
    auto merged = patient(QStringLiteral("HOPITAL-100002"));
    ASSERT_TRUE(survivor && merged);
    EXPECT_EQ(merged->mergedInto, survivor->id);
    EXPECT_EQ(o.patientId, survivor->id);
    EXPECT_EQ(owner("330000001", "PI", "100002"), survivor->id);
    // Unknown source: nothing to merge, accepted.
    const PamOutcome none = m_process->process(replaced(replaced(sample("a40_merge.hl7"), "MRG|100002", "MRG|999999"),
                                                        "SGL-A40-0001", "SGL-A40-0002"));
    EXPECT_EQ(none.status, InboundStatus::Accepted);
}

TEST_P(ProcessPam, A47DeletesInsAndDowngrades)
{
    ASSERT_EQ(m_process->process(sample("a28_vali.hl7")).status, InboundStatus::Accepted);
    const PamOutcome o = m_process->process(sample("a47_ins_deletion.hl7"));
    ASSERT_EQ(o.status, InboundStatus::Accepted) << o.errors.value(0).toString().toStdString();
    auto p = patient(QStringLiteral("HOPITAL-100001"));
    EXPECT_TRUE(p->ins.isEmpty());
    EXPECT_EQ(p->status, domain::IdentityStatus::Prov);
}

TEST_P(ProcessPam, A47OnUnknownIdentifierIsUnknownKey)
{
    QByteArray a47 = sample("a47_ins_deletion.hl7");
    a47 = withSegment(a47, "MRG", "MRG|555555^^^HOPITAL&330000001&M^PI");
    const PamOutcome o = m_process->process(a47);
    EXPECT_EQ(o.status, InboundStatus::Rejected);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AE"));
    EXPECT_EQ(ackField(o, u"ERR", 3, 1), QStringLiteral("204"));
    EXPECT_EQ(ackField(o, u"ERR", 2), QStringLiteral("MRG^1^1"));
}

TEST_P(ProcessPam, MessagesApplyInArrivalOrder)
{
    // Create, update, then withdraw the INS: the final state is the last message's.
    for (const char *name : {"a28_vali.hl7", "a31_used_name.hl7", "a47_ins_deletion.hl7"})
        ASSERT_EQ(m_process->process(sample(name)).status, InboundStatus::Accepted) << name;
    auto p = patient(QStringLiteral("HOPITAL-100001"));
    EXPECT_TRUE(p->ins.isEmpty());
    EXPECT_EQ(p->traits.usedName, QStringLiteral("DURAND"));
    auto rows = m_db->db()->read([](storage::ReadTx &tx) { return storage::InboundMessageRepository::list(tx); });
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(2).controlId, QStringLiteral("SGL-A28-0001")); // newest first
    EXPECT_EQ(rows->at(0).controlId, QStringLiteral("SGL-A47-0001"));
}

TEST_P(ProcessPam, EnhancedModeAnswersWithAcceptAck)
{
    QByteArray msg = replaced(sample("a28_vali.hl7"), "|2.5^FRA^2.11|||||FRA|", "|2.5^FRA^2.11|||AL|NE|FRA|");
    const PamOutcome o = m_process->process(msg);
    EXPECT_EQ(o.status, InboundStatus::Accepted);
    EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("CA"));
    QByteArray silent = replaced(replaced(sample("a28_vali.hl7"), "|2.5^FRA^2.11|||||FRA|", "|2.5^FRA^2.11|||NE|NE|FRA|"),
                                 "SGL-A28-0001", "SGL-A28-0099");
    EXPECT_FALSE(m_process->process(silent).ack.has_value());
}

TEST_P(ProcessPam, Latin9MessageKeepsAccentsAndIsAnsweredInLatin9)
{
    QByteArray msg = replaced(sample("a28_prov_with_ins.hl7"), "TEST^PAUL^PAUL ANDRE", "C\xC9SAR-\xBCUVRE^NO\xCBL^NO\xCBL ANDR\xC9");
    const PamOutcome o = m_process->process(msg);
    ASSERT_EQ(o.status, InboundStatus::Accepted) << o.errors.value(0).toString().toStdString();
    auto p = patient(QStringLiteral("HOPITAL-100002"));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->traits.birthName, QStringLiteral("CÉSAR-ŒUVRE"));
    EXPECT_EQ(p->traits.firstBirthName, QStringLiteral("NOËL"));
    EXPECT_EQ(p->traits.birthFirstNames, (QStringList{QStringLiteral("NOËL"), QStringLiteral("ANDRÉ")}));
    ASSERT_TRUE(o.ack.has_value());
    EXPECT_TRUE(o.ack->contains("|8859/15"));
    EXPECT_EQ(stored(o.messageId).raw, msg); // kept byte for byte, not re-encoded
}

TEST_P(ProcessPam, OfficialAdmissionAndDischargeApply)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7 absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    const PamOutcome in = m_process->process(readFile(ansExamplesDir() + QStringLiteral("/SGL/admission.er7")));
    ASSERT_EQ(in.status, InboundStatus::Accepted) << in.errors.value(0).toString().toStdString();
    const PamOutcome out = m_process->process(readFile(ansExamplesDir() + QStringLiteral("/SGL/sortie.er7")));
    ASSERT_EQ(out.status, InboundStatus::Accepted) << out.errors.value(0).toString().toStdString();
    EXPECT_EQ(in.patientId, out.patientId);
    auto p = patient(QStringLiteral("CHU-X-000003"));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->status, domain::IdentityStatus::Qual);
    EXPECT_EQ(p->ins.full(), QStringLiteral("279035121518989"));
    EXPECT_EQ(p->traits.birthPlaceCog, QStringLiteral("63220"));
    EXPECT_EQ(owner("000897406", "VN", "000897406"), p->id);
}

TEST_P(ProcessPam, EveryOfficialPamExampleIsKept)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7 absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    const QString dir = ansExamplesDir();
    const QStringList files{QStringLiteral("/SGL/admission.er7"),
                            QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/ConsentementConsultation_NonOppositionAlimentation.er7"),
                            QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/NonConsentementConsultation_NonOppositionAlimentation.er7"),
                            QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/NonConsentementConsultation_OppositionAlimentation.er7"),
                            QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/NonRecueillieConsentementConsultation_NonOppositionAlimentation.er7"),
                            QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/NonRecueillieConsentementConsultation_NonRecueillieOppositionAlimentation.er7"),
                            QStringLiteral("/SGL/sortie.er7")};
    QList<InboundStatus> statuses;
    for (const QString &f : files) {
        const PamOutcome o = m_process->process(readFile(dir + f));
        EXPECT_EQ(ackField(o, u"MSA", 1), QStringLiteral("AA")) << f.toStdString();
        statuses << o.status;
    }
    // The first consent example reuses MSH-10 3975 of admission.er7 (same sender): kept as a
    // duplicate with a warning, not replayed.
    EXPECT_EQ(statuses, (QList<InboundStatus>{InboundStatus::Accepted, InboundStatus::Duplicate, InboundStatus::Accepted,
                                              InboundStatus::Accepted, InboundStatus::Accepted, InboundStatus::Accepted,
                                              InboundStatus::Accepted}));
    EXPECT_EQ(m_db->count(QStringLiteral("patients")), 1);
    EXPECT_EQ(m_db->count(QStringLiteral("inbound_messages")), 7);
    EXPECT_EQ(m_db->count(QStringLiteral("patient_external_ids"), QStringLiteral("type_code = 'VN'")), 5);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProcessPam, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const auto &info) { return sgl::tests::pam::backendName(info.param); });
