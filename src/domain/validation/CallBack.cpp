#include "domain/validation/CallBack.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
constexpr std::array<std::pair<CallBack::Method, const char *>, 4> kMethods{{
    {CallBack::Method::Phone, "phone"},
    {CallBack::Method::InPerson, "in_person"},
    {CallBack::Method::Mssante, "mssante"},
    {CallBack::Method::Other, "other"},
}};
} // namespace

QString callBackMethodCode(CallBack::Method method)
{
    for (const auto &[m, c] : kMethods)
        if (m == method)
            return QString::fromLatin1(c);
    return QStringLiteral("other");
}

std::optional<CallBack::Method> callBackMethodFromCode(const QString &code)
{
    for (const auto &[m, c] : kMethods)
        if (code.trimmed().toLower() == QLatin1String(c))
            return m;
    return std::nullopt;
}

QString callBackMethodLabel(CallBack::Method method)
{
    switch (method) {
    case CallBack::Method::Phone:
        return Tr::tr("Téléphone");
    case CallBack::Method::InPerson:
        return Tr::tr("En personne");
    case CallBack::Method::Mssante:
        return Tr::tr("MSSanté");
    case CallBack::Method::Other:
        return Tr::tr("Autre");
    }
    return {};
}

Status CallBack::check(const QDateTime &now) const
{
    if (calledName.trimmed().isEmpty())
        return fail(errc::CallbackCalledRequired,
                    Tr::tr("%1 : indiquez la personne appelée pour la valeur critique.").arg(analysisCode),
                    QStringLiteral("appelé"));
    if (calledAt.isValid() && now.isValid() && calledAt > now.addSecs(5 * 60))
        return fail(errc::CallbackFutureTime,
                    Tr::tr("%1 : l'heure de l'appel est dans le futur.").arg(analysisCode), QStringLiteral("heure"));
    if (unreachable) {
        if (escalation.trimmed().isEmpty())
            return fail(errc::CallbackEscalationRequired,
                        Tr::tr("%1 : personne n'a pu être joint ; indiquez la mesure prise (médecin de garde, "
                               "urgences...).")
                            .arg(analysisCode),
                        QStringLiteral("escalade"));
        return {};
    }
    if (!readBack)
        return fail(errc::CallbackReadBackRequired,
                    Tr::tr("%1 : la relecture de la valeur par la personne appelée doit être confirmée.").arg(analysisCode),
                    QStringLiteral("relecture"));
    return {};
}

} // namespace sgl::domain
