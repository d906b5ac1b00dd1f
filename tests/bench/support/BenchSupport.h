#pragma once

#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sgl::bench {

/** The positive integer in environment variable `name`, `fallback` when unset or not positive. */
[[nodiscard]] qint64 envNumber(const char *name, qint64 fallback);

/** One scratch directory per benchmark process, removed at exit. */
[[nodiscard]] QTemporaryDir &tempDir();

/** Microseconds since `t0`. */
[[nodiscard]] double elapsedUs(std::chrono::steady_clock::time_point t0);

/**
 * Drops `schema` (CASCADE) on the server of SGL_TEST_PG_URL; nothing when `schema` is empty or
 * the server cannot be reached (a benchmark's leftovers never fail the run).
 */
void dropPostgresSchema(const QString &schema);

/** p50 and p95 of timed samples, by name, printed in the summary after the run. */
class Percentiles {
public:
    /**
     * Sorts `samples` and records their p50/p95 under `name`; with `state`, also sets its
     * counters `p50_<unit>` and `p95_<unit>`. Nothing when `samples` is empty.
     */
    void record(const std::string &name, std::vector<double> &samples, benchmark::State *state = nullptr,
                const std::string &unit = "us");
    /** "  <name> p50 <x>   p95 <y>" per name, `decimals` after the point. */
    void print(int decimals = 1) const;

private:
    std::map<std::string, std::pair<double, double>> m_values;
};

/**
 * The main() of every benchmark: a QCoreApplication, Google Benchmark's run, then `summary`
 * (ratios to the baselines of the same run). Returns the process exit code.
 */
int runBenchmarks(int argc, char **argv, const std::function<void()> &summary);

} // namespace sgl::bench
