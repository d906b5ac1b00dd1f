#pragma once

#include "cli/Command.h"

namespace sgl::cli {

/**
 * `sgl gateway`: runs the analyzer gateway (workflow::analyzers::AnalyzerGateway) headless until
 * SIGTERM or SIGINT, printing one JSON line per connection status change and per event on
 * standard output (fields documented in docs/cli.md). Meant to run under systemd
 * (packaging/systemd/sgl-gateway.service).
 */
class GatewayCommand final : public Command {
public:
    QString name() const override;
    Text summary() const override;
    Text help() const override;
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace sgl::cli
