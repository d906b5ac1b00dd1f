// sgl-insi-sim: the local INSi teleservice used by the demo and for training.
#include "simulators/insi/InsiSimulatorServer.h"
#include "simulators/insi/TestPki.h"
#include "simulators/insi/Tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

using namespace sgl::simulators::insi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-insi-sim"));
    // Each call (MessageID, ContexteLPS Id, outcome; never traits) is logged on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("sgl.sim.insi.info=true"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Simulateur local du téléservice INSi (SOAP 1.2 sur HTTPS avec certificat client)."));
    parser.addHelpOption();
    const QCommandLineOption makePki(QStringLiteral("make-pki"),
                                     Tr::tr("Crée une PKI de test jetable dans <dir> puis quitte."),
                                     QStringLiteral("dir"));
    const QCommandLineOption pki(QStringLiteral("pki"),
                                 Tr::tr("Répertoire d'une PKI créée par --make-pki (server.pem, server.key.pem, ca.pem)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption base(QStringLiteral("base"), Tr::tr("Base d'identités JSON."),
                                  QStringLiteral("file"), QStringLiteral(SGL_INSI_SIM_DEFAULT_BASE));
    const QCommandLineOption xsd(QStringLiteral("xsd"),
                                 Tr::tr("Dossier xsd du kit INSi (validation des requêtes)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port (0 = libre)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   Tr::tr("Retarde chaque réponse (test de délai)."),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption malformed(QStringLiteral("malformed"),
                                       Tr::tr("Répond des enveloppes SOAP tronquées."));
    const QCommandLineOption cpxPort(QStringLiteral("cpx-port"),
                                     Tr::tr("Ouvre aussi le point d'accès CPx (TLS serveur seul, assertion signée par la carte CPS) sur ce port (0 = libre)."),
                                     QStringLiteral("port"));
    parser.addOptions({makePki, pki, base, xsd, port, delay, malformed, cpxPort});
    parser.process(app);

    if (parser.isSet(makePki)) {
        const auto st = TestPki::create(parser.value(makePki));
        if (!st) {
            err << st.error().toString() << Qt::endl;
            return 1;
        }
        out << Tr::tr("PKI de test créée dans %1").arg(parser.value(makePki)) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(pki)) {
        err << Tr::tr("--pki <dir> est obligatoire (voir --make-pki).") << Qt::endl;
        return 2;
    }
    const QString dir = parser.value(pki);
    InsiSimulatorConfig config;
    config.basePath = parser.value(base);
    config.schemaDirectory = parser.value(xsd);
    config.certificatePath = TestPki::file(dir, "server.pem");
    config.keyPath = TestPki::file(dir, "server.key.pem");
    config.caPath = TestPki::file(dir, "ca.pem");
    bool ok = false;
    config.port = static_cast<quint16>(parser.value(port).toUInt(&ok));
    config.delayMs = parser.value(delay).toInt();
    config.malformedAnswers = parser.isSet(malformed);
    config.cpx = parser.isSet(cpxPort);
    config.cpxPort = static_cast<quint16>(parser.value(cpxPort).toUInt());
    auto server = InsiSimulatorServer::create(config);
    if (!server) {
        err << server.error().toString() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("https://127.0.0.1:%1%2").arg((*server)->serverPort()).arg(config.path) << Qt::endl;
    if (config.cpx)
        out << Tr::tr("CPx : https://127.0.0.1:%1%2").arg((*server)->cpxPort()).arg(config.path) << Qt::endl;
    if (!(*server)->handler().schemaValidation())
        out << Tr::tr("Attention : XSD INSi absents, contrôles structurels seulement.") << Qt::endl;
    return app.exec();
}
