#include "storage/DbConfig.h"

#include "storage/ErrorCodes.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

QStringList DbConfig::configFileCandidates()
{
    const QString explicitFile = qEnvironmentVariable("SGL_CONFIG");
    if (!explicitFile.isEmpty())
        return {explicitFile};
    QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + u"/.config"_s;
    return {xdg + u"/sgl/sgl.conf"_s, u"/etc/sgl/sgl.conf"_s};
}

QString DbConfig::defaultSqlitePath()
{
    QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    if (xdg.isEmpty())
        xdg = QDir::homePath() + u"/.local/share"_s;
    return xdg + u"/sgl/sgl.sqlite"_s;
}

domain::Result<DbConfig::Resolved> DbConfig::resolve(const QString &explicitUrl)
{
    auto from = [](const QString &url, const QString &source) -> domain::Result<Resolved> {
        auto parsed = DbUrl::parse(url);
        if (!parsed) {
            domain::Error e = parsed.error();
            e.location = source;
            return std::unexpected(e);
        }
        return Resolved{*parsed, source};
    };
    if (!explicitUrl.isEmpty())
        return from(explicitUrl, u"option --db"_s);
    const QString env = qEnvironmentVariable("SGL_DB_URL");
    if (!env.isEmpty())
        return from(env, u"variable d'environnement SGL_DB_URL"_s);
    const bool explicitFile = !qEnvironmentVariable("SGL_CONFIG").isEmpty();
    for (const QString &file : configFileCandidates()) {
        const QFileInfo info(file);
        if (!info.exists()) {
            if (explicitFile)
                return fail(errc::Config,
                            u"Fichier de configuration introuvable (SGL_CONFIG)."_s, file);
            continue;
        }
        if (!info.isReadable())
            return fail(errc::Config, u"Fichier de configuration illisible."_s, file);
        QSettings settings(file, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return fail(errc::Config, u"Fichier de configuration mal formé."_s, file);
        const QString url = settings.value(u"database/url"_s).toString();
        if (url.isEmpty())
            return fail(errc::Config,
                        u"Le fichier de configuration ne contient pas de clé [database] url=."_s,
                        file);
        return from(url, u"fichier de configuration %1"_s.arg(file));
    }
    return from(u"sqlite://"_s + defaultSqlitePath(), u"emplacement par défaut"_s);
}

} // namespace sgl::storage
