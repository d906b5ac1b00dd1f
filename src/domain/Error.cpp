#include "domain/Error.h"

namespace sgl::domain {

QString Error::toString() const
{
    if (location.isEmpty())
        return message;
    return QStringLiteral("%1 (%2)").arg(message, location);
}

} // namespace sgl::domain
