#include "domain/report/Channel.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

TEST(Channel, CodesRoundTripAndInsRequirement)
{
    for (Channel c : allChannels()) {
        EXPECT_EQ(channelFromCode(channelCode(c)), c);
        EXPECT_FALSE(channelLabel(c).isEmpty());
    }
    EXPECT_FALSE(channelFromCode(u"fax"_s));
    EXPECT_TRUE(channelRequiresQualifiedIns(Channel::Dmp));
    EXPECT_TRUE(channelRequiresQualifiedIns(Channel::MssPatient));
    EXPECT_FALSE(channelRequiresQualifiedIns(Channel::MssPro));
    EXPECT_FALSE(channelRequiresQualifiedIns(Channel::Dpi));
}

TEST(DispatchState, CodesRoundTrip)
{
    for (auto s : {DispatchState::Pending, DispatchState::Sending, DispatchState::Sent,
                   DispatchState::Acknowledged, DispatchState::Failed, DispatchState::Cancelled,
                   DispatchState::Withheld, DispatchState::Blocked})
        EXPECT_EQ(dispatchStateFromCode(dispatchStateCode(s)), s);
    EXPECT_FALSE(dispatchStateFromCode(u"lost"_s));
}
