#include "simulators/analyzer/ErrorCodes.h"
#include "simulators/analyzer/FaultOptions.h"
#include "simulators/analyzer/SimulatorCommandLine.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::simulators::analyzer;

namespace {

sgl::domain::Result<SimulatorCommandLine> parse(QStringList args)
{
    QCommandLineParser parser;
    SimulatorCommandLine::addOptions(parser);
    args.prepend(QStringLiteral("sgl-analyzer-sim"));
    EXPECT_TRUE(parser.parse(args)) << qPrintable(parser.errorText());
    return SimulatorCommandLine::fromParser(parser);
}

} // namespace

TEST(SimulatorCommandLine, ReadsModeFaultsAndBarcodes)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rack.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("# rack 1\nT3\n\n  T4  \n");
    f.close();
    auto cl = parse({QStringLiteral("--mode"), QStringLiteral("law-chemistry"), QStringLiteral("--port"), QStringLiteral("2575"),
                     QStringLiteral("--barcode"), QStringLiteral("T1"), QStringLiteral("--barcode"), QStringLiteral("T2"),
                     QStringLiteral("--barcodes-file"), file, QStringLiteral("--fault"), QStringLiteral("drop,slow"),
                     QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--repeat-seconds"), QStringLiteral("30")});
    ASSERT_TRUE(cl.has_value()) << qPrintable(cl.error().message);
    EXPECT_EQ(cl->config.mode, SimulatorMode::LawChemistry);
    EXPECT_EQ(cl->config.port, 2575);
    EXPECT_EQ(cl->config.seed, 99u);
    EXPECT_EQ(cl->barcodes, (QStringList{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")}));
    EXPECT_TRUE(cl->config.faults.drop && cl->config.faults.slow);
    EXPECT_FALSE(cl->config.faults.badChecksum);
    EXPECT_EQ(cl->config.faults.names(), QStringLiteral("drop,slow"));
    EXPECT_EQ(cl->repeatSeconds, 30);
}

TEST(SimulatorCommandLine, RefusesBadInputWithCodeAndOption)
{
    auto mode = parse({QStringLiteral("--mode"), QStringLiteral("coulter"), QStringLiteral("--port"), QStringLiteral("1")});
    ASSERT_FALSE(mode.has_value());
    EXPECT_EQ(mode.error().code, errc::BadOption);
    EXPECT_EQ(mode.error().location, QStringLiteral("--mode"));

    auto fault = parse({QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--fault"), QStringLiteral("slow,meteor")});
    ASSERT_FALSE(fault.has_value());
    EXPECT_EQ(fault.error().code, errc::BadOption);
    EXPECT_EQ(fault.error().location, QStringLiteral("--fault"));
    EXPECT_TRUE(fault.error().message.contains(QStringLiteral("meteor")));

    auto port = parse({QStringLiteral("--port"), QStringLiteral("70000")});
    ASSERT_FALSE(port.has_value());
    EXPECT_EQ(port.error().location, QStringLiteral("--port"));

    auto noPort = parse({});
    ASSERT_FALSE(noPort.has_value());
    EXPECT_EQ(noPort.error().location, QStringLiteral("--port"));

    auto file = parse({QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--barcodes-file"), QStringLiteral("/nonexistent/rack")});
    ASSERT_FALSE(file.has_value());
    EXPECT_EQ(file.error().code, errc::BarcodesFile);
    EXPECT_EQ(file.error().location, QStringLiteral("/nonexistent/rack"));

    // Listening ASTM needs no host port.
    EXPECT_TRUE(parse({QStringLiteral("--listen")}).has_value());
}

TEST(SimulatorCommandLine, ConsoleCommands)
{
    const auto load = SimulatorCommandLine::parseConsoleLine(QStringLiteral("  LOAD  A1 A2 "));
    EXPECT_EQ(load.kind, ConsoleCommand::Kind::Load);
    EXPECT_EQ(load.barcodes, (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
    EXPECT_EQ(SimulatorCommandLine::parseConsoleLine(QStringLiteral("qc")).kind, ConsoleCommand::Kind::Qc);
    EXPECT_EQ(SimulatorCommandLine::parseConsoleLine(QStringLiteral("quit")).kind, ConsoleCommand::Kind::Quit);
    EXPECT_EQ(SimulatorCommandLine::parseConsoleLine(QString()).kind, ConsoleCommand::Kind::Empty);
    EXPECT_EQ(SimulatorCommandLine::parseConsoleLine(QStringLiteral("load")).kind, ConsoleCommand::Kind::Unknown);
    EXPECT_EQ(SimulatorCommandLine::parseConsoleLine(QStringLiteral("eject T1")).kind, ConsoleCommand::Kind::Unknown);
}
