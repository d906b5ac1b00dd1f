// Every capture of shared/analyzer-traces/astm replayed through the live receiving path, with
// the expected content written from reading the trace files themselves (SOURCES.md explains
// each quirk). Test ids: R-3 as sent; values: R-4 as sent, escapes decoded.
#include "TraceFiles.h"

#include "interop/astm/ControlCharacters.h"
#include "interop/astm/ErrorCodes.h"
#include "interop/astm/ReplayDecoder.h"
#include "interop/astm/ResultExtractor.h"

#include <QDir>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace sgl::interop::astm;
using sgl::domain::analyzer::AnalyzerMessage;
using sgl::domain::analyzer::SampleKind;

namespace {

struct ResultCheck {
    const char *specimen;
    const char *testId;
    const char *value;
};

struct TraceCase {
    const char *file;
    FrameNumberPolicy policy;
    std::vector<std::string> shapes; // one per message
    int results;                     // over all messages
    ResultCheck first;
    ResultCheck last;
};

std::string rep(const char *unit, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += unit;
    return s;
}

const std::vector<TraceCase> &cases()
{
    using P = FrameNumberPolicy;
    static const std::vector<TraceCase> all = {
        {"abbott-afinion2-astm-1.astm", P::Strict, {"HPORL"}, 1, {"", "^^^HbA1c", "5.9"}, {"", "^^^HbA1c", "5.9"}},
        {"abbott-architect-astm-1.astm", P::Strict, {"HPORCRRL"}, 3,
         {"SID13", "^^^0021^B-hCG^UNDILUTED^P^47331M100^00788^^F", "< 1.20"},
         {"SID13", "^^^0021^B-hCG^UNDILUTED^P^47331M100^00788^^P", "9245"}},
        {"abbott-m2000-astm-1.astm", P::Strict, {"HPORRRL"}, 3,
         {"DBS23-02212", "^^^HIV1mlDBS^HIV1.0mlDBS^531516^10003166^^F", "Not detected"},
         {"DBS23-02212", "^^^HIV1mlDBS^HIV1.0mlDBS^531516^10003166^^P", "-1.00"}},
        {"abbott-m2000-astm-2.astm", P::Strict, {"HPORRRL"}, 3,
         {"DB&23-33E22", "^^^HIV1mlDBS^HIV1.0mlDBS^381303^10003187^^F", "Not detected"},
         {"DB&23-33E22", "^^^HIV1mlDBS^HIV1.0mlDBS^381303^10003187^^P", "-1.00"}},
        {"biorad-ih1000-astm-1.astm", P::Strict, {"HPORCRCRCRCL"}, 4,
         {"1122206642", "^^^AntiA^MO10^Bloodgroup: A,B,D Confirmation for Patients (DiaClon) (5005)^", "40^^"},
         {"1122206642", "^^^Result^MO10^Bloodgroup: A,B,D Confirmation for Patients (DiaClon) (5005)^",
          "A^NEG^NEG^ccee^K-^NEG^^^"}},
        {"cepheid-genexpert-astm-1.astm", P::Strict,
         {"HPORC" + rep("R", 19) + "C" + rep("R", 19) + "C" + rep("R", 45) + "L"}, 84,
         {"PR25A137", "^MTB-RIF^^Xpert^Xpert MTB-RIF Ultra^4^MTB^", "NOT DETECTED^"},
         {"PR25A137", "^MTB-RIF^^RIF^^^IS1081-IS6110^EndPt", "^3.0"}},
        {"erba-em200-astm-1.astm", P::Strict, {"HPORCL", "HPORCL"}, 2,
         {"Test Dummy", "^^^GLU", "115.5"}, {"Test Dummy1", "^^^CRE", "0.75"}},
        {"erba-em200-astm-2.astm", P::Strict, {"HQL"}, 0, {}, {}},
        {"euroimmun-analyzer1-astm-1.astm", P::Strict, {"H" + rep("POR", 20) + "L"}, 20,
         {"", "^^^SARSCOV2IGA", ">8"}, {"", "^^^SARSCOV2IGA", "5,64"}},
        {"hologic-panther-astm-1.astm", P::Strict, {"HPO" + rep("R", 7) + "L"}, 7,
         {"CS23-22443", "^^^HPV^ICRLU^^1", "181107"}, {"CS23-22443", "^^^HPV^IC Cutoff^^1", ""}},
        {"horiba-pentraxlr-astm-1.astm", P::Strict, {"HPORCC" + rep("R", 18) + "CRRL"}, 21,
         {"AUTO_SID1", "^^^WBC^804-5^1", "8.5"}, {"AUTO_SID1", "^^^RDWSD^2100-5^1", "43"}},
        {"horiba-yumizenh500-astm-1.astm", P::Lenient, {"HPOCCMMMM" + rep("R", 21) + "L"}, 21,
         {"PX440N", "^^^MCV^787-2", "90.6"}, {"PX440N", "^^^EOS%^713-8", "5.0"}},
        {"horiba-yumizenh500-astm-2.astm", P::Lenient, {"HPOMMMM" + rep("R", 20) + "L"}, 20,
         {"AUTO_SID0023", "^^^NEU#^751-8", "0.78"}, {"AUTO_SID0023", "^^^EOS%^713-8", "2.8"}},
        {"horiba-yumizenh550-astm-1.astm", P::Strict, {"HPOMMM" + rep("R", 20) + "L"}, 20,
         {"PX449L", "^^^MCV^787-2", "78.4"}, {"PX449L", "^^^EOS%^713-8", "8.4"}},
        {"immucor-galileo-astm-1.astm", P::Strict, {"HPO" + rep("R", 9) + "O" + rep("R", 5) + "L"}, 14,
         {"0651439A", "^^^Rh Ctrl", "0^0^0"}, {"0651439A", "^^^Screen Interp", "Pos"}},
        {"immucor-galileo-astm-2.astm", P::Strict, {"HPOCL"}, 0, {}, {}},
        {"immucor-rvt-astm-1.astm", P::Strict, {"HQQQQQL"}, 0, {}, {}},
        {"ortho-vision-astm-1.astm", P::Strict, {"HPORMMMRMML"}, 2, {"SID101", "ABO", "A"}, {"SID101", "Rh", "NEG"}},
        {"ortho-vision-astm-2.astm", P::Strict, {"HPORRL"}, 2, {"SID305", "ABO", "B"}, {"SID305", "Rh", "POS"}},
        {"phadia-prime-astm-1.astm", P::Strict, {"HPORCORCORCL"}, 3,
         {"B7650020", "^^^t2^sIgE^1", "9.34^^^^"}, {"B7650020", "^^^a-IgE^tIgE^1", "199^^^^"}},
        {"roche-cobasc111-astm-1.astm", P::Strict, {"HPORCML"}, 1, {"", "^^^413", "40.13"}, {"", "^^^413", "40.13"}},
        {"roche-cobasc111-astm-2.astm", P::Strict, {"HPORCM"}, 1, {"", "^^^687", "28.6"}, {"", "^^^687", "28.6"}},
        {"roche-cobasc311-astm-1.astm", P::Strict, {"HPO" + rep("RC", 7) + "L"}, 7,
         {"11625", "^^^685/", "22.4"}, {"11625", "^^^690/", "34"}},
        {"roche-cobasc311-astm-2.astm", P::Strict, {"HPO" + rep("RC", 9) + "L"}, 9,
         {"3635", "^^^413/", "33.6"}, {"3635", "^^^690/", "78"}},
        {"roche-cobase411-astm-1.astm", P::Strict, {"HPORL"}, 1,
         {"000009680", "^^^1/1/not", "223.1"}, {"000009680", "^^^1/1/not", "223.1"}},
        {"roche-cobase411-astm-2.astm", P::Strict, {"HPO" + rep("R", 6) + "CRL"}, 7,
         {"000002327", "^^^8/1/not", "1.95"}, {"000002327", "^^^1/1/not", "141.3"}},
        {"roche-cobase411-astm-3.astm", P::Strict, {"HQL"}, 0, {}, {}},
        {"roche-cobase411-astm-4.astm", P::Strict, {"HQL"}, 0, {}, {}},
        {"siemens-dcavantage-astm-1.astm", P::Strict, {"HPORCRCRL"}, 3, {"", "^^^Alb", "63.7"}, {"", "^^^Ratio", "27.6"}},
        {"siemens-immulite-astm-1.astm", P::Strict, {"HPORORPORPORPOROROR" "PORPORL"}, 9,
         {"130000445", "^^^TT4", "10.3"}, {"130000790", "^^^IGE", "517."}},
        {"stago-stasatellitemax-astm-1.astm", P::Strict,
         {"HPORCCMORCCMORCMORCCMORCCMORCML"}, 6,
         {"000004782", "^^^SPT^F^64", "14.02"}, {"000004782", "^^^SAPTT^F^64", "32.47"}},
        {"sysmex-xn550-astm-1.astm", P::Strict, {"HPCOC" + rep("R", 41) + "CL"}, 41,
         {"", "^^^^WBC^1", "8.13"}, {"", "^^^^DIST_PLT", "PNG\\20240628\\2024_06_27_13_54_27_PLT.PNG"}},
        {"sysmex-xn550-astm-2.astm", P::Strict, {"HPCOC" + rep("R", 32) + "CL"}, 32,
         {"", "^^^^WBC^1", "16.74"}, {"", "^^^^DIST_PLT", "PNG\\20181106\\2018_11_06_09_35_QC-82151403_PLT.PNG"}},
        {"sysmex-xp100-astm-1.astm", P::Strict, {"HPO" + rep("R", 20) + "L"}, 20,
         {"", "^^^^WBC^1", "  5.5"}, {"", "^^^^PCT^1", " 0.17"}},
    };
    return all;
}

struct Replayed {
    ReplayResult replay;
    std::vector<AnalyzerMessage> extracted;
};

Replayed replayWith(const QByteArray &bytes, FrameNumberPolicy policy)
{
    LinkOptions options;
    options.frameNumbers = policy;
    auto result = ReplayDecoder::replay(bytes, options);
    EXPECT_TRUE(result.has_value());
    Replayed out{result ? *result : ReplayResult{}, {}};
    for (const Message &m : out.replay.messages)
        out.extracted.push_back(ResultExtractor::extract(m));
    return out;
}

int countOf(const QList<LinkEvent> &events, QLatin1StringView code)
{
    int n = 0;
    for (const LinkEvent &e : events)
        n += e.code == code ? 1 : 0;
    return n;
}

void expectResult(const sgl::domain::analyzer::AnalyzerResult &r, const ResultCheck &c, const char *which)
{
    SCOPED_TRACE(which);
    EXPECT_EQ(r.specimenId.toStdString(), c.specimen);
    EXPECT_EQ(r.testIdComponents.join(u'^').toStdString(), c.testId);
    EXPECT_EQ(r.value.toStdString(), c.value);
}

class AstmTrace : public ::testing::TestWithParam<TraceCase> {};

} // namespace

