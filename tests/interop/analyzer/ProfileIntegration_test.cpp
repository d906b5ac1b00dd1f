// Shipped profiles with the other data sources they meet in the gateway: the catalogue's
// analyzer codes (demo catalogue) and the readers' extra positions (P-4, PID-2).
#include "TraceDecoding.h"

#include "domain/ErrorCodes.h"
#include "domain/analyzer/ProfileMapper.h"
#include "interop/analyzer/ShippedAnalyzerProfiles.h"
#include "interop/catalogue/CatalogueReferenceData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using namespace sgl::domain::analyzer;
using namespace sgl::tests::analyzer;

namespace {

/** test code -> analysis code for one analyzer id, as the catalogue declares them. */
QHash<QString, QString> catalogueCodes(const Catalogue &catalogue, const QString &analyzerId)
{
    QHash<QString, QString> codes;
    for (const Analysis &a : catalogue.analyses) {
        for (const AnalyzerMapping &m : a.analyzerMappings) {
            if (m.analyzer == analyzerId)
                codes.insert(m.code, a.localCode);
        }
    }
    return codes;
}

} // namespace

TEST(ProfileIntegration, DemoCatalogueCodesMapTheSysmexTraceWithoutProfileMappings)
{
    const QString path = tracesDir() + u"/astm/sysmex-xn550-astm-1.astm"_s;
    if (!QFile::exists(path))
        GTEST_SKIP() << "trace absente (../shared non disponible) : " << path.toStdString();
    const auto demo = sgl::interop::catalogue::CatalogueReferenceData::demoCatalogue();
    ASSERT_TRUE(demo.errors.isEmpty());
    auto profile = sgl::interop::analyzer::shippedAnalyzerProfile(u"sysmex-xn"_s);
    ASSERT_TRUE(profile.has_value());
    const QHash<QString, QString> codes = catalogueCodes(demo.catalogue, profile->analyzerId);
    ASSERT_EQ(codes.size(), 15);   // the demo catalogue's XN= codes
    EXPECT_EQ(codes.value(u"WBC"_s), u"GB"_s);

    profile->codeMappings.clear();   // the catalogue alone
    const DecodedTrace t = decodeTrace(readTrace(path), *profile);
    ASSERT_EQ(t.messages.size(), 1);
    const MappedMessage m = ProfileMapper(*profile, codes).map(t.messages.first());
    int stored = 0;
    for (const MappedResult &r : m.results) {
        if (r.disposition == Disposition::Store) {
            ++stored;
            EXPECT_EQ(r.analysisCode, codes.value(r.testCode));
        } else if (r.disposition == Disposition::Held) {
            EXPECT_EQ(r.hold->code, errc::AnalyzerUnmappedTest) << r.testCode.toStdString();   // percentages, IG...
        }
    }
    EXPECT_EQ(stored, 15);
    EXPECT_EQ(m.results.at(0).analysisCode, u"GB"_s);
    EXPECT_EQ(m.results.at(0).specimenId, u"27"_s);
}

TEST(ProfileIntegration, LabPatientIdPositionsOfBothReaders)
{
    // HL7: PID-2 read by a profile that takes the specimen id there (LawResultReader keeps it).
    const QByteArray oul = "MSH|^~\\&|ANALYZER||LIS||20240101120000||OUL^R22^OUL_R22|1|P|2.5.1|||||UNICODE UTF-8\r"
                           "PID|1|LAB-77^^^X|PAT-1\r"
                           "SPM|1|S-1\r"
                           "OBR|1\r"
                           "OBX|1|NM|GLU^Glucose|1|5,4|mmol/L|||||F\r";
    AnalyzerProfile law = *sgl::interop::analyzer::shippedAnalyzerProfile(u"law-generic"_s);
    law.specimenId = *FieldRef::parse(u"PID-2.1"_s, AnalyzerProtocol::Hl7);
    const DecodedTrace h = decodeTrace(oul, law);
    ASSERT_TRUE(h.error.isEmpty()) << h.error.toStdString();
    ASSERT_EQ(h.messages.size(), 1);
    ASSERT_EQ(h.messages.first().results.size(), 1);
    EXPECT_EQ(h.messages.first().results.first().labPatientIdComponents, (QStringList{u"LAB-77"_s, QString(), QString(), u"X"_s}));
    const MappedResult r = ProfileMapper(law, {}).map(h.messages.first()).results.first();
    EXPECT_EQ(r.specimenId, u"LAB-77"_s);
    EXPECT_EQ(r.analysisCode, u"GLU"_s);
    EXPECT_EQ(r.valueText, u"5.4"_s);
    EXPECT_EQ(r.disposition, Disposition::Store);

    // ASTM: P-4 (EUROIMMUN's place) next to P-3, bare records.
    const QByteArray astm = "H|\\^&|||ELISA\rP|1|PRACTICE-1|LAB-9\rO|1|||^^^IGG\rR|1|^^^IGG|1,5|Ratio\rL|1|N\r";
    AnalyzerProfile euro = *sgl::interop::analyzer::shippedAnalyzerProfile(u"euroimmun-analyzer1"_s);
    const DecodedTrace a = decodeTrace(astm, euro);
    ASSERT_TRUE(a.error.isEmpty()) << a.error.toStdString();
    ASSERT_EQ(a.messages.size(), 1);
    ASSERT_EQ(a.messages.first().results.size(), 1);
    const AnalyzerResult &raw = a.messages.first().results.first();
    EXPECT_EQ(raw.patientIdComponents, QStringList{u"PRACTICE-1"_s});
    EXPECT_EQ(raw.labPatientIdComponents, QStringList{u"LAB-9"_s});
    const MappedResult e = ProfileMapper(euro, {}).map(a.messages.first()).results.first();
    EXPECT_EQ(e.specimenId, u"LAB-9"_s);
    EXPECT_EQ(e.disposition, Disposition::Held);   // IGG is not among the profile's codes
    EXPECT_EQ(e.hold->code, errc::AnalyzerUnmappedTest);
    EXPECT_EQ(e.valueText, u"1.5"_s);
}
