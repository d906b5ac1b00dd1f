#include "TestFiles.h"

#include "interop/hl7v2/AckBuilder.h"
#include "interop/hl7v2/PamMapper.h"
#include "interop/hl7v2/PamSegmentReaders.h"
#include "interop/hl7v2/Parser.h"

#include <gtest/gtest.h>

using namespace sgl::interop::hl7v2;
using sgl::tests::hl7v2::ansExamplesDir;
using sgl::tests::hl7v2::readFile;
using sgl::tests::hl7v2::sample;
using sgl::tests::hl7v2::withSegment;

namespace {

PamMapResult mapBytes(const QByteArray &bytes)
{
    auto m = Parser::parse(bytes);
    EXPECT_TRUE(m.has_value()) << m.error().toString().toStdString();
    if (!m)
        return std::unexpected(QList<sgl::domain::Error>{m.error()});
    return PamMapper::map(*m);
}

// Expects failure with one error having that code and location.
void expectError(const PamMapResult &r, const char *code, const char *location)
{
    ASSERT_FALSE(r.has_value()) << "expected " << code << " at " << location;
    for (const auto &e : r.error()) {
        if (e.code == QString::fromLatin1(code) && e.location == QString::fromLatin1(location)) {
            EXPECT_FALSE(e.message.isEmpty());
            return;
        }
    }
    std::string got;
    for (const auto &e : r.error())
        got += (e.code + u' ' + e.location + QStringLiteral("; ")).toStdString();
    ADD_FAILURE() << "no " << code << " at " << location << ", got: " << got;
}

const QByteArray kPidVali =
    "PID|1||100001^^^HOPITAL&330000001&M^PI~280017512345610^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||"
    "ESSAI^JEANNE^JEANNE MARIE^^Mme^^L||19800115|F|||^^^^^^BDL^^75056|||||||||||||||||||||VALI";

} // namespace

TEST(PamMapper, MapsA28WithQualifiedIns)
{
    auto r = mapBytes(sample("a28_vali.hl7"));
    ASSERT_TRUE(r.has_value()) << r.error().first().toString().toStdString();
    EXPECT_EQ(r->action, PamAction::CreatePatient);
    EXPECT_EQ(r->trigger, QStringLiteral("A28"));
    EXPECT_EQ(r->ipp.id, QStringLiteral("100001"));
    EXPECT_EQ(r->ipp.authority.namespaceId, QStringLiteral("HOPITAL"));
    EXPECT_EQ(r->ipp.authority.universalId, QStringLiteral("330000001"));
    EXPECT_EQ(r->ins.matricule, QStringLiteral("2800175123456"));
    EXPECT_EQ(r->ins.key, QStringLiteral("10"));
    EXPECT_EQ(r->ins.oid, QStringLiteral("1.2.250.1.213.1.4.10"));
    EXPECT_TRUE(r->insDroppedReason.isEmpty());
    ASSERT_EQ(r->names.size(), 2);
    const auto traits = r->traits();
    EXPECT_EQ(traits.birthName, QStringLiteral("ESSAI"));
    EXPECT_EQ(traits.firstBirthName, QStringLiteral("JEANNE"));
    EXPECT_EQ(traits.birthFirstNames, (QStringList{QStringLiteral("JEANNE"), QStringLiteral("MARIE")}));
    EXPECT_EQ(traits.usedName, QStringLiteral("MARTIN"));
    EXPECT_EQ(traits.birthDate, QDate(1980, 1, 15));
    EXPECT_EQ(traits.birthDateRaw, QStringLiteral("1980-01-15"));
    EXPECT_EQ(traits.sex, sgl::domain::Sex::Female);
    EXPECT_EQ(traits.birthPlaceCog, QStringLiteral("75056"));
    EXPECT_EQ(r->birthPlaceText, QStringLiteral("PARIS"));
    EXPECT_TRUE(r->zfd.present);
    EXPECT_EQ(r->zfd.collectionMode, QStringLiteral("INSI"));
    EXPECT_EQ(r->zfd.identityDocument, QStringLiteral("PA"));
    EXPECT_FALSE(r->zfd.birthDateCorrected);
    ASSERT_TRUE(r->recordedAt.has_value());
    EXPECT_EQ(r->recordedAt->value, QDateTime(QDate(2025, 1, 2), QTime(8, 0)));
    ASSERT_TRUE(r->occurredAt.has_value());
    EXPECT_EQ(r->identifiers.size(), 1); // the IPP; the INS is kept apart
    EXPECT_EQ(r->insIdentifiers.size(), 1);
}

