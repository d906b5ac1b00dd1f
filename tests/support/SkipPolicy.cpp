#include "SkipPolicy.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sgl::testing {

namespace {

bool envIs(const char *name, std::initializer_list<const char *> values)
{
    const char *v = std::getenv(name);
    if (v == nullptr)
        return false;
    for (const char *candidate : values)
        if (std::strcmp(v, candidate) == 0)
            return true;
    return false;
}

} // namespace

bool strictSkipPolicy()
{
    if (envIs("SGL_ALLOW_SKIPS", {"1", "true", "yes"}))
        return false;
    if (envIs("SGL_TEST_STRICT", {"1", "true", "yes"}))
        return true;
    const char *ci = std::getenv("CI");
    return ci != nullptr && !envIs("CI", {"", "0", "false"});
}

std::vector<SkippedTest> skippedTests(const ::testing::UnitTest &unit)
{
    std::vector<SkippedTest> out;
    for (int s = 0; s < unit.total_test_suite_count(); ++s) {
        const ::testing::TestSuite *suite = unit.GetTestSuite(s);
        for (int t = 0; t < suite->total_test_count(); ++t) {
            const ::testing::TestInfo *info = suite->GetTestInfo(t);
            if (!info->should_run() || !info->result()->Skipped())
                continue;
            SkippedTest skipped{std::string(info->test_suite_name()) + '.' + info->name(), {}};
            const ::testing::TestResult *result = info->result();
            for (int p = 0; p < result->total_part_count(); ++p) {
                const ::testing::TestPartResult &part = result->GetTestPartResult(p);
                if (part.skipped() && part.message() != nullptr)
                    skipped.reason += part.message();
            }
            out.push_back(std::move(skipped));
        }
    }
    return out;
}

int applySkipPolicy(int status, const ::testing::UnitTest &unit, bool strict)
{
    const auto skipped = skippedTests(unit);
    for (const auto &s : skipped) {
        std::fprintf(stderr, "%s : %s\n  raison : %s\n",
                     strict ? "TEST IGNORÉ, INTERDIT ICI (CI / scripts/test.sh)" : "test ignoré",
                     s.name.c_str(), s.reason.empty() ? "(aucune raison donnée)" : s.reason.c_str());
    }
    if (status != 0)
        return status;
    if (skipped.empty())
        return 0;
    if (strict) {
        std::fprintf(stderr, "%zu test(s) ignoré(s) : échec (SGL_ALLOW_SKIPS=1 pour un clone sans ../shared "
                             "ni PostgreSQL)\n", skipped.size());
        return 1;
    }
    return kSkippedExitCode;
}

} // namespace sgl::testing
