#include "interop/analyzer/ShippedAnalyzerProfiles.h"

#include "domain/ErrorCodes.h"
#include "interop/analyzer/Tr.h"
#include "domain/analyzer/AnalyzerProfileJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace sgl::interop::analyzer {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProfileJson;

namespace {

const QString kDir = QStringLiteral(":/analyzers/");

domain::Result<AnalyzerProfile> load(const QString &name)
{
    const QString path = kDir + name + QStringLiteral(".json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return domain::fail(domain::errc::AnalyzerProfileInvalid,
                            Tr::tr("Aucun profil d'analyseur livré ne s'appelle « %1 ».").arg(name), name);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        return domain::fail(domain::errc::AnalyzerProfileInvalid,
                            Tr::tr("Profil livré illisible : %1.").arg(parseError.errorString()),
                            path + QStringLiteral(": offset %1").arg(parseError.offset));
    }
    auto profile = AnalyzerProfileJson::fromJson(doc.object());
    if (!profile) {
        domain::Error e = profile.error();
        e.location = path + QStringLiteral(": ") + e.location;
        return std::unexpected(e);
    }
    if (profile->name != name) {
        return domain::fail(domain::errc::AnalyzerProfileInvalid,
                            Tr::tr("Le profil « %1 » est livré dans le fichier de « %2 ».").arg(profile->name, name),
                            path + QStringLiteral(": name"));
    }
    return profile;
}

} // namespace

QStringList shippedAnalyzerProfileNames()
{
    QStringList names;
    for (const QString &file : QDir(kDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

domain::Result<QList<AnalyzerProfile>> shippedAnalyzerProfiles()
{
    QList<AnalyzerProfile> out;
    for (const QString &name : shippedAnalyzerProfileNames()) {
        auto p = load(name);
        if (!p)
            return std::unexpected(p.error());
        out << *p;
    }
    return out;
}

domain::Result<AnalyzerProfile> shippedAnalyzerProfile(const QString &name)
{
    if (!shippedAnalyzerProfileNames().contains(name)) {
        return domain::fail(domain::errc::AnalyzerProfileInvalid,
                            Tr::tr("Aucun profil d'analyseur livré ne s'appelle « %1 ».").arg(name), name);
    }
    return load(name);
}

} // namespace sgl::interop::analyzer
