#include "simulators/analyzer/SimulatorCommandLine.h"

#include "simulators/analyzer/ErrorCodes.h"
#include "simulators/analyzer/Tr.h"

#include <QCommandLineParser>
#include <QFile>

namespace sgl::simulators::analyzer {

namespace {

struct IntOption {
    const char *name;
    int *target;
    int minimum;
};

} // namespace

void SimulatorCommandLine::addOptions(QCommandLineParser &parser)
{
    auto opt = [&](const char *name, const QString &help, const char *value = nullptr, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), help);
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
    };
    opt("mode", Tr::tr("Automate simulé : astm-haemato (Sysmex XN, ASTM) ou law-chemistry (cobas, HL7 LAW)."), "mode",
        "astm-haemato");
    opt("host", Tr::tr("Adresse de l'écoute de l'hôte (SGL)."), "host", "127.0.0.1");
    opt("port", Tr::tr("Port de l'écoute de l'hôte (ASTM ou MLLP)."), "port");
    opt("listen", Tr::tr("ASTM : écoute au lieu de se connecter ; LAW : ouvre aussi l'écoute des demandes OML^O33."));
    opt("listen-port", Tr::tr("Port d'écoute du simulateur (0 = libre)."), "port", "0");
    opt("barcode", Tr::tr("Tube à charger (répétable)."), "barcode");
    opt("barcodes-file", Tr::tr("Fichier de tubes, un code-barres par ligne."), "file");
    opt("repeat-seconds", Tr::tr("Recharge la liste de tubes toutes les N secondes (démo)."), "n", "0");
    opt("seed", Tr::tr("Graine des valeurs pseudo-aléatoires (reproductibles)."), "n", "1");
    opt("fault", Tr::tr("Défauts produits sur la ligne : bad-checksum, nak-storm, drop, garbage, slow (séparés par des virgules)."),
        "kinds");
    opt("qc-every", Tr::tr("Passe un contrôle qualité tous les N tubes (0 = sur demande « qc »)."), "n", "0");
    opt("alarm-every", Tr::tr("ASTM : une alarme instrument tous les N tubes (0 = jamais)."), "n", "3");
    opt("over-range-every", Tr::tr("LAW : un résultat hors linéarité (>) tous les N tubes (0 = jamais)."), "n", "4");
    opt("run-delay-ms", Tr::tr("Durée simulée de l'analyse."), "ms", "0");
    opt("answer-timeout-ms", Tr::tr("Attente maximale d'une réponse de l'hôte."), "ms", "15000");
    opt("reconnect-ms", Tr::tr("Délai avant reconnexion."), "ms", "1000");
    opt("instrument", Tr::tr("Nom de l'automate (H-5.1 ou MSH-3)."), "name");
    opt("exit-when-done", Tr::tr("Quitte quand tous les tubes sont passés (sans --repeat-seconds)."));
}

domain::Result<SimulatorCommandLine> SimulatorCommandLine::fromParser(const QCommandLineParser &parser)
{
    SimulatorCommandLine out;
    SimulatorConfig &c = out.config;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == u"astm-haemato")
        c.mode = SimulatorMode::AstmHaematology;
    else if (mode == u"law-chemistry")
        c.mode = SimulatorMode::LawChemistry;
    else
        return domain::fail(errc::BadOption, Tr::tr("Mode inconnu : « %1 » (astm-haemato ou law-chemistry).").arg(mode),
                            QStringLiteral("--mode"));
    c.host = parser.value(QStringLiteral("host"));
    c.listen = parser.isSet(QStringLiteral("listen"));
    auto number = [&](const char *name, qint64 minimum, qint64 maximum) -> std::optional<qint64> {
        bool ok = false;
        const qint64 v = parser.value(QString::fromLatin1(name)).toLongLong(&ok);
        if (!ok || v < minimum || v > maximum)
            return std::nullopt;
        return v;
    };
    auto bad = [](const char *name, const QString &value) {
        return domain::fail(errc::BadOption, Tr::tr("Valeur invalide « %1 ».").arg(value),
                            QStringLiteral("--") + QString::fromLatin1(name));
    };
    const QList<IntOption> ints{{"repeat-seconds", &out.repeatSeconds, 0},  {"qc-every", &c.qcEvery, 0},
                                {"alarm-every", &c.alarmEvery, 0},          {"over-range-every", &c.overRangeEvery, 0},
                                {"run-delay-ms", &c.runDelayMs, 0},         {"answer-timeout-ms", &c.answerTimeoutMs, 1},
                                {"reconnect-ms", &c.reconnectDelayMs, 0}};
    for (const IntOption &o : ints) {
        const auto v = number(o.name, o.minimum, 24 * 3600 * 1000);
        if (!v)
            return bad(o.name, parser.value(QString::fromLatin1(o.name)));
        *o.target = static_cast<int>(*v);
    }
    const auto listenPort = number("listen-port", 0, 65535);
    if (!listenPort)
        return bad("listen-port", parser.value(QStringLiteral("listen-port")));
    c.listenPort = static_cast<quint16>(*listenPort);
    if (parser.isSet(QStringLiteral("port")) || !(c.listen && c.mode == SimulatorMode::AstmHaematology)) {
        const auto port = number("port", 1, 65535);
        if (!port)
            return bad("port", parser.value(QStringLiteral("port")));
        c.port = static_cast<quint16>(*port);
    }
    bool seedOk = false;
    c.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return bad("seed", parser.value(QStringLiteral("seed")));
    auto faults = FaultOptions::parse(parser.values(QStringLiteral("fault")).join(u','));
    if (!faults)
        return std::unexpected(faults.error());
    c.faults = *faults;
    c.instrumentName = parser.value(QStringLiteral("instrument"));
    out.exitWhenDone = parser.isSet(QStringLiteral("exit-when-done"));
    out.barcodes = parser.values(QStringLiteral("barcode"));
    if (parser.isSet(QStringLiteral("barcodes-file"))) {
        auto file = readBarcodesFile(parser.value(QStringLiteral("barcodes-file")));
        if (!file)
            return std::unexpected(file.error());
        out.barcodes << *file;
    }
    return out;
}

domain::Result<QStringList> SimulatorCommandLine::readBarcodesFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return domain::fail(errc::BarcodesFile, Tr::tr("Fichier de codes-barres illisible : %1").arg(f.errorString()), path);
    QStringList out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            out << line;
    }
    return out;
}

ConsoleCommand SimulatorCommandLine::parseConsoleLine(const QString &line)
{
    QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString verb = words.takeFirst().toLower();
    if (verb == u"load" && !words.isEmpty())
        return {ConsoleCommand::Kind::Load, words};
    if (verb == u"qc" && words.isEmpty())
        return {ConsoleCommand::Kind::Qc, {}};
    if (verb == u"quit" && words.isEmpty())
        return {ConsoleCommand::Kind::Quit, {}};
    return {ConsoleCommand::Kind::Unknown, {}};
}

} // namespace sgl::simulators::analyzer
