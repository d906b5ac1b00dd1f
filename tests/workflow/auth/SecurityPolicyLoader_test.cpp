#include "workflow/auth/SecurityPolicyLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::workflow::loadSecurityPolicy;

namespace {
QString writeConf(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.path() + u"/sgl.conf"_s;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}
} // namespace

TEST(SecurityPolicyLoader, MissingFileKeepsDefaults)
{
    QTemporaryDir dir;
    auto p = loadSecurityPolicy(dir.path() + u"/absent.conf"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->idleLockMinutes, sgl::domain::SecurityPolicy{}.idleLockMinutes);
}

TEST(SecurityPolicyLoader, ReadsSiteSettings)
{
    QTemporaryDir dir;
    auto p = loadSecurityPolicy(writeConf(
        dir, "[database]\nurl=sqlite::memory:\n[security]\nidle_lock_minutes=3\nlockout_minutes=30\n"));
    ASSERT_TRUE(p) << p.error().toString().toStdString();
    EXPECT_EQ(p->idleLockMinutes, 3);
    EXPECT_EQ(p->lockoutMinutes, 30);
    EXPECT_EQ(p->maxFailedAttempts, 5);
}

TEST(SecurityPolicyLoader, RefusesWeakerOrMalformedValues)
{
    QTemporaryDir dir;
    for (const QByteArray &bad : {QByteArray("[security]\npbkdf2_iterations=1000\n"),
                                  QByteArray("[security]\nidle_lock_minutes=jamais\n"),
                                  QByteArray("[security]\nmax_failed_attempts=100\n")}) {
        auto p = loadSecurityPolicy(writeConf(dir, bad));
        ASSERT_FALSE(p) << bad.toStdString();
        EXPECT_EQ(p.error().code, u"config.security"_s);
        EXPECT_TRUE(p.error().message.contains(u"[security]"_s));
    }
}

TEST(SecurityPolicyLoader, BiologistPasswordLoginIsAllowedByDefaultAndCanBeForbidden)
{
    QTemporaryDir dir;
    auto byDefault = loadSecurityPolicy(writeConf(dir, "[security]\nidle_lock_minutes=3\n"));
    ASSERT_TRUE(byDefault);
    EXPECT_TRUE(byDefault->biologistPasswordLogin);
    auto forbidden = loadSecurityPolicy(writeConf(dir, "[security]\npassword_login_biologists=false\n"));
    ASSERT_TRUE(forbidden) << forbidden.error().toString().toStdString();
    EXPECT_FALSE(forbidden->biologistPasswordLogin);
    auto typo = loadSecurityPolicy(writeConf(dir, "[security]\npassword_login_biologists=peut-etre\n"));
    ASSERT_FALSE(typo);
    EXPECT_TRUE(typo.error().message.contains(u"password_login_biologists"_s));
}
