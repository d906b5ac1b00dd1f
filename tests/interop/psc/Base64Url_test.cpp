#include "interop/psc/Base64Url.h"

#include <gtest/gtest.h>

using sgl::interop::psc::Base64Url;

TEST(Base64Url, RoundTripsWithoutPadding)
{
    for (const QByteArray &data : {QByteArray(), QByteArray("f"), QByteArray("fo"), QByteArray("foo"),
                                   QByteArray("\xfb\xff\xfe", 3)}) {
        const QByteArray text = Base64Url::encode(data);
        EXPECT_FALSE(text.contains('='));
        EXPECT_EQ(Base64Url::decode(text), data);
    }
    EXPECT_EQ(Base64Url::encode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
}

TEST(Base64Url, StrictDecodingRefusesEveryOtherSpelling)
{
    EXPECT_FALSE(Base64Url::decode("Zm8=").has_value());   // padding
    EXPECT_FALSE(Base64Url::decode("+/8").has_value());    // standard alphabet
    EXPECT_FALSE(Base64Url::decode("Zm 8").has_value());   // whitespace
    EXPECT_FALSE(Base64Url::decode("Zm9vY").has_value());  // length 1 mod 4
    EXPECT_EQ(Base64Url::decode("Zm8"), QByteArray("fo"));
    EXPECT_FALSE(Base64Url::decode("Zm9").has_value());    // same bytes, non-zero trailing bits
    EXPECT_FALSE(Base64Url::decode("Zm-").has_value());
    // "Zh" and "Zg" decode to the same byte in lenient decoders: only the canonical one passes.
    EXPECT_TRUE(Base64Url::decode("Zg").has_value());
    EXPECT_FALSE(Base64Url::decode("Zh").has_value());
}
