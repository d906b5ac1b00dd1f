// DMP web access in the patient's context (DmpWebAccess), both backends: only a qualified INS,
// only a Pro Santé Connect session, the URL carries the INS and its OID, every access and refusal
// is audited in the same transaction as the patient read.

#include "Samples.h"
#include "StorageFixture.h"

#include "domain/identity/NirKey.h"
#include "interop/dmp/ErrorCodes.h"
#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dmp/DmpWebAccess.h"

#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using workflow::dmp::DmpWebAccess;
using workflow::dmp::DmpWebAccessConfig;

namespace {

const QString kPortal = u"https://dmp.example.test/ps/acces-contexte?source=lps"_s;
const QString kMatricule = u"2800275056123"_s;

domain::Ins testIns()
{
    domain::Ins ins;
    ins.matricule = kMatricule;
    ins.key = domain::NirKey::computeText(kMatricule);
    ins.oid = u"1.2.250.1.213.1.4.10"_s;
    return ins;
}

class DmpWebAccessTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_patient = store(domain::IdentityStatus::Qual, testIns(), u"IPP-Q"_s);
    }

    domain::Patient store(domain::IdentityStatus status, const domain::Ins &ins, const QString &ipp)
    {
        domain::Patient p = sgl::testing::samplePatient(ipp);
        p.status = status;
        p.ins = ins;
        auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::insert(tx, p, sgl::testing::actor()); });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return p;
    }

    static domain::UserSession pscSession(domain::Role role = domain::Role::Biologist)
    {
        domain::UserSession s;
        s.userId = 12;
        s.login = u"bio.psc"_s;
        s.displayName = u"Dr Test PSC"_s;
        s.rpps = u"10101010105"_s;
        s.roles = {role};
        s.workstation = u"poste-test"_s;
        s.signInMethod = domain::SignInMethod::ProSanteConnect;
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.expiresAt = s.startedAt.addSecs(3600);
        return s;
    }

    DmpWebAccess access(domain::UserSession session = pscSession(), QString portal = kPortal)
    {
        DmpWebAccessConfig c;
        c.portalUrl = std::move(portal);
        c.lpsVersion = u"9.9"_s;
        return DmpWebAccess(*m_db, std::move(session), c);
    }

    QStringList auditActions(qint64 patientId)
    {
        auto a = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, u"patient"_s, QString::number(patientId));
        });
        EXPECT_TRUE(a);
        QStringList out;
        for (const auto &e : a ? *a : QList<domain::AuditEntry>{})
            if (e.action.startsWith(u"dmp."_s))
                out << e.action + u' ' + e.after;
        return out;
    }

    domain::Patient m_patient;
};

} // namespace

TEST_P(DmpWebAccessTest, QualifiedInsOpensThePortalWithTheInsAndItsOid)
{
    auto link = access().openForPatient(m_patient.id);
    ASSERT_TRUE(link) << link.error().toString().toStdString();
    const QUrlQuery q(link->url);
    EXPECT_EQ(link->url.scheme(), u"https"_s);
    EXPECT_EQ(link->url.host(), u"dmp.example.test"_s);
    EXPECT_EQ(link->url.path(), u"/ps/acces-contexte"_s);
    EXPECT_EQ(q.queryItemValue(u"ins"_s), testIns().full());
    EXPECT_EQ(q.queryItemValue(u"ins"_s).size(), 15);
    EXPECT_EQ(q.queryItemValue(u"ins_oid"_s), u"1.2.250.1.213.1.4.10"_s);
    EXPECT_EQ(q.queryItemValue(u"rpps_hint"_s), u"10101010105"_s);
    EXPECT_EQ(q.queryItemValue(u"lps_version"_s), u"9.9"_s);
    EXPECT_EQ(q.queryItemValue(u"source"_s), u"lps"_s) << "the portal's own parameter is kept";
    // No identity trait travels: the INS is enough for the portal.
    EXPECT_FALSE(link->url.toString().contains(u"DUPONT"_s, Qt::CaseInsensitive));
    EXPECT_EQ(link->patientLocalId, u"IPP-Q"_s);
}

