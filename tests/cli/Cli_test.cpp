#include "../storage/StorageFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using sgl::testing::Backend;

namespace {
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test {
protected:
    CliRun sgl(const QStringList &args, const QByteArray &stdinData = {},
            const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SGL_DB_URL"_s);
        env.remove(u"SGL_CONFIG"_s);
        env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/data"_s);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SGL_CLI_PATH), args);
        EXPECT_TRUE(p.waitForStarted());
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString sqliteUrl(const QString &name = u"lab.sqlite"_s)
    {
        return u"--db=sqlite://"_s + m_home.path() + u'/' + name;
    }
    QTemporaryDir m_home;
};
} // namespace

TEST_F(Cli, HelpInFrenchByDefaultAndInEnglishOnRequest)
{
    auto fr = sgl({u"--help"_s});
    EXPECT_EQ(fr.code, 0);
    EXPECT_TRUE(fr.out.contains(u"Commandes :"_s));
    EXPECT_TRUE(fr.out.contains(u"verify-audit"_s));
    EXPECT_TRUE(fr.out.contains(u"Codes de sortie"_s));
    auto en = sgl({u"--lang"_s, u"en"_s, u"--help"_s});
    EXPECT_EQ(en.code, 0);
    EXPECT_TRUE(en.out.contains(u"Commands:"_s));
    EXPECT_TRUE(en.out.contains(u"Exit codes"_s));
    auto envEn = sgl({u"create-user"_s, u"--help"_s}, {}, {u"LANG=en_GB.UTF-8"_s});
    EXPECT_EQ(envEn.code, 0);
    EXPECT_TRUE(envEn.out.contains(u"never accepted as an"_s));
    auto cmdFr = sgl({u"help"_s, u"migrate"_s});
    EXPECT_EQ(cmdFr.code, 0);
    EXPECT_TRUE(cmdFr.out.contains(u"transaction"_s));
}

TEST_F(Cli, UsageErrorsExitWithOne)
{
    EXPECT_EQ(sgl({}).code, 1);
    auto unknown = sgl({u"frobnicate"_s});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"commande inconnue"_s));
    auto badOption = sgl({u"migrate"_s, u"--vite"_s, sqliteUrl()});
    EXPECT_EQ(badOption.code, 1);
    EXPECT_TRUE(badOption.err.contains(u"option inconnue --vite"_s));
    auto missing = sgl({u"create-user"_s, u"--login"_s, u"bob"_s, sqliteUrl()});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"--name"_s));
    EXPECT_EQ(sgl({u"--lang"_s, u"de"_s, u"--help"_s}).code, 1);
}

TEST_F(Cli, FullCycleOnSqlite)
{
    auto init = sgl({u"init-db"_s, sqliteUrl()});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(u"créée"_s));
    auto again = sgl({u"init-db"_s, sqliteUrl()});
    EXPECT_EQ(again.code, 4);
    EXPECT_TRUE(again.err.contains(u"déjà initialisée"_s));
    auto migrate = sgl({u"migrate"_s, sqliteUrl()});
    EXPECT_EQ(migrate.code, 0);
    EXPECT_TRUE(migrate.out.startsWith(u"0 migration"_s)) << migrate.out.toStdString();

    const QStringList user{u"create-user"_s, sqliteUrl(), u"--login"_s, u"chef"_s, u"--name"_s,
                           u"Chef de labo"_s, u"--role"_s, u"admin,biologiste"_s, u"--rpps"_s,
                           u"10101010105"_s, u"--password-stdin"_s};
    auto weak = sgl(user, "court\n");
    EXPECT_EQ(weak.code, 4);
    EXPECT_TRUE(weak.err.contains(u"12 caractères"_s)) << weak.err.toStdString();
    auto ok = sgl(user, "Tres-bon-mot-2026\n");
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"admin"_s) && ok.out.contains(u"biologist"_s));
    EXPECT_FALSE(ok.out.contains(u"Tres-bon"_s));
    auto dup = sgl(user, "Tres-bon-mot-2026\n");
    EXPECT_EQ(dup.code, 4);
    EXPECT_TRUE(dup.err.contains(u"déjà utilisé"_s));
    auto badRole = sgl({u"create-user"_s, sqliteUrl(), u"--login"_s, u"x12"_s, u"--name"_s,
                        u"X"_s, u"--role"_s, u"chef"_s},
                       "Tres-bon-mot-2026\n");
    EXPECT_EQ(badRole.code, 4);
    EXPECT_TRUE(badRole.err.contains(u"Rôle inconnu"_s));

    // demo-seed refuses a non-empty database, but works on a fresh one.
    EXPECT_EQ(sgl({u"demo-seed"_s, sqliteUrl()}).code, 4);
    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl(u"demo.sqlite"_s)}).code, 0);
    auto seed = sgl({u"demo-seed"_s, sqliteUrl(u"demo.sqlite"_s)});
    ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
    EXPECT_TRUE(seed.out.contains(u"8 patients"_s));
    auto verify = sgl({u"verify-audit"_s, sqliteUrl(u"demo.sqlite"_s)});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(u"intacte"_s));
}

