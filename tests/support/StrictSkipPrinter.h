#pragma once

#include <gtest/gtest.h>

#include <memory>

namespace sgl::testing {

/**
 * GoogleTest's result printer for strict mode (CI, scripts/test.sh): forwards every event to the
 * default printer, except that a skipped test is reported as "[ INTERDIT ]" instead of
 * "[  SKIPPED ]". ctest's discovered GoogleTest tests carry SKIP_REGULAR_EXPRESSION
 * "\[  SKIPPED \]", which marks a test skipped whatever its exit code and cannot be removed (ctest
 * appends each value it is given); without that text, the exit code of applySkipPolicy decides and
 * the skip is a failure.
 */
class StrictSkipPrinter : public ::testing::TestEventListener {
public:
    explicit StrictSkipPrinter(::testing::TestEventListener *defaultPrinter) : m_inner(defaultPrinter) {}

    void OnTestProgramStart(const ::testing::UnitTest &unit) override { m_inner->OnTestProgramStart(unit); }
    void OnTestIterationStart(const ::testing::UnitTest &unit, int iteration) override
    {
        m_inner->OnTestIterationStart(unit, iteration);
    }
    void OnEnvironmentsSetUpStart(const ::testing::UnitTest &unit) override { m_inner->OnEnvironmentsSetUpStart(unit); }
    void OnEnvironmentsSetUpEnd(const ::testing::UnitTest &unit) override { m_inner->OnEnvironmentsSetUpEnd(unit); }
    void OnTestSuiteStart(const ::testing::TestSuite &suite) override { m_inner->OnTestSuiteStart(suite); }
    void OnTestStart(const ::testing::TestInfo &info) override { m_inner->OnTestStart(info); }
    void OnTestPartResult(const ::testing::TestPartResult &result) override { m_inner->OnTestPartResult(result); }
    void OnTestEnd(const ::testing::TestInfo &info) override;
    void OnTestSuiteEnd(const ::testing::TestSuite &suite) override { m_inner->OnTestSuiteEnd(suite); }
    void OnEnvironmentsTearDownStart(const ::testing::UnitTest &unit) override
    {
        m_inner->OnEnvironmentsTearDownStart(unit);
    }
    void OnEnvironmentsTearDownEnd(const ::testing::UnitTest &unit) override { m_inner->OnEnvironmentsTearDownEnd(unit); }
    void OnTestIterationEnd(const ::testing::UnitTest &unit, int iteration) override;
    void OnTestProgramEnd(const ::testing::UnitTest &unit) override { m_inner->OnTestProgramEnd(unit); }

private:
    std::unique_ptr<::testing::TestEventListener> m_inner;
};

} // namespace sgl::testing
