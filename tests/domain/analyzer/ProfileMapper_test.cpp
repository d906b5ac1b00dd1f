#include "domain/ErrorCodes.h"
#include "domain/analyzer/ProfileMapper.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using namespace sgl::domain::analyzer;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

/** An R record as ResultExtractor builds it: specimen O-3.1, code R-3.4, value R-4. */
AnalyzerResult astmResult(const QString &specimen, const QString &code, const QString &value, int record = 4)
{
    AnalyzerResult r;
    r.specimenId = specimen;
    r.specimenIdComponents = {specimen};
    r.testCode = code;
    r.testIdComponents = {QString(), QString(), QString(), code};
    r.value = value;
    r.valueComponents = value.split(u'^');
    r.source = SourcePosition{1, record, u"R"_s};
    return r;
}

AnalyzerMessage astmMessage(QList<AnalyzerResult> results)
{
    AnalyzerMessage m;
    m.protocol = AnalyzerProtocol::Astm;
    m.messageIndex = 1;
    m.results = std::move(results);
    return m;
}

AnalyzerProfile chemistry()
{
    AnalyzerProfile p = AnalyzerProfile::standard(AnalyzerProtocol::Astm);
    p.name = u"test-chem"_s;
    p.analyzerId = u"COBAS"_s;
    return p;
}

const QHash<QString, QString> kCatalogue{{u"GLUC3"_s, u"GLU"_s}, {u"K"_s, u"K"_s}, {u"CREP2"_s, u"CREA"_s}};

MappedResult mapOne(const AnalyzerProfile &profile, const AnalyzerResult &r, QHash<QString, QString> codes = kCatalogue)
{
    ProfileMapper mapper(profile, std::move(codes));
    mapper.setLabTimeZone(kParis);
    const MappedMessage m = mapper.map(astmMessage({r}));
    EXPECT_EQ(m.results.size(), 1);
    return m.results.value(0);
}

} // namespace

TEST(ProfileMapper, StoresAMappedPatientResult)
{
    AnalyzerResult raw = astmResult(u" 240101 "_s, u"GLUC3"_s, u"5.40"_s);
    raw.flags = {u"N"_s};
    raw.instrumentId = u"c311"_s;
    raw.observedAt = u"20240203132011"_s;
    const MappedResult r = mapOne(chemistry(), raw);
    EXPECT_EQ(r.disposition, Disposition::Store);
    EXPECT_FALSE(r.hold.has_value());
    EXPECT_EQ(r.specimenId, u"240101"_s);   // trimmed
    EXPECT_EQ(r.testCode, u"GLUC3"_s);
    EXPECT_EQ(r.analysisCode, u"GLU"_s);
    EXPECT_EQ(r.valueText, u"5.40"_s);      // decimals as sent
    EXPECT_EQ(r.instrumentFlags, QStringList{u"N"_s});
    EXPECT_FALSE(r.abnormalFlag.has_value());
    EXPECT_EQ(r.sampleKind, SampleKind::Patient);
    EXPECT_EQ(r.instrumentId, u"c311"_s);
    EXPECT_EQ(r.raw.value, u"5.40"_s);
    // 13:20:11 in Paris in February is 12:20:11 UTC.
    EXPECT_EQ(r.observedAt, QDateTime(QDate(2024, 2, 3), QTime(12, 20, 11), QTimeZone::utc()));
}

TEST(ProfileMapper, ProfileMappingWinsOverTheCatalogue)
{
    AnalyzerProfile p = chemistry();
    p.codeMappings = {CodeMapping{u"GLUC3"_s, u"GLY"_s, 1.0}, CodeMapping{u"413"_s, u"PROT"_s, 1.0}};
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"GLUC3"_s, u"1"_s)).analysisCode, u"GLY"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"413"_s, u"1"_s)).analysisCode, u"PROT"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"K"_s, u"1"_s)).analysisCode, u"K"_s);

    ProfileMapper mapper(p, kCatalogue);
    EXPECT_EQ(mapper.testCodeFor(u"GLY"_s), u"GLUC3"_s);
    EXPECT_EQ(mapper.testCodeFor(u"PROT"_s), u"413"_s);
    EXPECT_EQ(mapper.testCodeFor(u"CREA"_s), u"CREP2"_s);
    EXPECT_EQ(mapper.testCodeFor(u"NOPE"_s), QString());
    EXPECT_EQ(mapper.profile().name, u"test-chem"_s);
}

