#include "storage/DbConfig.h"
#include "storage/DbUrl.h"

#include <QTemporaryDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::storage::DbConfig;
using sgl::storage::DbUrl;

TEST(DbUrl, ParsesSqliteFileAndMemory)
{
    auto f = DbUrl::parse(u"sqlite:///var/lib/sgl/lab.sqlite"_s);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, DbUrl::Kind::Sqlite);
    EXPECT_EQ(f->path, u"/var/lib/sgl/lab.sqlite"_s);
    auto m = DbUrl::parse(u"sqlite::memory:"_s);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->memory);
}

TEST(DbUrl, ParsesPostgresWithPasswordAndSchema)
{
    auto u = DbUrl::parse(
        u"postgresql://sgl:s%40cret@db.labo.local:6543/sgl?schema=site_a&sslmode=verify-full"_s);
    ASSERT_TRUE(u) << u.error().toString().toStdString();
    EXPECT_EQ(u->kind, DbUrl::Kind::Postgres);
    EXPECT_EQ(u->host, u"db.labo.local"_s);
    EXPECT_EQ(u->port, 6543);
    EXPECT_EQ(u->user, u"sgl"_s);
    EXPECT_EQ(u->password, u"s@cret"_s);
    EXPECT_EQ(u->database, u"sgl"_s);
    EXPECT_EQ(u->schema, u"site_a"_s);
    EXPECT_EQ(u->sslMode, u"verify-full"_s);
    EXPECT_FALSE(u->redacted().contains(u"s@cret"_s));
    EXPECT_TRUE(u->redacted().contains(u"***"_s));
    auto again = DbUrl::parse(u->toString());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->password, u"s@cret"_s);
    EXPECT_EQ(again->sslMode, u"verify-full"_s);
}

TEST(DbUrl, RejectsBadUrlsWithFrenchMessage)
{
    for (const QString &bad : {u""_s, u"mysql://x@h/db"_s, u"postgresql://h:5432/db"_s,
                               u"postgresql://u@:5432/db"_s, u"postgresql://u@h:5432/"_s,
                               u"postgresql://u@h/db?schema=Bad-Name"_s,
                               u"postgresql://u@h/db?foo=1"_s, u"sqlite:"_s,
                               u"postgresql://u@h/db?sslmode=maybe"_s}) {
        auto r = DbUrl::parse(bad);
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_EQ(r.error().code, u"storage.bad_url"_s);
        EXPECT_TRUE(r.error().message.contains(u"invalide"_s)) << r.error().message.toStdString();
    }
}

TEST(DbConfig, EnvironmentOverridesConfigFile)
{
    QTemporaryDir dir;
    const QString file = dir.path() + u"/sgl.conf"_s;
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[database]\nurl=sqlite:///tmp/from-file.sqlite\n");
    f.close();
    qputenv("SGL_CONFIG", file.toUtf8());
    qunsetenv("SGL_DB_URL");
    auto fromFile = DbConfig::resolve();
    ASSERT_TRUE(fromFile) << fromFile.error().toString().toStdString();
    EXPECT_EQ(fromFile->url.path, u"/tmp/from-file.sqlite"_s);
    qputenv("SGL_DB_URL", "sqlite:///tmp/from-env.sqlite");
    auto fromEnv = DbConfig::resolve();
    ASSERT_TRUE(fromEnv);
    EXPECT_EQ(fromEnv->url.path, u"/tmp/from-env.sqlite"_s);
    auto explicitUrl = DbConfig::resolve(u"sqlite::memory:"_s);
    ASSERT_TRUE(explicitUrl);
    EXPECT_TRUE(explicitUrl->url.memory);
    qunsetenv("SGL_DB_URL");
    qunsetenv("SGL_CONFIG");
}

TEST(DbConfig, ConfigFileWithoutUrlIsAnError)
{
    QTemporaryDir dir;
    const QString file = dir.path() + u"/sgl.conf"_s;
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[database]\nother=1\n");
    f.close();
    qputenv("SGL_CONFIG", file.toUtf8());
    qunsetenv("SGL_DB_URL");
    auto r = DbConfig::resolve();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"storage.config"_s);
    qputenv("SGL_CONFIG", (dir.path() + u"/absent.conf"_s).toUtf8());
    auto missing = DbConfig::resolve();
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, u"storage.config"_s);
    qunsetenv("SGL_CONFIG");
}
