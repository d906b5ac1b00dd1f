// sgl-dmp-sim: the local DMP (TD0.2, TD2.1, TD3.1, TD3.3) used by the demo, tests and training.
#include "simulators/dmp/DmpSimulatorServer.h"
#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/dmp/UncheckedSignatureVerifier.h"
#include "simulators/dmp/Tr.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

using namespace sgl::simulators::dmp;
using sgl::simulators::pki::RsaTestPki;

namespace {

/** "503", "receiver", "registry", "drop", "slow:<ms>", each optionally "*<count>". */
bool armFault(DmpFaultInjector &faults, const QString &spec)
{
    const QString kind = spec.section(QLatin1Char('*'), 0, 0);
    bool ok = true;
    const int count = spec.contains(QLatin1Char('*')) ? spec.section(QLatin1Char('*'), 1).toInt(&ok) : 1;
    if (!ok || count < 1)
        return false;
    if (kind == QLatin1StringView("503"))
        faults.inject(DmpFaultKind::Http503, count);
    else if (kind == QLatin1StringView("receiver"))
        faults.inject(DmpFaultKind::SoapReceiverFault, count);
    else if (kind == QLatin1StringView("registry"))
        faults.inject(DmpFaultKind::RegistryError, count);
    else if (kind == QLatin1StringView("drop"))
        faults.inject(DmpFaultKind::DropAfterStore, count);
    else if (kind.startsWith(QLatin1StringView("slow:")))
        faults.inject(DmpFaultKind::Slow, count, kind.mid(5).toInt());
    else
        return false;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-dmp-sim"));
    // Each call (path, action, MessageID, outcome, error codes; never patient traits) goes to stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("sgl.sim.dmp.info=true\nsgl.sim.dmp.web.info=true"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Simulateur local du DMP (TD0.2, TD2.1, TD3.1, TD3.3) en HTTPS TLS 1.2 avec certificat client."));
    parser.addHelpOption();
    const QCommandLineOption makePki(QStringLiteral("make-pki"), Tr::tr("Crée une PKI RSA de test jetable dans <dir> puis quitte."),
                                     QStringLiteral("dir"));
    const QCommandLineOption pki(QStringLiteral("pki"),
                                 Tr::tr("Répertoire d'une PKI créée par --make-pki (server.pem, server.key.pem, ca.pem)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port (0 = libre)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption valueSets(QStringLiteral("value-sets"), Tr::tr("Dossier des jeux de valeurs CI-SIS (SVS)."),
                                       QStringLiteral("dir"), QStringLiteral(SGL_DMP_SIM_DEFAULT_VALUE_SETS));
    const QCommandLineOption trustCa(QStringLiteral("trust-ca"),
                                     Tr::tr("Autorités reconnues pour les signatures VIHF et XAdES (PEM ; défaut : ca.pem de la PKI)."),
                                     QStringLiteral("file"));
    const QCommandLineOption noSignatureCheck(QStringLiteral("no-signature-check"),
                                              Tr::tr("N'examine ni le VIHF ni la signature XAdES (essais seulement)."));
    const QCommandLineOption anyTls(QStringLiteral("any-tls"),
                                    Tr::tr("Accepte TLS 1.2 et plus avec les suites par défaut (au lieu des seules suites « Accès LPS »)."));
    const QCommandLineOption withoutDmp(QStringLiteral("without-dmp"), Tr::tr("INS sans DMP (TD0.2 répond NF ; répétable)."),
                                        QStringLiteral("ins"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   Tr::tr("Panne pour les prochaines requêtes : 503, receiver, registry, drop, slow:<ms>, suivi de *<nombre> (répétable)."),
                                   QStringLiteral("kind"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   Tr::tr("Journal des documents reçus (conservés d'un lancement à l'autre ; défaut : en mémoire)."),
                                   QStringLiteral("file"));
    const QCommandLineOption webPort(QStringLiteral("web-port"),
                                     Tr::tr("Port de l'accès web des professionnels en contexte patient (0 = libre)."),
                                     QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption noWeb(QStringLiteral("no-web"), Tr::tr("Sans accès web des professionnels."));
    parser.addOptions({makePki, pki, port, valueSets, trustCa, noSignatureCheck, anyTls, withoutDmp, fault, store, webPort, noWeb});
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
    DmpSimulatorConfig config;
    config.certificatePath = RsaTestPki::file(dir, "server.pem");
    config.keyPath = RsaTestPki::file(dir, "server.key.pem");
    config.caPath = RsaTestPki::file(dir, "ca.pem");
    config.signatureCaPath = parser.isSet(trustCa) ? parser.value(trustCa) : config.caPath;
    config.dmpCipherSuites = !parser.isSet(anyTls);
    config.journalPath = parser.value(store);
    bool ok = false;
    config.port = static_cast<quint16>(parser.value(port).toUInt(&ok));
    if (!ok) {
        err << Tr::tr("Port invalide : %1").arg(parser.value(port)) << Qt::endl;
        return 2;
    }
    config.webPortal = !parser.isSet(noWeb);
    config.webPort = static_cast<quint16>(parser.value(webPort).toUInt(&ok));
    if (!ok) {
        err << Tr::tr("Port invalide : %1").arg(parser.value(webPort)) << Qt::endl;
        return 2;
    }
    if (QDir(parser.value(valueSets)).exists())
        config.valueSetDirectory = parser.value(valueSets);
    else
        err << Tr::tr("Attention : jeux de valeurs CI-SIS absents (%1), contrôle des codes réduit.").arg(parser.value(valueSets))
            << Qt::endl;

    std::unique_ptr<DmpSignatureVerifier> verifier;
    if (parser.isSet(noSignatureCheck)) {
        verifier = std::make_unique<UncheckedSignatureVerifier>();
        err << Tr::tr("Attention : VIHF et signatures XAdES ne sont pas vérifiés.") << Qt::endl;
    } else {
        auto trusted = TrustedSignatureVerifier::create(config.signatureCaPath);
        if (!trusted) {
            err << trusted.error().toString() << Qt::endl;
            return 1;
        }
        verifier = std::move(*trusted);
    }
    auto server = DmpSimulatorServer::create(config, std::move(verifier));
    if (!server) {
        err << server.error().toString() << Qt::endl;
        return 1;
    }
    for (const QString &ins : parser.values(withoutDmp)) {
        DmpPatient none;
        none.exists = false;
        (*server)->handler().registry().setPatient(ins, none);
    }
    for (const QString &f : parser.values(fault)) {
        if (!armFault((*server)->handler().faults(), f)) {
            err << Tr::tr("Panne inconnue : %1").arg(f) << Qt::endl;
            return 2;
        }
    }
    // First line: the services (what scripts read); second line: the web portal's contextual entry.
    out << QStringLiteral("https://127.0.0.1:%1%2").arg((*server)->serverPort()).arg(DmpSimulatorServer::servicesBase())
        << Qt::endl;
    if (config.webPortal)
        out << Tr::tr("Accès web : %1").arg((*server)->webAccessUrl()) << Qt::endl;
    return app.exec();
}
