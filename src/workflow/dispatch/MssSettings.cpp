#include "workflow/dispatch/MssSettings.h"

#include "storage/DbConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace sgl::workflow::dispatch {

MssSettings MssSettings::load(QSettings &settings)
{
    MssSettings s;
    settings.beginGroup(QStringLiteral("mssante"));
    auto text = [&](const char *key) { return settings.value(QLatin1String(key)).toString().trimmed(); };
    s.client.smtpUrl = text("smtp_url");
    s.client.imapUrl = text("imap_url");
    s.client.mailbox = text("mailbox");
    s.client.certificatePath = text("certificate");
    s.client.privateKeyPath = text("key");
    s.client.keyPassword = settings.value(QStringLiteral("key_password")).toString();
    s.client.caBundlePath = text("ca");
    s.client.imapPassword = settings.value(QStringLiteral("imap_password")).toString();
    if (const int timeout = settings.value(QStringLiteral("timeout_seconds")).toInt(); timeout > 0)
        s.client.timeoutMs = timeout * 1000;
    s.laboratoryName = text("laboratory_name");
    s.sourceOid = text("source_oid");
    s.nilReference = text("nil_reference");
    settings.endGroup();
    return s;
}

MssSettings MssSettings::fromConfigFile()
{
    for (const QString &file : storage::DbConfig::configFileCandidates()) {
        if (QFileInfo(file).isReadable())
            return fromFile(file);
    }
    return {};
}

MssSettings MssSettings::fromFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return {};
    QSettings settings(path, QSettings::IniFormat);
    return load(settings);
}

} // namespace sgl::workflow::dispatch
