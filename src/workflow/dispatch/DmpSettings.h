#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpClientConfig.h"

#include <QString>

namespace sgl::workflow::dispatch {

/**
 * The `[dmp]` section of the SGL configuration file (the first existing file of
 * storage::DbConfig::configFileCandidates(), or the given one), read by the application and by
 * `sgl dispatch`:
 *
 *   [dmp]
 *   endpoint=https://…/si-dmp-server/v2/services   ; empty or absent: the DMP channel is not configured
 *   certificate=/etc/sgl/dmp-auth.pem               ; organisation authentication certificate (TLS)
 *   key=/etc/sgl/dmp-auth.key.pem
 *   key_password=                                   ; optional
 *   ca=/etc/sgl/dmp-ca.pem                          ; CAs trusted for the DMP server
 *   signing_certificate=/etc/sgl/dmp-sign.pem       ; "cachet" certificate (VIHF, XAdES); default: certificate
 *   signing_key=/etc/sgl/dmp-sign.key.pem           ; default: key
 *   source_oid=1.2.250.1.999.1.2                    ; the lab's OID root (submission sets, signatures)
 *   structure_id=1750000001                         ; Identifiant_Structure of the VIHF (FINESS/SIRET with prefix)
 *   responsible=…                                   ; VIHF NameID: structure/person responsible
 *   subject_id=SGL, SGL, laboratoire                ; VIHF subject-id (software, model, service)
 *   activity_sector=SA25^1.2.250.1.71.4.2.4         ; VIHF Secteur_Activite (default SA25: LBM)
 *   signing_key_password=                           ; optional
 *   lps_id=… lps_name=SGL lps_version=… lps_homologation=…   ; LPS identifiers of the VIHF
 *   timeout_seconds=60                              ; 5-600
 *   content_type_code=04                            ; JDV_J59 (content_type_display for its label)
 *   web_access_url=https://…                        ; DMP professional web portal, contextual access (TD0.9);
 *                                                   ; read even when endpoint is empty (DmpWebAccess)
 *
 * Missing file or empty endpoint = not configured (no DMP sender, rows stay pending). A bad
 * value is an error "dmp.config" naming the key and the file, never a silent default.
 */
struct DmpSettings {
    interop::dmp::DmpClientConfig client;
    QString signingCertificatePath;
    QString signingKeyPath;
    QString signingKeyPassword;
    QString structureId;
    QString responsible;
    QString subjectId = QStringLiteral("SGL, SGL, publication des comptes rendus de biologie");
    QString activitySector;
    QString lpsId;
    QString lpsName = QStringLiteral("SGL");
    QString lpsVersion;
    QString lpsHomologation;
    QString file; ///< the file read (empty when none)
    /// [dmp] web_access_url: the portal opened in the patient's context (https), empty = not offered.
    QString webAccessUrl;

    [[nodiscard]] bool isConfigured() const { return !client.endpoint.isEmpty(); }

    [[nodiscard]] static domain::Result<DmpSettings> load(const QString &configFile = {});
};

} // namespace sgl::workflow::dispatch
