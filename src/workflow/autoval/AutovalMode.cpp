#include "workflow/autoval/AutovalMode.h"

#include "workflow/Tr.h"

namespace sgl::workflow::autoval {

QString autovalModeCode(AutovalMode mode)
{
    switch (mode) {
    case AutovalMode::Off:
        return QStringLiteral("off");
    case AutovalMode::Shadow:
        return QStringLiteral("shadow");
    case AutovalMode::Active:
        return QStringLiteral("active");
    }
    return QStringLiteral("off");
}

std::optional<AutovalMode> autovalModeFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (AutovalMode m : {AutovalMode::Off, AutovalMode::Shadow, AutovalMode::Active})
        if (autovalModeCode(m) == c)
            return m;
    return std::nullopt;
}

QString autovalModeLabel(AutovalMode mode)
{
    switch (mode) {
    case AutovalMode::Off:
        return Tr::tr("désactivée");
    case AutovalMode::Shadow:
        return Tr::tr("observation (le moteur propose, le biologiste décide)");
    case AutovalMode::Active:
        return Tr::tr("active (validation selon les règles du laboratoire)");
    }
    return {};
}

} // namespace sgl::workflow::autoval
