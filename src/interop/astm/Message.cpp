#include "interop/astm/Message.h"

namespace sgl::interop::astm {

int Message::count(QStringView type) const
{
    int n = 0;
    for (const Record &r : records)
        n += r.rawField(1) == type ? 1 : 0;
    return n;
}

QString Message::shape() const
{
    QString text;
    for (const Record &r : records)
        text += r.rawField(1).isEmpty() ? QStringLiteral("?") : r.rawField(1).toString();
    return text;
}

} // namespace sgl::interop::astm