TEST(ProfileMapper, ReverseLookupIsDeterministicAndProfileFirst)
{
    // Two catalogue codes for one analysis: the smallest wins whatever the hash order.
    ProfileMapper cat(chemistry(), {{u"B"_s, u"X"_s}, {u"A"_s, u"X"_s}, {u"C"_s, u"X"_s}});
    EXPECT_EQ(cat.testCodeFor(u"X"_s), u"A"_s);
    AnalyzerProfile p = chemistry();
    p.codeMappings = {CodeMapping{u"Z"_s, u"X"_s, 1.0}, CodeMapping{u"Y"_s, u"X"_s, 1.0}};
    ProfileMapper withProfile(p, {{u"A"_s, u"X"_s}});
    EXPECT_EQ(withProfile.testCodeFor(u"X"_s), u"Z"_s);   // first profile mapping
}

TEST(ProfileMapper, UnmappedTestIsHeldWithItsPlace)
{
    const MappedResult r = mapOne(chemistry(), astmResult(u"S1"_s, u"999"_s, u"12"_s, 7));
    EXPECT_EQ(r.disposition, Disposition::Held);
    ASSERT_TRUE(r.hold.has_value());
    EXPECT_EQ(r.hold->code, errc::AnalyzerUnmappedTest);
    EXPECT_EQ(r.hold->location, u"message 1, R 7"_s);
    EXPECT_TRUE(r.hold->message.contains(u"999"_s));
    EXPECT_TRUE(r.analysisCode.isEmpty());
    EXPECT_EQ(r.valueText, u"12"_s);   // still read, for the held screen
}

