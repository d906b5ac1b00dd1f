// `sgl qc lots|runs|holds|rules` (issue 15, QC screens) with the real executable on the demo
// database of both backends: the demo's CRP lot and its rejected run, SANTONI Marie's held CRP,
// the Westgard rules of CRP changed and read back, and bad input refused (unknown analysis, an
// unknown rule named, an unknown lot, a user without the permission, usage errors).

#include "DemoCliTest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;

namespace {

class QcCli : public sgl::testing::DemoCliTest {
protected:
    static QStringList lines(const QString &out) { return out.split(u'\n', Qt::SkipEmptyParts); }
};

TEST_P(QcCli, LotsRunsAndHoldsAreTabSeparatedWithIsoDatesAndDecimalPoint)
{
    auto lots = sgl({u"qc"_s, u"lots"_s, m_db});
    ASSERT_EQ(lots.code, 0) << lots.err.toStdString();
    const QStringList lotLines = lines(lots.out);
    ASSERT_EQ(lotLines.size(), 4) << lots.out.toStdString(); // header + GLU ×2 + CRP
    EXPECT_TRUE(lotLines[0].startsWith(u"id\tanalyzer\tanalysis\t"_s));
    QString crpLot;
    for (const QString &l : lotLines)
        if (l.contains(u"\tCRP\t"_s) && l.contains(u"\t26051\t"_s)) {
            crpLot = l.section(u'\t', 0, 0);
            EXPECT_TRUE(l.contains(u"\t10\t0.6\tmanufacturer\t"_s)) << l.toStdString();
        }
    ASSERT_FALSE(crpLot.isEmpty()) << lots.out.toStdString();

    auto runs = sgl({u"qc"_s, u"runs"_s, u"--analysis"_s, u"crp"_s, m_db});
    ASSERT_EQ(runs.code, 0) << runs.err.toStdString();
    const QStringList runLines = lines(runs.out);
    ASSERT_EQ(runLines.size(), 9) << runs.out.toStdString(); // header + 7 in control + the rejected one
    const QStringList last = runLines.last().split(u'\t');
    ASSERT_EQ(last.size(), 8) << runLines.last().toStdString();
    EXPECT_EQ(last[1], u"26051"_s);
    EXPECT_TRUE(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s).match(last[2]).hasMatch())
        << last[2].toStdString();
    EXPECT_EQ(last[3], u"12.1"_s) << "decimal point";
    EXPECT_EQ(last[4], u"3.50"_s);
    EXPECT_EQ(last[5], u"rejected"_s);
    EXPECT_EQ(last[6], u"1-2s,1-3s"_s);
    EXPECT_EQ(last[7], u"pending"_s);
    auto oneLot = sgl({u"qc"_s, u"runs"_s, u"--analysis"_s, u"CRP"_s, u"--lot"_s, crpLot, u"--limit"_s, u"2"_s, m_db});
    ASSERT_EQ(oneLot.code, 0) << oneLot.err.toStdString();
    EXPECT_EQ(lines(oneLot.out).size(), 3);

    auto holds = sgl({u"qc"_s, u"holds"_s, m_db});
    ASSERT_EQ(holds.code, 0) << holds.err.toStdString();
    const QStringList holdLines = lines(holds.out);
    ASSERT_EQ(holdLines.size(), 2) << holds.out.toStdString();
    const QStringList held = holdLines[1].split(u'\t');
    ASSERT_EQ(held.size(), 11);
    EXPECT_EQ(held[1], u"cobas-demo"_s);
    EXPECT_EQ(held[2], u"CRP"_s);
    EXPECT_EQ(held[3], u"26051"_s);
    EXPECT_EQ(held[4], u"1-2s,1-3s"_s);
    EXPECT_TRUE(held[6].startsWith(u"D"_s)) << held[6].toStdString();
    EXPECT_EQ(held[8], u"48"_s);
}

