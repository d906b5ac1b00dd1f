#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow::dispatch {
struct DmpSettings;
}

namespace sgl::workflow::dmp {

/** Where the DMP web portal is and how the SGL names itself there (from the [dmp] section). */
struct DmpWebAccessConfig {
    QString portalUrl;                         ///< [dmp] web_access_url; empty = not offered on this workstation
    QString lpsName = QStringLiteral("SGL");
    QString lpsVersion;
    std::optional<domain::Error> settingsError; ///< the [dmp] section could not be read: shown instead of "not configured"

    /** From DmpSettings::load(configFile): its web_access_url, LPS name and version, or its error. */
    [[nodiscard]] static DmpWebAccessConfig fromSettings(const domain::Result<dispatch::DmpSettings> &settings);
};

/** What to open: the portal URL in this patient's context (GET, no token, see DmpWebAccessRequest). */
struct DmpWebAccessLink {
    QUrl url;
    QString patientLocalId; ///< IPP, for the status message
};

/**
 * Opens the patient's DMP in the DMP professional web portal (TD0.9, issue 14 item 3; design in
 * docs/decisions/0004-dmp-web-access.md). The professional is authenticated by the portal through
 * their Pro Santé Connect session in the system browser, so only a PSC session may use it; the
 * SGL passes the qualified INS (matricule + key, OID) and the session's RPPS as a hint.
 *
 * available(): the checks that need no patient (no database access, no audit), for the screens
 * to disable their « DMP » action with the reason, in this order: Permission::PatientRead,
 * the portal configured ("dmpweb.not_configured", or the settings' own error), a PSC session
 * ("dmpweb.psc_required"), not expired ("dmpweb.psc_expired").
 *
 * openForPatient(): available() again, then in ONE write transaction: the patient read (audited
 * "patient.read"), the identity rule, and a "dmp.web_access" audit row (entity patient: portal
 * host and path, INS OID, RPPS hint; never the INS) or "dmp.web_access_refused" (reason code).
 * Refusals: "dmpweb.no_patient" (id 0), storage.not_found, "identity.merged" (merged record),
 * "dmpweb.ins_not_qualified" (identity not QUAL: the message names the status, and « pas d'INS »
 * when none is stored), "dmpweb.no_ins" (QUAL without INS), "dmp.web_access_ins" (stored INS
 * malformed). Nothing is opened by this class: the screen opens the returned URL.
 */
class DmpWebAccess
{
public:
    DmpWebAccess(storage::Database &db, domain::UserSession session, DmpWebAccessConfig config);

    [[nodiscard]] domain::Status available() const;
    [[nodiscard]] domain::Result<DmpWebAccessLink> openForPatient(qint64 patientId);

    [[nodiscard]] const domain::UserSession &session() const { return m_session; }
    /** Clock of the PSC expiry check (tests); default: the current UTC time. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /** French reason the identity forbids the access, nothing when the INS may be used. */
    [[nodiscard]] static std::optional<domain::Error> identityRefusal(const domain::Patient &patient);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    DmpWebAccessConfig m_config;
    std::function<QDateTime()> m_clock;
};

} // namespace sgl::workflow::dmp
