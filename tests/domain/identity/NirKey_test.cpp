#include "domain/identity/NirKey.h"

#include <gtest/gtest.h>

using sgl::domain::NirKey;

TEST(NirKey, ComputesKeysOfTheInsiFixtures)
{
    EXPECT_EQ(NirKey::computeText(QStringLiteral("1090763220834")), QStringLiteral("89"));
    EXPECT_EQ(NirKey::computeText(QStringLiteral("2090763220834")), QStringLiteral("39"));
    EXPECT_EQ(NirKey::computeText(QStringLiteral("2090663220123")), QStringLiteral("55"));
    EXPECT_EQ(NirKey::computeText(QStringLiteral("1090763220888")), QStringLiteral("35"));
}

TEST(NirKey, CorsicaTwoBIsReadAsEighteen)
{
    // CNDA case 2.08: CORSE ANTHONY, born in 2B020.
    EXPECT_EQ(NirKey::computeText(QStringLiteral("180032B020401")), QStringLiteral("23"));
    EXPECT_TRUE(NirKey::check(QStringLiteral("180032B020401"), QStringLiteral("23")).has_value());
    EXPECT_TRUE(NirKey::check(QStringLiteral("180032b020401"), QStringLiteral("23")).has_value());
}

TEST(NirKey, CorsicaTwoAIsReadAsNineteen)
{
    const qint64 n = 1800319004012LL; // 2A replaced by 19
    const int expected = 97 - static_cast<int>(n % 97);
    EXPECT_EQ(NirKey::compute(QStringLiteral("180032A004012")), expected);
    EXPECT_NE(NirKey::compute(QStringLiteral("180032A004012")), NirKey::compute(QStringLiteral("180032B004012")));
}

TEST(NirKey, KeyNinetySevenAndLeadingZero)
{
    // n multiple of 97 -> key 97; n mod 97 = 96 -> key 01 printed with a leading zero.
    EXPECT_EQ(NirKey::compute(QStringLiteral("0000000000097")), 97);
    EXPECT_EQ(NirKey::computeText(QStringLiteral("0000000000096")), QStringLiteral("01"));
}

TEST(NirKey, RejectsWrongKey)
{
    auto st = NirKey::check(QStringLiteral("1090763220834"), QStringLiteral("88"));
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, QStringLiteral("ins.nir_key_mismatch"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("89")));
}

TEST(NirKey, RejectsMalformedMatricule)
{
    for (const char *bad : {"", "109076322083", "10907632208345", "1090763220A34", "12A0763220834", "2C0763220834X", "2090762C20834"}) {
        auto st = NirKey::check(QString::fromLatin1(bad), QStringLiteral("10"));
        ASSERT_FALSE(st.has_value()) << bad;
        EXPECT_EQ(st.error().code, QStringLiteral("ins.matricule_format")) << bad;
    }
}

TEST(NirKey, RejectsMalformedKey)
{
    for (const char *bad : {"", "8", "089", "8a", "+9", " 9"}) {
        auto st = NirKey::check(QStringLiteral("1090763220834"), QString::fromLatin1(bad));
        ASSERT_FALSE(st.has_value()) << bad;
        EXPECT_EQ(st.error().code, QStringLiteral("ins.key_format")) << bad;
    }
}