// `report build` goes through IssueReportVersion: the signer's own roles, sharing choices, one
// line per outbox row, refusals with code 4 and nothing stored.
TEST_F(Cli, ReportBuildTakesSharingChoicesAndListsTheSendings)
{
    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl()}).code, 0);
    auto seed = sgl({u"demo-seed"_s, sqliteUrl()});
    ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
    auto withheld = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0002"_s, u"--signer"_s,
                         u"biologiste"_s, u"--dmp-withhold"_s, u"Opposition du patient"_s, u"--no-patient-mss"_s});
    ASSERT_EQ(withheld.code, 0) << withheld.err.toStdString();
    EXPECT_TRUE(withheld.out.contains(u"version 1"_s)) << withheld.out.toStdString();
    EXPECT_TRUE(withheld.out.contains(u"envoi dmp → 280027505612341 : withheld (Envoi au DMP suspendu"_s))
        << withheld.out.toStdString();
    EXPECT_FALSE(withheld.out.contains(u"mss_patient"_s)) << withheld.out.toStdString();

    auto noReason = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0002"_s, u"--signer"_s,
                         u"biologiste"_s});
    EXPECT_EQ(noReason.code, 4);
    EXPECT_TRUE(noReason.err.contains(u"[report.reason_required]"_s)) << noReason.err.toStdString();

    auto hidden = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0003"_s, u"--signer"_s,
                       u"biologiste"_s, u"--invisible-patient"_s, u"--patient-mss"_s});
    EXPECT_EQ(hidden.code, 4);
    EXPECT_TRUE(hidden.err.contains(u"[sharing.patient_mss_while_hidden]"_s)) << hidden.err.toStdString();
    auto technician = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0003"_s, u"--signer"_s,
                           u"technicien"_s});
    EXPECT_EQ(technician.code, 4);
    EXPECT_TRUE(technician.err.contains(u"[auth.forbidden]"_s)) << technician.err.toStdString();
    auto unknown = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0003"_s, u"--signer"_s,
                        u"personne"_s});
    EXPECT_EQ(unknown.code, 4) << unknown.err.toStdString();
    auto both = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0003"_s, u"--signer"_s,
                     u"biologiste"_s, u"--patient-mss"_s, u"--no-patient-mss"_s});
    EXPECT_EQ(both.code, 1);
    // None of the refusals stored anything: D-DEMO-0003 has no version, D-DEMO-0002 only one.
    auto listed3 = sgl({u"report"_s, sqliteUrl(), u"list"_s, u"--dossier"_s, u"D-DEMO-0003"_s});
    ASSERT_EQ(listed3.code, 0) << listed3.err.toStdString();
    EXPECT_EQ(listed3.out.count(u"\tv"_s), 0) << listed3.out.toStdString();
    auto listed2 = sgl({u"report"_s, sqliteUrl(), u"list"_s, u"--dossier"_s, u"D-DEMO-0002"_s});
    ASSERT_EQ(listed2.code, 0) << listed2.err.toStdString();
    EXPECT_EQ(listed2.out.count(u"\tv"_s), 1) << listed2.out.toStdString();
    // The default build of another dossier: DMP and the patient's copy (qualified INS).
    auto defaults = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0003"_s, u"--signer"_s,
                         u"biologiste"_s});
    ASSERT_EQ(defaults.code, 0) << defaults.err.toStdString();
    EXPECT_TRUE(defaults.out.contains(u"envoi dmp → 175062A00432173 : pending"_s)) << defaults.out.toStdString();
    EXPECT_TRUE(defaults.out.contains(u"envoi mss_patient → 175062A00432173@patient.mssante.fr : pending"_s))
        << defaults.out.toStdString();
}

