// Pro Santé Connect login (issue 14 item 1): the validated PSC identity opens the session of the
// local account linked by RPPS; unknown, ambiguous, disabled, directory-unknown professionals are
// refused with a French reason; every attempt, logout and expiry is audited (never a token).
// Also the lab setting that forbids biologists' password login. Both databases.

#include "DirectoryTestSupport.h"

#include "interop/psc/ErrorCodes.h"
#include "storage/AuditRepository.h"
#include "storage/UserRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/auth/AuthService.h"
#include "workflow/auth/PscLogin.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

domain::SecurityPolicy fastPolicy()
{
    domain::SecurityPolicy p;
    p.pbkdf2Iterations = 1000; // speed only
    return p;
}

interop::psc::PscIdentity identityOf(const QString &rpps, const QString &given = u"BEATRICE"_s,
                                     const QString &family = u"BIOLOGISTE"_s)
{
    interop::psc::PscIdentity id;
    id.professional.subject = u"f:psc-sub-"_s + rpps;
    id.professional.subjectNameId = u"8"_s + rpps;
    id.professional.rpps = rpps;
    id.professional.givenName = given;
    id.professional.familyName = family;
    id.idToken.subject = id.professional.subject;
    id.tokens.accessToken = "jeton-acces-secret-ne-pas-journaliser";
    id.tokens.refreshToken = "jeton-rafraichissement-secret";
    id.tokens.tokenType = u"Bearer"_s;
    id.tokens.accessExpiresAt = QDateTime(QDate(2026, 12, 7), QTime(9, 5), Qt::UTC);
    id.tokens.refreshExpiresAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    return id;
}

class PscLoginTest : public sgl::testing::DirectoryTest {
protected:
    void SetUp() override
    {
        DirectoryTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::UserAdmin admin(*m_db, fastPolicy());
        const auto actor = domain::AuditActor::system(u"test"_s, u"ws"_s);
        auto bio = admin.createUserAsSystem(actor, {u"biologiste"_s, u"Dr Béatrice Biologiste"_s, u"Validation-2026"_s,
                                                    {domain::Role::Biologist}, u"10101010105"_s});
        ASSERT_TRUE(bio) << bio.error().toString().toStdString();
        m_bio = *bio;
        auto tech = admin.createUserAsSystem(actor, {u"technicien"_s, u"Théo Technicien"_s, u"Paillasse-2026"_s,
                                                     {domain::Role::Technician}, QString()});
        ASSERT_TRUE(tech) << tech.error().toString().toStdString();
    }
    QList<domain::AuditEntry> audit(const QString &entity)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, u"user"_s, entity);
        });
        EXPECT_TRUE(r);
        return r.value_or(QList<domain::AuditEntry>());
    }
    QStringList actions(const QString &entity)
    {
        QStringList out;
        for (const auto &e : audit(entity))
            out << e.action;
        return out;
    }
    void setActive(const QString &login, bool active)
    {
        auto s = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto u = storage::UserRepository::findByLogin(tx, login);
            if (!u)
                return std::unexpected(u.error());
            domain::UserAccount a = **u;
            a.active = active;
            return storage::UserRepository::update(tx, a);
        });
        ASSERT_TRUE(s) << s.error().toString().toStdString();
    }
    domain::UserAccount m_bio;
};

TEST_P(PscLoginTest, LinkedRppsOpensAPscSessionAndAuditsItWithoutTokens)
{
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    const auto identity = identityOf(u"10101010105"_s);
    auto s = login.open(identity);
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    EXPECT_EQ(s->login, u"biologiste"_s);
    EXPECT_EQ(s->userId, m_bio.id);
    EXPECT_EQ(s->rpps, u"10101010105"_s);
    EXPECT_EQ(s->roles, QList<domain::Role>{domain::Role::Biologist});
    EXPECT_EQ(s->signInMethod, domain::SignInMethod::ProSanteConnect);
    EXPECT_EQ(s->expiresAt, identity.tokens.accessExpiresAt);
    EXPECT_EQ(s->workstation, u"poste-psc"_s);

    const auto rows = audit(u"biologiste"_s);
    ASSERT_FALSE(rows.isEmpty());
    const domain::AuditEntry &last = rows.last();
    EXPECT_EQ(last.action, u"auth.psc_login"_s);
    EXPECT_TRUE(last.after.contains(u"10101010105"_s)) << last.after.toStdString();
    EXPECT_FALSE(last.after.contains(u"jeton"_s)) << "tokens are never audited";

    ASSERT_TRUE(login.recordLogout(*s));
    ASSERT_TRUE(login.recordExpiry(*s, u"refresh_failed"_s));
    const QStringList after = actions(u"biologiste"_s);
    EXPECT_TRUE(after.contains(u"auth.logout"_s));
    EXPECT_TRUE(after.contains(u"auth.session_expired"_s));
}

