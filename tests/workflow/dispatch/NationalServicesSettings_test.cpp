// The [dmp] and [mssante] settings use case of the administration screen (issue 13), on both
// backends (the audit row): field checks naming the field, certificates and keys really loaded
// (a throwaway RSA PKI), the file written being the one DmpSettings/MssSettings read back,
// passwords kept when left empty, permission required.

#include "DispatchTestSupport.h"

#include "simulators/pki/RsaTestPki.h"
#include "workflow/ErrorCodes.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dispatch/MssSettings.h"
#include "workflow/dispatch/NationalServicesSettings.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using workflow::dispatch::NationalServicesSettings;

namespace {

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");

QString pki(const char *name)
{
    return simulators::pki::RsaTestPki::file(kPkiDir, name);
}

class NationalServicesSettingsTest : public sgl::testing::DispatchTest {
protected:
    void SetUp() override
    {
        DispatchTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(simulators::pki::RsaTestPki::ensure(kPkiDir));
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(u"sgl.conf"_s);
        QFile f(m_file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[database]\nurl=sqlite:///var/lib/sgl/sgl.sqlite\n"); // another section, kept
        m_admin.userId = -1;
        m_admin.login = u"admin"_s;
        m_admin.roles = {domain::Role::Admin};
    }

    QHash<QString, QString> complete() const
    {
        return {{u"dmp/endpoint"_s, u"https://dmp.test/si-dmp-server/v2/services"_s},
                {u"dmp/certificate"_s, pki("org.pem")},
                {u"dmp/key"_s, pki("org.key.pem")},
                {u"dmp/ca"_s, pki("ca.pem")},
                {u"dmp/source_oid"_s, u"1.2.250.1.999.1.2"_s},
                {u"dmp/structure_id"_s, u"10B0152872"_s},
                {u"dmp/lps_id"_s, u"SGL-1"_s},
                {u"dmp/timeout_seconds"_s, u"30"_s},
                {u"mssante/smtp_url"_s, u"smtp://mss.test:587"_s},
                {u"mssante/imap_url"_s, u"imap://mss.test:143"_s},
                {u"mssante/mailbox"_s, u"laboratoire@sgl-test.mssante.fr"_s},
                {u"mssante/certificate"_s, pki("mail-client.pem")},
                {u"mssante/key"_s, pki("mail-client.key.pem")},
                {u"mssante/ca"_s, pki("ca.pem")},
                {u"mssante/imap_password"_s, u"secret-imap"_s},
                {u"mssante/laboratory_name"_s, u"Laboratoire SGL Test"_s}};
    }

    /** The error of saving `complete()` with `key` set to `value`. */
    domain::Error refusal(const QString &key, const QString &value)
    {
        auto values = complete();
        values.insert(key, value);
        NationalServicesSettings settings(*m_db, m_file);
        auto saved = settings.save(m_admin, values);
        EXPECT_FALSE(saved) << key.toStdString() << "=" << value.toStdString();
        return saved ? domain::Error{} : saved.error();
    }

    QTemporaryDir m_dir;
    QString m_file;
    domain::UserSession m_admin;
};

} // namespace

TEST_P(NationalServicesSettingsTest, SavedSettingsAreWhatTheDispatchReadsBack)
{
    NationalServicesSettings settings(*m_db, m_file);
    ASSERT_TRUE(settings.save(m_admin, complete()));
    auto dmp = workflow::dispatch::DmpSettings::load(m_file);
    ASSERT_TRUE(dmp) << dmp.error().toString().toStdString();
    EXPECT_EQ(dmp->client.endpoint, u"https://dmp.test/si-dmp-server/v2/services"_s);
    EXPECT_EQ(dmp->client.certificatePath, pki("org.pem"));
    EXPECT_EQ(dmp->signingKeyPath, pki("org.key.pem")); // default: the authentication key
    EXPECT_EQ(dmp->client.timeoutMs, 30000);
    const auto mss = workflow::dispatch::MssSettings::fromFile(m_file);
    EXPECT_TRUE(mss.configured());
    EXPECT_EQ(mss.client.mailbox, u"laboratoire@sgl-test.mssante.fr"_s);
    EXPECT_EQ(mss.client.imapPassword, u"secret-imap"_s);
    QFile f(m_file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("url=sqlite:///var/lib/sgl/sgl.sqlite")); // other sections kept

    // Reading back: values, never passwords; an empty password keeps the stored one.
    auto loaded = settings.load(m_admin);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->value(u"mssante/mailbox"_s), u"laboratoire@sgl-test.mssante.fr"_s);
    EXPECT_TRUE(loaded->value(u"mssante/imap_password"_s).isEmpty());
    EXPECT_TRUE(settings.hasSecret(u"mssante/imap_password"_s));
    auto again = *loaded;
    again.insert(u"dmp/timeout_seconds"_s, u"45"_s);
    ASSERT_TRUE(settings.save(m_admin, again));
    EXPECT_EQ(workflow::dispatch::MssSettings::fromFile(m_file).client.imapPassword, u"secret-imap"_s);
    EXPECT_EQ(workflow::dispatch::DmpSettings::load(m_file)->client.timeoutMs, 45000);

