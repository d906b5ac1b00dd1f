// The call-back record of a critical value: who, how, when, read-back or escalation.

#include "domain/ErrorCodes.h"
#include "domain/validation/CallBack.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace sgl::domain;
using namespace Qt::StringLiterals;

namespace {
CallBack reached()
{
    CallBack c;
    c.analysisCode = u"K"_s;
    c.calledName = u"Dr Claire BERNARD"_s;
    c.calledAt = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
    c.readBack = true;
    return c;
}
const QDateTime kNow(QDate(2026, 12, 6), QTime(8, 5), Qt::UTC);
} // namespace

TEST(CallBack, ReachedWithReadBackIsEnough)
{
    EXPECT_TRUE(reached().check(kNow));
    EXPECT_TRUE(reached().satisfies());
}

TEST(CallBack, EveryMissingPieceHasItsCode)
{
    CallBack c = reached();
    c.calledName = u"  "_s;
    EXPECT_EQ(c.check(kNow).error().code, QString(errc::CallbackCalledRequired));
    c = reached();
    c.readBack = false;
    EXPECT_EQ(c.check(kNow).error().code, QString(errc::CallbackReadBackRequired));
    EXPECT_FALSE(c.satisfies());
    EXPECT_TRUE(c.check(kNow).error().message.startsWith(u"K : "_s));
    c.unreachable = true;
    EXPECT_EQ(c.check(kNow).error().code, QString(errc::CallbackEscalationRequired));
    EXPECT_FALSE(c.satisfies());
    c.escalation = u"Médecin de garde prévenu"_s;
    EXPECT_TRUE(c.check(kNow));
    EXPECT_TRUE(c.satisfies());
    c = reached();
    c.calledAt = kNow.addSecs(3600);
    EXPECT_EQ(c.check(kNow).error().code, QString(errc::CallbackFutureTime));
    c.calledAt = kNow.addSecs(60);
    EXPECT_TRUE(c.check(kNow)) << "a minute of clock drift is tolerated";
}

TEST(CallBack, MethodCodesRoundTrip)
{
    for (auto m : {CallBack::Method::Phone, CallBack::Method::InPerson, CallBack::Method::Mssante, CallBack::Method::Other}) {
        EXPECT_EQ(callBackMethodFromCode(callBackMethodCode(m)), m);
        EXPECT_FALSE(callBackMethodLabel(m).isEmpty());
    }
    EXPECT_EQ(callBackMethodFromCode(u"PHONE"_s), CallBack::Method::Phone);
    EXPECT_FALSE(callBackMethodFromCode(u"pigeon"_s));
}
