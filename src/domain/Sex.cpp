#include "domain/Sex.h"

namespace sgl::domain {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("U");
}

std::optional<Sex> sexFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("F"))
        return Sex::Female;
    if (c == QLatin1String("M"))
        return Sex::Male;
    if (c == QLatin1String("U"))
        return Sex::Unknown;
    return std::nullopt;
}

} // namespace sgl::domain
