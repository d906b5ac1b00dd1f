#include "ChildProcess.h"

#include <cstdio>
#include <cstdlib>
#include <map>

namespace sgl::testing {

namespace {
// A function-local static: registrations run during static initialisation, in any order.
std::map<std::string, ChildProcess::Entry> &entries()
{
    static std::map<std::string, ChildProcess::Entry> map;
    return map;
}
} // namespace

bool ChildProcess::add(const std::string &name, Entry entry)
{
    if (!entries().emplace(name, std::move(entry)).second) {
        std::fprintf(stderr, "test child process registered twice: %s\n", name.c_str());
        std::abort();
    }
    return true;
}

int ChildProcess::runSelected()
{
    const char *selected = std::getenv(environmentVariable);
    if (selected == nullptr || *selected == '\0')
        return -1;
    const auto it = entries().find(selected);
    if (it == entries().end()) {
        std::fprintf(stderr, "unknown test child process: %s\n", selected);
        return 127;
    }
    return it->second();
}

} // namespace sgl::testing
