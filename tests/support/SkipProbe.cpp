// A test binary built only to be run by SkipPolicy_test: one test passes, one skips, one fails.
// Not registered with ctest (the skip and the failure are on purpose).

#include <gtest/gtest.h>

TEST(Probe, Passes)
{
    SUCCEED();
}

TEST(Probe, Skips)
{
    GTEST_SKIP() << "ressource absente pour la sonde";
}

TEST(Probe, Fails)
{
    ADD_FAILURE() << "échec volontaire de la sonde";
}
