#pragma once

#include "cli/Command.h"

namespace sgl::cli {

/**
 * `sgl pam-listen`: the IHE PAM France inbound interface. Listens for MLLP connections, hands
 * every message to workflow::pam::ProcessPamMessage (in arrival order, one transaction each) and
 * answers with its ACK; prints one line per message. `--list-rejected` prints the rejected
 * messages kept for review instead of listening.
 */
class PamListenCommand final : public Command {
public:
    QString name() const override;
    Text summary() const override;
    Text help() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace sgl::cli
