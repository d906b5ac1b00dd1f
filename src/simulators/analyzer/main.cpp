// sgl-analyzer-sim: simulated analyzers (Sysmex XN over ASTM, cobas over HL7 LAW) for the demo,
// training and manual tests of the analyzer gateway. One line per event on stdout.
#include "simulators/analyzer/AstmHaematologySimulator.h"
#include "simulators/analyzer/LawChemistrySimulator.h"
#include "simulators/analyzer/SimulatorCommandLine.h"
#include "simulators/analyzer/Tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <unistd.h>

using namespace sgl::simulators::analyzer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-analyzer-sim"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Automates simulés : hématologie Sysmex XN (ASTM E1381/E1394) ou biochimie cobas (HL7 v2.5.1 IHE LAW). "
               "Sur l'entrée standard : « load CODE... », « qc », « quit »."));
    parser.addHelpOption();
    SimulatorCommandLine::addOptions(parser);
    parser.process(app);
    auto commandLine = SimulatorCommandLine::fromParser(parser);
    if (!commandLine) {
        err << commandLine.error().toString() << Qt::endl;
        return 2;
    }
    const SimulatorCommandLine cl = *commandLine;

    std::unique_ptr<AnalyzerSimulator> sim;
    if (cl.config.mode == SimulatorMode::AstmHaematology)
        sim = std::make_unique<AstmHaematologySimulator>(cl.config);
    else
        sim = std::make_unique<LawChemistrySimulator>(cl.config);
    QObject::connect(sim.get(), &AnalyzerSimulator::eventOccurred, &app,
                     [&out](const SimulatorEvent &e) { out << e.toLine() << Qt::endl; });
    if (cl.config.mode == SimulatorMode::LawChemistry && cl.config.faults.badChecksum)
        out << Tr::tr("Attention : bad-checksum n'existe pas en MLLP, défaut ignoré.") << Qt::endl;
    if (auto st = sim->start(); !st) {
        err << st.error().toString() << Qt::endl;
        return 1;
    }
    sim->loadRack(cl.barcodes);

    QTimer repeat;
    if (cl.repeatSeconds > 0 && !cl.barcodes.isEmpty()) {
        QObject::connect(&repeat, &QTimer::timeout, sim.get(), [&] { sim->loadRack(cl.barcodes); });
        repeat.start(cl.repeatSeconds * 1000);
    }
    if (cl.exitWhenDone && cl.repeatSeconds == 0)
        QObject::connect(sim.get(), &AnalyzerSimulator::idle, &app, &QCoreApplication::quit, Qt::QueuedConnection);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false); // end of input: keep running (the demo starts us with no terminal)
            return;
        }
        pending.append(buffer, n);
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(eol));
            pending.remove(0, eol + 1);
            const ConsoleCommand c = SimulatorCommandLine::parseConsoleLine(line);
            switch (c.kind) {
            case ConsoleCommand::Kind::Load: sim->loadRack(c.barcodes); break;
            case ConsoleCommand::Kind::Qc: sim->requestQc(); break;
            case ConsoleCommand::Kind::Quit: app.quit(); break;
            case ConsoleCommand::Kind::Empty: break;
            case ConsoleCommand::Kind::Unknown:
                out << Tr::tr("Commande inconnue : « %1 » (load CODE..., qc, quit)").arg(line.trimmed()) << Qt::endl;
                break;
            }
        }
    });
    const int status = app.exec();
    sim->stop();
    return status;
}
