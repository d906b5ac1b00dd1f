#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/analyzer/FieldRef.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace sgl::domain::analyzer;

namespace {

QString text(const FieldRef &ref, AnalyzerProtocol p) { return ref.toString(p); }

} // namespace

TEST(FieldRef, ParsesEveryAstmPlace)
{
    const std::pair<const char *, MessageField> places[] = {
        {"O-3.1", MessageField::Specimen},     {"O-4.3", MessageField::InstrumentSpecimen},
        {"P-3.1", MessageField::Patient},      {"O-5.4", MessageField::OrderTest},
        {"R-3.4", MessageField::TestId},       {"R-4.1", MessageField::Value},
        {"P-4.1", MessageField::LabPatient},
    };
    for (const auto &[t, field] : places) {
        const auto ref = FieldRef::parse(QString::fromLatin1(t), AnalyzerProtocol::Astm);
        ASSERT_TRUE(ref.has_value()) << t;
        EXPECT_EQ(ref->field, field) << t;
        EXPECT_EQ(text(*ref, AnalyzerProtocol::Astm), QString::fromLatin1(t));
    }
}

TEST(FieldRef, ParsesEveryHl7Place)
{
    const std::pair<const char *, MessageField> places[] = {
        {"SPM-2.1", MessageField::Specimen},   {"SAC-3.1", MessageField::InstrumentSpecimen},
        {"PID-3.1", MessageField::Patient},    {"OBR-4.1", MessageField::OrderTest},
        {"OBX-3.1", MessageField::TestId},     {"OBX-5.2", MessageField::Value},
        {"PID-2.1", MessageField::LabPatient},
    };
    for (const auto &[t, field] : places) {
        const auto ref = FieldRef::parse(QString::fromLatin1(t), AnalyzerProtocol::Hl7);
        ASSERT_TRUE(ref.has_value()) << t;
        EXPECT_EQ(ref->field, field) << t;
        EXPECT_EQ(text(*ref, AnalyzerProtocol::Hl7), QString::fromLatin1(t));
    }
}

TEST(FieldRef, WholeFieldAndPartRoundTrip)
{
    const auto whole = FieldRef::parse(QStringLiteral("R-3"), AnalyzerProtocol::Astm);
    ASSERT_TRUE(whole.has_value());
    EXPECT_EQ(whole->component, 0);
    EXPECT_EQ(whole->toString(AnalyzerProtocol::Astm), QStringLiteral("R-3"));
    // The same slot is spelled after the protocol.
    EXPECT_EQ(whole->toString(AnalyzerProtocol::Hl7), QStringLiteral("OBX-3"));

    const auto part = FieldRef::parse(QStringLiteral("R-3.4/2"), AnalyzerProtocol::Astm);
    ASSERT_TRUE(part.has_value());
    EXPECT_EQ(part->component, 4);
    EXPECT_EQ(part->part, 2);
    EXPECT_EQ(part->toString(AnalyzerProtocol::Astm), QStringLiteral("R-3.4/2"));
    EXPECT_EQ(*FieldRef::parse(part->toString(AnalyzerProtocol::Astm), AnalyzerProtocol::Astm), *part);
    EXPECT_EQ(FieldRef::parse(QStringLiteral("O-3.20"), AnalyzerProtocol::Astm)->component, 20);
}

TEST(FieldRef, RefusesWhatIsNotAPlaceOfTheProtocol)
{
    const char *astmBad[] = {"", "O3.1", "o-3.1", "O-6.1", "R-3.21", "SPM-2.1", "R-3.4/0", "R-3.4/", "R-3.",
                             "Q-3.1", "R-3.4/12", " R-3.x"};
    for (const char *t : astmBad) {
        const auto ref = FieldRef::parse(QString::fromLatin1(t), AnalyzerProtocol::Astm);
        ASSERT_FALSE(ref.has_value()) << t;
        EXPECT_EQ(ref.error().code, errc::AnalyzerBadFieldRef) << t;
        EXPECT_EQ(ref.error().location, QString::fromLatin1(t));
        EXPECT_FALSE(ref.error().message.isEmpty());
    }
    const auto astmInHl7 = FieldRef::parse(QStringLiteral("O-3.1"), AnalyzerProtocol::Hl7);
    ASSERT_FALSE(astmInHl7.has_value());
    EXPECT_EQ(astmInHl7.error().code, errc::AnalyzerBadFieldRef);
    EXPECT_FALSE(FieldRef::parse(QStringLiteral("OBX-4.1"), AnalyzerProtocol::Hl7).has_value());
}

