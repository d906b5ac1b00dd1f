#include "domain/security/PasswordPolicy.h"
#include "domain/security/SecurityPolicy.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

TEST(PasswordPolicy, AcceptsLongMixedPasswords)
{
    EXPECT_TRUE(PasswordPolicy::check(u"Validation-2026"_s, u"biologiste"_s));
    EXPECT_TRUE(PasswordPolicy::check(u"phrase de passe longue"_s, u"bob"_s));
}

TEST(PasswordPolicy, RejectsShortLettersOnlyDigitsOnlyAndLogin)
{
    for (auto [pw, login] : {std::pair{u"Court-1"_s, u"x"_s}, std::pair{u"abcdefghijklmnop"_s, u"x"_s},
                             std::pair{u"1234567890123"_s, u"x"_s},
                             std::pair{u"biologiste-1"_s, u"biologiste"_s}}) {
        auto r = PasswordPolicy::check(pw, login);
        ASSERT_FALSE(r) << pw.toStdString();
        EXPECT_EQ(r.error().code, u"auth.weak_password"_s);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
}

TEST(SecurityPolicy, DefaultsMeetTheBrief)
{
    SecurityPolicy p;
    EXPECT_EQ(p.maxFailedAttempts, 5);
    EXPECT_EQ(p.lockoutMinutes, 15);
    EXPECT_GE(p.pbkdf2Iterations, SecurityPolicy::kMinimumPbkdf2Iterations);
    EXPECT_GT(p.idleLockMinutes, 0);
}