TEST_P(DmpWebAccessTest, AccessIsAuditedWithoutTheInsInTheSameTransactionAsTheRead)
{
    ASSERT_TRUE(access().openForPatient(m_patient.id));
    const QStringList rows = auditActions(m_patient.id);
    ASSERT_EQ(rows.size(), 1) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.first().startsWith(u"dmp.web_access {"_s));
    EXPECT_TRUE(rows.first().contains(u"1.2.250.1.213.1.4.10"_s));
    EXPECT_TRUE(rows.first().contains(u"10101010105"_s));
    EXPECT_TRUE(rows.first().contains(u"dmp.example.test/ps/acces-contexte"_s));
    EXPECT_FALSE(rows.first().contains(kMatricule)) << "the audit trail names the patient by id, not by INS";
    auto all = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"patient"_s, QString::number(m_patient.id));
    });
    ASSERT_TRUE(all);
    int reads = 0;
    for (const auto &e : *all)
        reads += e.action == u"patient.read"_s ? 1 : 0;
    EXPECT_GE(reads, 1) << "the patient read behind the link is audited too";
}

TEST_P(DmpWebAccessTest, ProvisionalIdentityIsRefusedWithItsStatus)
{
    const domain::Patient prov = store(domain::IdentityStatus::Prov, {}, u"IPP-P"_s);
    auto link = access().openForPatient(prov.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::DmpWebInsNotQualified);
    EXPECT_TRUE(link.error().message.startsWith(u"INS non qualifiée : identité provisoire (pas d'INS)"_s))
        << link.error().message.toStdString();
    const QStringList rows = auditActions(prov.id);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows.first().startsWith(u"dmp.web_access_refused"_s));
    EXPECT_TRUE(rows.first().contains(u"dmpweb.ins_not_qualified"_s));
}

TEST_P(DmpWebAccessTest, RetrievedInsNotYetQualifiedIsRefused)
{
    const domain::Patient recup = store(domain::IdentityStatus::Recup, testIns(), u"IPP-R"_s);
    auto link = access().openForPatient(recup.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::DmpWebInsNotQualified);
    EXPECT_TRUE(link.error().message.contains(u"identité récupérée"_s)) << link.error().message.toStdString();
    EXPECT_FALSE(link.error().message.contains(u"pas d'INS"_s));
}

TEST_P(DmpWebAccessTest, NoInsIsRefused)
{
    // Validated identity (document checked) without INS, and a qualified record that lost its INS.
    const domain::Patient vali = store(domain::IdentityStatus::Vali, {}, u"IPP-V"_s);
    auto link = access().openForPatient(vali.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::DmpWebInsNotQualified);
    EXPECT_TRUE(link.error().message.contains(u"pas d'INS"_s)) << link.error().message.toStdString();

    domain::Patient qualWithout = m_patient;
    qualWithout.ins = {};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::PatientRepository::update(tx, qualWithout, sgl::testing::actor());
    }));
    auto none = access().openForPatient(m_patient.id);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::DmpWebNoIns);
    EXPECT_TRUE(none.error().message.contains(u"IPP-Q"_s));
}

TEST_P(DmpWebAccessTest, MalformedStoredInsIsNotSent)
{
    domain::Ins bad = testIns();
    bad.key = bad.key == u"00"_s ? u"01"_s : u"00"_s;
    const domain::Patient p = store(domain::IdentityStatus::Qual, bad, u"IPP-K"_s);
    auto link = access().openForPatient(p.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, interop::dmp::errc::WebAccessIns);
}

TEST_P(DmpWebAccessTest, PasswordSessionIsRefusedBeforeAnyPatientRead)
{
    domain::UserSession password = pscSession();
    password.signInMethod = domain::SignInMethod::Password;
    password.expiresAt = {};
    DmpWebAccess a = access(password);
    auto available = a.available();
    ASSERT_FALSE(available);
    EXPECT_EQ(available.error().code, workflow::errc::DmpWebPscRequired);
    EXPECT_TRUE(available.error().message.contains(u"Pro Santé Connect"_s));
    auto link = a.openForPatient(m_patient.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::DmpWebPscRequired);
    EXPECT_TRUE(auditActions(m_patient.id).isEmpty()) << "refused before reading the patient";
}

