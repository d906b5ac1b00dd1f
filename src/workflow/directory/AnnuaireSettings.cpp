#include "workflow/directory/AnnuaireSettings.h"

#include "storage/DbConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace sgl::workflow::directory {

using namespace Qt::StringLiterals;

AnnuaireSettings AnnuaireSettings::load(QSettings &settings)
{
    AnnuaireSettings out;
    settings.beginGroup(u"annuaire"_s);
    const QString url = settings.value(u"fhir_url"_s).toString().trimmed();
    if (!url.isEmpty())
        out.fhir.baseUrl = url;
    out.fhir.apiKey = settings.value(u"api_key"_s).toString().trimmed();
    out.fhir.caBundlePath = settings.value(u"ca"_s).toString().trimmed();
    settings.endGroup();
    return out;
}

AnnuaireSettings AnnuaireSettings::fromConfigFile()
{
    for (const QString &file : storage::DbConfig::configFileCandidates())
        if (QFileInfo(file).isReadable())
            return fromFile(file);
    return {};
}

AnnuaireSettings AnnuaireSettings::fromFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return {};
    QSettings settings(path, QSettings::IniFormat);
    return load(settings);
}

} // namespace sgl::workflow::directory
