#include "domain/lab/Dossier.h"

#include "domain/Tr.h"

namespace sgl::domain {

QString priorityCode(Dossier::Priority p)
{
    switch (p) {
    case Dossier::Priority::Urgent:
        return QStringLiteral("urgent");
    case Dossier::Priority::Vital:
        return QStringLiteral("vital");
    case Dossier::Priority::Routine:
        break;
    }
    return QStringLiteral("routine");
}

std::optional<Dossier::Priority> priorityFromCode(const QString &code)
{
    for (auto p : {Dossier::Priority::Routine, Dossier::Priority::Urgent, Dossier::Priority::Vital})
        if (priorityCode(p) == code)
            return p;
    return std::nullopt;
}

QString priorityLabel(Dossier::Priority p)
{
    switch (p) {
    case Dossier::Priority::Urgent:
        return Tr::tr("Urgente");
    case Dossier::Priority::Vital:
        return Tr::tr("Vitale");
    case Dossier::Priority::Routine:
        break;
    }
    return Tr::tr("Normale");
}

QString samplerKindCode(Dossier::SamplerKind kind)
{
    switch (kind) {
    case Dossier::SamplerKind::HomeNurse:
        return QStringLiteral("home_nurse");
    case Dossier::SamplerKind::Ward:
        return QStringLiteral("ward");
    case Dossier::SamplerKind::Laboratory:
        break;
    }
    return QStringLiteral("lab");
}

std::optional<Dossier::SamplerKind> samplerKindFromCode(const QString &code)
{
    for (auto k : {Dossier::SamplerKind::Laboratory, Dossier::SamplerKind::HomeNurse, Dossier::SamplerKind::Ward})
        if (samplerKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString samplerKindLabel(Dossier::SamplerKind kind)
{
    switch (kind) {
    case Dossier::SamplerKind::HomeNurse:
        return Tr::tr("Infirmier(ère) à domicile");
    case Dossier::SamplerKind::Ward:
        return Tr::tr("Service de soins");
    case Dossier::SamplerKind::Laboratory:
        break;
    }
    return Tr::tr("Laboratoire");
}

QString originCode(Dossier::Origin origin)
{
    return origin == Dossier::Origin::Ward ? QStringLiteral("ward") : QStringLiteral("external");
}

std::optional<Dossier::Origin> originFromCode(const QString &code)
{
    if (code == u"ward")
        return Dossier::Origin::Ward;
    if (code == u"external")
        return Dossier::Origin::External;
    return std::nullopt;
}

} // namespace sgl::domain