TEST_P(AstmTrace, ReadToTheEndWithItsResults)
{
    const TraceCase &tc = GetParam();
    SGL_REQUIRE_TRACE(bytes, "astm", tc.file);
    const Replayed r = replayWith(bytes, tc.policy);
    ASSERT_EQ(r.replay.messages.size(), static_cast<qsizetype>(tc.shapes.size()));
    int results = 0;
    for (size_t i = 0; i < tc.shapes.size(); ++i) {
        const Message &m = r.replay.messages.at(static_cast<qsizetype>(i));
        EXPECT_EQ(m.shape().toStdString(), tc.shapes[i]) << "message " << i + 1;
        EXPECT_TRUE(m.errors.isEmpty()) << m.errors.first().code.toStdString();
        results += static_cast<int>(r.extracted[i].results.size());
    }
    EXPECT_EQ(results, tc.results);
    EXPECT_TRUE(r.replay.problems.isEmpty());
    if (tc.results > 0) {
        expectResult(r.extracted.front().results.first(), tc.first, "first result");
        expectResult(r.extracted.back().results.last(), tc.last, "last result");
    }
    // A framed capture whose checksums are all valid is never NAKed (Yumizen: lenient FN).
    EXPECT_FALSE(r.replay.replies.contains(ctl::NAK));
}

