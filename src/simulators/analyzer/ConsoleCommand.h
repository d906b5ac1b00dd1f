#pragma once

#include <QStringList>

namespace sgl::simulators::analyzer {

/** One line typed on the simulator's standard input. */
struct ConsoleCommand {
    enum class Kind { Load, Qc, Quit, Empty, Unknown };
    Kind kind = Kind::Empty;
    QStringList barcodes; ///< for Load
};

} // namespace sgl::simulators::analyzer
