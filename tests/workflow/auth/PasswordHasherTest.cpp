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