INSTANTIATE_TEST_SUITE_P(AllAstmTraces, AstmTrace, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<TraceCase> &info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.find('.'));
                             for (char &c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

TEST(AstmTraces, EveryFileOfTheFolderHasItsCase)
{
    const QDir dir(sgl::tests::astm::tracesDir() + QStringLiteral("/astm"));
    if (!dir.exists())
        GTEST_SKIP() << "dossier absent (../shared non disponible) : " << dir.path().toStdString();
    std::set<std::string> known;
    for (const TraceCase &tc : cases())
        known.insert(tc.file);
    const QStringList files = dir.entryList({QStringLiteral("*.astm")}, QDir::Files, QDir::Name);
    EXPECT_EQ(files.size(), 34);
    for (const QString &f : files)
        EXPECT_TRUE(known.count(f.toStdString())) << "trace sans cas de test : " << f.toStdString();
}

TEST(AstmTraces, CepheidDeclaresItsOwnDelimiters)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "cepheid-genexpert-astm-1.astm");
    const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
    ASSERT_EQ(r.replay.messages.size(), 1);
    const Delimiters &d = r.replay.messages.first().delimiters;
    EXPECT_EQ(d.field, u'|');
    EXPECT_EQ(d.repeat, u'@');
    EXPECT_EQ(d.component, u'^');
    EXPECT_EQ(d.escape, u'\\');
    EXPECT_EQ(r.extracted[0].senderName, QStringLiteral(".806149 Happy Hospital"));
    EXPECT_EQ(r.extracted[0].results.first().testCode, QStringLiteral("Xpert"));
}