TEST_P(QcCli, RulesAreReadChangedAndReset)
{
    auto all = sgl({u"qc"_s, u"rules"_s, u"CRP"_s, m_db});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    ASSERT_EQ(lines(all.out).size(), 7) << all.out.toStdString();
    EXPECT_TRUE(all.out.contains(u"CRP\t1-2s\twarning\t"_s));
    EXPECT_TRUE(all.out.contains(u"CRP\t1-3s\treject\t"_s));

    auto set = sgl({u"qc"_s, u"rules"_s, u"CRP"_s, u"--set"_s, u"1-3s, r-4s"_s, u"--user"_s, u"technicien"_s, m_db});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(lines(set.out), (QStringList{u"analysis\trule\tkind\tdescription"_s,
                                          u"CRP\t1-3s\treject\tune valeur au-delà de 3 écarts-types"_s,
                                          u"CRP\tR-4s\treject\tdeux niveaux d'une même série écartés de plus de 4 écarts-types"_s}));
    auto reread = sgl({u"qc"_s, u"rules"_s, u"crp"_s, m_db});
    EXPECT_EQ(lines(reread.out).size(), 3) << reread.out.toStdString();
    auto glu = sgl({u"qc"_s, u"rules"_s, u"GLU"_s, m_db});
    EXPECT_EQ(lines(glu.out).size(), 7) << "rules are per analysis";

    auto reset = sgl({u"qc"_s, u"rules"_s, u"CRP"_s, u"--set"_s, u"default"_s, m_db});
    ASSERT_EQ(reset.code, 0) << reset.err.toStdString();
    EXPECT_EQ(lines(reset.out).size(), 7);
}

TEST_P(QcCli, BadInputIsRefusedAndNamed)
{
    auto rule = sgl({u"qc"_s, u"rules"_s, u"CRP"_s, u"--set"_s, u"1-3s,2-3s"_s, m_db});
    EXPECT_EQ(rule.code, 4);
    EXPECT_TRUE(rule.err.contains(u"« 2-3s »"_s)) << rule.err.toStdString();
    EXPECT_TRUE(rule.err.contains(u"cli.rejected"_s)) << rule.err.toStdString();
    EXPECT_EQ(lines(sgl({u"qc"_s, u"rules"_s, u"CRP"_s, m_db}).out).size(), 7) << "nothing changed";

    auto analysis = sgl({u"qc"_s, u"rules"_s, u"XYZ42"_s, u"--set"_s, u"1-3s"_s, m_db});
    EXPECT_EQ(analysis.code, 4);
    EXPECT_TRUE(analysis.err.contains(u"qc.missing_field"_s)) << analysis.err.toStdString();
    EXPECT_TRUE(analysis.err.contains(u"XYZ42"_s));
    auto readUnknown = sgl({u"qc"_s, u"rules"_s, u"XYZ42"_s, m_db});
    EXPECT_EQ(readUnknown.code, 4);
    auto runsUnknown = sgl({u"qc"_s, u"runs"_s, u"--analysis"_s, u"XYZ42"_s, m_db});
    EXPECT_EQ(runsUnknown.code, 4);
    EXPECT_TRUE(runsUnknown.err.contains(u"qc.missing_field"_s)) << runsUnknown.err.toStdString();
    auto noLot = sgl({u"qc"_s, u"runs"_s, u"--analysis"_s, u"CRP"_s, u"--lot"_s, u"999999"_s, m_db});
    EXPECT_EQ(noLot.code, 4);
    EXPECT_TRUE(noLot.err.contains(u"999999"_s)) << noLot.err.toStdString();

    auto forbidden = sgl({u"qc"_s, u"rules"_s, u"CRP"_s, u"--set"_s, u"1-3s"_s, u"--user"_s, u"secretaire"_s, m_db});
    EXPECT_EQ(forbidden.code, 4);
    EXPECT_TRUE(forbidden.err.contains(u"auth.forbidden"_s)) << forbidden.err.toStdString();
    EXPECT_EQ(sgl({u"qc"_s, u"holds"_s, u"--user"_s, u"secretaire"_s, m_db}).code, 4);

    EXPECT_EQ(sgl({u"qc"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"qc"_s, u"purge"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"qc"_s, u"runs"_s, m_db}).code, 1) << "--analysis is required";
    EXPECT_EQ(sgl({u"qc"_s, u"rules"_s, m_db}).code, 1) << "the analysis is required";
    EXPECT_EQ(sgl({u"qc"_s, u"rules"_s, u"CRP"_s, u"--set"_s, u""_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"qc"_s, u"runs"_s, u"--analysis"_s, u"CRP"_s, u"--lot"_s, u"abc"_s, m_db}).code, 1);
    EXPECT_EQ(sgl({u"qc"_s, u"lots"_s, u"--set"_s, u"1-3s"_s, m_db}).code, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, QcCli, ::testing::Values(Backend::Sqlite, Backend::Postgres), sgl::testing::backendName);

} // namespace