TEST_F(Cli, DemoSeedThenReportBuildWorksForEveryValidatedDossier)
{
    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl()}).code, 0);
    auto seed = sgl({u"demo-seed"_s, sqliteUrl()});
    ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
    EXPECT_TRUE(seed.out.contains(u"53 analyses"_s)) << seed.out.toStdString();
    // No `report configure` needed: the demo letterhead is stored by demo-seed.
    QString corsicanVersion; // the demo issues reports of its own: version ids are read back
    for (const QString &dossier : {u"D-DEMO-0001"_s, u"D-DEMO-0002"_s, u"D-DEMO-0003"_s, u"D-DEMO-0004"_s}) {
        auto built = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, dossier, u"--signer"_s,
                          u"biologiste"_s});
        EXPECT_EQ(built.code, 0) << dossier.toStdString() << ": " << built.err.toStdString();
        EXPECT_TRUE(built.out.contains(u"version 1"_s)) << built.out.toStdString();
        if (dossier == u"D-DEMO-0003"_s)
            corsicanVersion = QRegularExpression(u"\\(id (\\d+)\\)"_s).match(built.out).captured(1);
    }
    ASSERT_FALSE(corsicanVersion.isEmpty());
    // The dossier still in progress has nothing validated to report.
    auto inProgress = sgl({u"report"_s, sqliteUrl(), u"build"_s, u"--dossier"_s, u"D-DEMO-0005"_s,
                           u"--signer"_s, u"biologiste"_s});
    EXPECT_EQ(inProgress.code, 4);
    EXPECT_TRUE(inProgress.err.contains(u"aucun résultat validé"_s)) << inProgress.err.toStdString();
    // The Corsican patient's N3 carries the INS with 2A and the COG 2A004.
    const QString n3 = m_home.path() + u"/corse.xml"_s;
    auto exported = sgl({u"report"_s, sqliteUrl(), u"export"_s, u"--version"_s, corsicanVersion, u"--kind"_s, u"N3"_s,
                         u"--out"_s, n3});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile f(n3);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    EXPECT_TRUE(xml.contains("175062A004321") && xml.contains("2A004"));
    // The export is a read of patient data: audited under the operator's name.
    auto named = sgl({u"report"_s, sqliteUrl(), u"export"_s, u"--version"_s, corsicanVersion, u"--kind"_s, u"PDF"_s,
                      u"--out"_s, m_home.path() + u"/corse.pdf"_s, u"--user"_s, u"biologiste"_s});
    ASSERT_EQ(named.code, 0) << named.err.toStdString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit-check"_s);
        db.setDatabaseName(m_home.path() + u"/lab.sqlite"_s);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.prepare(u"SELECT actor_login FROM audit_log WHERE action = 'report.read' "
                              "AND entity_id = ? ORDER BY seq"_s));
        q.addBindValue(corsicanVersion);
        ASSERT_TRUE(q.exec());
        QStringList readers;
        while (q.next())
            readers << q.value(0).toString();
        EXPECT_EQ(readers, (QStringList{u"system:sgl report export"_s, u"biologiste"_s}));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"audit-check"_s);
    auto badVersion = sgl({u"report"_s, sqliteUrl(), u"export"_s, u"--version"_s, u"trois"_s, u"--kind"_s, u"N3"_s,
                           u"--out"_s, n3});
    EXPECT_EQ(badVersion.code, 1);
    EXPECT_TRUE(badVersion.err.contains(u"--version attend l'identifiant numérique"_s)) << badVersion.err.toStdString();
    auto missing = sgl({u"report"_s, sqliteUrl(), u"export"_s, u"--version"_s, u"999"_s, u"--kind"_s, u"N3"_s,
                        u"--out"_s, n3});
    // An unknown version is the user's input (4), not a database failure (2), and the message
    // names what is missing with its stable code.
    EXPECT_EQ(missing.code, 4) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(u"version de compte rendu 999"_s)) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(u"[storage.not_found]"_s)) << missing.err.toStdString();
    // Importing the demo files again (what scripts/run-demo.sh does) changes nothing.
    auto again = sgl({u"import-catalogue"_s, sqliteUrl(), QStringLiteral(SGL_SOURCE_DIR "/resources/catalogue/demo-catalogue.csv"),
                      u"--ranges"_s, QStringLiteral(SGL_SOURCE_DIR "/resources/catalogue/demo-ranges.csv")});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"Aucune modification"_s)) << again.out.toStdString();
}

