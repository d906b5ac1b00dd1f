#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace sgl::cli {

class CommandContext;

/** Language of the CLI's own texts (help, summaries): French by default. */
enum class Lang { Fr, En };

/** Text in both languages; pick() chooses by Lang. */
struct Text {
    QString fr;
    QString en;
    [[nodiscard]] const QString &pick(Lang lang) const { return lang == Lang::En ? en : fr; }
};

/**
 * One `sgl` subcommand, in its own file, registered with SGL_REGISTER_COMMAND(ClassName) at the
 * end of that file. run() returns an exit code from ExitCode.h and writes through the context
 * (stdout for results, stderr for errors, both in the chosen language where the CLI owns the
 * text; messages from lower layers are French).
 */
class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual Text summary() const = 0;
    /** Full help: usage line, options, exit codes specific to the command. */
    [[nodiscard]] virtual Text help() const = 0;
    /** `args` are the arguments after the command name, global options removed. */
    [[nodiscard]] virtual int run(CommandContext &context, const QStringList &args) = 0;
};

/** Registry of subcommands, filled at static-initialisation time by SGL_REGISTER_COMMAND. */
class CommandRegistry {
public:
    using Factory = std::function<std::unique_ptr<Command>()>;
    static bool add(Factory factory);
    /** Every command, sorted by name. */
    [[nodiscard]] static std::vector<std::unique_ptr<Command>> all();
    [[nodiscard]] static std::unique_ptr<Command> find(const QString &name);
};

} // namespace sgl::cli

/** Put once at the end of the command's .cpp file. */
#define SGL_REGISTER_COMMAND(ClassName)                                                         \
    namespace {                                                                                  \
    [[maybe_unused]] const bool sglRegistered##ClassName = ::sgl::cli::CommandRegistry::add(     \
        [] { return std::unique_ptr<::sgl::cli::Command>(new ClassName()); });                   \
    }
