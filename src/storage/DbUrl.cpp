#include "storage/DbUrl.h"

#include "storage/ErrorCodes.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
domain::Error badUrl(const QString &why)
{
    return domain::Error{errc::BadUrl,
                         u"Adresse de base de données invalide : %1. Formes attendues : "
                         "sqlite:///chemin/fichier.sqlite, sqlite::memory: ou "
                         "postgresql://utilisateur@hote:port/base"_s.arg(why),
                         u"SGL_DB_URL / --db"_s};
}
} // namespace

domain::Result<DbUrl> DbUrl::parse(const QString &raw)
{
    const QString url = raw.trimmed();
    if (url.isEmpty())
        return std::unexpected(badUrl(u"adresse vide"_s));
    DbUrl out;
    if (url.startsWith(u"sqlite:"_s)) {
        out.kind = Kind::Sqlite;
        QString rest = url.mid(7);
        if (rest == u":memory:"_s) {
            out.memory = true;
            return out;
        }
        if (rest.startsWith(u"//"_s))
            rest = rest.mid(2); // sqlite:///abs -> /abs ; sqlite://rel -> rel
        if (rest.isEmpty())
            return std::unexpected(badUrl(u"chemin du fichier SQLite manquant"_s));
        out.path = QUrl::fromPercentEncoding(rest.toUtf8());
        return out;
    }
    if (!url.startsWith(u"postgresql://"_s) && !url.startsWith(u"postgres://"_s)) {
        const QString scheme = url.section(u':', 0, 0);
        return std::unexpected(
            badUrl(u"schéma « %1 » non pris en charge (sqlite ou postgresql)"_s.arg(scheme)));
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return std::unexpected(badUrl(u"syntaxe incorrecte"_s));
    out.kind = Kind::Postgres;
    out.host = u.host();
    if (out.host.isEmpty())
        return std::unexpected(badUrl(u"hôte PostgreSQL manquant"_s));
    out.port = u.port(5432);
    if (out.port <= 0 || out.port > 65535)
        return std::unexpected(badUrl(u"port invalide"_s));
    out.user = u.userName(QUrl::FullyDecoded);
    if (out.user.isEmpty())
        return std::unexpected(badUrl(u"utilisateur PostgreSQL manquant"_s));
    out.password = u.password(QUrl::FullyDecoded);
    out.database = u.path(QUrl::FullyDecoded).mid(1);
    if (out.database.isEmpty() || out.database.contains(u'/'))
        return std::unexpected(badUrl(u"nom de base PostgreSQL manquant ou invalide"_s));
    const QUrlQuery q(u);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (key == u"schema"_s) {
            static const QRegularExpression ident(u"^[a-z_][a-z0-9_]{0,62}$"_s);
            if (!ident.match(value).hasMatch())
                return std::unexpected(
                    badUrl(u"nom de schéma « %1 » invalide (minuscules, chiffres, _)"_s.arg(value)));
            out.schema = value;
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            const int s = value.toInt(&ok);
            if (!ok || s < 1 || s > 300)
                return std::unexpected(badUrl(u"connect_timeout doit être entre 1 et 300"_s));
            out.connectTimeoutSeconds = s;
        } else if (key == u"sslmode"_s) {
            static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
                                           u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return std::unexpected(badUrl(u"sslmode « %1 » inconnu (%2)"_s.arg(
                    value, modes.join(u", "_s))));
            out.sslMode = value;
        } else {
            return std::unexpected(badUrl(u"paramètre « %1 » inconnu"_s.arg(key)));
        }
    }
    return out;
}

QString DbUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return memory ? u"sqlite::memory:"_s : u"sqlite://"_s + path;
    QString s = u"postgresql://%1%2@%3:%4/%5"_s.arg(user, password.isEmpty() ? QString() : u":***"_s,
                                                    host, QString::number(port), database);
    if (!schema.isEmpty())
        s += u"?schema="_s + schema;
    return s;
}

QString DbUrl::toString() const
{
    if (kind == Kind::Sqlite)
        return memory ? u"sqlite::memory:"_s : u"sqlite://"_s + path;
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setHost(host);
    u.setPort(port);
    u.setUserName(user);
    if (!password.isEmpty())
        u.setPassword(password);
    u.setPath(u"/"_s + database);
    QUrlQuery q;
    if (!schema.isEmpty())
        q.addQueryItem(u"schema"_s, schema);
    if (connectTimeoutSeconds != 5)
        q.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSeconds));
    if (!sslMode.isEmpty())
        q.addQueryItem(u"sslmode"_s, sslMode);
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace sgl::storage