TEST_P(PscLoginTest, UnknownRppsIsRefusedNamingTheRppsAndAudited)
{
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    auto s = login.open(identityOf(u"10101010204"_s, u"PAUL"_s, u"PHARMABIO"_s));
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, workflow::errc::AuthPscUnknownRpps);
    EXPECT_TRUE(s.error().message.startsWith(u"Aucun compte du laboratoire n'est rattaché au RPPS 10101010204"_s))
        << s.error().message.toStdString();
    EXPECT_EQ(actions(u"rpps:10101010204"_s), QStringList{u"auth.psc_login_refused"_s});
    auto attempts = m_db->read([](storage::ReadTx &tx) {
        return storage::UserRepository::countAttempts(tx, u"rpps:10101010204"_s);
    });
    ASSERT_TRUE(attempts);
    EXPECT_EQ(*attempts, 1);
}

TEST_P(PscLoginTest, IdentityWithoutRppsAndAmbiguousRppsAreRefused)
{
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    auto adeli = identityOf(QString());
    adeli.professional.subjectNameId = u"0691234567"_s;
    auto none = login.open(adeli);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::AuthPscNoRpps);

    workflow::UserAdmin admin(*m_db, fastPolicy());
    auto twin = admin.createUserAsSystem(domain::AuditActor::system(u"test"_s, u"ws"_s),
                                         {u"biologiste2"_s, u"Dr Double"_s, u"Validation-2026"_s,
                                          {domain::Role::Biologist}, u"10101010105"_s});
    ASSERT_TRUE(twin) << twin.error().toString().toStdString();
    auto ambiguous = login.open(identityOf(u"10101010105"_s));
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().code, workflow::errc::AuthPscAmbiguousRpps);
}

TEST_P(PscLoginTest, DisabledAccountIsRefusedAndAudited)
{
    setActive(u"biologiste"_s, false);
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    auto s = login.open(identityOf(u"10101010105"_s));
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, workflow::errc::AuthDisabled);
    EXPECT_TRUE(actions(u"biologiste"_s).contains(u"auth.psc_login_refused"_s));
    EXPECT_FALSE(actions(u"biologiste"_s).contains(u"auth.psc_login"_s));
}

TEST_P(PscLoginTest, ProfessionalAbsentFromTheImportedDirectoryIsRefused)
{
    // An extraction without 10101010105: the professional is unknown or no longer active.
    auto r = import(file(sgl::testing::syntheticExtract(50, 3, {sgl::testing::epinasse()})), 100);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    auto s = login.open(identityOf(u"10101010105"_s));
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, workflow::errc::AuthPscDirectory);
    EXPECT_TRUE(s.error().message.contains(u"10101010105"_s)) << s.error().message.toStdString();
    EXPECT_TRUE(actions(u"biologiste"_s).contains(u"auth.psc_login_refused"_s));
}

TEST_P(PscLoginTest, ProfessionalListedInTheDirectoryIsAccepted)
{
    auto listed = interop::directory::SyntheticExtract::professional(u"10101010105"_s, u"BIOLOGISTE"_s,
                                                                      u"Béatrice"_s, u"21"_s);
    auto r = import(file(sgl::testing::syntheticExtract(50, 3, {listed})), 100);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    auto s = login.open(identityOf(u"10101010105"_s));
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    EXPECT_EQ(s->signInMethod, domain::SignInMethod::ProSanteConnect);
}

TEST_P(PscLoginTest, InteropFailuresAreAuditedToo)
{
    workflow::PscLogin login(*m_db, u"poste-psc"_s);
    const domain::Error tampered{QString(interop::psc::errc::TokenSignature), u"Signature du jeton d'identité invalide"_s, {}};
    ASSERT_TRUE(login.recordFailure(tampered));
    const auto rows = audit(u"psc"_s);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().action, u"auth.psc_login_refused"_s);
    EXPECT_TRUE(rows.first().after.contains(interop::psc::errc::TokenSignature));
}

TEST_P(PscLoginTest, LabCanForbidPasswordLoginForBiologistsOnly)
{
    domain::SecurityPolicy policy = fastPolicy();
    policy.biologistPasswordLogin = false;
    workflow::AuthService auth(*m_db, policy, u"poste-1"_s);
    auto bio = auth.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_FALSE(bio);
    EXPECT_EQ(bio.error().code, workflow::errc::AuthPasswordForbidden);
    EXPECT_TRUE(bio.error().message.contains(u"Pro Santé Connect"_s));
    EXPECT_TRUE(actions(u"biologiste"_s).contains(u"auth.login_refused_password"_s));
    auto tech = auth.authenticate(u"technicien"_s, u"Paillasse-2026"_s);
    ASSERT_TRUE(tech) << tech.error().toString().toStdString();
    EXPECT_EQ(tech->signInMethod, domain::SignInMethod::Password);

    // Default: allowed (the lab has to opt out).
    workflow::AuthService byDefault(*m_db, fastPolicy(), u"poste-1"_s);
    auto allowed = byDefault.authenticate(u"biologiste"_s, u"Validation-2026"_s);
    ASSERT_TRUE(allowed) << allowed.error().toString().toStdString();
    // A PSC login still works when the password is forbidden.
    workflow::PscLogin psc(*m_db, u"poste-psc"_s);
    EXPECT_TRUE(psc.open(identityOf(u"10101010105"_s)));
}

INSTANTIATE_TEST_SUITE_P(Backends, PscLoginTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
