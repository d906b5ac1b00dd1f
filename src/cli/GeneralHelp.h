#pragma once

#include "cli/Command.h"

#include <QString>

namespace sgl::cli {

/** `sgl --help`: global options, the registered commands and the exit codes. */
[[nodiscard]] QString generalHelp(Lang lang);

} // namespace sgl::cli
