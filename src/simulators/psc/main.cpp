// sgl-psc-sim: the local Pro Santé Connect provider used by the demo, the tests and for training.
#include "simulators/pki/RsaTestPki.h"
#include "simulators/psc/PscSimulatorServer.h"
#include "simulators/psc/Tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

using namespace sgl::simulators::psc;
using sgl::simulators::pki::RsaTestPki;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-psc-sim"));
    // Grants and rotations are logged on stderr (never tokens).
    QLoggingCategory::setFilterRules(QStringLiteral("sgl.sim.psc.info=true"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Simulateur local de Pro Santé Connect (OpenID Connect, royaume esante-wallet, HTTPS)."));
    parser.addHelpOption();
    const QCommandLineOption makePki(QStringLiteral("make-pki"),
                                     Tr::tr("Crée une PKI RSA de test jetable dans <dir> puis quitte."),
                                     QStringLiteral("dir"));
    const QCommandLineOption pki(QStringLiteral("pki"),
                                 Tr::tr("Répertoire d'une PKI créée par --make-pki (server.pem, server.key.pem)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port (0 = libre)."), QStringLiteral("port"),
                                  QStringLiteral("0"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Tr::tr("Identifiant du client enregistré."),
                                      QStringLiteral("id"), QStringLiteral("sgl-laboratoire"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), Tr::tr("Secret du client enregistré."),
                                          QStringLiteral("secret"), QStringLiteral("secret-de-test-sgl"));
    const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"),
                                         Tr::tr("URI de redirection enregistrée (exacte ; option répétable)."),
                                         QStringLiteral("uri"));
    const QCommandLineOption defaultRpps(QStringLiteral("default-rpps"),
                                         Tr::tr("Professionnel authentifié sans login_hint."), QStringLiteral("rpps"),
                                         QStringLiteral("10101010105"));
    const QCommandLineOption deny(QStringLiteral("deny"),
                                  Tr::tr("Refuse toute authentification (error=access_denied)."));
    const QCommandLineOption accessTtl(QStringLiteral("access-ttl"), Tr::tr("Durée des jetons d'accès (s)."),
                                       QStringLiteral("s"), QStringLiteral("120"));
    const QCommandLineOption rotate(QStringLiteral("rotate-every"),
                                    Tr::tr("Change de clé de signature toutes les <s> secondes (0 = jamais)."),
                                    QStringLiteral("s"), QStringLiteral("0"));
    parser.addOptions({makePki, pki, port, clientId, clientSecret, redirectUri, defaultRpps, deny, accessTtl, rotate});
    parser.process(app);

    if (parser.isSet(makePki)) {
        const auto st = RsaTestPki::create(parser.value(makePki));
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
    PscSimConfig config;
    config.certificatePath = RsaTestPki::file(dir, "server.pem");
    config.keyPath = RsaTestPki::file(dir, "server.key.pem");
    config.port = static_cast<quint16>(parser.value(port).toUInt());
    PscSimClient client{parser.value(clientId), parser.value(clientSecret), config.clients.first().redirectUris};
    if (parser.isSet(redirectUri))
        client.redirectUris = parser.values(redirectUri);
    config.clients = {client};
    config.cibaClientIds = {client.clientId}; // the one service of the command line may use CIBA
    config.defaultRpps = parser.value(defaultRpps);
    config.approve = !parser.isSet(deny);
    config.accessTokenSeconds = qMax(1, parser.value(accessTtl).toInt());
    auto server = PscSimulatorServer::create(config);
    if (!server) {
        err << server.error().toString() << Qt::endl;
        return 1;
    }
    // First line: the issuer, which the client configuration takes as is.
    out << (*server)->issuer() << Qt::endl;
    const int every = parser.value(rotate).toInt();
    QTimer rotation;
    if (every > 0) {
        QObject::connect(&rotation, &QTimer::timeout, [&server, &err] {
            if (auto kid = (*server)->handler().rotateKeys(); !kid)
                err << kid.error().toString() << Qt::endl;
        });
        rotation.start(every * 1000);
    }
    return app.exec();
}