TEST_P(DmpWebAccessTest, ExpiredPscSessionIsRefused)
{
    DmpWebAccess a = access();
    a.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(7200); });
    auto link = a.openForPatient(m_patient.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::DmpWebPscExpired);
}

TEST_P(DmpWebAccessTest, PermissionAndConfigurationAreCheckedFirst)
{
    domain::UserSession admin = pscSession(domain::Role::Admin);
    auto forbidden = access(admin).openForPatient(m_patient.id);
    ASSERT_FALSE(forbidden);
    EXPECT_NE(forbidden.error().code, workflow::errc::DmpWebPscRequired);
    EXPECT_TRUE(auditActions(m_patient.id).isEmpty());

    auto unconfigured = access(pscSession(), QString()).available();
    ASSERT_FALSE(unconfigured);
    EXPECT_EQ(unconfigured.error().code, workflow::errc::DmpWebNotConfigured);

    auto notHttps = access(pscSession(), u"http://dmp.example.test/ps"_s).openForPatient(m_patient.id);
    ASSERT_FALSE(notHttps);
    EXPECT_EQ(notHttps.error().code, interop::dmp::errc::WebAccessUrl);

    DmpWebAccessConfig broken = DmpWebAccessConfig::fromSettings(
        std::unexpected(domain::Error{interop::dmp::errc::Config.toString(), u"[dmp] illisible"_s, u"sgl.conf"_s}));
    auto settingsError = DmpWebAccess(*m_db, pscSession(), broken).available();
    ASSERT_FALSE(settingsError);
    EXPECT_EQ(settingsError.error().code, workflow::errc::DmpWebNotConfigured);
    EXPECT_TRUE(settingsError.error().message.contains(u"[dmp] illisible"_s));
}

TEST_P(DmpWebAccessTest, NoPatientMissingPatientAndMergedPatient)
{
    auto none = access().openForPatient(0);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::DmpWebNoPatient);
    auto missing = access().openForPatient(m_patient.id + 1000);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);

    domain::Patient merged = m_patient;
    merged.mergedInto = store(domain::IdentityStatus::Prov, {}, u"IPP-S"_s).id;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::PatientRepository::update(tx, merged, sgl::testing::actor());
    }));
    auto link = access().openForPatient(m_patient.id);
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().code, workflow::errc::IdentityMerged);
}

TEST_P(DmpWebAccessTest, PortalAddressIsReadFromTheDmpSectionEvenWithoutPublication)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sgl.conf"_s);
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[dmp]\nweb_access_url=https://127.0.0.1:8443/web-ps/acces-contexte\nlps_name=SGL-LABO\n");
    }
    auto settings = workflow::dispatch::DmpSettings::load(file);
    ASSERT_TRUE(settings) << settings.error().toString().toStdString();
    EXPECT_FALSE(settings->isConfigured()) << "publication stays off";
    const DmpWebAccessConfig c = DmpWebAccessConfig::fromSettings(settings);
    EXPECT_EQ(c.portalUrl, u"https://127.0.0.1:8443/web-ps/acces-contexte"_s);
    EXPECT_EQ(c.lpsName, u"SGL-LABO"_s);
    auto link = DmpWebAccess(*m_db, pscSession(), c).openForPatient(m_patient.id);
    ASSERT_TRUE(link) << link.error().toString().toStdString();
    EXPECT_EQ(QUrlQuery(link->url).queryItemValue(u"lps_name"_s), u"SGL-LABO"_s);

    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[dmp]\nweb_access_url=http://dmp.example.test/\n");
    }
    auto bad = workflow::dispatch::DmpSettings::load(file);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(u"web_access_url"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, DmpWebAccessTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
