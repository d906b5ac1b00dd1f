// INSi in CPx mode from the workflow: the card (a SoftHSM2 token holding the test PKI card) opened
// by CpxInsiAccess, then QualifyIdentity against the simulator's CPx listener, on both databases.
#include "IdentityWorkflowFixture.h"
#include "SoftHsmToken.h"

#include "interop/cps/ErrorCodes.h"
#include "storage/PatientRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/identity/CpxInsiAccess.h"
#include "workflow/identity/QualifyIdentity.h"

using namespace sgl;
using namespace sgl::workflow::identity;
using domain::IdentityStatus;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

class CpxInsiAccessTest : public IdentityWorkflowTest
{
protected:
    void SetUp() override
    {
        const QString why = SoftHsmToken::unavailableReason();
        if (!why.isEmpty())
            GTEST_SKIP() << why.toStdString();
        IdentityWorkflowTest::SetUp();
        m_token = std::make_unique<SoftHsmToken>();
        ASSERT_TRUE(m_token->initToken().isEmpty());
        auto &env = InsiSimTestEnv::instance();
        ASSERT_TRUE(m_token->import(env.pki("card.key.pem"), env.pki("card.pem"), "card", 1).isEmpty());
    }

    static CpxInsiSettings settings()
    {
        auto &env = InsiSimTestEnv::instance();
        CpxInsiSettings s;
        s.card.modulePath = QString::fromLatin1(SoftHsmToken::kModule);
        s.insi = env.config(env.normal().cpxEndpoint());
        return s;
    }

    static interop::cps::CpsPin pin(const char *text = SoftHsmToken::kUserPin)
    {
        QString s = QString::fromLatin1(text);
        return interop::cps::CpsPin::take(s);
    }

    std::unique_ptr<SoftHsmToken> m_token;
};

TEST_P(CpxInsiAccessTest, TheCardQualifiesAnIdentity)
{
    const domain::Patient p = registerOk(request("Adrun", "Zoé", Sex::Female, QDate(1975, 12, 31)));
    auto access = CpxInsiAccess::open(session(), settings(), pin());
    ASSERT_TRUE(access.has_value()) << access.error().toString().toStdString();
    EXPECT_EQ((*access)->holder().nationalId, QStringLiteral("899900012345"));
    QualifyIdentity q(*m_db, session(), **access);
    auto lookup = q.lookup(p.id);
    ASSERT_TRUE(lookup.has_value()) << lookup.error().toString().toStdString();
    ASSERT_EQ(lookup->outcome, interop::insi::InsiOutcome::Found);
    auto accepted = q.accept(*lookup);
    ASSERT_TRUE(accepted.has_value()) << accepted.error().toString().toStdString();
    EXPECT_EQ(accepted->status, IdentityStatus::Recup);
    EXPECT_EQ(accepted->ins.full(), QStringLiteral("275126322011034"));
    EXPECT_EQ(InsiSimTestEnv::instance().normal().calls().last().cpxNationalId, QStringLiteral("899900012345"));
}

TEST_P(CpxInsiAccessTest, PermissionIsCheckedBeforeTheCard)
{
    CpxInsiSettings none; // not even configured: the permission comes first
    auto refused = CpxInsiAccess::open(sessionOf({domain::Role::Technician}, 9, QStringLiteral("tech")), none, pin());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.forbidden"));
}

TEST_P(CpxInsiAccessTest, NotConfiguredIsSaid)
{
    CpxInsiSettings none;
    auto refused = CpxInsiAccess::open(session(), none, pin());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, workflow::errc::IdentityCpxNotConfigured);
}

TEST_P(CpxInsiAccessTest, WrongPinComesBackFromTheCard)
{
    auto refused = CpxInsiAccess::open(session(), settings(), pin("0000"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, interop::cps::errc::PinIncorrect);
}

TEST_P(CpxInsiAccessTest, AnotherProfessionalsCardIsRefused)
{
    domain::UserSession bio = biologist();
    bio.roles.append(domain::Role::Secretary); // the desk role: IdentityQualify
    bio.rpps = QStringLiteral("10000000001");
    auto refused = CpxInsiAccess::open(bio, settings(), pin());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, workflow::errc::IdentityCpxHolderMismatch);
    bio.rpps = QStringLiteral("99900012345"); // national id 8 + RPPS: the holder
    EXPECT_TRUE(CpxInsiAccess::open(bio, settings(), pin()).has_value());
}

TEST_P(CpxInsiAccessTest, ModesFollowTheSettings)
{
    EXPECT_EQ(CpxInsiAccess::availableModes(true, {}), QList<InsiMode>{InsiMode::OrganisationCertificate});
    EXPECT_EQ(CpxInsiAccess::availableModes(false, settings()), QList<InsiMode>{InsiMode::CpxCard});
    EXPECT_EQ(CpxInsiAccess::availableModes(true, settings()),
              (QList<InsiMode>{InsiMode::OrganisationCertificate, InsiMode::CpxCard}));
    EXPECT_TRUE(CpxInsiAccess::availableModes(false, {}).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CpxInsiAccessTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
