#pragma once

// One trace of shared/analyzer-traces with what its profile must make of it, shared by the
// profile suite (tests/interop/analyzer/ProfileTraces_test.cpp) and the replay command's
// (tests/cli/AnalyzerCli_test.cpp); the cases themselves are in ProfileTraceCases.inc.

#include <vector>

namespace sgl::tests::analyzer {

/** One result checked field by field; `flag` nullptr means no HL7 0078 flag. */
struct Spot {
    int index;   ///< 0-based over all results of the trace
    const char *specimen;
    const char *testCode;
    const char *analysis;
    const char *value;
    const char *flag = nullptr;
};

struct Counts {
    int results = 0;
    int stored = 0;
    int qc = 0;
    int ignored = 0;
    int held = 0;
};

struct TraceCase {
    const char *file;      ///< under astm/ or hl7/
    const char *profile;
    int messages;
    Counts counts;
    std::vector<const char *> holds;    ///< hold codes, in order (every hold is expected, none else)
    std::vector<Spot> spots;
    std::vector<const char *> queries;  ///< specimen ids of the queries, in order
};

} // namespace sgl::tests::analyzer