TEST(PamMapper, InsWithoutValiIsDroppedNotRejected)
{
    auto r = mapBytes(sample("a28_prov_with_ins.hl7"));
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->ins.isEmpty());
    EXPECT_FALSE(r->insDroppedReason.isEmpty());
    EXPECT_EQ(r->identityReliability, QStringLiteral("PROV"));
    EXPECT_EQ(r->birthPlace->cog, QStringLiteral("2A004"));
}

TEST(PamMapper, BirthDateCorrectedDropsIns)
{
    QByteArray raw = withSegment(sample("a28_vali.hl7"), "ZFD", "ZFD||||Y|INSI");
    auto r = mapBytes(raw);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->ins.isEmpty());
    EXPECT_TRUE(r->zfd.birthDateCorrected);
}

TEST(PamMapper, NirIsPreferredToNia)
{
    // The NIA comes first: the order must not matter.
    QByteArray swapped = "PID|1||100001^^^HOPITAL&330000001&M^PI~180019912345691^^^ASIP-SANTE-INS-NIA&1.2.250.1.213.1.4.9&ISO^INS~"
                         "280017512345610^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||"
                         "ESSAI^JEANNE^JEANNE MARIE^^Mme^^L||19800115|F|||^^^^^^BDL^^75056|||||||||||||||||||||VALI";
    auto r = mapBytes(withSegment(sample("a28_vali.hl7"), "PID", swapped));
    ASSERT_TRUE(r.has_value()) << r.error().first().toString().toStdString();
    EXPECT_EQ(r->ins.full(), QStringLiteral("280017512345610"));
}

TEST(PamMapper, MapsMergeAndIdentifierChange)
{
    auto merge = mapBytes(sample("a40_merge.hl7"));
    ASSERT_TRUE(merge.has_value());
    EXPECT_EQ(merge->action, PamAction::MergePatients);
    ASSERT_EQ(merge->priorIdentifiers.size(), 1);
    EXPECT_EQ(merge->priorIdentifiers[0].id, QStringLiteral("100002"));
    EXPECT_EQ(merge->priorIdentifiers[0].typeCode, QStringLiteral("PI"));

    auto change = mapBytes(sample("a47_ins_deletion.hl7"));
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->action, PamAction::ChangeIdentifier);
    EXPECT_TRUE(change->insDeletion);
    EXPECT_TRUE(change->ins.isEmpty());
    ASSERT_EQ(change->priorIdentifiers.size(), 1);
    EXPECT_TRUE(change->priorIdentifiers[0].isIns());
}

TEST(PamMapper, MapsOfficialAdmissionEncounter)
{
    if (ansExamplesDir().isEmpty())
        GTEST_SKIP() << "shared/hl7 absent (SGL_SHARED_DIR=" SGL_SHARED_DIR ")";
    auto r = mapBytes(readFile(ansExamplesDir() + QStringLiteral("/Vague_2/Consentement_DMP_PAMFR/NonConsentementConsultation_OppositionAlimentation.er7")));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->trigger, QStringLiteral("A01"));
    EXPECT_EQ(r->action, PamAction::Movement);
    ASSERT_TRUE(r->encounter.has_value());
    EXPECT_EQ(r->encounter->visitNumber->id, QStringLiteral("000297406"));
    EXPECT_EQ(r->encounter->visitNumber->typeCode, QStringLiteral("VN"));
    EXPECT_EQ(r->encounter->movementAction, QStringLiteral("INSERT"));
    EXPECT_EQ(r->encounter->dmpFeedingOpposition, QStringLiteral("IO"));
    EXPECT_EQ(r->encounter->dmpStatus, QStringLiteral("ACTIF"));
    EXPECT_EQ(r->zfd.collectionMode, QStringLiteral("INSI"));
    EXPECT_EQ(r->zfd.insiQueryDate->date(), QDate(2021, 12, 1));
}

TEST(PamMapper, RefusesA08AsUnsupportedEvent)
{
    auto r = mapBytes(sample("a08_refused.hl7"));
    expectError(r, "hl7v2.unsupported_event", "MSH^1^9^1^2");
    const AckError e = AckError::fromError(r.error().first());
    EXPECT_EQ(e.condition, ErrorCondition::UnsupportedEvent);
    EXPECT_EQ(AckBuilder::outcomeFor({e}), AckCode::AR);
}

