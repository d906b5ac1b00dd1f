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
const QString kPscIssuer = QStringLiteral("psc/issuer");
const QString kPscClientId = QStringLiteral("psc/clientId");
const QString kPscGatewayUrl = QStringLiteral("psc/gatewayUrl");
const QString kPscLoopbackPort = QStringLiteral("psc/loopbackPort");
const QString kPscCaBundle = QStringLiteral("psc/caBundle");

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QStringLiteral("https") && !url.host().isEmpty();
}
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
    s.pscIssuer = settings.value(kPscIssuer).toString();
    s.pscClientId = settings.value(kPscClientId).toString();
    s.pscGatewayUrl = settings.value(kPscGatewayUrl).toString();
    const int port = settings.value(kPscLoopbackPort, 0).toInt(&ok);
    s.pscLoopbackPort = ok && port > 0 && port <= 65535 ? port : 0;
    s.pscCaBundle = settings.value(kPscCaBundle).toString();
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
    settings.setValue(kPscIssuer, pscIssuer);
    settings.setValue(kPscClientId, pscClientId);
    settings.setValue(kPscGatewayUrl, pscGatewayUrl);
    settings.setValue(kPscLoopbackPort, pscLoopbackPort);
    settings.setValue(kPscCaBundle, pscCaBundle);
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
    if (!cpsModule.isEmpty() || !insiCpxUrl.isEmpty()) {
        if (cpsModule.isEmpty() || QDir::isRelativePath(cpsModule))
            return domain::fail(errc::SettingsCps,
                                tr("Carte CPS — module de la carte : indiquez le chemin absolu du module PKCS#11."),
                                kCpsModule);
        if (!isHttpsUrl(insiCpxUrl))
            return domain::fail(errc::SettingsCps,
                                tr("Carte CPS — service INSi (mode CPx) : une URL https:// est attendue."),
                                kInsiCpxUrl);
    }
    const bool anyPsc = !pscIssuer.isEmpty() || !pscClientId.isEmpty() || !pscGatewayUrl.isEmpty() || pscLoopbackPort != 0;
    if (anyPsc) {
        if (!isHttpsUrl(pscIssuer))
            return domain::fail(errc::SettingsPsc,
                                tr("Pro Santé Connect — adresse du fournisseur : une URL https:// est attendue."),
                                kPscIssuer);
        if (pscClientId.trimmed().isEmpty())
            return domain::fail(errc::SettingsPsc,
                                tr("Pro Santé Connect — identifiant client (client_id) manquant."), kPscClientId);
        if (!isHttpsUrl(pscGatewayUrl))
            return domain::fail(errc::SettingsPsc,
                                tr("Pro Santé Connect — passerelle du laboratoire : une URL https:// est attendue."),
                                kPscGatewayUrl);
        if (pscLoopbackPort < 1024 || pscLoopbackPort > 65535)
            return domain::fail(errc::SettingsPsc,
                                tr("Pro Santé Connect — port de retour local : un port entre 1024 et 65535 est "
                                   "attendu (celui de l'adresse de retour déclarée)."),
                                kPscLoopbackPort);
    }
    return {};
}

} // namespace sgl::app
