// Every trace of shared/analyzer-traces read through the shipped profile of its instrument, as
// the gateway reads it (AnalyzerStreamDecoder: ASTM through ReplayDecoder + ResultExtractor, HL7
// through the parser and the LAW readers), then ProfileMapper with the profile's own code
// mappings only (no catalogue).
// Expected values were written from the trace files (SOURCES.md explains each quirk).
// SGL_DUMP_MAPPED=1 prints what each profile makes of its traces.
#include "TraceDecoding.h"
#include "TraceCase.h"

#include "domain/ErrorCodes.h"
#include "domain/analyzer/ProfileMapper.h"
#include "interop/analyzer/ShippedAnalyzerProfiles.h"

#include <QDir>

#include <gtest/gtest.h>

#include <iostream>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using namespace sgl::domain::analyzer;
using namespace sgl::tests::analyzer;

namespace {

using sgl::tests::analyzer::Counts;
using sgl::tests::analyzer::Spot;
using sgl::tests::analyzer::TraceCase;

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

// clang-format off
const std::vector<TraceCase> &cases()
{
    static const std::vector<TraceCase> all = {
#include "ProfileTraceCases.inc"
    };
    return all;
}
// clang-format on

QString pathOf(const TraceCase &c)
{
    const QString file = QString::fromLatin1(c.file);
    return tracesDir() + (file.endsWith(u".hl7"_s) ? u"/hl7/"_s : u"/astm/"_s) + file;
}

struct Mapped {
    QString decodeError;
    int messages = 0;
    QList<MappedResult> results;
    QList<MappedQuery> queries;
};

Mapped mapTrace(const TraceCase &c, const AnalyzerProfile &profile)
{
    Mapped out;
    const DecodedTrace decoded = decodeTrace(readTrace(pathOf(c)), profile);
    out.decodeError = decoded.error;
    ProfileMapper mapper(profile, {});
    mapper.setLabTimeZone(kParis);
    for (const AnalyzerMessage &m : decoded.messages) {
        ++out.messages;
        const MappedMessage mm = mapper.map(m);
        out.results << mm.results;
        out.queries << mm.queries;
    }
    return out;
}

const char *dispositionName(Disposition d)
{
    switch (d) {
    case Disposition::Store: return "store";
    case Disposition::Qc: return "qc";
    case Disposition::Ignored: return "ignored";
    case Disposition::Held: return "held";
    }
    return "?";
}

void dump(const TraceCase &c, const Mapped &m)
{
    std::cout << "=== " << c.file << " (" << c.profile << ") messages=" << m.messages << " error=" << m.decodeError.toStdString()
              << "\n";
    for (qsizetype i = 0; i < m.results.size(); ++i) {
        const MappedResult &r = m.results.at(i);
        std::cout << "  [" << i << "] " << dispositionName(r.disposition) << " spec=" << r.specimenId.toStdString()
                  << " test=" << r.testCode.toStdString() << " an=" << r.analysisCode.toStdString()
                  << " val=" << r.valueText.toStdString() << " flag=" << r.abnormalFlag.value_or(u"-"_s).toStdString()
                  << (r.hold ? " hold=" + r.hold->code.toStdString() : std::string()) << "\n";
    }
    for (const MappedQuery &q : m.queries)
        std::cout << "  Q " << q.specimenId.toStdString() << "\n";
}

class ProfileTraces : public ::testing::TestWithParam<TraceCase> {};

} // namespace

TEST_P(ProfileTraces, ProfileReadsItsTrace)
{
    const TraceCase &c = GetParam();
    if (!QFile::exists(pathOf(c)))
        GTEST_SKIP() << "trace absente (../shared non disponible) : " << pathOf(c).toStdString();
    const auto profile = sgl::interop::analyzer::shippedAnalyzerProfile(QString::fromLatin1(c.profile));
    ASSERT_TRUE(profile.has_value()) << profile.error().toString().toStdString();
    const Mapped m = mapTrace(c, *profile);
    if (!qEnvironmentVariableIsEmpty("SGL_DUMP_MAPPED"))
        dump(c, m);
    ASSERT_TRUE(m.decodeError.isEmpty()) << m.decodeError.toStdString();
    EXPECT_EQ(m.messages, c.messages);

    Counts got;
    std::vector<std::string> holds;
    for (const MappedResult &r : m.results) {
        ++got.results;
        switch (r.disposition) {
        case Disposition::Store: ++got.stored; break;
        case Disposition::Qc: ++got.qc; break;
        case Disposition::Ignored: ++got.ignored; break;
        case Disposition::Held: ++got.held; break;
        }
        EXPECT_EQ(r.hold.has_value(), r.disposition == Disposition::Held);
        if (r.hold) {
            holds.push_back(r.hold->code.toStdString());
            EXPECT_EQ(r.hold->location, r.raw.source.toString());
            EXPECT_FALSE(r.hold->message.isEmpty());
        }
        if (r.disposition == Disposition::Store) {
            // What goes to a dossier has an id, a catalogue code and a trimmed value.
            EXPECT_FALSE(r.specimenId.isEmpty());
            EXPECT_FALSE(r.analysisCode.isEmpty());
            EXPECT_EQ(r.valueText, r.valueText.trimmed());
        }
    }
    EXPECT_EQ(got.results, c.counts.results);
    EXPECT_EQ(got.stored, c.counts.stored);
    EXPECT_EQ(got.qc, c.counts.qc);
    EXPECT_EQ(got.ignored, c.counts.ignored);
    EXPECT_EQ(got.held, c.counts.held);
    EXPECT_EQ(holds, std::vector<std::string>(c.holds.begin(), c.holds.end()));

    for (const Spot &s : c.spots) {
        ASSERT_LT(s.index, m.results.size());
        const MappedResult &r = m.results.at(s.index);
        SCOPED_TRACE(std::string("result ") + std::to_string(s.index));
        EXPECT_EQ(r.specimenId, QString::fromUtf8(s.specimen));
        EXPECT_EQ(r.testCode, QString::fromUtf8(s.testCode));
        EXPECT_EQ(r.analysisCode, QString::fromUtf8(s.analysis));
        EXPECT_EQ(r.valueText, QString::fromUtf8(s.value));
        if (s.flag)
            EXPECT_EQ(r.abnormalFlag, std::optional<QString>(QString::fromUtf8(s.flag)));
        else
            EXPECT_FALSE(r.abnormalFlag.has_value()) << r.abnormalFlag->toStdString();
    }
    std::vector<std::string> queries;
    for (const MappedQuery &q : m.queries)
        queries.push_back(q.specimenId.toStdString());
    EXPECT_EQ(queries, std::vector<std::string>(c.queries.begin(), c.queries.end()));
}

