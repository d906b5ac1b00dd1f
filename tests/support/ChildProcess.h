#pragma once

#include <functional>
#include <string>

namespace sgl::testing {

/**
 * Child-process entry points of tests that need a second process of their own binary (a
 * dispatcher killed with SIGKILL, a crash in the middle of a write). A test starts
 * /proc/self/exe with the environment variable SGL_TEST_CHILD=<name>; the shared main()
 * (TestMain.cpp) then runs that entry point instead of the tests and exits with its return
 * value. Entry points are not tests: ctest never lists them and a normal run never starts them.
 *
 * Registered at static-initialisation time with SGL_TEST_CHILD_PROCESS(name) { ... return 0; }.
 */
class ChildProcess
{
public:
    using Entry = std::function<int()>;
    /** Registers an entry point; a second registration under the same name aborts the binary. */
    static bool add(const std::string &name, Entry entry);
    /** The environment variable that selects the entry point. */
    static constexpr const char *environmentVariable = "SGL_TEST_CHILD";
    /**
     * When SGL_TEST_CHILD is set: runs that entry point and returns its exit code (127 for an
     * unknown name, with a message on stderr). Otherwise -1: run the tests.
     */
    static int runSelected();
};

} // namespace sgl::testing

#define SGL_TEST_CHILD_CONCAT_(a, b) a##b
#define SGL_TEST_CHILD_CONCAT(a, b) SGL_TEST_CHILD_CONCAT_(a, b)
/** Defines a child-process entry point named `name` (a C++ identifier); its body returns the exit code. */
#define SGL_TEST_CHILD_PROCESS(name)                                                                     \
    static int SGL_TEST_CHILD_CONCAT(sglChildEntry_, name)();                                            \
    [[maybe_unused]] static const bool SGL_TEST_CHILD_CONCAT(sglChildRegistered_, name) =                \
        ::sgl::testing::ChildProcess::add(#name, &SGL_TEST_CHILD_CONCAT(sglChildEntry_, name));          \
    static int SGL_TEST_CHILD_CONCAT(sglChildEntry_, name)()
