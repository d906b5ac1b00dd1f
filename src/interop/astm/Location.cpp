#include "interop/astm/Location.h"

namespace sgl::interop::astm {

QString Location::toString() const
{
    QString text;
    if (message > 0)
        text = QStringLiteral("message %1").arg(message);
    if (record > 0) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += QStringLiteral("record %1").arg(record);
        if (!recordType.isEmpty()) {
            text += QStringLiteral(" (") + recordType;
            if (field > 0)
                text += QStringLiteral("-%1").arg(field);
            if (component > 0)
                text += QStringLiteral(".%1").arg(component);
            text += u')';
        }
    }
    return text;
}

} // namespace sgl::interop::astm
