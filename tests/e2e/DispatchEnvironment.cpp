#include "DispatchEnvironment.h"

#include "simulators/dmp/TrustedSignatureVerifier.h"
#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sgl::testing {

using namespace Qt::StringLiterals;
using simulators::pki::RsaTestPki;

void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_e2e";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

std::unique_ptr<DispatchEnvironment> DispatchEnvironment::start(QString *whyNot)
{
    ensureCoreApplication();
    const QString valueSets = QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/jeuxDeValeurs");
    if (!QDir(valueSets).exists()) {
        *whyNot = u"jeux de valeurs CI-SIS absents (../shared) : simulateur DMP impossible"_s;
        return nullptr;
    }
    // The patient mailbox of the INSi-qualified test patient must exist before Postfix starts.
    QByteArray boxes = qgetenv("SGL_TEST_PATIENT_INS");
    if (boxes.isEmpty())
        boxes = "279035121518989 288091234567823"; // the script's defaults
    if (!boxes.split(' ').contains(kExtraPatientIns))
        qputenv("SGL_TEST_PATIENT_INS", boxes + ' ' + kExtraPatientIns);
    std::unique_ptr<DispatchEnvironment> env(new DispatchEnvironment);
    env->m_mail = MailServers::instance(whyNot);
    if (!env->m_mail)
        return nullptr;

    const QString dir = env->m_dir.path();
    if (auto pki = RsaTestPki::create(dir); !pki) {
        *whyNot = u"PKI de test : "_s + pki.error().toString();
        return nullptr;
    }
    const auto pki = [&](const char *f) { return RsaTestPki::file(dir, f); };
    simulators::dmp::DmpSimulatorConfig config;
    config.certificatePath = pki("server.pem");
    config.keyPath = pki("server.key.pem");
    config.caPath = pki("ca.pem");
    config.valueSetDirectory = valueSets;
    auto verifier = simulators::dmp::TrustedSignatureVerifier::create(pki("ca.pem"));
    if (!verifier) {
        *whyNot = verifier.error().toString();
        return nullptr;
    }
    auto sim = simulators::dmp::DmpSimulatorThread::start(config, std::move(*verifier));
    if (!sim) {
        *whyNot = u"simulateur DMP : "_s + sim.error().toString();
        return nullptr;
    }
    env->m_dmp = std::move(*sim);

    // QSettings reads a comma as a list separator: values with commas are quoted.
    const MailServers &m = *env->m_mail;
    QString text;
    text += u"[dmp]\n"_s;
    text += u"endpoint=%1\n"_s.arg(env->m_dmp->baseUrl().replace(u"127.0.0.1"_s, u"localhost"_s));
    text += u"certificate=%1\nkey=%2\nca=%3\n"_s.arg(pki("org.pem"), pki("org.key.pem"), pki("ca.pem"));
    text += u"source_oid=1.2.250.1.999.1.2\nstructure_id=10B0152872\nresponsible=10B0152872/RESPONSABLE\n"_s;
    text += u"subject_id=\"SGL, SGL, Laboratoire\"\n"_s;
    text += u"lps_id=1.2.250.1.999.1.1.9001\nlps_version=1.0\nlps_homologation=HOMOLOGATION-TEST\ntimeout_seconds=30\n"_s;
    text += u"[mssante]\n"_s;
    text += u"smtp_url=%1\nimap_url=%2\nmailbox=%3\n"_s.arg(m.env(u"SGL_MAIL_SMTP_URL"_s), m.env(u"SGL_MAIL_IMAP_URL"_s),
                                                        m.env(u"SGL_MAIL_LAB"_s));
    text += u"certificate=%1\nkey=%2\nca=%3\nimap_password=%4\n"_s.arg(
        m.env(u"SGL_MAIL_CLIENT_CERT"_s), m.env(u"SGL_MAIL_CLIENT_KEY"_s), m.env(u"SGL_MAIL_CA"_s),
        m.env(u"SGL_MAIL_PASSWORD"_s));
    text += u"laboratory_name=Laboratoire SGL Test\nsource_oid=1.2.250.1.999.1\ntimeout_seconds=30\n"_s;
    env->m_configFile = env->m_dir.filePath(u"sgl.conf"_s);
    QFile f(env->m_configFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
        *whyNot = u"fichier de configuration non écrit : "_s + env->m_configFile;
        return nullptr;
    }
    return env;
}

} // namespace sgl::testing
