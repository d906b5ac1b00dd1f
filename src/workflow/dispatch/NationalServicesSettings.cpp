#include "workflow/dispatch/NationalServicesSettings.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DbConfig.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace sgl::workflow::dispatch {

namespace {

using Kind = NationalServicesSettings::Kind;

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct KeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

Bio openFile(const QString &path)
{
    return Bio(BIO_new_file(QFile::encodeName(path).constData(), "rb"));
}

/** Never prompts on a terminal: the configured password, or nothing. */
int passwordCallback(char *buffer, int size, int, void *password)
{
    const QByteArray *p = static_cast<const QByteArray *>(password);
    if (!p || p->isEmpty() || p->size() > size)
        return 0;
    std::memcpy(buffer, p->constData(), static_cast<size_t>(p->size()));
    return static_cast<int>(p->size());
}

bool isOid(const QString &v)
{
    static const QRegularExpression oid(u"^[0-2](\\.(0|[1-9][0-9]*))+$"_s);
    return oid.match(v).hasMatch() && v.size() <= 64;
}

bool isAddress(const QString &v)
{
    static const QRegularExpression address(u"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    return address.match(v).hasMatch();
}

bool isUrl(const QString &v, const QStringList &schemes)
{
    const QUrl url(v, QUrl::StrictMode);
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}

const QStringList kSecrets{u"dmp/key_password"_s, u"dmp/signing_key_password"_s, u"mssante/key_password"_s,
                           u"mssante/imap_password"_s, u"annuaire/api_key"_s};

} // namespace

NationalServicesSettings::NationalServicesSettings(storage::Database &db, QString configFile)
    : m_db(db), m_file(std::move(configFile))
{
    if (m_file.isEmpty()) {
        const QStringList candidates = storage::DbConfig::configFileCandidates();
        for (const QString &c : candidates) {
            if (QFileInfo::exists(c)) {
                m_file = c;
                break;
            }
        }
        if (m_file.isEmpty())
            m_file = candidates.value(0);
    }
}

const QList<NationalServicesSettings::Field> &NationalServicesSettings::fields()
{
    static const QList<Field> all{
        {u"dmp/endpoint"_s, Tr::tr("DMP — Adresse du service (endpoint)"), Kind::HttpsUrl},
        {u"dmp/certificate"_s, Tr::tr("DMP — Certificat d'authentification (certificate)"), Kind::Certificate},
        {u"dmp/key"_s, Tr::tr("DMP — Clé privée d'authentification (key)"), Kind::PrivateKey},
        {u"dmp/key_password"_s, Tr::tr("DMP — Mot de passe de la clé (key_password)"), Kind::Password},
        {u"dmp/ca"_s, Tr::tr("DMP — Autorités de confiance (ca)"), Kind::CaBundle},
        {u"dmp/signing_certificate"_s, Tr::tr("DMP — Certificat de signature, cachet (signing_certificate)"), Kind::Certificate},
        {u"dmp/signing_key"_s, Tr::tr("DMP — Clé de signature (signing_key)"), Kind::PrivateKey},
        {u"dmp/signing_key_password"_s, Tr::tr("DMP — Mot de passe de la clé de signature (signing_key_password)"), Kind::Password},
        {u"dmp/source_oid"_s, Tr::tr("DMP — OID racine du laboratoire (source_oid)"), Kind::Oid},
        {u"dmp/structure_id"_s, Tr::tr("DMP — Identifiant de la structure (structure_id)"), Kind::Text},
        {u"dmp/responsible"_s, Tr::tr("DMP — Responsable des envois (responsible)"), Kind::Text},
        {u"dmp/lps_id"_s, Tr::tr("DMP — Identifiant du logiciel (lps_id)"), Kind::Text},
        {u"dmp/lps_version"_s, Tr::tr("DMP — Version du logiciel (lps_version)"), Kind::Text},
        {u"dmp/lps_homologation"_s, Tr::tr("DMP — Numéro d'homologation (lps_homologation)"), Kind::Text},
        {u"dmp/timeout_seconds"_s, Tr::tr("DMP — Délai d'attente en secondes (timeout_seconds)"), Kind::Seconds},
        {u"dmp/web_access_url"_s, Tr::tr("DMP — Accès web des professionnels, contexte patient (web_access_url)"), Kind::HttpsUrl},
        {u"mssante/smtp_url"_s, Tr::tr("MSSanté — Serveur d'envoi SMTP (smtp_url)"), Kind::SmtpUrl},
        {u"mssante/imap_url"_s, Tr::tr("MSSanté — Serveur de la boîte IMAP (imap_url)"), Kind::ImapUrl},
        {u"mssante/mailbox"_s, Tr::tr("MSSanté — Boîte applicative du laboratoire (mailbox)"), Kind::Address},
        {u"mssante/certificate"_s, Tr::tr("MSSanté — Certificat de la boîte (certificate)"), Kind::Certificate},
        {u"mssante/key"_s, Tr::tr("MSSanté — Clé privée de la boîte (key)"), Kind::PrivateKey},
        {u"mssante/key_password"_s, Tr::tr("MSSanté — Mot de passe de la clé (key_password)"), Kind::Password},
        {u"mssante/ca"_s, Tr::tr("MSSanté — Autorités de confiance (ca)"), Kind::CaBundle},
        {u"mssante/imap_password"_s, Tr::tr("MSSanté — Mot de passe IMAP (imap_password, vide : certificat)"), Kind::Password},
        {u"mssante/laboratory_name"_s, Tr::tr("MSSanté — Nom du laboratoire (laboratory_name)"), Kind::Text},
        {u"mssante/source_oid"_s, Tr::tr("MSSanté — OID du laboratoire (source_oid)"), Kind::Oid},
        {u"mssante/timeout_seconds"_s, Tr::tr("MSSanté — Délai d'attente en secondes (timeout_seconds)"), Kind::Seconds},
        {u"annuaire/fhir_url"_s, Tr::tr("Annuaire Santé — Adresse de l'API FHIR (fhir_url)"), Kind::HttpsUrl},
        {u"annuaire/api_key"_s, Tr::tr("Annuaire Santé — Clé d'API ESANTE-API-KEY (api_key)"), Kind::Password},
        {u"annuaire/ca"_s, Tr::tr("Annuaire Santé — Autorités de confiance (ca, vide : celles du système)"), Kind::CaBundle},
    };
    return all;
}

domain::Result<QHash<QString, QString>> NationalServicesSettings::load(const domain::UserSession &session) const
{
    if (auto allowed = requirePermission(session, domain::Permission::SystemConfig); !allowed)
        return std::unexpected(allowed.error());
    QHash<QString, QString> out;
    if (!QFileInfo::exists(m_file))
        return out;
    QSettings ini(m_file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return domain::fail(errc::ConfigSecurity, Tr::tr("Fichier de configuration illisible."), m_file);
    for (const Field &f : fields())
        out.insert(f.key, f.kind == Kind::Password ? QString() : ini.value(f.key).toString().trimmed());
    return out;
}

bool NationalServicesSettings::hasSecret(const QString &key) const
{
    if (!kSecrets.contains(key) || !QFileInfo::exists(m_file))
        return false;
    QSettings ini(m_file, QSettings::IniFormat);
    return !ini.value(key).toString().isEmpty();
}

QHash<QString, QString> NationalServicesSettings::withStoredSecrets(const QHash<QString, QString> &values) const
{
    QHash<QString, QString> out = values;
    if (!QFileInfo::exists(m_file))
        return out;
    QSettings ini(m_file, QSettings::IniFormat);
    for (const QString &key : kSecrets)
        if (out.value(key).isEmpty())
            out.insert(key, ini.value(key).toString());
    return out;
}

domain::Status NationalServicesSettings::validate(const QHash<QString, QString> &input) const
{
    const QHash<QString, QString> values = withStoredSecrets(input);
    QHash<QString, QString> labels;
    for (const Field &f : fields())
        labels.insert(f.key, f.label);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!labels.contains(it.key()))
            return domain::fail(errc::ConfigBadSetting, Tr::tr("Réglage inconnu : %1.").arg(it.key()), it.key());
    auto bad = [&](const QString &key, const QString &why) {
        return domain::fail(errc::ConfigBadSetting, Tr::tr("%1 : %2").arg(labels.value(key), why), key);
    };
    const auto value = [&](const QString &key) { return values.value(key).trimmed(); };

    // A section is complete once its service address is given (what DmpSettings/MssSettings require).
    QStringList required;
    if (!value(u"dmp/endpoint"_s).isEmpty())
        required << u"dmp/certificate"_s << u"dmp/key"_s << u"dmp/ca"_s << u"dmp/source_oid"_s << u"dmp/structure_id"_s;
    if (!value(u"mssante/smtp_url"_s).isEmpty() || !value(u"mssante/mailbox"_s).isEmpty())
        required << u"mssante/smtp_url"_s << u"mssante/mailbox"_s << u"mssante/certificate"_s << u"mssante/key"_s
                 << u"mssante/ca"_s;
    for (const Field &f : fields()) {
        const QString v = value(f.key);
        if (v.isEmpty()) {
            if (required.contains(f.key))
                return bad(f.key, Tr::tr("obligatoire dès que l'adresse du service est renseignée."));
            continue;
        }
        switch (f.kind) {
        case Kind::Text:
        case Kind::Password:
            if (v.contains(u'\n') || v.contains(u'\r'))
                return bad(f.key, Tr::tr("une seule ligne attendue."));
            break;
        case Kind::HttpsUrl:
            if (!isUrl(v, {u"https"_s}))
                return bad(f.key, Tr::tr("une URL https:// est attendue (« %1 »).").arg(v));
            break;
        case Kind::SmtpUrl:
            if (!isUrl(v, {u"smtp"_s, u"smtps"_s}))
                return bad(f.key, Tr::tr("une URL smtp:// ou smtps:// est attendue (« %1 »).").arg(v));
            break;
        case Kind::ImapUrl:
            if (!isUrl(v, {u"imap"_s, u"imaps"_s}))
                return bad(f.key, Tr::tr("une URL imap:// ou imaps:// est attendue (« %1 »).").arg(v));
            break;
        case Kind::Address:
            if (!isAddress(v))
                return bad(f.key, Tr::tr("adresse de messagerie invalide (« %1 »).").arg(v));
            break;
        case Kind::Oid:
            if (!isOid(v))
                return bad(f.key, Tr::tr("OID invalide (« %1 ») : chiffres séparés par des points, par exemple 1.2.250.1.999.").arg(v));
            break;
        case Kind::Seconds: {
            bool ok = false;
            const int seconds = v.toInt(&ok);
            if (!ok || seconds < 5 || seconds > 600)
                return bad(f.key, Tr::tr("entier entre 5 et 600 attendu (« %1 »).").arg(v));
            break;
        }
        case Kind::Certificate:
        case Kind::CaBundle:
        case Kind::PrivateKey: {
            const QFileInfo info(v);
            if (!info.isFile())
                return bad(f.key, Tr::tr("fichier introuvable (%1).").arg(v));
            if (!info.isReadable())
                return bad(f.key, Tr::tr("fichier illisible (%1).").arg(v));
            break;
        }
        }
    }

    // Certificates load, are in force, and each key loads with its password and matches its certificate.
    struct Pair {
        QString certificate, key, password;
    };
    const QString signingCert = value(u"dmp/signing_certificate"_s).isEmpty() ? QString() : u"dmp/signing_certificate"_s;
    const QList<Pair> pairs{{u"dmp/certificate"_s, u"dmp/key"_s, u"dmp/key_password"_s},
                            {signingCert, u"dmp/signing_key"_s, u"dmp/signing_key_password"_s},
                            {u"mssante/certificate"_s, u"mssante/key"_s, u"mssante/key_password"_s}};
    for (const Pair &p : pairs) {
        Cert cert;
        if (!p.certificate.isEmpty() && !value(p.certificate).isEmpty()) {
            Bio bio = openFile(value(p.certificate));
            cert.reset(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
            if (!cert)
                return bad(p.certificate, Tr::tr("le fichier n'est pas un certificat X.509 au format PEM (%1).").arg(value(p.certificate)));
            if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
                return bad(p.certificate, Tr::tr("certificat expiré (%1).").arg(value(p.certificate)));
            if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0)
                return bad(p.certificate, Tr::tr("certificat pas encore valide (%1).").arg(value(p.certificate)));
        }
        if (value(p.key).isEmpty())
            continue;
        const QByteArray password = values.value(p.password).toUtf8();
        Bio bio = openFile(value(p.key));
        Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, const_cast<QByteArray *>(&password))
                    : nullptr);
        if (!key)
            return bad(p.key, Tr::tr("clé privée illisible (format PEM attendu, ou mot de passe de la clé faux) : %1.").arg(value(p.key)));
        // A signing key without its own certificate signs with the authentication certificate.
        X509 *against = cert.get();
        Cert fallback;
        if (!against && p.key == u"dmp/signing_key"_s && !value(u"dmp/certificate"_s).isEmpty()) {
            Bio certBio = openFile(value(u"dmp/certificate"_s));
            fallback.reset(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
            against = fallback.get();
        }
        if (against && X509_check_private_key(against, key.get()) != 1)
            return bad(p.key, Tr::tr("la clé ne correspond pas au certificat (%1).").arg(value(p.key)));
    }
    for (const QString &caKey : {u"dmp/ca"_s, u"mssante/ca"_s, u"annuaire/ca"_s}) {
        if (value(caKey).isEmpty())
            continue;
        Bio bio = openFile(value(caKey));
        Cert first(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (!first)
            return bad(caKey, Tr::tr("aucun certificat d'autorité au format PEM dans %1.").arg(value(caKey)));
    }
    return {};
}

domain::Status NationalServicesSettings::save(const domain::UserSession &session, const QHash<QString, QString> &input)
{
    if (auto allowed = requirePermission(session, domain::Permission::SystemConfig); !allowed)
        return allowed;
    if (auto valid = validate(input); !valid)
        return valid;
    const bool created = !QFileInfo::exists(m_file);
    QStringList changed;
    {
        QSettings ini(m_file, QSettings::IniFormat);
        for (const Field &f : fields()) {
            if (!input.contains(f.key))
                continue;
            const QString v = f.kind == Kind::Password ? input.value(f.key) : input.value(f.key).trimmed();
            if (f.kind == Kind::Password && v.isEmpty())
                continue; // kept
            if (ini.value(f.key).toString() == v)
                continue;
            changed << f.key;
            if (v.isEmpty())
                ini.remove(f.key);
            else
                ini.setValue(f.key, v);
        }
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return domain::fail(errc::ConfigWrite,
                                Tr::tr("Fichier de configuration %1 non enregistré : écriture impossible (droits, disque).").arg(m_file),
                                m_file);
    }
    if (created)
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        const QJsonObject after{{u"file"_s, m_file}, {u"changed"_s, QJsonArray::fromStringList(changed)}};
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(session), u"settings.national_services"_s,
                                                  u"settings"_s, u"dmp,mssante"_s, {},
                                                  QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

} // namespace sgl::workflow::dispatch
