#include "workflow/dispatch/DmpSettings.h"

#include "storage/DbConfig.h"
#include "interop/dmp/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace sgl::workflow::dispatch {

domain::Result<DmpSettings> DmpSettings::load(const QString &configFile)
{
    DmpSettings s;
    QString file = configFile;
    if (file.isEmpty()) {
        for (const QString &candidate : storage::DbConfig::configFileCandidates()) {
            if (QFileInfo::exists(candidate)) {
                file = candidate;
                break;
            }
        }
    }
    if (file.isEmpty() || !QFileInfo::exists(file))
        return s;
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return domain::fail(interop::dmp::errc::Config, Tr::tr("Fichier de configuration illisible."), file);
    s.file = file;
    auto text = [&](const char *key) { return ini.value(QStringLiteral("dmp/") + QLatin1String(key)).toString().trimmed(); };
    // The web access needs none of the publication settings: a lab may open DMPs without publishing.
    s.webAccessUrl = text("web_access_url");
    if (!s.webAccessUrl.isEmpty()) {
        const QUrl web(s.webAccessUrl, QUrl::StrictMode);
        if (!web.isValid() || web.scheme() != QLatin1String("https") || web.host().isEmpty())
            return domain::fail(interop::dmp::errc::Config,
                                Tr::tr("Valeur invalide pour [dmp] web_access_url : une URL https:// est attendue."), file);
    }
    // The software's name and version: the VIHF and the web access both say them.
    if (!text("lps_name").isEmpty())
        s.lpsName = text("lps_name");
    s.lpsVersion = text("lps_version");
    s.client.endpoint = text("endpoint");
    if (s.client.endpoint.isEmpty())
        return s;
    s.client.certificatePath = text("certificate");
    s.client.privateKeyPath = text("key");
    s.client.keyPassword = ini.value(QStringLiteral("dmp/key_password")).toString();
    s.client.caBundlePath = text("ca");
    s.client.sourceOid = text("source_oid");
    s.signingCertificatePath = text("signing_certificate").isEmpty() ? s.client.certificatePath : text("signing_certificate");
    s.signingKeyPath = text("signing_key").isEmpty() ? s.client.privateKeyPath : text("signing_key");
    s.signingKeyPassword = ini.value(QStringLiteral("dmp/signing_key_password")).toString();
    if (s.signingKeyPassword.isEmpty() && text("signing_key").isEmpty())
        s.signingKeyPassword = s.client.keyPassword;
    s.structureId = text("structure_id");
    if (!text("subject_id").isEmpty())
        s.subjectId = text("subject_id");
    s.activitySector = text("activity_sector");
    s.client.authorFallbackFamily = text("author_fallback_family");
    s.client.authorFallbackGiven = text("author_fallback_given");
    s.responsible = text("responsible");
    s.lpsId = text("lps_id");
    s.lpsHomologation = text("lps_homologation");
    if (!text("content_type_code").isEmpty()) {
        s.client.contentTypeCode = text("content_type_code");
        s.client.contentTypeDisplay = text("content_type_display").isEmpty() ? s.client.contentTypeCode : text("content_type_display");
    }
    if (!text("timeout_seconds").isEmpty()) {
        bool ok = false;
        const int seconds = text("timeout_seconds").toInt(&ok);
        if (!ok || seconds < 5 || seconds > 600)
            return domain::fail(interop::dmp::errc::Config,
                                Tr::tr("Valeur invalide pour [dmp] timeout_seconds : entier entre 5 et 600 attendu."), file);
        s.client.timeoutMs = seconds * 1000;
    }
    struct Required {
        const char *key;
        const QString &value;
    };
    for (const Required &r : {Required{"certificate", s.client.certificatePath}, Required{"key", s.client.privateKeyPath},
                              Required{"ca", s.client.caBundlePath}, Required{"source_oid", s.client.sourceOid},
                              Required{"structure_id", s.structureId}}) {
        if (r.value.isEmpty())
            return domain::fail(interop::dmp::errc::Config,
                                Tr::tr("[dmp] %1 manquant : le DMP est configuré (endpoint) mais ce réglage est obligatoire.")
                                    .arg(QLatin1String(r.key)),
                                file);
    }
    return s;
}

} // namespace sgl::workflow::dispatch