TEST(FieldRef, ReadsComponentsWholeFieldAndParts)
{
    AnalyzerResult r;
    r.specimenIdComponents = {QStringLiteral("S1")};
    r.instrumentSpecimenIdComponents = {QString(), QString(), QStringLiteral("   27"), QStringLiteral("M")};
    r.patientIdComponents = {QStringLiteral("P9")};
    r.labPatientIdComponents = {QStringLiteral("TEST-27-079-5-1")};
    r.orderTestIdComponents = {QString(), QString(), QString(), QStringLiteral("HbA1c")};
    r.testIdComponents = {QString(), QString(), QString(), QStringLiteral("1/10/not")};
    r.valueComponents = {QStringLiteral("-1"), QStringLiteral("0.282")};
    const auto at = [&](const char *t) { return FieldRef::parse(QString::fromLatin1(t), AnalyzerProtocol::Astm)->read(r); };
    EXPECT_EQ(at("O-3.1"), QStringLiteral("S1"));
    EXPECT_EQ(at("O-4.3"), QStringLiteral("   27"));   // untrimmed: the mapper trims
    EXPECT_EQ(at("O-4"), QStringLiteral("^^   27^M"));
    EXPECT_EQ(at("P-3.1"), QStringLiteral("P9"));
    EXPECT_EQ(at("P-4.1"), QStringLiteral("TEST-27-079-5-1"));
    EXPECT_EQ(at("O-5.4"), QStringLiteral("HbA1c"));
    EXPECT_EQ(at("R-3.4"), QStringLiteral("1/10/not"));
    EXPECT_EQ(at("R-3.4/1"), QStringLiteral("1"));
    EXPECT_EQ(at("R-3.4/2"), QStringLiteral("10"));
    EXPECT_EQ(at("R-3.4/3"), QStringLiteral("not"));
    EXPECT_EQ(at("R-3.4/4"), QString());
    EXPECT_EQ(at("R-4.2"), QStringLiteral("0.282"));
    EXPECT_EQ(at("R-3.9"), QString());       // beyond what was sent: empty, no error
    EXPECT_EQ(at("O-3.2"), QString());
}

TEST(AnalyzerProfile, StandardPositionsPerProtocol)
{
    const AnalyzerProfile astm = AnalyzerProfile::standard(AnalyzerProtocol::Astm);
    EXPECT_EQ(astm.protocol, AnalyzerProtocol::Astm);
    EXPECT_EQ(astm.specimenId.toString(AnalyzerProtocol::Astm), QStringLiteral("O-3.1"));
    EXPECT_EQ(astm.testCode.toString(AnalyzerProtocol::Astm), QStringLiteral("R-3.4"));
    EXPECT_EQ(astm.values.valueComponent, 1);
    EXPECT_FALSE(astm.identityMapping);
    const AnalyzerProfile hl7 = AnalyzerProfile::standard(AnalyzerProtocol::Hl7);
    EXPECT_EQ(hl7.protocol, AnalyzerProtocol::Hl7);
    EXPECT_EQ(hl7.specimenId.toString(AnalyzerProtocol::Hl7), QStringLiteral("SPM-2.1"));
    EXPECT_EQ(hl7.testCode.toString(AnalyzerProtocol::Hl7), QStringLiteral("OBX-3.1"));
    EXPECT_EQ(hl7.charset, QStringLiteral("utf-8"));
}
