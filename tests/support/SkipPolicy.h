#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sgl::testing {

/** Exit code of a test binary whose tests passed but some were skipped (ctest SKIP_RETURN_CODE). */
inline constexpr int kSkippedExitCode = 77;

/** A skipped test and the reason its GTEST_SKIP gave. */
struct SkippedTest {
    std::string name;   ///< "Suite.Test" (parameterised: "Prefix/Suite.Test/Param")
    std::string reason; ///< the GTEST_SKIP message, empty when none was given
};

/**
 * True when skips are forbidden: SGL_TEST_STRICT=1, or CI set to anything but "", "0" or
 * "false"; SGL_ALLOW_SKIPS=1 overrides both (a user's clone without ../shared).
 */
[[nodiscard]] bool strictSkipPolicy();

/** The skipped tests of a finished run, in run order. */
[[nodiscard]] std::vector<SkippedTest> skippedTests(const ::testing::UnitTest &unit);

/**
 * The process exit code for a run that ended with `status` (RUN_ALL_TESTS): a failure stays a
 * failure; skipped tests print their name and reason on stderr and give 1 when `strict`,
 * kSkippedExitCode otherwise; a clean run gives 0.
 */
[[nodiscard]] int applySkipPolicy(int status, const ::testing::UnitTest &unit, bool strict);

} // namespace sgl::testing
