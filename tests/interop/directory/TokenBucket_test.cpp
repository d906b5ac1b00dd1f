// Client-side rate limit of the Annuaire Santé FHIR API (17 requests per second): the token
// bucket with an injected clock — spacing, the one-second bound, bursts only up to the
// capacity, Retry-After hold-off, concurrent reservations.

#include "interop/directory/TokenBucket.h"

#include <gtest/gtest.h>

#include <QList>

namespace sgl::testing {
namespace {

using interop::directory::TokenBucket;

/** Sends `n` requests as fast as the bucket allows (waiting = advancing the fake clock); their times. */
QList<qint64> sendAll(TokenBucket &bucket, qint64 &now, int n)
{
    QList<qint64> times;
    for (int i = 0; i < n; ++i) {
        now += bucket.acquire();
        times << now;
    }
    return times;
}

int maxInAnySecond(const QList<qint64> &times)
{
    int best = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        int n = 0;
        for (qsizetype j = i; j < times.size() && times[j] < times[i] + 1000; ++j)
            ++n;
        best = std::max(best, n);
    }
    return best;
}

TEST(TokenBucket, NeverMoreThanSeventeenRequestsInAnySecond)
{
    qint64 now = 5000;
    TokenBucket bucket(17.0, 1.0, [&now] { return now; });
    const QList<qint64> times = sendAll(bucket, now, 100);
    EXPECT_EQ(times.first(), 5000) << "the first request goes at once";
    EXPECT_LE(maxInAnySecond(times), 17);
    EXPECT_GE(maxInAnySecond(times), 16) << "but the limiter does not slow down more than needed";
    // 100 requests take (100 - 1) / 17 s.
    EXPECT_NEAR(double(times.last() - times.first()), 99 * 1000.0 / 17, 100.0);
}

TEST(TokenBucket, IdleTimeDoesNotBuildABurstBeyondTheCapacity)
{
    qint64 now = 0;
    TokenBucket bucket(17.0, 1.0, [&now] { return now; });
    (void)sendAll(bucket, now, 5);
    now += 60'000; // a minute without calls
    const QList<qint64> times = sendAll(bucket, now, 40);
    EXPECT_LE(maxInAnySecond(times), 17);

    qint64 later = 0;
    TokenBucket bursty(10.0, 5.0, [&later] { return later; });
    const QList<qint64> burst = sendAll(bursty, later, 5);
    EXPECT_EQ(burst.last(), 0) << "a capacity of 5 lets 5 requests go at once";
    EXPECT_GT(bursty.acquire(), 0) << "the sixth waits";
}

TEST(TokenBucket, RetryAfterHoldsEveryoneOff)
{
    qint64 now = 1000;
    TokenBucket bucket(17.0, 1.0, [&now] { return now; });
    EXPECT_EQ(bucket.acquire(), 0);
    bucket.holdOff(2000); // 429 with Retry-After: 2
    const qint64 first = bucket.acquire();
    EXPECT_EQ(first, 2000);
    // A second caller reserves the slot after it, not the same one.
    const qint64 second = bucket.acquire();
    EXPECT_GE(second, 2000 + 1000 / 17);
    now += 10'000;
    EXPECT_EQ(bucket.acquire(), 0) << "the hold-off is over";
    bucket.holdOff(-5); // nonsense values do not move time back
    EXPECT_GT(bucket.acquire(), 0) << "still spaced from the previous request";
}

TEST(TokenBucket, ProcessWideBucketStaysUnderSeventeenPerSecond)
{
    EXPECT_DOUBLE_EQ(TokenBucket::annuaireSante().ratePerSecond(), 16.0);
    EXPECT_EQ(&TokenBucket::annuaireSante(), &TokenBucket::annuaireSante());
}

} // namespace
} // namespace sgl::testing
