// Coded comments of the validation library and the biologists' comments: what can be stored.

#include "domain/ErrorCodes.h"
#include "domain/validation/CommentTemplate.h"
#include "domain/validation/DossierComment.h"

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace Qt::StringLiterals;

namespace {
CommentTemplate hemolysed()
{
    CommentTemplate t;
    t.code = u"HEMOL"_s;
    t.text = u"Échantillon hémolysé : résultat de potassium à interpréter avec prudence."_s;
    return t;
}
} // namespace

TEST(CommentTemplate, AValidTemplatePasses)
{
    EXPECT_TRUE(hemolysed().check());
    CommentTemplate t = hemolysed();
    t.code = u"INR_CIBLE_2"_s;
    t.chapterCode = u"HEMOSTASE"_s;
    EXPECT_TRUE(t.check());
    t.code = QString(16, u'A');
    EXPECT_TRUE(t.check()) << "16 characters is the limit, included";
}

TEST(CommentTemplate, BadCodesAreRefusedNamingTheCode)
{
    for (const QString &code : {u""_s, u"hemol"_s, u"HÉMOL"_s, u"HE MOL"_s, u"HE-MOL"_s, QString(17, u'A')}) {
        CommentTemplate t = hemolysed();
        t.code = code;
        auto s = t.check();
        ASSERT_FALSE(s) << code.toStdString();
        EXPECT_EQ(s.error().code, QString(errc::CommentBadCode)) << code.toStdString();
        if (!code.isEmpty()) {
            EXPECT_TRUE(s.error().message.contains(code)) << s.error().message.toStdString();
        }
        EXPECT_FALSE(CommentTemplate::isValidCode(code)) << code.toStdString();
    }
    EXPECT_TRUE(CommentTemplate::isValidCode(u"CTRL"_s));
    CommentTemplate t = hemolysed();
    t.chapterCode = u"bio chimie"_s;
    EXPECT_EQ(t.check().error().code, QString(errc::CommentBadCode));
}

TEST(CommentTemplate, EmptyOrTooLongTextIsRefused)
{
    CommentTemplate t = hemolysed();
    t.text = u"   "_s;
    auto empty = t.check();
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, QString(errc::CommentTextRequired));
    EXPECT_TRUE(empty.error().message.contains(u"HEMOL"_s));
    t.text = QString(CommentTemplate::kMaxTextLength, u'é');
    EXPECT_TRUE(t.check());
    t.text += u'x';
    auto tooLong = t.check();
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().code, QString(errc::CommentTextTooLong));
    EXPECT_TRUE(tooLong.error().message.contains(u"501"_s)) << tooLong.error().message.toStdString();
}

TEST(DossierComment, TextIsRequiredAndBounded)
{
    DossierComment c;
    EXPECT_EQ(c.check().error().code, QString(errc::CommentTextRequired));
    c.text = u"À contrôler sur un nouveau prélèvement."_s;
    EXPECT_TRUE(c.check());
    c.text = QString(DossierComment::kMaxTextLength + 1, u'a');
    EXPECT_EQ(c.check().error().code, QString(errc::CommentTextTooLong));
}

TEST(DossierComment, OnlyPrintedUnremovedCommentsReachTheReport)
{
    DossierComment c;
    c.text = u"Résultat contrôlé."_s;
    EXPECT_FALSE(c.onReport()) << "internal by default";
    c.printed = true;
    EXPECT_TRUE(c.onReport());
    c.removed = true;
    EXPECT_FALSE(c.onReport());
}