TEST(ProfileMapper, IdentityMappingForGenericProfiles)
{
    AnalyzerProfile p = chemistry();
    p.identityMapping = true;
    const MappedResult r = mapOne(p, astmResult(u"S1"_s, u"NA"_s, u"140"_s), {});
    EXPECT_EQ(r.disposition, Disposition::Store);
    EXPECT_EQ(r.analysisCode, u"NA"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S1"_s, u"GLUC3"_s, u"1"_s)).analysisCode, u"GLU"_s);  // explicit mapping first
    ProfileMapper mapper(p, {});
    EXPECT_EQ(mapper.testCodeFor(u"NA"_s), u"NA"_s);
    // An empty code is never mapped to itself.
    const MappedResult empty = mapOne(p, astmResult(u"S1"_s, QString(), u"1"_s), {});
    EXPECT_EQ(empty.disposition, Disposition::Held);
    EXPECT_EQ(empty.hold->code, errc::AnalyzerUnmappedTest);
}

TEST(ProfileMapper, NoSpecimenIdIsHeld)
{
    const MappedResult r = mapOne(chemistry(), astmResult(u"   "_s, u"K"_s, u"4.1"_s, 5));
    EXPECT_EQ(r.disposition, Disposition::Held);
    ASSERT_TRUE(r.hold.has_value());
    EXPECT_EQ(r.hold->code, errc::AnalyzerNoSpecimenId);
    EXPECT_EQ(r.hold->location, u"message 1, R 5"_s);
    EXPECT_TRUE(r.hold->message.contains(u"O-3.1"_s));
}

TEST(ProfileMapper, IncompleteOrMalformedMessageHoldsEveryResult)
{
    ProfileMapper mapper(chemistry(), kCatalogue);
    AnalyzerMessage cut = astmMessage({astmResult(u"S1"_s, u"K"_s, u"4"_s, 3), astmResult(u"S1"_s, u"GLUC3"_s, u"5"_s, 4)});
    cut.complete = false;
    const MappedMessage a = mapper.map(cut);
    ASSERT_EQ(a.results.size(), 2);
    for (const MappedResult &r : a.results) {
        EXPECT_EQ(r.disposition, Disposition::Held);
        EXPECT_EQ(r.hold->code, errc::AnalyzerIncompleteMessage);
    }
    EXPECT_EQ(a.results.at(1).hold->location, u"message 1, R 4"_s);

    AnalyzerMessage bad = astmMessage({astmResult(u"S1"_s, u"K"_s, u"4"_s)});
    bad.problems = {Error{u"astm.bad_field"_s, u"champ illisible"_s, u"record 4"_s}};
    const MappedMessage b = mapper.map(bad);
    ASSERT_EQ(b.results.size(), 1);
    EXPECT_EQ(b.results.at(0).disposition, Disposition::Held);
    EXPECT_EQ(b.results.at(0).hold->code, errc::AnalyzerMalformedMessage);
    EXPECT_TRUE(b.results.at(0).hold->message.contains(u"champ illisible"_s));
    EXPECT_EQ(b.raw.problems.size(), 1);
}

TEST(ProfileMapper, ValueRules)
{
    const auto value = [](const QString &sent, double factor = 1.0) {
        AnalyzerProfile p = chemistry();
        p.codeMappings = {CodeMapping{u"K"_s, u"K"_s, factor}};
        return mapOne(p, astmResult(u"S"_s, u"K"_s, sent)).valueText;
    };
    EXPECT_EQ(value(u">500"_s), u">500"_s);
    EXPECT_EQ(value(u"< 1.20"_s), u"<1.20"_s);
    EXPECT_EQ(value(u"<= 0,05"_s), u"<=0.05"_s);
    EXPECT_EQ(value(u"  5.5"_s), u"5.5"_s);          // Sysmex XP right-aligned
    EXPECT_EQ(value(u"5,9"_s), u"5.9"_s);            // decimal comma
    EXPECT_EQ(value(u"173."_s), u"173"_s);           // Immulite trailing dot
    EXPECT_EQ(value(u"+2"_s), u"2"_s);
    EXPECT_EQ(value(u"-9999900 - "_s), u"-9999900 -"_s);   // not a number: trimmed text
    EXPECT_EQ(value(u"Target not detected"_s), u"Target not detected"_s);  // never squeezed
    EXPECT_EQ(value(u"1 2"_s), u"12"_s);
    EXPECT_EQ(value(QString()), QString());
    // Unit factor on plain numbers and on the bound of a censored one, never on text.
    EXPECT_EQ(value(u"5.4"_s, 0.0555), u"0.2997"_s);
    EXPECT_EQ(value(u"0,1"_s, 3.0), u"0.3"_s);
    EXPECT_EQ(value(u">500"_s, 10.0), u">5000"_s);
    EXPECT_EQ(value(u"POS"_s, 10.0), u"POS"_s);
    EXPECT_EQ(value(u"-0"_s, 2.0), u"0"_s);
}

TEST(ProfileMapper, ValueComponentAndDilution)
{
    AnalyzerProfile p = chemistry();
    p.testCode = FieldRef{MessageField::TestId, 4, 1};
    p.values.dilution = FieldRef{MessageField::TestId, 4, 2};
    p.codeMappings = {CodeMapping{u"8"_s, u"TSH"_s, 1.0}};
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/1/not"_s, u"1.95"_s)).valueText, u"1.95"_s);
    const MappedResult diluted = mapOne(p, astmResult(u"S"_s, u"8/10/not"_s, u"1.95"_s));
    EXPECT_EQ(diluted.testCode, u"8"_s);
    EXPECT_EQ(diluted.analysisCode, u"TSH"_s);
    EXPECT_EQ(diluted.valueText, u"19.5"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/abc/not"_s, u"1.95"_s)).valueText, u"1.95"_s);  // unreadable: ignored
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/0/not"_s, u"1.95"_s)).valueText, u"1.95"_s);    // zero: ignored
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8//"_s, u"1.95"_s)).valueText, u"1.95"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/2/not"_s, u"NEG"_s)).valueText, u"NEG"_s);

    p.values.dilution.reset();
    p.values.valueComponent = 2;
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/1/not"_s, u"-1^0.282"_s)).valueText, u"0.282"_s);
    p.values.valueComponent = 3;
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/1/not"_s, u"-1^0.282"_s)).valueText, QString());
}

TEST(ProfileMapper, MappingValueComponentOverridesTheProfiles)
{
    AnalyzerProfile p = chemistry();
    p.testCode = FieldRef{MessageField::TestId, 4, 1};
    p.codeMappings = {CodeMapping{u"5"_s, u"AGHBS"_s, 1.0, 2}, CodeMapping{u"8"_s, u"TSH"_s, 1.0}};
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"5/1/not"_s, u"-1^0.282"_s)).valueText, u"0.282"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"8/1/not"_s, u"1.95"_s)).valueText, u"1.95"_s);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"5/1/not"_s, u"1"_s)).valueText, QString());   // component absent
}

