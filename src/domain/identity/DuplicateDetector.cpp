#include "domain/identity/DuplicateDetector.h"

#include "domain/identity/NameNormaliser.h"
#include "domain/identity/PhoneticKey.h"
#include "domain/Tr.h"

#include <algorithm>

namespace sgl::domain {

namespace {

QStringList nameKeys(const IdentityTraits &t)
{
    QStringList keys;
    for (const QString &n : {t.birthName, t.usedName}) {
        const QString k = PhoneticKey::of(n);
        if (!k.isEmpty())
            keys << k;
    }
    return keys;
}

QString firstName(const IdentityTraits &t)
{
    if (!t.firstBirthName.isEmpty())
        return t.firstBirthName;
    if (!t.birthFirstNames.isEmpty())
        return t.birthFirstNames.first();
    return t.usedFirstName;
}

} // namespace

int DuplicateDetector::score(const Patient &a, const Patient &b, QStringList *reasons, bool *certain)
{
    QStringList why;
    if (!a.ins.isEmpty() && a.ins.full() == b.ins.full()) {
        if (reasons != nullptr)
            *reasons = {Tr::tr("même INS")};
        if (certain != nullptr)
            *certain = true;
        return 100;
    }
    if (certain != nullptr)
        *certain = false;
    int s = 0;
    const QDate da = a.traits.birthDate;
    if (da.isValid() && da == b.traits.birthDate) {
        s += 40;
        why << Tr::tr("même date de naissance");
    }
    const QStringList ka = nameKeys(a.traits);
    const QStringList kb = nameKeys(b.traits);
    const bool phoneticName = std::any_of(ka.begin(), ka.end(), [&](const QString &k) { return kb.contains(k); });
    if (phoneticName) {
        s += 30;
        why << Tr::tr("nom proche phonétiquement");
        if (NameNormaliser::forComparison(a.traits.birthName)
            == NameNormaliser::forComparison(b.traits.birthName)) {
            s += 5;
            why << Tr::tr("même nom de naissance");
        }
    }
    const QString fa = PhoneticKey::of(firstName(a.traits));
    if (!fa.isEmpty() && fa == PhoneticKey::of(firstName(b.traits))) {
        s += 20;
        why << Tr::tr("prénom proche phonétiquement");
    }
    if (a.traits.sex != Sex::Unknown && a.traits.sex == b.traits.sex) {
        s += 5;
        why << Tr::tr("même sexe");
    }
    if (!a.traits.birthPlaceCog.isEmpty() && a.traits.birthPlaceCog == b.traits.birthPlaceCog) {
        s += 5;
        why << Tr::tr("même lieu de naissance");
    }
    if (reasons != nullptr)
        *reasons = why;
    return std::min(s, 99);
}

QList<DuplicateCandidate> DuplicateDetector::find(const Patient &newcomer, const QList<Patient> &existing,
                                                  int threshold)
{
    QList<DuplicateCandidate> out;
    for (const Patient &p : existing) {
        if (p.mergedInto != 0 || (newcomer.id != 0 && p.id == newcomer.id))
            continue;
        DuplicateCandidate c;
        c.patientId = p.id;
        c.score = score(newcomer, p, &c.reasons, &c.certain);
        if (c.score >= threshold)
            out.append(c);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DuplicateCandidate &x, const DuplicateCandidate &y) { return x.score > y.score; });
    return out;
}

} // namespace sgl::domain
