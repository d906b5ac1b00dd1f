// sgl-directory-sim: the local Annuaire Santé FHIR API (v2, R4) used by the demo, the tests and for training.
#include "interop/directory/SyntheticExtract.h"
#include "interop/directory/SyntheticDirectoryFiles.h"
#include "simulators/directory/DirectorySimData.h"
#include "simulators/directory/DirectorySimulatorServer.h"
#include "simulators/directory/Tr.h"
#include "simulators/pki/RsaTestPki.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace sgl::simulators::directory;
using sgl::simulators::pki::RsaTestPki;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sgl-directory-sim"));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Simulateur local de l'API FHIR de l'Annuaire Santé (Practitioner, PractitionerRole ; HTTPS)."));
    parser.addHelpOption();
    const QCommandLineOption makePki(QStringLiteral("make-pki"), Tr::tr("Crée une PKI RSA de test jetable dans <dir> puis quitte."),
                                     QStringLiteral("dir"));
    const QCommandLineOption pki(QStringLiteral("pki"),
                                 Tr::tr("Répertoire d'une PKI créée par --make-pki (server.pem, server.key.pem)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port (0 = libre)."), QStringLiteral("port"),
                                  QStringLiteral("0"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), Tr::tr("Seule clé ESANTE-API-KEY acceptée."),
                                    QStringLiteral("key"), QStringLiteral("cle-api-annuaire-de-test"));
    const QCommandLineOption extract(QStringLiteral("extract"),
                                     Tr::tr("Fichier PS_LibreAcces_Personne_activite servi (défaut : l'annuaire synthétique de la démonstration)."),
                                     QStringLiteral("file"));
    const QCommandLineOption mssante(QStringLiteral("mssante"),
                                     Tr::tr("Fichier Extraction_Correspondance_MSSante (boîtes personnelles)."),
                                     QStringLiteral("file"));
    const QCommandLineOption inactive(QStringLiteral("inactive"), Tr::tr("RPPS servi comme inactif (option répétable)."),
                                      QStringLiteral("rpps"));
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("Requêtes par seconde avant 429."), QStringLiteral("n"),
                                  QStringLiteral("17"));
    parser.addOptions({makePki, pki, port, apiKey, extract, mssante, inactive, rate});
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
    DirectorySimConfig config;
    config.certificatePath = RsaTestPki::file(parser.value(pki), "server.pem");
    config.keyPath = RsaTestPki::file(parser.value(pki), "server.key.pem");
    config.port = static_cast<quint16>(parser.value(port).toUInt());
    config.apiKey = parser.value(apiKey);
    config.requestsPerSecond = qMax(1, parser.value(rate).toInt());
    if (parser.isSet(extract)) {
        auto data = DirectorySimData::fromFiles(parser.value(extract), parser.value(mssante));
        if (!data) {
            err << data.error().toString() << Qt::endl;
            return 1;
        }
        config.practitioners = *data;
    } else {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadWrite);
        // The demo's directory: the same synthetic extract (seed 2026) with the demo's prescriber
        // and biologist, each with a personal MSSanté box.
        using sgl::interop::directory::SyntheticExtract;
        sgl::interop::directory::SyntheticExtract::Options o;
        o.rows = 400;
        o.seed = 2026;
        o.extra << SyntheticExtract::professional(QStringLiteral("10100000016"), QStringLiteral("PRESCRIPTEUR"),
                                                  QStringLiteral("Paul"), QStringLiteral("10"),
                                                  QStringLiteral("paul.prescripteur@demo.mssante.fr"))
                << SyntheticExtract::professional(QStringLiteral("10101010105"), QStringLiteral("BIOLOGISTE"),
                                                  QStringLiteral("Bérénice"), QStringLiteral("21"));
        (void)sgl::interop::directory::SyntheticExtract::write(buffer, o);
        buffer.seek(0);
        auto professionals = sgl::interop::directory::SyntheticDirectoryFiles::professionalsOf(buffer, QStringLiteral("synthetique"));
        if (professionals) {
            for (auto &p : *professionals) {
                if (p.idPp == QStringLiteral("10100000016"))
                    p.mssanteMailboxes << QStringLiteral("paul.prescripteur@demo.mssante.fr");
                if (p.idPp == QStringLiteral("10101010105"))
                    p.mssanteMailboxes << QStringLiteral("berenice.biologiste@demo.mssante.fr");
            }
            config.practitioners = DirectorySimData::fromProfessionals(*professionals);
        }
    }
    for (const QString &rpps : parser.values(inactive))
        for (SimPractitioner &p : config.practitioners)
            if (p.rpps == rpps)
                p.active = false;
    auto server = DirectorySimulatorServer::create(config);
    if (!server) {
        err << server.error().toString() << Qt::endl;
        return 1;
    }
    // First line: the base URL, which the [annuaire] fhir_url setting takes as is.
    out << (*server)->baseUrl() << Qt::endl;
    err << Tr::tr("%1 professionnels servis.").arg(config.practitioners.size()) << Qt::endl;
    return app.exec();
}
