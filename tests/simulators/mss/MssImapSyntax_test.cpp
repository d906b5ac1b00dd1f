#include "simulators/mss/MssImapSyntax.h"

#include <gtest/gtest.h>

using sgl::simulators::mss::MssImapSyntax;

TEST(MssImapSyntax, SplitsAtomsQuotedStringsAndGroups)
{
    const auto t = MssImapSyntax::split(R"(1:* +FLAGS (\Seen $SglDone) "a \"b\"" BODY.PEEK[HEADER.FIELDS (FROM)])");
    ASSERT_TRUE(t);
    ASSERT_EQ(t->size(), 5);
    EXPECT_EQ(t->at(0), QByteArray("1:*"));
    EXPECT_EQ(t->at(2), QByteArray("(\\Seen $SglDone)"));
    EXPECT_EQ(t->at(3), QByteArray("a \"b\""));
    EXPECT_EQ(t->at(4), QByteArray("BODY.PEEK[HEADER.FIELDS (FROM)]"));
    EXPECT_EQ(MssImapSyntax::split("\"\"")->size(), 1);
    EXPECT_FALSE(MssImapSyntax::split("user {5}"));
    EXPECT_FALSE(MssImapSyntax::split("\"open"));
    EXPECT_FALSE(MssImapSyntax::split("(a b"));
    EXPECT_FALSE(MssImapSyntax::split("a)"));
}

TEST(MssImapSyntax, TagsAndSequenceSets)
{
    EXPECT_TRUE(MssImapSyntax::isTag("A001"));
    EXPECT_FALSE(MssImapSyntax::isTag(""));
    EXPECT_FALSE(MssImapSyntax::isTag("a+b"));
    EXPECT_FALSE(MssImapSyntax::isTag("(x"));
    EXPECT_FALSE(MssImapSyntax::isTag(QByteArray(65, 'a')));
    EXPECT_TRUE(MssImapSyntax::isSequenceSet("1,3:5,7:*"));
    EXPECT_FALSE(MssImapSyntax::isSequenceSet("0"));
    EXPECT_FALSE(MssImapSyntax::isSequenceSet("1:2:3"));
    EXPECT_FALSE(MssImapSyntax::isSequenceSet("a"));
    EXPECT_FALSE(MssImapSyntax::isSequenceSet("1,"));
    EXPECT_TRUE(MssImapSyntax::inSequenceSet("1,3:5", 4, 10));
    EXPECT_FALSE(MssImapSyntax::inSequenceSet("1,3:5", 2, 10));
    EXPECT_TRUE(MssImapSyntax::inSequenceSet("5:*", 9, 9));
    EXPECT_TRUE(MssImapSyntax::inSequenceSet("*:5", 7, 9)); // reversed range
    EXPECT_FALSE(MssImapSyntax::inSequenceSet("*", 8, 9));
}

TEST(MssImapSyntax, FlagsAreSystemFlagsOrKeywords)
{
    const auto f = MssImapSyntax::flags("(\\seen $SglDone \\Flagged $SglDone)");
    ASSERT_TRUE(f);
    EXPECT_EQ(*f, (QStringList{QStringLiteral("\\Seen"), QStringLiteral("$SglDone"), QStringLiteral("\\Flagged")}));
    EXPECT_TRUE(MssImapSyntax::flags("()")->isEmpty());
    EXPECT_FALSE(MssImapSyntax::flags("(\\Recent)"));
    EXPECT_FALSE(MssImapSyntax::flags("(\\Nope)"));
    EXPECT_FALSE(MssImapSyntax::flags("(a{b)"));
    EXPECT_FALSE(MssImapSyntax::flags("(x[y)"));
}
