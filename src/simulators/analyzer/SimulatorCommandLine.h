#pragma once

#include "domain/Error.h"
#include "simulators/analyzer/ConsoleCommand.h"
#include "simulators/analyzer/SimulatorConfig.h"

#include <QStringList>

class QCommandLineParser;

namespace sgl::simulators::analyzer {

/**
 * The command line of sgl-analyzer-sim, kept in the library so tests check it: options declared
 * on a QCommandLineParser, then read into a SimulatorConfig and the initial rack.
 */
struct SimulatorCommandLine {
    SimulatorConfig config;
    QStringList barcodes;  ///< --barcode (repeatable) then --barcodes-file lines
    int repeatSeconds = 0; ///< --repeat-seconds: reload `barcodes` periodically (0 = once)
    bool exitWhenDone = false;

    static void addOptions(QCommandLineParser &parser);
    /**
     * Reads a parser that has processed the arguments. Fails with analyzersim.bad_option (unknown
     * mode or fault, bad number, no --port in client mode; location = the option) or
     * analyzersim.barcodes_file.
     */
    [[nodiscard]] static domain::Result<SimulatorCommandLine> fromParser(const QCommandLineParser &parser);
    /** One barcode per line; blank lines and lines starting with '#' skipped. */
    [[nodiscard]] static domain::Result<QStringList> readBarcodesFile(const QString &path);
    /** "load A B C", "qc", "quit" (case-insensitive); anything else is Unknown. */
    [[nodiscard]] static ConsoleCommand parseConsoleLine(const QString &line);
};

} // namespace sgl::simulators::analyzer
