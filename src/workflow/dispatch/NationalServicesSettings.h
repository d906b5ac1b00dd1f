#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::dispatch {

/**
 * The [dmp], [mssante] and [annuaire] (Annuaire Santé FHIR API: workflow::directory::
 * AnnuaireSettings) sections of the configuration file (sgl.conf) edited from the
 * administration screen (issue 13): the same file and keys DmpSettings and MssSettings read, so
 * `sgl dispatch` and the workstation use what was saved at their next start.
 *
 * Values are keyed "section/key" ("dmp/endpoint", "mssante/mailbox"...), see fields(). save()
 * needs Permission::SystemConfig, validates every field, and writes nothing when one is wrong:
 * the first error is "config.bad_setting" with a French message naming the field (« DMP —
 * Certificat d'authentification (certificate) : … ») and location = its key. Checks: URLs
 * (https:// for the DMP, smtp(s):// and imap(s):// for MSSanté), OIDs, MSSanté address, timeout
 * range, and that certificate files exist and load (PEM X.509), private keys load with their
 * password and match their certificate, CA files hold at least one certificate; a section is
 * complete once its service address is given (the keys DmpSettings/MssSettings require).
 *
 * Passwords are never returned by load() (empty, with hasSecret()); an empty password in save()
 * keeps the stored one. The file is written with QSettings (other sections kept; a new file is
 * readable by its owner only); a write failure is "config.write". Each save is audited
 * ("settings.national_services", the keys changed — never a password value).
 */
class NationalServicesSettings {
public:
    enum class Kind { Text, HttpsUrl, SmtpUrl, ImapUrl, Address, Certificate, PrivateKey, CaBundle, Oid, Seconds, Password };
    struct Field {
        QString key;   ///< "dmp/endpoint"
        QString label; ///< French, for the form and the messages
        Kind kind = Kind::Text;
    };

    /** `configFile` empty: the first existing file of storage::DbConfig::configFileCandidates(), else the first candidate. */
    NationalServicesSettings(storage::Database &db, QString configFile = {});

    [[nodiscard]] static const QList<Field> &fields();
    [[nodiscard]] const QString &file() const { return m_file; }

    /** Stored values by key (passwords empty). */
    [[nodiscard]] domain::Result<QHash<QString, QString>> load(const domain::UserSession &session) const;
    /** Whether a password key holds a value in the file. */
    [[nodiscard]] bool hasSecret(const QString &key) const;
    /** Validates (see class comment) without writing. */
    [[nodiscard]] domain::Status validate(const QHash<QString, QString> &values) const;
    [[nodiscard]] domain::Status save(const domain::UserSession &session, const QHash<QString, QString> &values);

private:
    [[nodiscard]] QHash<QString, QString> withStoredSecrets(const QHash<QString, QString> &values) const;

    storage::Database &m_db;
    QString m_file;
};

} // namespace sgl::workflow::dispatch
