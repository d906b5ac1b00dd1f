// The [dmp] section of the configuration file and the product registry built from it.

#include "interop/dmp/ErrorCodes.h"
#include "workflow/dispatch/DmpSecurityFactory.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dispatch/ProductSenders.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl;
using workflow::dispatch::DmpSettings;

namespace {

QString write(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"sgl.conf"_s);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    return path;
}

const QByteArray kComplete = "[dmp]\n"
                             "endpoint=https://dmp.test/si-dmp-server/v2/services\n"
                             "certificate=/etc/sgl/auth.pem\nkey=/etc/sgl/auth.key.pem\nca=/etc/sgl/ca.pem\n"
                             "source_oid=1.2.250.1.999.1.2\nstructure_id=1750000001\nlps_id=SGL-1\nlps_version=0.1.0\n"
                             "timeout_seconds=30\ncontent_type_code=07\ncontent_type_display=Libellé\n";

} // namespace

TEST(DmpSettings, NoFileOrNoEndpointMeansNotConfigured)
{
    QTemporaryDir dir;
    auto none = DmpSettings::load(dir.filePath(u"absent.conf"_s));
    ASSERT_TRUE(none.has_value());
    EXPECT_FALSE(none->isConfigured());
    auto empty = DmpSettings::load(write(dir, "[security]\nidle_lock_minutes=10\n[dmp]\nendpoint=\n"));
    ASSERT_TRUE(empty.has_value());
    EXPECT_FALSE(empty->isConfigured());
}

TEST(DmpSettings, ReadsTheCompleteSection)
{
    QTemporaryDir dir;
    auto s = DmpSettings::load(write(dir, kComplete));
    ASSERT_TRUE(s.has_value()) << s.error().toString().toStdString();
    EXPECT_TRUE(s->isConfigured());
    EXPECT_EQ(s->client.endpoint, u"https://dmp.test/si-dmp-server/v2/services"_s);
    EXPECT_EQ(s->client.caBundlePath, u"/etc/sgl/ca.pem"_s);
    EXPECT_EQ(s->client.sourceOid, u"1.2.250.1.999.1.2"_s);
    EXPECT_EQ(s->client.timeoutMs, 30000);
    EXPECT_EQ(s->client.contentTypeCode, u"07"_s);
    EXPECT_EQ(s->client.contentTypeDisplay, u"Libellé"_s);
    // The signing certificate defaults to the authentication one (same DN in indirect mode).
    EXPECT_EQ(s->signingCertificatePath, u"/etc/sgl/auth.pem"_s);
    EXPECT_EQ(s->signingKeyPath, u"/etc/sgl/auth.key.pem"_s);
    EXPECT_EQ(s->structureId, u"1750000001"_s);
    EXPECT_EQ(s->lpsName, u"SGL"_s);
}

TEST(DmpSettings, AMissingOrBadValueIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    for (const auto &[from, to, key] :
         {std::tuple<QByteArray, QByteArray, QString>{"ca=/etc/sgl/ca.pem\n", "", u"ca"_s},
          {"source_oid=1.2.250.1.999.1.2\n", "", u"source_oid"_s},
          {"structure_id=1750000001\n", "", u"structure_id"_s},
          {"timeout_seconds=30\n", "timeout_seconds=1\n", u"timeout_seconds"_s},
          {"timeout_seconds=30\n", "timeout_seconds=beaucoup\n", u"timeout_seconds"_s}}) {
        QByteArray text = kComplete;
        text.replace(from, to);
        auto s = DmpSettings::load(write(dir, text));
        ASSERT_FALSE(s.has_value()) << key.toStdString();
        EXPECT_EQ(s.error().code, interop::dmp::errc::Config);
        EXPECT_TRUE(s.error().message.contains(key)) << s.error().message.toStdString();
    }
}

TEST(ProductSenders, NoDmpSenderWithoutASigner)
{
    // A complete [dmp] section is not enough: a DMP sender is registered only when its client
    // (files present) and its signer (SignedDmpSecurity) can be built; otherwise the channel
    // stays unconfigured (no fake sender, no unsigned request).
    QTemporaryDir dir;
    EXPECT_TRUE(workflow::dispatch::productSenders(write(dir, kComplete)).isEmpty());
    EXPECT_TRUE(workflow::dispatch::productSenders(dir.filePath(u"absent.conf"_s)).isEmpty());
}

TEST(DmpSettings, AuthorFallbackComesFromTheSigningCertificate)
{
    DmpSettings s;
    workflow::dispatch::fillAuthorFallback(s, u"CN=DMP SIGN,OU=10B0152872,O=LABO D'ESSAI\\, SITE (NORD),C=FR"_s);
    EXPECT_EQ(s.client.authorFallbackFamily, u"LABO D'ESSAI- SITE -NORD-"_s);
    EXPECT_EQ(s.client.authorFallbackGiven, u"DMP SIGN"_s);
    // Explicit settings win.
    DmpSettings set;
    set.client.authorFallbackFamily = u"LABO"_s;
    workflow::dispatch::fillAuthorFallback(set, u"CN=X,O=Y"_s);
    EXPECT_EQ(set.client.authorFallbackFamily, u"LABO"_s);
    EXPECT_EQ(set.client.authorFallbackGiven, u"X"_s);
}
