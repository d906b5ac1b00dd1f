#include "StrictSkipPrinter.h"

#include "SkipPolicy.h"

#include <cstdio>

namespace sgl::testing {

void StrictSkipPrinter::OnTestEnd(const ::testing::TestInfo &info)
{
    if (!info.result()->Skipped()) {
        m_inner->OnTestEnd(info);
        return;
    }
    std::printf("[ INTERDIT ] %s.%s : test ignoré, compté en échec\n", info.test_suite_name(), info.name());
    std::fflush(stdout);
}

void StrictSkipPrinter::OnTestIterationEnd(const ::testing::UnitTest &unit, int iteration)
{
    const auto skipped = skippedTests(unit);
    if (skipped.empty()) {
        m_inner->OnTestIterationEnd(unit, iteration);
        return;
    }
    std::printf("[==========] %d test(s) lancé(s).\n", unit.test_to_run_count());
    std::printf("[  PASSED  ] %d test(s).\n", unit.successful_test_count());
    for (const auto &s : skipped)
        std::printf("[ INTERDIT ] %s (ignoré)\n", s.name.c_str());
    for (int i = 0; i < unit.total_test_suite_count(); ++i) {
        const ::testing::TestSuite *suite = unit.GetTestSuite(i);
        for (int j = 0; j < suite->total_test_count(); ++j) {
            const ::testing::TestInfo *t = suite->GetTestInfo(j);
            if (t->should_run() && t->result()->Failed())
                std::printf("[  FAILED  ] %s.%s\n", t->test_suite_name(), t->name());
        }
    }
    std::fflush(stdout);
}

} // namespace sgl::testing