TEST(AstmTraces, ErbaBacktickRepeatSplitsTheQueryInTwoTubes)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "erba-em200-astm-2.astm");
    const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
    ASSERT_EQ(r.extracted.size(), 1u);
    const auto &q = r.extracted[0].queries;
    ASSERT_EQ(q.size(), 2);
    EXPECT_EQ(q[0].specimenId, QStringLiteral("0000000406"));
    EXPECT_EQ(q[1].specimenId, QStringLiteral("00001001"));
    EXPECT_EQ(q[0].requestStatus, QStringLiteral("O"));
    EXPECT_EQ(r.replay.messages.first().delimiters.repeat, u'`');
    // The two ACK bytes logged before the frame are not the instrument's: ignored as stray.
    EXPECT_EQ(countOf(r.replay.linkEvents, errc::StrayBytes), 2);
}

TEST(AstmTraces, ImmucorQueriesAndRocheRackLayout)
{
    {
        SGL_REQUIRE_TRACE(bytes, "astm", "immucor-rvt-astm-1.astm");
        const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
        const auto &q = r.extracted.at(0).queries;
        ASSERT_EQ(q.size(), 5);
        EXPECT_EQ(q.first().specimenId, QStringLiteral("VALI200301"));
        EXPECT_EQ(q.last().specimenId, QStringLiteral("VALI200305"));
        EXPECT_EQ(q.first().testCodes, QStringList{QStringLiteral("ALL")});
    }
    {
        SGL_REQUIRE_TRACE(bytes, "astm", "roche-cobase411-astm-4.astm");
        const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
        const auto &q = r.extracted.at(0).queries;
        ASSERT_EQ(q.size(), 1);
        EXPECT_EQ(q.first().rawSpecimenComponents.value(2), QStringLiteral("@192"));
        EXPECT_EQ(q.first().requestStatus, QStringLiteral("A"));
        // EF BF BD between the frame and EOT: skipped, counted, the link goes on.
        ASSERT_EQ(countOf(r.replay.linkEvents, errc::StrayBytes), 2); // the leading ACK, then 3 bytes
        EXPECT_TRUE(r.replay.linkEvents.last().code == errc::TransferEnded);
    }
}

TEST(AstmTraces, RocheE411RecordCutByEtbInTheMiddleOfAFieldIsJoined)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "roche-cobase411-astm-2.astm");
    const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
    const auto &results = r.extracted.at(0).results;
    ASSERT_EQ(results.size(), 7);
    EXPECT_EQ(results[1].testIdComponents.join(u'^'), QStringLiteral("^^^7/1/not"));
    EXPECT_EQ(results[1].value, QStringLiteral("9.61"));
    EXPECT_EQ(results[3].valueComponents, (QStringList{QStringLiteral("-1"), QStringLiteral("0.282")}));
    EXPECT_EQ(results[5].flags, QStringList{QStringLiteral("LL")});
    EXPECT_EQ(results[5].comments, QStringList{QStringLiteral("27")});
}

