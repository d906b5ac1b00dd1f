#include "cli/Command.h"

#include <algorithm>
#include <vector>

namespace sgl::cli {

namespace {
std::vector<CommandRegistry::Factory> &factories()
{
    static std::vector<CommandRegistry::Factory> list; // function-local: no init-order issue
    return list;
}
} // namespace

bool CommandRegistry::add(Factory factory)
{
    factories().push_back(std::move(factory));
    return true;
}

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<Command>> out;
    for (const auto &f : factories())
        out.push_back(f());
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return out;
}

std::unique_ptr<Command> CommandRegistry::find(const QString &name)
{
    for (const auto &f : factories()) {
        auto c = f();
        if (c->name() == name)
            return c;
    }
    return nullptr;
}

} // namespace sgl::cli