TEST(ProfileMapper, FlagMappingsToHl70078)
{
    AnalyzerProfile p = chemistry();
    p.flagMappings = {FlagMapping{u"N"_s, QString()}, FlagMapping{u"W"_s, QString()}, FlagMapping{u"H"_s, u"H"_s},
                      FlagMapping{u"EXP"_s, QString()}, FlagMapping{u"<"_s, u"<"_s}, FlagMapping{u"LL"_s, u"LL"_s}};
    const auto flagOf = [&](QStringList flags) {
        AnalyzerResult r = astmResult(u"S"_s, u"K"_s, u"1"_s);
        r.flags = std::move(flags);
        return mapOne(p, r);
    };
    EXPECT_EQ(flagOf({u"H"_s}).abnormalFlag, u"H"_s);
    EXPECT_EQ(flagOf({u"EXP"_s, u"<"_s}).abnormalFlag, u"<"_s);   // first flag that names a 0078 code
    EXPECT_FALSE(flagOf({u"N"_s}).abnormalFlag.has_value());       // informative only
    EXPECT_FALSE(flagOf({u"h"_s}).abnormalFlag.has_value());       // case-sensitive
    EXPECT_FALSE(flagOf({u"ZZ"_s}).abnormalFlag.has_value());      // unknown: kept as sent only
    EXPECT_EQ(flagOf({u"ZZ"_s, u"LL"_s}).instrumentFlags, (QStringList{u"ZZ"_s, u"LL"_s}));
    EXPECT_EQ(flagOf({u"ZZ"_s, u"LL"_s}).abnormalFlag, u"LL"_s);
}

TEST(ProfileMapper, QcByMessageIndicationOrIdPattern)
{
    AnalyzerProfile p = chemistry();
    AnalyzerResult byMessage = astmResult(u"QC-82151403"_s, u"K"_s, u"4"_s);
    byMessage.sampleKind = SampleKind::QualityControl;
    EXPECT_EQ(mapOne(p, byMessage).disposition, Disposition::Qc);
    EXPECT_EQ(mapOne(p, byMessage).sampleKind, SampleKind::QualityControl);

    p.qc.trustMessage = false;
    EXPECT_EQ(mapOne(p, byMessage).disposition, Disposition::Store);
    EXPECT_EQ(mapOne(p, byMessage).sampleKind, SampleKind::Patient);

    p.qc.specimenIdPattern = u"CONTROLE"_s;
    const MappedResult byId = mapOne(p, astmResult(u"BMM 371 CONTROLE"_s, u"999"_s, u"28.6"_s));
    EXPECT_EQ(byId.disposition, Disposition::Qc);   // QC wins over unmapped: never held on a dossier
    EXPECT_EQ(byId.sampleKind, SampleKind::QualityControl);
    EXPECT_EQ(mapOne(p, astmResult(u"240101"_s, u"K"_s, u"4"_s)).disposition, Disposition::Store);

    p.qc.specimenIdPattern = u"([a-"_s;   // invalid: validate() refuses it; the mapper ignores it
    EXPECT_EQ(mapOne(p, astmResult(u"CONTROLE"_s, u"K"_s, u"4"_s)).disposition, Disposition::Store);

    AnalyzerProfile trusting = chemistry();
    AnalyzerResult calibrator = astmResult(u"CAL1"_s, u"K"_s, u"4"_s);
    calibrator.sampleKind = SampleKind::Calibrator;
    EXPECT_EQ(mapOne(trusting, calibrator).disposition, Disposition::Qc);
    EXPECT_EQ(mapOne(trusting, calibrator).sampleKind, SampleKind::Calibrator);
}

TEST(ProfileMapper, IgnoredCodesAndResultKinds)
{
    AnalyzerProfile p = chemistry();
    p.ignoredTestCodes = {u"Probe*"_s, u"SAC"_s};
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"ProbeA Ct"_s, u"0"_s)).disposition, Disposition::Ignored);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"SAC"_s, u"0"_s)).disposition, Disposition::Ignored);
    EXPECT_EQ(mapOne(p, astmResult(u"S"_s, u"SACX"_s, u"0"_s)).disposition, Disposition::Held);
    EXPECT_FALSE(mapOne(p, astmResult(u"S"_s, u"SAC"_s, u"0"_s)).hold.has_value());

    p.resultKind = FieldRef{MessageField::TestId, 11, 0};
    p.resultKinds = {u"F"_s};
    const auto kindResult = [](const QString &kind) {
        AnalyzerResult r = astmResult(u"SID13"_s, u"K"_s, u"1"_s);
        r.testIdComponents = {QString(), QString(), QString(), u"K"_s, QString(), QString(), QString(), QString(),
                              QString(), QString(), kind};
        return r;
    };
    EXPECT_EQ(mapOne(p, kindResult(u"F"_s)).disposition, Disposition::Store);
    EXPECT_EQ(mapOne(p, kindResult(u"I"_s)).disposition, Disposition::Ignored);
    EXPECT_EQ(mapOne(p, kindResult(u"P"_s)).disposition, Disposition::Ignored);
    EXPECT_EQ(mapOne(p, kindResult(QString())).disposition, Disposition::Ignored);
}

