// The simulator's CIBA bookkeeping alone (no network): poll order, interval growth, single use.
#include "simulators/psc/PscSimCiba.h"

#include <gtest/gtest.h>

using sgl::simulators::psc::PscSimCiba;
using Outcome = PscSimCiba::Outcome;

namespace {

PscSimCiba::Request pendingAt(qint64 t)
{
    PscSimCiba::Request r;
    r.clientId = QStringLiteral("sgl-laboratoire");
    r.rpps = QStringLiteral("10101010105");
    r.scope = QStringLiteral("openid");
    r.expires = t + 120;
    r.lastPoll = t;
    r.interval = 5;
    return r;
}

} // namespace

TEST(PscSimCibaTest, PollOrderAndSingleUse)
{
    PscSimCiba ciba;
    const QString id = ciba.open(pendingAt(1000));
    EXPECT_EQ(ciba.poll(id, QStringLiteral("autre-service"), 1005).outcome, Outcome::Invalid);
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1005).outcome, Outcome::Pending);
    EXPECT_TRUE(ciba.answer(id, true));
    EXPECT_FALSE(ciba.answer(id, false)) << "an answer is final";
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1006).outcome, Outcome::SlowDown);
    const auto approved = ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1016);
    EXPECT_EQ(approved.outcome, Outcome::Approved);
    EXPECT_EQ(approved.request.rpps, QStringLiteral("10101010105"));
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1030).outcome, Outcome::Invalid);
    EXPECT_FALSE(ciba.answer(id, true));
}

TEST(PscSimCibaTest, SlowDownGrowsTheIntervalAndExpiryWinsOverEverything)
{
    PscSimCiba ciba;
    const QString id = ciba.open(pendingAt(1000));
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1004).outcome, Outcome::SlowDown); // 10 s now
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1013).outcome, Outcome::SlowDown); // 15 s now
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1028).outcome, Outcome::Pending);
    EXPECT_TRUE(ciba.answer(id, false));
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1120).outcome, Outcome::Expired);
    EXPECT_EQ(ciba.poll(id, QStringLiteral("sgl-laboratoire"), 1200).outcome, Outcome::Invalid);
    EXPECT_NE(ciba.open(pendingAt(0)), ciba.open(pendingAt(0)));
}

TEST(PscSimCibaTest, BindingMessageRules)
{
    EXPECT_TRUE(PscSimCiba::acceptableBindingMessage({}));
    EXPECT_TRUE(PscSimCiba::acceptableBindingMessage(QStringLiteral("Connexion SGL — poste accueil")));
    EXPECT_TRUE(PscSimCiba::acceptableBindingMessage(QString(64, QLatin1Char('x'))));
    EXPECT_FALSE(PscSimCiba::acceptableBindingMessage(QString(65, QLatin1Char('x'))));
    EXPECT_FALSE(PscSimCiba::acceptableBindingMessage(QStringLiteral("a\tb")));
}