TEST(PamMapper, RejectsUnsupportedHeaderValues)
{
    QByteArray base = sample("a28_vali.hl7");
    QByteArray unknownEvent = base;
    unknownEvent.replace("ADT^A28^ADT_A05", "ADT^A99^ADT_A05");
    expectError(mapBytes(unknownEvent), "hl7v2.unsupported_event", "MSH^1^9^1^2");
    QByteArray oru = base;
    oru.replace("ADT^A28^ADT_A05", "ORU^R01^ORU_R01");
    expectError(mapBytes(oru), "hl7v2.unsupported_message_type", "MSH^1^9^1^1");
    QByteArray version = base;
    version.replace("|2.5^FRA^2.11|", "|2.3|");
    expectError(mapBytes(version), "hl7v2.unsupported_version", "MSH^1^12");
    QByteArray processing = base;
    processing.replace("|SGL-A28-0001|P|", "|SGL-A28-0001|X|");
    expectError(mapBytes(processing), "hl7v2.unsupported_processing_id", "MSH^1^11");
    QByteArray noControlId = base;
    noControlId.replace("|SGL-A28-0001|", "||");
    expectError(mapBytes(noControlId), "hl7v2.missing_required_field", "MSH^1^10");
}

TEST(PamMapper, ReportsMissingRequiredPidFields)
{
    const QByteArray base = sample("a28_vali.hl7");
    QByteArray noPid = base;
    noPid = withSegment(noPid, "PID", "ZZZ|1");
    expectError(mapBytes(noPid), "hl7v2.missing_segment", "PID^1");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||||ESSAI^JEANNE^^^^^L||19800115|F||||||||||||||||||||||||PROV")),
                "hl7v2.missing_required_field", "PID^1^3");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^AN||ESSAI^JEANNE^^^^^L||19800115|F||||||||||||||||||||||||PROV")),
                "hl7v2.missing_required_field", "PID^1^3");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^PI||||19800115|F||||||||||||||||||||||||PROV")),
                "hl7v2.missing_required_field", "PID^1^5");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^PI||DUPONT^JEAN^^^^^D||19800115|F||||||||||||||||||||||||PROV")),
                "hl7v2.missing_required_field", "PID^1^5");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^PI||ESSAI^JEANNE^^^^^L||19800115|F")),
                "hl7v2.missing_required_field", "PID^1^32");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^PI||ESSAI^JEANNE^^^^^L||19800115|F||||||||||||||||||||||||QUALIF")),
                "hl7v2.bad_table_value", "PID^1^32^1");
    expectError(mapBytes(withSegment(base, "PID", "PID|1||77^^^H&1&ISO^||ESSAI^JEANNE^^^^^L||19800115|F||||||||||||||||||||||||PROV")),
                "hl7v2.missing_required_field", "PID^1^3^1^5");
}

TEST(PamMapper, RejectsInvalidDatesAndCodes)
{
    const QByteArray base = sample("a28_vali.hl7");
    for (const char *bad : {"19801315", "1980-01-15", "19800230", "198", "2025010212", "20250102256000"}) {
        QByteArray pid = kPidVali;
        pid.replace("19800115", bad);
        if (QByteArray(bad) == "2025010212")
            continue; // hour precision is a valid DTM
        expectError(mapBytes(withSegment(base, "PID", pid)), "hl7v2.bad_data_type", "PID^1^7");
    }
    QByteArray sex = kPidVali;
    sex.replace("|F|", "|X|");
    expectError(mapBytes(withSegment(base, "PID", sex)), "hl7v2.bad_table_value", "PID^1^8");
    QByteArray evn = withSegment(base, "EVN", "EVN||2025-01-02");
    expectError(mapBytes(evn), "hl7v2.bad_data_type", "EVN^1^2");
    expectError(mapBytes(withSegment(base, "EVN", "EVN|")), "hl7v2.missing_required_field", "EVN^1^2");
}

TEST(PamMapper, ChecksInsSyntaxKeyAndAuthority)
{
    const QByteArray base = sample("a28_vali.hl7");
    QByteArray badKey = kPidVali;
    badKey.replace("280017512345610", "280017512345611");
    expectError(mapBytes(withSegment(base, "PID", badKey)), "hl7v2.bad_data_type", "PID^1^3^2^1");
    QByteArray shortIns = kPidVali;
    shortIns.replace("280017512345610", "2800175123456");
    expectError(mapBytes(withSegment(base, "PID", shortIns)), "hl7v2.bad_data_type", "PID^1^3^2^1");
    QByteArray badOid = kPidVali;
    badOid.replace("1.2.250.1.213.1.4.10", "1.2.250.1.213.1.4.99");
    expectError(mapBytes(withSegment(base, "PID", badOid)), "hl7v2.bad_table_value", "PID^1^3^2^4");
}

