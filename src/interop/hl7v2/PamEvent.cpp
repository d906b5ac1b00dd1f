#include "interop/hl7v2/PamEvent.h"

namespace sgl::interop::hl7v2 {

const PersonName *PamEvent::name(QStringView type) const
{
    for (const PersonName &n : names) {
        if (n.type == type)
            return &n;
    }
    return nullptr;
}

domain::IdentityTraits PamEvent::traits() const
{
    domain::IdentityTraits t;
    if (const PersonName *birth = name(u"L")) {
        t.birthName = birth->family;
        t.firstBirthName = birth->given;
        t.birthFirstNames = birth->birthGivenNames.split(u' ', Qt::SkipEmptyParts);
        if (t.birthFirstNames.isEmpty() && !birth->given.isEmpty())
            t.birthFirstNames = QStringList{birth->given};
    }
    if (const PersonName *used = name(u"D")) {
        t.usedName = used->familyDeleted ? QString() : used->family;
        t.usedFirstName = used->given;
    }
    if (birthDate) {
        t.birthDate = birthDate->date();
        const QString y = QString::number(birthDate->year).rightJustified(4, u'0');
        const QString m = birthDate->month ? QString::number(birthDate->month).rightJustified(2, u'0') : QStringLiteral("00");
        const QString d = birthDate->day ? QString::number(birthDate->day).rightJustified(2, u'0') : QStringLiteral("00");
        t.birthDateRaw = y + u'-' + m + u'-' + d;
    }
    t.sex = sex.value_or(domain::Sex::Unknown);
    if (birthPlace)
        t.birthPlaceCog = birthPlace->cog;
    return t;
}

} // namespace sgl::interop::hl7v2