INSTANTIATE_TEST_SUITE_P(Traces, ProfileTraces, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<TraceCase> &info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.find('.'));
                             for (char &ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             }
                             return name;
                         });

TEST(ProfileTracesCoverage, EveryTraceOfTheFolderHasACase)
{
    const QDir root(tracesDir());
    if (!root.exists())
        GTEST_SKIP() << "dossier absent (../shared non disponible) : " << tracesDir().toStdString();
    std::set<std::string> covered;
    for (const TraceCase &c : cases())
        covered.insert(c.file);
    covered.insert("ihe-lawtest-hl7-1.hl7");   // an OML^O33 the LIS sends: see the test below
    for (const char *sub : {"astm", "hl7"}) {
        for (const QString &f : QDir(root.filePath(QLatin1String(sub))).entryList(QDir::Files))
            EXPECT_TRUE(covered.contains(f.toStdString())) << "trace sans profil : " << f.toStdString();
    }
}

TEST(ProfileTracesCoverage, OrderMessageIsNotReadAsResults)
{
    // ihe-lawtest-hl7-1 is LIS -> analyzer (OML^O33): a profile never reads it as results; the
    // gateway answers it as an unsupported message type rather than inventing results.
    const QString path = tracesDir() + u"/hl7/ihe-lawtest-hl7-1.hl7"_s;
    if (!QFile::exists(path))
        GTEST_SKIP() << "trace absente (../shared non disponible) : " << path.toStdString();
    const auto law = sgl::interop::analyzer::shippedAnalyzerProfile(u"law-generic"_s);
    ASSERT_TRUE(law.has_value());
    const DecodedTrace t = decodeTrace(readTrace(path), *law);
    EXPECT_TRUE(t.messages.isEmpty());
    EXPECT_TRUE(t.error.contains(u"OML"_s)) << t.error.toStdString();
}

TEST(ProfileTracesCoverage, GenericProfilesReadStandardTraces)
{
    // A first look at an unknown instrument: standard positions, codes taken as they come.
    const QString path = tracesDir() + u"/astm/siemens-immulite-astm-1.astm"_s;
    const QString hl7 = tracesDir() + u"/hl7/roche-cobaspro-hl7-3.hl7"_s;
    if (!QFile::exists(path) || !QFile::exists(hl7))
        GTEST_SKIP() << "traces absentes (../shared non disponible)";
    const TraceCase immulite{"siemens-immulite-astm-1.astm", "astm-generic", 1, {}, {}, {}, {}};
    const Mapped a = mapTrace(immulite, *sgl::interop::analyzer::shippedAnalyzerProfile(u"astm-generic"_s));
    ASSERT_EQ(a.results.size(), 9);
    EXPECT_EQ(a.results.at(2).specimenId, u"130000617"_s);
    EXPECT_EQ(a.results.at(2).analysisCode, u"FER"_s);
    EXPECT_EQ(a.results.at(2).valueText, u"173"_s);
    for (const MappedResult &r : a.results)
        EXPECT_EQ(r.disposition, Disposition::Store);
    const TraceCase pro{"roche-cobaspro-hl7-3.hl7", "law-generic", 1, {}, {}, {}, {}};
    const Mapped h = mapTrace(pro, *sgl::interop::analyzer::shippedAnalyzerProfile(u"law-generic"_s));
    ASSERT_EQ(h.results.size(), 13);
    EXPECT_EQ(h.results.at(0).specimenId, u"140799"_s);
    EXPECT_EQ(h.results.at(0).analysisCode, u"10020"_s);
    EXPECT_EQ(h.results.at(0).valueText, u"112"_s);
    EXPECT_EQ(h.results.at(0).observedAt, QDateTime(QDate(2022, 8, 12), QTime(13, 37, 14), QTimeZone::utc()));
}
