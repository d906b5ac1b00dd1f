#include "domain/report/DispatchBackoff.h"

#include <gtest/gtest.h>

#include <limits>

using sgl::domain::DispatchBackoff;

TEST(DispatchBackoff, DoublesFromTheBaseUpToTheCap)
{
    const DispatchBackoff b; // 60 s, 6 h cap
    EXPECT_EQ(b.nominalSeconds(1), 60);
    EXPECT_EQ(b.nominalSeconds(2), 120);
    EXPECT_EQ(b.nominalSeconds(5), 960);
    EXPECT_EQ(b.nominalSeconds(9), 15360);    // 60 · 2^8, still under the cap
    EXPECT_EQ(b.nominalSeconds(10), 6 * 3600); // 30720 capped to 21600
    EXPECT_EQ(b.nominalSeconds(1000000), 6 * 3600); // no overflow whatever the count
    EXPECT_EQ(b.nominalSeconds(0), 60);
    EXPECT_EQ(b.nominalSeconds(-3), 60);
}

TEST(DispatchBackoff, JitterStaysWithinItsBoundsAndNeverExceedsTheNominalDelay)
{
    const DispatchBackoff b;
    EXPECT_EQ(b.delaySeconds(3, [] { return 0.0; }), 240);
    EXPECT_EQ(b.delaySeconds(3, [] { return 0.5; }), 240 - 24);
    EXPECT_EQ(b.delaySeconds(3, [] { return 0.999999; }), 240 - 47);
    for (int attempt = 1; attempt < 15; ++attempt)
        for (double u : {0.0, 0.1, 0.37, 0.5, 0.9, 0.99999}) {
            const qint64 d = b.delaySeconds(attempt, [u] { return u; });
            EXPECT_LE(d, b.nominalSeconds(attempt));
            EXPECT_GE(d, static_cast<qint64>(b.nominalSeconds(attempt) * 0.8));
        }
    // A bad random source is clamped, not trusted.
    EXPECT_EQ(b.delaySeconds(1, [] { return 7.0; }), 48);
    EXPECT_EQ(b.delaySeconds(1, [] { return -1.0; }), 60);
    EXPECT_EQ(b.delaySeconds(1, [] { return std::numeric_limits<double>::quiet_NaN(); }), 60);
    EXPECT_EQ(b.delaySeconds(1, {}), 60);
}

TEST(DispatchBackoff, DifferentDrawsSpreadTheRetries)
{
    const DispatchBackoff b;
    EXPECT_NE(b.delaySeconds(6, [] { return 0.1; }), b.delaySeconds(6, [] { return 0.8; }));
}

TEST(DispatchBackoff, ExhaustedAtTheMaximumAttemptCount)
{
    DispatchBackoff b;
    b.maxAttempts = 3;
    EXPECT_FALSE(b.exhausted(2));
    EXPECT_TRUE(b.exhausted(3));
    EXPECT_TRUE(b.exhausted(4));
}
