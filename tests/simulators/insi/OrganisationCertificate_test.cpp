#include "InsiSimTestEnv.h"

#include "interop/insi/OrganisationCertificate.h"

#include <gtest/gtest.h>

using namespace sgl::interop::insi;

TEST(OrganisationCertificate, ReadsSubjectAndEnforcesCn)
{
    auto &env = InsiSimTestEnv::instance();
    auto ok = OrganisationCertificate::load(env.pki("client-auto.pem"), env.pki("client-auto.key.pem"));
    ASSERT_TRUE(ok.has_value()) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->commonName, QStringLiteral("INSI-AUTO"));
    EXPECT_EQ(ok->organisationalUnit, QStringLiteral("10B0152872"));
    EXPECT_EQ(ok->issuerCommonName, QStringLiteral("SGL TEST AC ORGANISATIONS"));
    auto wrong = OrganisationCertificate::load(env.pki("client-wrongcn.pem"));
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().code, QStringLiteral("insi.certificate_cn"));
    EXPECT_FALSE(OrganisationCertificate::isInsiCommonName(QStringLiteral("insi-auto")));
}

TEST(OrganisationCertificate, UnreadableFilesAreErrors)
{
    auto &env = InsiSimTestEnv::instance();
    EXPECT_EQ(OrganisationCertificate::load(QStringLiteral("/nonexistent.pem")).error().code,
              QStringLiteral("insi.certificate_read"));
    EXPECT_EQ(OrganisationCertificate::load(env.pki("client-auto.key.pem")).error().code,
              QStringLiteral("insi.certificate_read"));
}
