#include "storage/SqlScript.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::storage::SqlScript;

TEST(SqlScript, SplitsStatementsIgnoringCommentsAndQuotes)
{
    const auto s = SqlScript::split(u"-- header; not a statement\n"
                                    "CREATE TABLE a (x TEXT DEFAULT ';');\n"
                                    "/* block; comment */ INSERT INTO a VALUES ('it''s; ok');\n"
                                    ";\n"_s);
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[0], u"CREATE TABLE a (x TEXT DEFAULT ';')"_s);
    EXPECT_TRUE(s[1].endsWith(u"VALUES ('it''s; ok')"_s));
}

TEST(SqlScript, KeepsSqliteTriggerBodyAndDollarQuotesWhole)
{
    const auto s = SqlScript::split(
        u"CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT RAISE(ABORT, 'x'); END;\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'y'; "
        "END; $$;\nSELECT 1;"_s);
    ASSERT_EQ(s.size(), 3);
    EXPECT_TRUE(s[0].endsWith(u"END"_s));
    EXPECT_TRUE(s[1].endsWith(u"$$"_s));
    EXPECT_EQ(s[2], u"SELECT 1"_s);
}
