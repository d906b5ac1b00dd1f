// The main() of every GoogleTest binary of the project: runs the tests, then applies the skip
// policy. GoogleTest and ctest both count a GTEST_SKIP as a success, so a missing PostgreSQL,
// ../shared or ANS kit could turn a suite green; here a skip is a failure in strict mode (CI and
// scripts/test.sh) and an exit code ctest reports as "Skipped" elsewhere, never a silent pass.

#include "ChildProcess.h"
#include "SkipPolicy.h"
#include "StrictSkipPrinter.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // A child process started by a test of this binary runs its entry point, not the tests.
    if (const int child = sgl::testing::ChildProcess::runSelected(); child >= 0)
        return child;
    ::testing::InitGoogleTest(&argc, argv);
    const bool strict = sgl::testing::strictSkipPolicy();
    if (strict) {
        ::testing::TestEventListeners &listeners = ::testing::UnitTest::GetInstance()->listeners();
        if (::testing::TestEventListener *printer = listeners.default_result_printer()) {
            listeners.Release(printer);
            listeners.Append(new sgl::testing::StrictSkipPrinter(printer));
        }
    }
    const int status = RUN_ALL_TESTS();
    return sgl::testing::applySkipPolicy(status, *::testing::UnitTest::GetInstance(), strict);
}
