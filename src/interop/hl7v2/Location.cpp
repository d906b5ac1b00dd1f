#include "interop/hl7v2/Location.h"

#include <QStringList>

namespace sgl::interop::hl7v2 {

QString Location::toString() const
{
    if (segment.isEmpty())
        return {};
    QString out = segment + u'^' + QString::number(sequence);
    const int parts[] = {field, repetition, component, subcomponent};
    int last = -1;
    for (int i = 0; i < 4; ++i) {
        if (parts[i] > 0)
            last = i;
    }
    for (int i = 0; i <= last; ++i)
        out += u'^' + QString::number(parts[i] > 0 ? parts[i] : 1);
    return out;
}

Location Location::fromString(const QString &erl)
{
    const QStringList parts = erl.split(u'^');
    Location loc;
    if (parts.isEmpty() || parts[0].size() != 3)
        return {};
    loc.segment = parts[0];
    int *targets[] = {&loc.sequence, &loc.field, &loc.repetition, &loc.component, &loc.subcomponent};
    for (qsizetype i = 1; i < parts.size() && i <= 5; ++i) {
        bool ok = false;
        const int v = parts[i].toInt(&ok);
        if (!ok || v < 0)
            return {};
        *targets[i - 1] = v;
    }
    return loc;
}

} // namespace sgl::interop::hl7v2