TEST_F(Cli, VerifyAuditNamesTamperedRowAndExitsWithThree)
{
    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl()}).code, 0);
    ASSERT_EQ(sgl({u"demo-seed"_s, sqliteUrl()}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_home.path() + u"/lab.sqlite"_s);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
        ASSERT_TRUE(q.exec(u"DROP TRIGGER audit_log_no_delete"_s));
        ASSERT_TRUE(q.exec(u"UPDATE audit_log SET actor_login = 'faussaire' WHERE seq = 7"_s));
        ASSERT_TRUE(q.exec(u"DELETE FROM audit_log WHERE seq = 12"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    auto r = sgl({u"verify-audit"_s, sqliteUrl()});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(u"ALTÉRÉE"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Ligne 7 modifiée"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Ligne 12 supprimée"_s)) << r.err.toStdString();
}

TEST_F(Cli, DatabaseProblemsGiveClearFrenchMessagesAndExitTwo)
{
    auto badUrl = sgl({u"migrate"_s, u"--db"_s, u"mysql://root@localhost/sgl"_s});
    EXPECT_EQ(badUrl.code, 2);
    EXPECT_TRUE(badUrl.err.contains(u"Adresse de base de données invalide"_s));

    auto unreachable = sgl({u"migrate"_s, u"--db"_s, u"postgresql://sgl:secret@127.0.0.1:1/sgl"_s});
    EXPECT_EQ(unreachable.code, 2);
    EXPECT_TRUE(unreachable.err.contains(u"injoignable"_s));
    EXPECT_FALSE(unreachable.err.contains(u"secret"_s));

    QFile junk(m_home.path() + u"/junk.sqlite"_s);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x42'));
    junk.close();
    auto corrupt = sgl({u"migrate"_s, sqliteUrl(u"junk.sqlite"_s)});
    EXPECT_EQ(corrupt.code, 2);
    EXPECT_TRUE(corrupt.err.contains(u"endommagé"_s)) << corrupt.err.toStdString();

    auto notMigrated = sgl({u"demo-seed"_s, sqliteUrl(u"empty.sqlite"_s)});
    EXPECT_EQ(notMigrated.code, 2);
    EXPECT_TRUE(notMigrated.err.contains(u"sgl migrate"_s));

    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl()}).code, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(m_home.path() + u"/lab.sqlite"_s);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"INSERT INTO schema_version VALUES (9001, 'futur', 'x', "
                           "'2030-01-01T00:00:00.000Z')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    auto tooNew = sgl({u"migrate"_s, sqliteUrl()});
    EXPECT_EQ(tooNew.code, 2);
    EXPECT_TRUE(tooNew.err.contains(u"plus récente"_s)) << tooNew.err.toStdString();
    EXPECT_TRUE(tooNew.err.contains(u"9001"_s));
}

TEST_F(Cli, EnvironmentUrlAndConfigFileAreUsed)
{
    const QString url = u"sqlite://"_s + m_home.path() + u"/env.sqlite"_s;
    auto viaEnv = sgl({u"init-db"_s}, {}, {u"SGL_DB_URL="_s + url});
    ASSERT_EQ(viaEnv.code, 0) << viaEnv.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_home.path() + u"/env.sqlite"_s));
    const QString conf = m_home.path() + u"/sgl.conf"_s;
    QFile f(conf);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(("[database]\nurl=sqlite://" + m_home.path().toUtf8() + "/conf.sqlite\n"));
    f.close();
    auto viaConf = sgl({u"init-db"_s}, {}, {u"SGL_CONFIG="_s + conf});
    ASSERT_EQ(viaConf.code, 0) << viaConf.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_home.path() + u"/conf.sqlite"_s));
}

TEST_F(Cli, WorksOnPostgresql)
{
    sgl::testing::ScratchDatabase scratch(Backend::Postgres);
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    const QString db = u"--db="_s + scratch.url();
    auto init = sgl({u"init-db"_s, db});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    auto seed = sgl({u"demo-seed"_s, db});
    ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
    auto verify = sgl({u"verify-audit"_s, db});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();
    auto base = sgl::storage::DbUrl::parse(qEnvironmentVariable("SGL_TEST_PG_URL"));
    ASSERT_TRUE(base);
    base->user = u"sgl_pwcheck"_s;
    base->password = u"pas-le-bon"_s;
    auto wrongPassword = sgl({u"migrate"_s, u"--db="_s + base->toString()});
    EXPECT_EQ(wrongPassword.code, 2);
    EXPECT_TRUE(wrongPassword.err.contains(u"mot de passe incorrect"_s))
        << wrongPassword.err.toStdString();
    EXPECT_FALSE(wrongPassword.err.contains(u"pas-le-bon"_s));
}

TEST_F(Cli, ReportConfigureSetsTheLabelLayoutAndRefusesAnUnprintableOne)
{
    ASSERT_EQ(sgl({u"init-db"_s, sqliteUrl()}).code, 0);
    auto set = sgl({u"report"_s, sqliteUrl(), u"configure"_s, u"label.width_mm=38"_s, u"label.dpi=300"_s});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(u"label.width_mm = 38"_s)) << set.out.toStdString();
    EXPECT_TRUE(set.out.contains(u"label.dpi = 300"_s));

    // 19 + 19 mm of margins on the stored 38 mm width: refused, naming the key, nothing stored.
    auto refused = sgl({u"report"_s, sqliteUrl(), u"configure"_s, u"label.margin_left_mm=19"_s,
                        u"label.margin_right_mm=19"_s});
    EXPECT_EQ(refused.code, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Marges gauche et droite"_s)) << refused.err.toStdString();
    auto shown = sgl({u"report"_s, sqliteUrl(), u"configure"_s});
    EXPECT_TRUE(shown.out.contains(u"label.margin_left_mm = \n"_s)) << shown.out.toStdString();

    auto unknown = sgl({u"report"_s, sqliteUrl(), u"configure"_s, u"label.colour=red"_s});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"label.colour=red"_s)) << unknown.err.toStdString();
}
