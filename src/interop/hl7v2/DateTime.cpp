#include "interop/hl7v2/DateTime.h"

#include <QTimeZone>

namespace sgl::interop::hl7v2 {

namespace {

bool digits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

} // namespace

std::optional<DateTime> DateTime::parse(QStringView text)
{
    DateTime out;
    out.raw = text.toString();
    QStringView body = text;
    int offsetSeconds = 0;
    bool hasOffset = false;
    const qsizetype sign = std::max(text.indexOf(u'+'), text.indexOf(u'-'));
    if (sign >= 0) {
        const QStringView zone = text.mid(sign + 1);
        if (zone.size() != 4 || !digits(zone))
            return std::nullopt;
        const int hh = zone.left(2).toInt();
        const int mm = zone.mid(2).toInt();
        if (hh > 14 || mm > 59)
            return std::nullopt;
        offsetSeconds = (hh * 3600 + mm * 60) * (text[sign] == u'-' ? -1 : 1);
        hasOffset = true;
        body = text.left(sign);
    }
    QStringView fraction;
    if (const qsizetype dot = body.indexOf(u'.'); dot >= 0) {
        fraction = body.mid(dot + 1);
        body = body.left(dot);
        if (body.size() != 14 || fraction.isEmpty() || fraction.size() > 4 || !digits(fraction))
            return std::nullopt;
    }
    if (!digits(body))
        return std::nullopt;
    switch (body.size()) {
    case 4: out.precision = Precision::Year; break;
    case 6: out.precision = Precision::Month; break;
    case 8: out.precision = Precision::Day; break;
    case 10: out.precision = Precision::Hour; break;
    case 12: out.precision = Precision::Minute; break;
    case 14: out.precision = Precision::Second; break;
    default: return std::nullopt;
    }
    out.year = body.left(4).toInt();
    if (out.year < 1800)
        return std::nullopt;
    if (body.size() >= 6) {
        out.month = body.mid(4, 2).toInt();
        if (out.month < 1 || out.month > 12)
            return std::nullopt;
    }
    if (body.size() >= 8) {
        out.day = body.mid(6, 2).toInt();
        const QDate date(out.year, out.month, out.day);
        if (!date.isValid())
            return std::nullopt;
        const int h = body.size() >= 10 ? body.mid(8, 2).toInt() : 0;
        const int m = body.size() >= 12 ? body.mid(10, 2).toInt() : 0;
        const int s = body.size() >= 14 ? body.mid(12, 2).toInt() : 0;
        int ms = 0;
        if (!fraction.isEmpty())
            ms = fraction.toString().leftJustified(3, u'0').left(3).toInt();
        const QTime time(h, m, s, ms);
        if (!time.isValid())
            return std::nullopt;
        out.value = hasOffset ? QDateTime(date, time, QTimeZone(offsetSeconds))
                              : QDateTime(date, time);
    }
    return out;
}

} // namespace sgl::interop::hl7v2
