// The PKCS#11 return codes a software token cannot produce (SoftHSM2 never locks a PIN), and the PIN holder.
#include "interop/cps/CpsFailure.h"
#include "interop/cps/CpsPin.h"
#include "interop/cps/ErrorCodes.h"

#include <gtest/gtest.h>

using namespace sgl::interop::cps;

namespace {
// PKCS#11 v2.40 values (the test does not include the PKCS#11 header: only src/interop/cps does).
constexpr unsigned long kPinIncorrect = 0xA0;
constexpr unsigned long kPinLenRange = 0xA2;
constexpr unsigned long kPinLocked = 0xA4;
constexpr unsigned long kDeviceRemoved = 0x32;
constexpr unsigned long kTokenNotPresent = 0xE0;
constexpr unsigned long kGeneralError = 0x05;
} // namespace

TEST(CpsFailure, LockedCardHasItsOwnMessage)
{
    const auto e = CpsFailure::fromCkr(kPinLocked);
    EXPECT_EQ(e.code, errc::PinLocked);
    EXPECT_TRUE(e.message.contains(QStringLiteral("bloquée")));
    EXPECT_TRUE(e.message.contains(QStringLiteral("déblocage")));
}

TEST(CpsFailure, PinErrorsAndRemovalAreMapped)
{
    EXPECT_EQ(CpsFailure::fromCkr(kPinIncorrect).code, errc::PinIncorrect);
    EXPECT_EQ(CpsFailure::fromCkr(kPinLenRange).code, errc::PinIncorrect);
    EXPECT_EQ(CpsFailure::fromCkr(kDeviceRemoved).code, errc::CardRemoved);
    EXPECT_EQ(CpsFailure::fromCkr(kTokenNotPresent).code, errc::CardRemoved);
}

TEST(CpsFailure, OtherCodesNameTheCodeInHexadecimal)
{
    const auto e = CpsFailure::fromCkr(kGeneralError);
    EXPECT_EQ(e.code, errc::TokenError);
    EXPECT_TRUE(e.message.contains(QStringLiteral("0x5")));
}

TEST(CpsPin, TakeEmptiesTheSourceAndWipeEmptiesThePin)
{
    QString typed = QStringLiteral("4711");
    CpsPin pin = CpsPin::take(typed);
    EXPECT_TRUE(typed.isEmpty());
    ASSERT_FALSE(pin.isEmpty());
    EXPECT_STREQ(pin.data(), "4711");
    CpsPin moved = std::move(pin);
    EXPECT_TRUE(pin.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from PIN holds nothing
    moved.wipe();
    EXPECT_TRUE(moved.isEmpty());
}
