// sgl-mss-sim: a light MSSanté operator (SMTP submission + IMAP, STARTTLS, client certificate) for the demo.
#include "simulators/mss/MssSimulatorServer.h"
#include "simulators/mss/Tr.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace sgl::simulators::mss;
using sgl::simulators::pki::RsaTestPki;
using sgl::simulators::pki::RsaTestPkiOptions;

namespace {

bool readPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = static_cast<quint16>(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-mss-sim"));
    // One line per connection, TLS outcome, refusal and stored message (never a body) on stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("sgl.sim.mss.info=true"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Simulateur local d'un opérateur MSSanté : envoi SMTP et lecture IMAP (STARTTLS, TLS 1.2 ou plus, "
               "certificat client obligatoire), avis de non-remise pour les adresses contenant « inconnu », "
               "accusés de réception « processed »."));
    parser.addHelpOption();
    const QCommandLineOption makePki(QStringLiteral("make-pki"), Tr::tr("Crée une PKI RSA de test jetable dans <dir> puis quitte."),
                                     QStringLiteral("dir"));
    const QCommandLineOption pki(QStringLiteral("pki"),
                                 Tr::tr("Répertoire d'une PKI créée par --make-pki (server.pem, server.key.pem, ca.pem)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption smtpPort(QStringLiteral("smtp-port"), Tr::tr("Port SMTP (0 = libre)."), QStringLiteral("port"),
                                      QStringLiteral("0"));
    const QCommandLineOption imapPort(QStringLiteral("imap-port"), Tr::tr("Port IMAP (0 = libre)."), QStringLiteral("port"),
                                      QStringLiteral("0"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   Tr::tr("Dossier des boîtes aux lettres (fichiers .eml conservés d'un lancement à l'autre ; "
                                          "défaut : en mémoire)."),
                                   QStringLiteral("dir"));
    const QCommandLineOption mdnDelay(QStringLiteral("mdn-delay-ms"),
                                      Tr::tr("Délai avant l'accusé de réception « processed » (ms)."), QStringLiteral("ms"),
                                      QStringLiteral("3000"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"), Tr::tr("Taille maximale d'un message (octets)."),
                                     QStringLiteral("bytes"), QString::number(30LL * 1024 * 1024));
    const QCommandLineOption password(QStringLiteral("password"),
                                      Tr::tr("Mot de passe exigé par LOGIN et AUTH PLAIN (défaut : le certificat suffit)."),
                                      QStringLiteral("password"));
    const QCommandLineOption labMailbox(QStringLiteral("lab-mailbox"), Tr::tr("Boîte du laboratoire (pour --seed-inbox)."),
                                       QStringLiteral("address"), RsaTestPkiOptions{}.mailbox);
    const QCommandLineOption seedInbox(QStringLiteral("seed-inbox"),
                                       Tr::tr("Dépose au démarrage dans la boîte du laboratoire un CR-BIO de sous-traitance "
                                              "fictif et un courriel simple (une seule fois par --store)."));
    const QCommandLineOption seedDossier(QStringLiteral("seed-dossier"),
                                         Tr::tr("Numéro de dossier auquel répond le CR-BIO de --seed-inbox."),
                                         QStringLiteral("number"));
    parser.addOptions({makePki, pki, smtpPort, imapPort, store, mdnDelay, maxSize, password, labMailbox, seedInbox,
                       seedDossier});
    parser.process(app);

    if (parser.isSet(makePki)) {
        RsaTestPkiOptions options;
        options.mailbox = parser.value(labMailbox);
        const auto st = RsaTestPki::create(parser.value(makePki), options);
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
    MssSimulatorConfig config;
    config.tls.certificatePath = RsaTestPki::file(dir, "server.pem");
    config.tls.keyPath = RsaTestPki::file(dir, "server.key.pem");
    config.tls.caPath = RsaTestPki::file(dir, "ca.pem");
    config.storeDirectory = parser.value(store);
    config.password = parser.value(password);
    bool delayOk = false;
    bool sizeOk = false;
    config.mdnDelayMs = parser.value(mdnDelay).toInt(&delayOk);
    config.maxMessageBytes = parser.value(maxSize).toLongLong(&sizeOk);
    if (!readPort(parser.value(smtpPort), &config.smtpPort) || !readPort(parser.value(imapPort), &config.imapPort)) {
        err << Tr::tr("Port invalide.") << Qt::endl;
        return 2;
    }
    if (!delayOk || config.mdnDelayMs < 0 || !sizeOk || config.maxMessageBytes < 1024) {
        err << Tr::tr("Délai ou taille maximale invalide.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(seedInbox)) {
        config.seedMailbox = parser.value(labMailbox);
        config.seedDossier = parser.value(seedDossier);
    }
    auto server = MssSimulatorServer::create(config);
    if (!server) {
        err << server.error().toString() << Qt::endl;
        return 1;
    }
    // First line: what scripts read (run-demo.sh).
    out << QStringLiteral("smtp://127.0.0.1:%1 imap://127.0.0.1:%2").arg((*server)->smtpPort()).arg((*server)->imapPort())
        << Qt::endl;
    return app.exec();
}
