#include "simulators/pki/RsaTestPki.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>

using sgl::simulators::pki::RsaTestPki;
using sgl::simulators::pki::RsaTestPkiOptions;

namespace {

class RsaTestPkiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        RsaTestPkiOptions options;
        options.organisationName = QStringLiteral("LABORATOIRE DES ÉCLUSES");
        options.mailbox = QStringLiteral("labo-ecluses@sgl-test.mssante.fr");
        created = RsaTestPki::create(dir->path(), options).has_value();
    }
    static void TearDownTestSuite() { delete dir; }
    static QSslCertificate cert(const char *name)
    {
        const auto list = QSslCertificate::fromPath(RsaTestPki::file(dir->path(), name));
        return list.isEmpty() ? QSslCertificate() : list.first();
    }
    /** `openssl verify` as an independent check of the chain; "" when the CLI is absent. */
    static QString opensslVerify(const char *caFile, const char *leaf)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            return {};
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                            RsaTestPki::file(dir->path(), caFile), RsaTestPki::file(dir->path(), leaf)});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAll()).trimmed();
    }
    static inline QTemporaryDir *dir = nullptr;
    static inline bool created = false;
};

TEST_F(RsaTestPkiTest, WritesEveryCertificateAndPkcs8RsaKey)
{
    ASSERT_TRUE(created);
    for (const char *base : {"ca", "server", "org", "expired-org", "rogue-ca", "rogue-org", "mail-client"}) {
        const QString stem = RsaTestPki::file(dir->path(), base);
        QFile keyFile(stem + QStringLiteral(".key.pem"));
        ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly)) << base;
        const QByteArray pem = keyFile.readAll();
        EXPECT_TRUE(pem.startsWith("-----BEGIN PRIVATE KEY-----")) << base;
        EXPECT_EQ(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions())
            << base;
        const QSslKey key(pem, QSsl::Rsa);
        EXPECT_FALSE(key.isNull()) << base;
        EXPECT_EQ(key.length(), 2048) << base;
        const QSslCertificate c = cert((std::string(base) + ".pem").c_str());
        ASSERT_FALSE(c.isNull()) << base;
        EXPECT_EQ(c.publicKey().algorithm(), QSsl::Rsa) << base;
    }
}

TEST_F(RsaTestPkiTest, SubjectsFollowTheContract)
{
    ASSERT_TRUE(created);
    EXPECT_EQ(cert("ca.pem").subjectInfo(QSslCertificate::CommonName).value(0),
              QString::fromLatin1(RsaTestPki::CaCommonName));
    const QSslCertificate org = cert("org.pem");
    EXPECT_EQ(org.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("DMP SIGN"));
    EXPECT_EQ(org.subjectInfo(QSslCertificate::Organization).value(0), QStringLiteral("LABORATOIRE DES ÉCLUSES"));
    EXPECT_EQ(org.subjectInfo(QSslCertificate::OrganizationalUnitName).value(0), QStringLiteral("10B0152872"));
    EXPECT_EQ(org.issuerInfo(QSslCertificate::CommonName).value(0), QString::fromLatin1(RsaTestPki::CaCommonName));
    const QSslCertificate server = cert("server.pem");
    const auto san = server.subjectAlternativeNames();
    EXPECT_TRUE(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    EXPECT_TRUE(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    const QSslCertificate mail = cert("mail-client.pem");
    EXPECT_TRUE(mail.subjectAlternativeNames().values(QSsl::EmailEntry).contains(QStringLiteral("labo-ecluses@sgl-test.mssante.fr")));
    EXPECT_EQ(mail.subjectInfo(QSslCertificate::EmailAddress).value(0), QStringLiteral("labo-ecluses@sgl-test.mssante.fr"));
    EXPECT_NE(cert("rogue-org.pem").issuerInfo(QSslCertificate::CommonName).value(0),
              QString::fromLatin1(RsaTestPki::CaCommonName));
}

TEST_F(RsaTestPkiTest, ValidityWindows)
{
    ASSERT_TRUE(created);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate org = cert("org.pem");
    EXPECT_LT(org.effectiveDate(), now);
    EXPECT_GT(org.expiryDate(), now.addDays(300));
    const QSslCertificate expired = cert("expired-org.pem");
    EXPECT_LT(expired.expiryDate(), now);
}

TEST_F(RsaTestPkiTest, OpensslVerifiesTheChainsIndependently)
{
    ASSERT_TRUE(created);
    const QString ok = opensslVerify("ca.pem", "org.pem");
    if (ok.isEmpty())
        GTEST_SKIP() << "openssl CLI absent";
    EXPECT_TRUE(ok.endsWith(QStringLiteral(": OK"))) << ok.toStdString();
    EXPECT_TRUE(opensslVerify("ca.pem", "server.pem").endsWith(QStringLiteral(": OK")));
    EXPECT_TRUE(opensslVerify("ca.pem", "mail-client.pem").endsWith(QStringLiteral(": OK")));
    EXPECT_TRUE(opensslVerify("rogue-ca.pem", "rogue-org.pem").endsWith(QStringLiteral(": OK")));
    EXPECT_FALSE(opensslVerify("ca.pem", "rogue-org.pem").endsWith(QStringLiteral(": OK")));
    EXPECT_TRUE(opensslVerify("ca.pem", "expired-org.pem").contains(QStringLiteral("expired")));
}

TEST_F(RsaTestPkiTest, EnsureReusesAnUpToDatePki)
{
    QTemporaryDir cache;
    ASSERT_TRUE(RsaTestPki::ensure(cache.path()).has_value());
    const auto readCa = [&] {
        QFile f(RsaTestPki::file(cache.path(), "ca.pem"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray first = readCa();
    ASSERT_FALSE(first.isEmpty());
    ASSERT_TRUE(RsaTestPki::ensure(cache.path()).has_value());
    EXPECT_EQ(readCa(), first);
    RsaTestPkiOptions other;
    other.organisationName = QStringLiteral("AUTRE LABO");
    ASSERT_TRUE(RsaTestPki::ensure(cache.path(), other).has_value());
    EXPECT_NE(readCa(), first);
    ASSERT_TRUE(QFile::remove(RsaTestPki::file(cache.path(), "rogue-org.key.pem")));
    const QByteArray second = readCa();
    ASSERT_TRUE(RsaTestPki::ensure(cache.path(), other).has_value());
    EXPECT_NE(readCa(), second);
    EXPECT_TRUE(QFile::exists(RsaTestPki::file(cache.path(), "rogue-org.key.pem")));
}

TEST_F(RsaTestPkiTest, RefusesAnUnwritableDirectory)
{
    const auto status = RsaTestPki::create(QStringLiteral("/proc/sgl-no-such-dir/pki"));
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, QStringLiteral("sim.pki"));
}

} // namespace
