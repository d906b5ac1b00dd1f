// `sgl receive --barcode B [--user LOGIN]`: exit codes 0 / 1 / 4 with the French message and the
// stable error code on stderr; a refusal changes nothing. Both databases.

#include "../storage/Samples.h"
#include "../storage/StorageFixture.h"

#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/orders/OrderEntry.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sgl::testing {
namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

class ReceiveCli : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const CliRun seed = sgl({u"demo-seed"_s});
        ASSERT_EQ(seed.code, 0) << seed.err.toStdString();
        domain::Patient p = samplePatient(u"IPP-CLI-1"_s);
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::insert(tx, p, actor()); }));
        domain::UserSession desk;
        desk.userId = 1;
        desk.login = u"secretaire"_s;
        desk.roles = {domain::Role::Secretary};
        workflow::orders::DossierRequest request;
        request.patientId = p.id;
        request.prescriberName = u"Dr Claire BERNARD"_s;
        request.examCodes = {u"NFS"_s};
        auto created = workflow::orders::OrderEntry(*m_db, desk).create(request);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        ASSERT_EQ(created->newTubes.size(), 1);
        m_barcode = created->newTubes.first().specimen.barcode;
        m_dossierId = created->dossier.id;
    }

    CliRun sgl(QStringList args)
    {
        args << u"--db=%1"_s.arg(m_scratch->url());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SGL_DB_URL"_s);
        env.remove(u"SGL_CONFIG"_s);
        env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SGL_CLI_PATH), args);
        EXPECT_TRUE(p.waitForStarted());
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    domain::Specimen tube()
    {
        auto t = m_db->read([&](storage::ReadTx &tx) { return storage::DossierRepository::specimens(tx, m_dossierId); });
        EXPECT_TRUE(t && !t->isEmpty());
        return t && !t->isEmpty() ? t->first() : domain::Specimen{};
    }

    QTemporaryDir m_home;
    QString m_barcode;
    qint64 m_dossierId = 0;
};

TEST_P(ReceiveCli, ReceivesOnceThenRefusesTheSecondScanWithExitFour)
{
    const CliRun ok = sgl({u"receive"_s, u"--barcode"_s, m_barcode, u"--user"_s, u"technicien"_s});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"réceptionné"_s)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"par technicien"_s)) << ok.out.toStdString();
    EXPECT_EQ(tube().status, domain::Specimen::Status::Received);
    EXPECT_EQ(tube().receivedBy, u"technicien"_s);

    const CliRun twice = sgl({u"receive"_s, u"--barcode"_s, m_barcode, u"--user"_s, u"secretaire"_s});
    EXPECT_EQ(twice.code, 4);
    EXPECT_TRUE(twice.err.contains(u"[specimen.already_received]"_s)) << twice.err.toStdString();
    EXPECT_TRUE(twice.err.contains(u"technicien"_s)) << twice.err.toStdString();
    EXPECT_EQ(tube().receivedBy, u"technicien"_s);
}

TEST_P(ReceiveCli, RefusalsExitFourAndChangeNothing)
{
    QString badCheck = m_barcode;
    badCheck[badCheck.size() - 1] = badCheck.back() == u'A' ? u'B' : u'A';
    const struct {
        QStringList args;
        const char *code;
    } cases[] = {
        {{u"--barcode"_s, badCheck}, "[specimen.bad_check_character]"},
        {{u"--barcode"_s, u"12"_s}, "[specimen.malformed_barcode]"},
        {{u"--barcode"_s, u"00009999"_s + badCheck.back()}, "[specimen."},
        {{u"--barcode"_s, m_barcode, u"--user"_s, u"inconnu"_s}, "[cli.rejected_user]"},
        {{u"--barcode"_s, m_barcode, u"--user"_s, u"biologiste"_s}, "[auth.forbidden]"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.args.join(u' ').toStdString());
        const CliRun r = sgl(QStringList{u"receive"_s} + c.args);
        EXPECT_EQ(r.code, 4) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.code))) << r.err.toStdString();
    }
    EXPECT_EQ(tube().status, domain::Specimen::Status::Expected);
    EXPECT_EQ(sgl({u"receive"_s}).code, 1);
    EXPECT_EQ(sgl({u"receive"_s, u"--barcode"_s, m_barcode, u"--bogus"_s, u"x"_s}).code, 1);
    const CliRun help = sgl({u"receive"_s, u"--help"_s});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(u"Codes de sortie"_s)) << help.out.toStdString();
    // Without --user the system session receives, named in the record.
    const CliRun system = sgl({u"receive"_s, u"--barcode"_s, m_barcode.toLower()});
    ASSERT_EQ(system.code, 0) << system.err.toStdString();
    EXPECT_EQ(tube().receivedBy, u"system:sgl receive"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReceiveCli, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
