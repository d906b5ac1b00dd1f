#include "domain/analyzer/SourcePosition.h"

namespace sgl::domain::analyzer {

QString SourcePosition::toString() const
{
    QString text;
    if (messageIndex > 0)
        text = QStringLiteral("message %1").arg(messageIndex);
    if (unit > 0) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += QStringLiteral("%1 %2").arg(unitType.isEmpty() ? QStringLiteral("unit") : unitType).arg(unit);
    }
    return text;
}

} // namespace sgl::domain::analyzer
