#include "app/shell/AppSettings.h"

#include "app/ErrorCodes.h"
#include "interop/labels/PrinterDestination.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace sgl::app {

namespace {
const QString kDatabaseUrl = QStringLiteral("database/url");
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kLanguage = QStringLiteral("ui/language");
const QString kInsiUrl = QStringLiteral("interop/insiUrl");
const QString kInsiCertificate = QStringLiteral("interop/insiCertificate");
const QString kInsiKey = QStringLiteral("interop/insiKey");
const QString kInsiCa = QStringLiteral("interop/insiCa");
const QString kInsiIdam = QStringLiteral("interop/insiIdam");
const QString kCpsModule = QStringLiteral("interop/cpsModule");
const QString kInsiCpxUrl = QStringLiteral("interop/insiCpxUrl");
const QString kLabelPrinter = QStringLiteral("labels/printer");
const QString kAnalyzerGateway = QStringLiteral("analyzers/inAppGateway");
const QString kAnalyzerTrafficDir = QStringLiteral("analyzers/trafficLogDir");
const QString kDispatchInApp = QStringLiteral("dispatch/inApp");
} // namespace

QString AppSettings::defaultDatabaseUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return QStringLiteral("sqlite://") + dir + QStringLiteral("/sgl/sgl.sqlite");
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    s.databaseUrl = settings.value(kDatabaseUrl, defaultDatabaseUrl()).toString();
    bool ok = false;
    const int minutes = settings.value(kIdleLock, kDefaultIdleLockMinutes).toInt(&ok);
    s.idleLockMinutes = ok && minutes >= kMinIdleLockMinutes && minutes <= kMaxIdleLockMinutes
        ? minutes
        : kDefaultIdleLockMinutes;
    s.language = settings.value(kLanguage).toString();
    s.insiUrl = settings.value(kInsiUrl).toString();
    s.insiCertificate = settings.value(kInsiCertificate).toString();
    s.insiKey = settings.value(kInsiKey).toString();
    s.insiCa = settings.value(kInsiCa).toString();
    s.insiIdam = settings.value(kInsiIdam).toString();
    s.cpsModule = settings.value(kCpsModule).toString();
    s.insiCpxUrl = settings.value(kInsiCpxUrl).toString();
    s.labelPrinter = settings.value(kLabelPrinter).toString();
    s.analyzerGateway = settings.value(kAnalyzerGateway, false).toBool();
    s.analyzerTrafficDir = settings.value(kAnalyzerTrafficDir).toString();
    s.dispatchInApp = settings.value(kDispatchInApp, true).toBool();
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kDatabaseUrl, databaseUrl);
    settings.setValue(kIdleLock, idleLockMinutes);
    settings.setValue(kLanguage, language);
    settings.setValue(kInsiUrl, insiUrl);
    settings.setValue(kInsiCertificate, insiCertificate);
    settings.setValue(kInsiKey, insiKey);
    settings.setValue(kInsiCa, insiCa);
    settings.setValue(kInsiIdam, insiIdam);
    settings.setValue(kCpsModule, cpsModule);
    settings.setValue(kInsiCpxUrl, insiCpxUrl);
    settings.setValue(kLabelPrinter, labelPrinter);
    settings.setValue(kAnalyzerGateway, analyzerGateway);
    settings.setValue(kAnalyzerTrafficDir, analyzerTrafficDir);
    settings.setValue(kDispatchInApp, dispatchInApp);
    settings.sync();
}

domain::Status AppSettings::validate() const
{
    const QUrl db(databaseUrl, QUrl::StrictMode);
    const QString scheme = db.scheme();
    if (!db.isValid() || (scheme != QStringLiteral("sqlite") && scheme != QStringLiteral("postgresql")))
        return domain::fail(errc::SettingsDatabaseUrl,
                            tr("L'adresse de la base doit commencer par sqlite:// ou postgresql://."),
                            kDatabaseUrl);
    if (scheme == QStringLiteral("sqlite") && db.path().isEmpty())
        return domain::fail(errc::SettingsDatabaseUrl,
                            tr("L'adresse SQLite doit indiquer un chemin de fichier."), kDatabaseUrl);
    if (scheme == QStringLiteral("postgresql") && (db.host().isEmpty() || db.path().size() < 2))
        return domain::fail(errc::SettingsDatabaseUrl,
                            tr("L'adresse PostgreSQL doit indiquer un serveur et une base."),
                            kDatabaseUrl);
    if (idleLockMinutes < kMinIdleLockMinutes || idleLockMinutes > kMaxIdleLockMinutes)
        return domain::fail(errc::SettingsIdleLock,
                            tr("Le délai de verrouillage doit être compris entre %1 et %2 minutes.")
                                .arg(kMinIdleLockMinutes)
                                .arg(kMaxIdleLockMinutes),
                            kIdleLock);
    if (!language.isEmpty() && language != QStringLiteral("fr") && language != QStringLiteral("en"))
        return domain::fail(errc::SettingsLanguage,
                            tr("Langue inconnue : « %1 ».").arg(language), kLanguage);
    if (!insiUrl.isEmpty()) {
        const QUrl insi(insiUrl, QUrl::StrictMode);
        if (!insi.isValid() || insi.host().isEmpty()
            || (insi.scheme() != QStringLiteral("http") && insi.scheme() != QStringLiteral("https")))
            return domain::fail(errc::SettingsInsiUrl,
                                tr("L'adresse du service INSi doit être une URL http:// ou "
                                   "https://."),
                                kInsiUrl);
    }
    if (!labelPrinter.isEmpty() && !interop::labels::PrinterDestination::parse(labelPrinter))
        return domain::fail(errc::SettingsLabelPrinter,
                            tr("Imprimante d'étiquettes « %1 » : tcp://HÔTE[:PORT] (port brut, 9100 par défaut) "
                               "ou cups:FILE attendu.")
                                .arg(labelPrinter),
                            kLabelPrinter);
    if (!analyzerTrafficDir.isEmpty() && QDir::isRelativePath(analyzerTrafficDir))
        return domain::fail(errc::SettingsAnalyzerTrafficDir,
                            tr("Journal du trafic automates : indiquez un chemin absolu (ex. /var/log/sgl/automates)."),
                            kAnalyzerTrafficDir);
    return {};
}

} // namespace sgl::app