TEST(AstmTraces, CobasC111WithoutLRecordIsAcceptedWithAWarning)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "roche-cobasc111-astm-2.astm");
    const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
    const Message &m = r.replay.messages.at(0);
    EXPECT_FALSE(m.terminated);
    EXPECT_FALSE(m.aborted);
    ASSERT_EQ(m.warnings.size(), 1);
    EXPECT_EQ(m.warnings.first().code, errc::MissingTerminator);
    EXPECT_EQ(m.warnings.first().location, QStringLiteral("message 1, record 6"));
    EXPECT_FALSE(r.extracted[0].complete);
    EXPECT_EQ(r.extracted[0].results.first().instrumentSpecimenId, QStringLiteral("BMM 371 CONTROLE^^3"));
}

TEST(AstmTraces, YumizenOutOfSequenceFramesAreRefusedWhenStrict)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "horiba-yumizenh500-astm-1.astm");
    const Replayed strict = replayWith(bytes, FrameNumberPolicy::Strict);
    // Frames 6 to 9 (FN 1,1,1,4 where 6 was due) are NAKed and never stored; frame 10 repeats
    // FN 5, the last accepted one, so E1381 takes it for a retransmission (ACKed, dropped);
    // frame 11 carries FN 6, the expected one, and the sequence resumes.
    EXPECT_EQ(countOf(strict.replay.linkEvents, errc::BadFrameNumber), 4);
    EXPECT_EQ(countOf(strict.replay.linkEvents, errc::DuplicateFrameDiffers), 1);
    EXPECT_EQ(strict.replay.replies.count(ctl::NAK), 4);
    ASSERT_EQ(strict.replay.messages.size(), 1);
    EXPECT_EQ(strict.replay.messages.first().shape().toStdString(), "HPOCC" + rep("R", 20) + "L");
    EXPECT_EQ(strict.extracted[0].results.first().testIdComponents.join(u'^'), QStringLiteral("^^^NEU#^751-8"));

    const Replayed lenient = replayWith(bytes, FrameNumberPolicy::Lenient);
    EXPECT_EQ(countOf(lenient.replay.linkEvents, errc::FrameOutOfSequence), 4);
    const auto &first = lenient.extracted[0].results.first();
    EXPECT_EQ(first.sampleKind, SampleKind::QualityControl);
    EXPECT_EQ(first.sampleKindIndicator, QStringLiteral("H-12=Q"));
    EXPECT_EQ(first.referenceRange, QStringLiteral("84.0 - 94.0^REFERENCE_RANGE"));
    EXPECT_EQ(first.operatorId, QStringLiteral("MATYL^^USER"));
}

TEST(AstmTraces, SysmexRepeatedFrameNumberIsARetransmission)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "sysmex-xn550-astm-2.astm");
    const Replayed strict = replayWith(bytes, FrameNumberPolicy::Strict);
    EXPECT_EQ(countOf(strict.replay.linkEvents, errc::DuplicateFrameDiffers), 1);
    for (const auto &res : strict.extracted[0].results)
        EXPECT_NE(res.testIdComponents.join(u'^'), QStringLiteral("^^^^HGB_WDF"));
    const auto &first = strict.extracted[0].results.first();
    EXPECT_EQ(first.sampleKind, SampleKind::QualityControl);
    EXPECT_EQ(first.sampleKindIndicator, QStringLiteral("O-12=Q"));
    EXPECT_EQ(first.instrumentSpecimenId, QStringLiteral("1^1^           QC-82151403^B"));
    // Lenient keeps a same-number frame whose text differs: 33 results.
    const Replayed lenient = replayWith(bytes, FrameNumberPolicy::Lenient);
    EXPECT_EQ(lenient.extracted[0].results.size(), 33);
}

TEST(AstmTraces, ImmuliteHasNoEscapeCharacter)
{
    SGL_REQUIRE_TRACE(bytes, "astm", "siemens-immulite-astm-1.astm");
    const Replayed r = replayWith(bytes, FrameNumberPolicy::Strict);
    const Message &m = r.replay.messages.at(0);
    EXPECT_FALSE(m.delimiters.hasEscape);
    EXPECT_EQ(m.header()->field(4), QStringLiteral("PASSWORD"));
    const auto &first = r.extracted[0].results.first();
    EXPECT_EQ(first.referenceRange, QStringLiteral("4.5\\.4^12.5\\24"));
    EXPECT_EQ(first.patientId, QStringLiteral("119813;TGH"));
}