    // Audited, with the keys changed and no password.
    auto audit = m_db->read([](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, u"settings"_s, u"dmp,mssante"_s);
    });
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2);
    EXPECT_TRUE(audit->last().after.contains(u"dmp/timeout_seconds"_s));
    for (const auto &a : *audit)
        EXPECT_FALSE(a.after.contains(u"secret-imap"_s));
}

TEST_P(NationalServicesSettingsTest, EachBadFieldIsRefusedByNameAndNothingIsWritten)
{
    const QByteArray before = [&] {
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    struct Case {
        QString key, value, expected;
    };
    const QList<Case> cases{
        {u"dmp/endpoint"_s, u"http://dmp.test/services"_s, u"https://"_s},
        {u"dmp/certificate"_s, m_dir.filePath(u"absent.pem"_s), u"introuvable"_s},
        {u"dmp/certificate"_s, pki("org.key.pem"), u"X.509"_s},
        {u"dmp/certificate"_s, pki("expired-org.pem"), u"expiré"_s},
        {u"dmp/key"_s, pki("server.key.pem"), u"ne correspond pas"_s},
        {u"dmp/key"_s, pki("org.pem"), u"clé privée illisible"_s},
        {u"dmp/ca"_s, pki("org.key.pem"), u"aucun certificat"_s},
        {u"dmp/source_oid"_s, u"1.2.x"_s, u"OID invalide"_s},
        {u"dmp/structure_id"_s, QString(), u"obligatoire"_s},
        {u"dmp/timeout_seconds"_s, u"3"_s, u"entre 5 et 600"_s},
        {u"mssante/smtp_url"_s, u"https://mss.test"_s, u"smtp://"_s},
        {u"mssante/imap_url"_s, u"pop3://mss.test"_s, u"imap://"_s},
        {u"mssante/mailbox"_s, u"laboratoire"_s, u"adresse de messagerie invalide"_s},
        {u"mssante/key"_s, pki("org.key.pem"), u"ne correspond pas"_s},
        {u"mssante/ca"_s, QString(), u"obligatoire"_s},
        {u"mssante/unknown"_s, u"x"_s, u"inconnu"_s},
    };
    NationalServicesSettings settings(*m_db, m_file);
    QHash<QString, QString> labels;
    for (const auto &f : NationalServicesSettings::fields())
        labels.insert(f.key, f.label);
    for (const Case &c : cases) {
        const domain::Error e = refusal(c.key, c.value);
        EXPECT_EQ(e.code, workflow::errc::ConfigBadSetting) << c.key.toStdString();
        EXPECT_EQ(e.location, c.key);
        EXPECT_TRUE(e.message.contains(c.expected)) << c.key.toStdString() << ": " << e.message.toStdString();
        if (labels.contains(c.key)) {
            EXPECT_TRUE(e.message.startsWith(labels.value(c.key))) << e.message.toStdString();
        }
    }
    QFile f(m_file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST_P(NationalServicesSettingsTest, OnlyAnAdministratorMaySeeOrChangeThem)
{
    domain::UserSession biologist;
    biologist.userId = -2;
    biologist.login = u"bio"_s;
    biologist.roles = {domain::Role::Biologist};
    NationalServicesSettings settings(*m_db, m_file);
    auto saved = settings.save(biologist, complete());
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, workflow::errc::AuthForbidden);
    EXPECT_FALSE(settings.load(biologist));
    EXPECT_FALSE(workflow::dispatch::DmpSettings::load(m_file)->isConfigured());
}

INSTANTIATE_TEST_SUITE_P(Backends, NationalServicesSettingsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
