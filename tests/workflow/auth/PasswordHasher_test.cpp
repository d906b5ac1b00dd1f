#include "workflow/auth/PasswordHasher.h"
#include "workflow/auth/PermissionGuard.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::workflow::PasswordHasher;

TEST(PasswordHasher, ProductionHashIsSaltedSlowAndVerifies)
{
    PasswordHasher hasher(310000);
    const QString a = hasher.hash(u"Validation-2026"_s);
    const QString b = hasher.hash(u"Validation-2026"_s);
    EXPECT_TRUE(a.startsWith(u"pbkdf2-sha256$310000$"_s));
    EXPECT_NE(a, b); // random salt
    EXPECT_EQ(PasswordHasher::iterationsOf(a), 310000);
    EXPECT_TRUE(PasswordHasher::verify(u"Validation-2026"_s, a));
    EXPECT_FALSE(PasswordHasher::verify(u"validation-2026"_s, a));
    EXPECT_FALSE(a.contains(u"Validation"_s));
}

TEST(PasswordHasher, MalformedHashesNeverVerify)
{
    for (const QString &bad : {u""_s, u"plain"_s, u"pbkdf2-sha256$0$AAAA$BBBB"_s,
                               u"pbkdf2-sha256$1000$$"_s, u"md5$1000$abc$def"_s,
                               u"pbkdf2-sha256$999999999$YWJjZGVmZ2g=$YWJj"_s})
        EXPECT_FALSE(PasswordHasher::verify(u"x"_s, bad)) << bad.toStdString();
}

TEST(PermissionGuard, RefusesMissingRoleAndEmptySession)
{
    sgl::domain::UserSession s;
    auto none = sgl::workflow::requirePermission(s, sgl::domain::Permission::PatientRead);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, u"auth.no_session"_s);
    s.userId = 3;
    s.login = u"tech"_s;
    s.roles = {sgl::domain::Role::Technician};
    auto denied = sgl::workflow::requirePermission(s, sgl::domain::Permission::ResultValidate);
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
    EXPECT_TRUE(denied.error().message.contains(u"tech"_s));
    EXPECT_TRUE(denied.error().message.contains(u"valider biologiquement"_s));
    EXPECT_TRUE(sgl::workflow::requirePermission(s, sgl::domain::Permission::ResultEnter));
}

// Known answers from outside the code: the PBKDF2-HMAC-SHA256 vectors published in RFC 7914 §11
// (also reproduced by `python3 -c "import hashlib; print(hashlib.pbkdf2_hmac('sha256', b'passwd',
// b'salt', 1, 64).hex())"`).
TEST(PasswordHasher, DerivationMatchesTheRfc7914Vectors)
{
    EXPECT_EQ(PasswordHasher::deriveKey(u"passwd"_s, "salt", 1, 64).toHex(),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    EXPECT_EQ(PasswordHasher::deriveKey(u"Password"_s, "NaCl", 80000, 64).toHex(),
              "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
              "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    EXPECT_TRUE(PasswordHasher::deriveKey(u"x"_s, "salt", 0, 32).isEmpty());
    EXPECT_TRUE(PasswordHasher::deriveKey(u"x"_s, "salt", 1, 0).isEmpty());
}

// A stored hash computed outside the code, with the production parameters (310 000 iterations,
// 16-byte salt 00..0f, 32-byte key):
//   openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt pass:Paillasse-2026
//       -kdfopt hexsalt:000102030405060708090a0b0c0d0e0f -kdfopt iter:310000 PBKDF2   (one line)
//   -> 20:2D:76:88:...:0D:70:99, base64 IC12iIt8dmtF5pn7DKQ5bCudWxBwJCz78JO46pQNcJk=
// pins both the derivation and the stored format: a database written by this version stays
// readable by the next one.
TEST(PasswordHasher, StoredHashComputedByOpensslVerifies)
{
    const QString stored = u"pbkdf2-sha256$310000$AAECAwQFBgcICQoLDA0ODw==$IC12iIt8dmtF5pn7DKQ5bCudWxBwJCz78JO46pQNcJk="_s;
    EXPECT_EQ(PasswordHasher::iterationsOf(stored), 310000);
    EXPECT_TRUE(PasswordHasher::verify(u"Paillasse-2026"_s, stored));
    EXPECT_FALSE(PasswordHasher::verify(u"Paillasse-2027"_s, stored));
    // The same key under another iteration count or salt no longer matches.
    EXPECT_FALSE(PasswordHasher::verify(
        u"Paillasse-2026"_s, u"pbkdf2-sha256$310001$AAECAwQFBgcICQoLDA0ODw==$IC12iIt8dmtF5pn7DKQ5bCudWxBwJCz78JO46pQNcJk="_s));
    EXPECT_FALSE(PasswordHasher::verify(
        u"Paillasse-2026"_s, u"pbkdf2-sha256$310000$AQECAwQFBgcICQoLDA0ODw==$IC12iIt8dmtF5pn7DKQ5bCudWxBwJCz78JO46pQNcJk="_s));
}