TEST(ProfileMapper, ProfileFieldReferencesChooseTheIds)
{
    AnalyzerProfile p = chemistry();
    p.specimenId = FieldRef{MessageField::InstrumentSpecimen, 3, 0};
    p.testCode = FieldRef{MessageField::TestId, 5, 0};
    p.codeMappings = {CodeMapping{u"WBC"_s, u"GB"_s, 1.0}};
    AnalyzerResult r = astmResult(QString(), QString(), u"7.12"_s);
    r.instrumentSpecimenIdComponents = {QString(), QString(), u"                    27"_s, u"M"_s};
    r.testIdComponents = {QString(), QString(), QString(), QString(), u"WBC"_s, u"1"_s};
    const MappedResult m = mapOne(p, r);
    EXPECT_EQ(m.specimenId, u"27"_s);
    EXPECT_EQ(m.testCode, u"WBC"_s);
    EXPECT_EQ(m.analysisCode, u"GB"_s);
    EXPECT_EQ(m.disposition, Disposition::Store);
}

TEST(ProfileMapper, ObservedAtFormats)
{
    ProfileMapper mapper(chemistry(), {});
    mapper.setLabTimeZone(kParis);
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    EXPECT_EQ(mapper.parseTime(u"20230803131713"_s), utc(2023, 8, 3, 11, 17, 13));   // summer: UTC+2
    EXPECT_EQ(mapper.parseTime(u"202308031317"_s), utc(2023, 8, 3, 11, 17, 0));
    EXPECT_EQ(mapper.parseTime(u"20230803"_s), utc(2023, 8, 2, 22, 0, 0));
    EXPECT_EQ(mapper.parseTime(u"20160804220502.3210+0100"_s), utc(2016, 8, 4, 21, 5, 2, 321));
    EXPECT_EQ(mapper.parseTime(u"20220614123000+0900"_s), utc(2022, 6, 14, 3, 30, 0));
    EXPECT_EQ(mapper.parseTime(u"20220614123000-0330"_s), utc(2022, 6, 14, 16, 0, 0));
    for (const QString &bad : {QString(), u"2023"_s, u"202308"_s, u"20231303"_s, u"20230230"_s, u"20230803256000"_s,
                               u"2023-08-03"_s, u"20230803131713+2500"_s, u"x20230803"_s}) {
        EXPECT_FALSE(mapper.parseTime(bad).isValid()) << bad.toStdString();
    }
    ProfileMapper utcLab(chemistry(), {});
    utcLab.setLabTimeZone(QTimeZone::utc());
    EXPECT_EQ(utcLab.parseTime(u"20230803131713"_s), utc(2023, 8, 3, 13, 17, 13));

    AnalyzerResult r = astmResult(u"S"_s, u"K"_s, u"4"_s);
    r.observedAt = u"garbage"_s;
    EXPECT_FALSE(mapOne(chemistry(), r).observedAt.isValid());
}

TEST(ProfileMapper, OneMappedResultPerRawResultAndQueries)
{
    AnalyzerProfile p = chemistry();
    ProfileMapper mapper(p, kCatalogue);
    AnalyzerMessage m = astmMessage({astmResult(u"A"_s, u"K"_s, u"1"_s, 4), astmResult(u"B"_s, u"X"_s, u"2"_s, 5),
                                     astmResult(QString(), u"K"_s, u"3"_s, 6)});
    AnalyzerQuery q;
    q.specimenId = u" 0000000387 "_s;
    q.rawSpecimenComponents = {QString(), QString(), u"0000000387"_s, u"587"_s};
    m.queries = {q};
    const MappedMessage out = mapper.map(m);
    ASSERT_EQ(out.results.size(), 3);
    EXPECT_EQ(out.results.at(0).specimenId, u"A"_s);
    EXPECT_EQ(out.results.at(1).specimenId, u"B"_s);
    EXPECT_EQ(out.results.at(2).raw.valueComponents, QStringList{u"3"_s});
    EXPECT_EQ(out.raw.results.size(), 3);
    ASSERT_EQ(out.queries.size(), 1);
    EXPECT_EQ(out.queries.at(0).specimenId, u"0000000387"_s);

    p.querySpecimenComponent = 4;
    EXPECT_EQ(ProfileMapper(p, {}).map(m).queries.at(0).specimenId, u"587"_s);
    p.querySpecimenComponent = 9;
    EXPECT_EQ(ProfileMapper(p, {}).map(m).queries.at(0).specimenId, QString());   // unusable: answered "no order"
}
