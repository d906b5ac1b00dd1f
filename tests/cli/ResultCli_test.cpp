// `sgl result enter|tech-validate` (issue 10, item 4) on the demo database, both backends: the
// real executable, its output and its exit codes (docs/cli.md).

#include "DemoCliTest.h"

using namespace Qt::StringLiterals;
using sgl::testing::Backend;
using sgl::testing::CliRun;

namespace {

class ResultCli : public sgl::testing::DemoCliTest {
protected:
    CliRun enter(const QString &analysis, const QString &value, const QString &user = u"technicien"_s)
    {
        QStringList args{u"result"_s, u"enter"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s, u"--analysis"_s, analysis,
                         u"--value"_s, value};
        if (!user.isEmpty())
            args << u"--user"_s << user;
        return sgl(args);
    }
};

TEST_P(ResultCli, EnterRefusesBadValuesWithExitCodeFour)
{
    auto twoSeparators = enter(u"GLU"_s, u"1,2,3"_s);
    EXPECT_EQ(twoSeparators.code, 4);
    EXPECT_TRUE(twoSeparators.err.contains(u"plusieurs séparateurs décimaux"_s)) << twoSeparators.err.toStdString();
    EXPECT_TRUE(twoSeparators.err.contains(u"GLU"_s));
    auto implausible = enter(u"GLU"_s, u"900"_s);
    EXPECT_EQ(implausible.code, 4);
    EXPECT_TRUE(implausible.err.contains(u"limites physiologiques"_s)) << implausible.err.toStdString();
    auto secretary = enter(u"GLU"_s, u"5,2"_s, u"secretaire"_s);
    EXPECT_EQ(secretary.code, 4);
    auto unknownUser = enter(u"GLU"_s, u"5,2"_s, u"personne"_s);
    EXPECT_EQ(unknownUser.code, 4);
    EXPECT_TRUE(unknownUser.err.contains(u"inconnu"_s));
    auto notInDossier = enter(u"HB"_s, u"12"_s);
    EXPECT_EQ(notInDossier.code, 4);
    auto unknownDossier = sgl({u"result"_s, u"enter"_s, m_db, u"--dossier"_s, u"D-NOPE"_s, u"--analysis"_s, u"GLU"_s,
                               u"--value"_s, u"5"_s});
    EXPECT_EQ(unknownDossier.code, 4);
    auto usage = sgl({u"result"_s, u"enter"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s});
    EXPECT_EQ(usage.code, 1);
    auto badSub = sgl({u"result"_s, u"frobnicate"_s, m_db});
    EXPECT_EQ(badSub.code, 1);
}

TEST_P(ResultCli, EnterAddsTheAutomaticReflexThenTechValidate)
{
    auto tsh = enter(u"TSH"_s, u"7,1"_s);
    ASSERT_EQ(tsh.code, 0) << tsh.err.toStdString();
    EXPECT_TRUE(tsh.out.contains(u"TSH\t7,1\tH\tentered"_s)) << tsh.out.toStdString();
    EXPECT_TRUE(tsh.out.contains(u"T4L\ttest réflexe ajouté"_s)) << tsh.out.toStdString();
    // Censored, without --user (the bench operator), below the critical limit 2,2.
    auto glu = enter(u"GLU"_s, u"<1"_s, {});
    ASSERT_EQ(glu.code, 0) << glu.err.toStdString();
    EXPECT_TRUE(glu.out.contains(u"Valeur critique"_s)) << glu.out.toStdString();

    auto noUser = sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s});
    EXPECT_EQ(noUser.code, 1);
    auto secretary = sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s, u"--user"_s,
                          u"secretaire"_s});
    EXPECT_EQ(secretary.code, 4);
    auto pending = sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s, u"--analyses"_s,
                        u"T4L"_s, u"--user"_s, u"technicien"_s});
    EXPECT_EQ(pending.code, 4) << "T4L has no value yet";
    auto ok = sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s, u"--user"_s,
                   u"technicien"_s});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.out.count(u"validé techniquement"_s), 3) << ok.out.toStdString();
    auto again = sgl({u"result"_s, u"tech-validate"_s, m_db, u"--dossier"_s, u"D-DEMO-0005"_s, u"--user"_s,
                      u"technicien"_s});
    EXPECT_EQ(again.code, 4);
    EXPECT_TRUE(again.err.contains(u"Aucun résultat saisi"_s)) << again.err.toStdString();

    auto verify = sgl({u"verify-audit"_s, m_db});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, ResultCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const auto &info) { return info.param == Backend::Sqlite ? std::string("Sqlite") : std::string("Postgres"); });

} // namespace
