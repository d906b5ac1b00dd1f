#pragma once

#include "interop/mss/MssClientConfig.h"

#include <QString>

class QSettings;

namespace sgl::workflow::dispatch {

/**
 * The [mssante] section of the workstation/service settings file (sgl.conf, see
 * storage::DbConfig::configFileCandidates):
 *
 *   [mssante]
 *   smtp_url=smtp://mss.operateur.example:587
 *   imap_url=imap://mss.operateur.example:143
 *   mailbox=laboratoire@labo.mssante.fr
 *   certificate=/etc/sgl/mss-cert.pem
 *   key=/etc/sgl/mss-key.pem
 *   key_password=...          (optional)
 *   ca=/etc/sgl/igc-sante.pem
 *   imap_password=...         (optional; without it SASL EXTERNAL)
 *   laboratory_name=Laboratoire ...
 *   source_oid=1.2.250.1....  (the lab's OID, XDM submission set)
 *   nil_reference=...         (X-MSS-NIL; optional, its format is unconfirmed)
 *
 * Configured (configured() true) when smtp_url and mailbox are set: the MSSanté senders are then
 * registered. Nothing here is ever logged (key and IMAP passwords).
 */
struct MssSettings {
    interop::mss::MssClientConfig client;
    QString laboratoryName;
    QString sourceOid;
    QString nilReference;

    [[nodiscard]] bool configured() const { return !client.smtpUrl.isEmpty() && !client.mailbox.isEmpty(); }
    [[nodiscard]] static MssSettings load(QSettings &settings);
    /** From the first settings file of storage::DbConfig::configFileCandidates() that exists. */
    [[nodiscard]] static MssSettings fromConfigFile();
    /** From this settings file; empty settings when it cannot be read. */
    [[nodiscard]] static MssSettings fromFile(const QString &path);
};

} // namespace sgl::workflow::dispatch