TEST(PamMapper, CorsicanNirKeyIsChecked)
{
    // 2A counts as 19 in the key computation: 97 - (1850519004001 mod 97) = 81.
    EXPECT_TRUE(pam::insValueProblem(QStringLiteral("185052A00400181")).isEmpty());
    EXPECT_FALSE(pam::insValueProblem(QStringLiteral("185052A00400180")).isEmpty());
    EXPECT_FALSE(pam::insValueProblem(QStringLiteral("185052C00400181")).isEmpty());
}

TEST(PamMapper, QualifiedInsNeedsStrictTraits)
{
    QByteArray pid = kPidVali;
    pid.replace("19800115|F", "|F");
    expectError(mapBytes(withSegment(sample("a28_vali.hl7"), "PID", pid)), "hl7v2.missing_required_field", "PID^1^7");
    QByteArray partial = kPidVali;
    partial.replace("19800115", "1980");
    expectError(mapBytes(withSegment(sample("a28_vali.hl7"), "PID", partial)), "hl7v2.missing_required_field", "PID^1^7");
}

TEST(PamMapper, ChecksBirthPlaceCog)
{
    QByteArray pid = kPidVali;
    pid.replace("BDL^^75056", "BDL^^7505");
    expectError(mapBytes(withSegment(sample("a28_vali.hl7"), "PID", pid)), "hl7v2.bad_data_type", "PID^1^11^1^9");
}

TEST(PamMapper, RequiresMrgAndPv1WhereTheEventNeedsThem)
{
    QByteArray a40 = sample("a40_merge.hl7");
    a40 = withSegment(a40, "MRG", "ZZZ|1");
    expectError(mapBytes(a40), "hl7v2.missing_segment", "MRG^1");
    expectError(mapBytes(withSegment(sample("a40_merge.hl7"), "MRG", "MRG|")), "hl7v2.missing_required_field", "MRG^1^1");
    QByteArray a01 = sample("a28_vali.hl7");
    a01.replace("ADT^A28^ADT_A05", "ADT^A01^ADT_A01");
    a01 = withSegment(a01, "PV1", "ZZZ|1");
    expectError(mapBytes(a01), "hl7v2.missing_segment", "PV1^1");
    QByteArray noVisit = sample("a28_vali.hl7");
    noVisit.replace("ADT^A28^ADT_A05", "ADT^A01^ADT_A01");
    noVisit = withSegment(noVisit, "PV1", "PV1|1|I");
    expectError(mapBytes(noVisit), "hl7v2.missing_required_field", "PV1^1^19");
}

TEST(PamMapper, CollectsSeveralErrorsAtOnce)
{
    QByteArray pid = kPidVali;
    pid.replace("19800115|F", "19801399|Z");
    auto r = mapBytes(withSegment(sample("a28_vali.hl7"), "PID", pid));
    expectError(r, "hl7v2.bad_data_type", "PID^1^7");
    expectError(r, "hl7v2.bad_table_value", "PID^1^8");
}

TEST(PamMapper, EverySupportedTriggerMapsToItsAction)
{
    const QByteArray base = withSegment(sample("a28_vali.hl7"), "PV1",
                                        "PV1|1|I|||||||||||||||||300001^^^HOPITAL&330000001&M^VN");
    for (const QString &trigger : PamMapper::supportedTriggers()) {
        QByteArray msg = base;
        msg.replace("ADT^A28^ADT_A05", "ADT^" + trigger.toLatin1() + "^ADT_A01");
        if (trigger == u"A40" || trigger == u"A47")
            msg += "\rMRG|100002^^^HOPITAL&330000001&M^PI";
        auto r = mapBytes(msg);
        ASSERT_TRUE(r.has_value()) << trigger.toStdString() << ": " << r.error().first().toString().toStdString();
        const PamAction expected = trigger == u"A28"   ? PamAction::CreatePatient
                                   : trigger == u"A31" ? PamAction::UpdatePatient
                                   : trigger == u"A40" ? PamAction::MergePatients
                                   : trigger == u"A47" ? PamAction::ChangeIdentifier
                                                       : PamAction::Movement;
        EXPECT_EQ(r->action, expected) << trigger.toStdString();
        ASSERT_TRUE(r->encounter.has_value());
        EXPECT_EQ(r->encounter->visitNumber->id, QStringLiteral("300001"));
    }
    EXPECT_FALSE(PamMapper::supportedTriggers().contains(QStringLiteral("A08")));
    EXPECT_TRUE(PamMapper::supportedTriggers().contains(QStringLiteral("Z99")));
    EXPECT_EQ(PamMapper::supportedTriggers().size(), 29);
}
