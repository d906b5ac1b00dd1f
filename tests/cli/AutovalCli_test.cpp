// `sgl autoval status|mode|rules|evaluate|stats` (issue 15) with the real executable on the demo
// database of both backends: status of the demo (shadow), a bad rule file refused naming the rule
// and field with nothing saved, mode active without responsible refused, an evaluation that names
// its holds, statistics with their French CSV.

#include "DemoCliTest.h"

#include <QFile>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;

namespace {

class AutovalCli : public sgl::testing::DemoCliTest {};

TEST_P(AutovalCli, StatusRulesModeEvaluateAndStats)
{
    auto status = sgl({u"autoval"_s, u"status"_s, m_db});
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(u"Mode : shadow"_s)) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(u"version 1"_s)) << status.out.toStdString();

    const QString bad = m_home.path() + u"/bad.json"_s;
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"sgl-autoval-rules/1","name":"x","rules":[{"id":"A.B","label":"a","analyses":["ZZZ"],"condition":{"type":"limits"}}]})");
    f.close();
    auto refused = sgl({u"autoval"_s, u"rules"_s, u"import"_s, bad, u"--reason"_s, u"essai"_s, m_db});
    EXPECT_EQ(refused.code, 4);
    EXPECT_TRUE(refused.err.contains(u"règle A.B"_s)) << refused.err.toStdString();
    EXPECT_TRUE(sgl({u"autoval"_s, u"status"_s, m_db}).out.contains(u"version 1"_s)) << "nothing saved";
    EXPECT_EQ(sgl({u"autoval"_s, u"rules"_s, u"import"_s, bad, m_db}).code, 1) << "--reason is required";

    auto exported = sgl({u"autoval"_s, u"rules"_s, u"export"_s, m_db});
    ASSERT_EQ(exported.code, 0);
    EXPECT_TRUE(exported.out.contains(u"sgl-autoval-rules/1"_s));

    auto noOne = sgl({u"autoval"_s, u"mode"_s, u"active"_s, u"--responsible"_s, u"technicien"_s, m_db});
    EXPECT_EQ(noOne.code, 4) << noOne.err.toStdString();
    EXPECT_TRUE(noOne.err.contains(u"autoval.bad_responsible"_s)) << noOne.err.toStdString();

    auto evaluated = sgl({u"autoval"_s, u"evaluate"_s, u"--dossier"_s, u"1"_s, u"--user"_s, u"biologiste"_s, m_db});
    EXPECT_EQ(evaluated.code, 0) << evaluated.err.toStdString();
    EXPECT_TRUE(evaluated.out.contains(u"mode shadow"_s)) << evaluated.out.toStdString();
    EXPECT_EQ(sgl({u"autoval"_s, u"evaluate"_s, u"--dossier"_s, u"1"_s, u"--user"_s, u"technicien"_s, m_db}).code, 4);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString csv = m_home.path() + u"/stats.csv"_s;
    auto stats = sgl({u"autoval"_s, u"stats"_s, u"--from"_s, today, u"--to"_s, today, u"--csv"_s, csv, m_db});
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(u"Dossiers :"_s));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    EXPECT_TRUE(text.contains(u"Jour;Dossiers évalués;"_s));
    EXPECT_EQ(sgl({u"autoval"_s, u"stats"_s, u"--from"_s, u"hier"_s, u"--to"_s, today, m_db}).code, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AutovalCli, ::testing::Values(Backend::Sqlite, Backend::Postgres), sgl::testing::backendName);

} // namespace
