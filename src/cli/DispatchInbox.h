#pragma once

#include <QStringList>

namespace sgl::cli {

class CommandContext;

/**
 * `sgl dispatch inbox [--all] [--user LOGIN]` and `sgl dispatch inbox handle ID --note TEXT
 * [--version N] [--user LOGIN]`: the MSSanté messages the mailbox poll kept for a human
 * (workflow::dispatch::ReceivedMessages, Permission::DispatchManage), as the Envois screen lists
 * them, tab-separated. `args` are the arguments after "inbox". Without --version, handle uses
 * the version just read. Returns the exit code.
 */
class DispatchInbox {
public:
    [[nodiscard]] static int run(CommandContext &ctx, const QStringList &args);
};

} // namespace sgl::cli
