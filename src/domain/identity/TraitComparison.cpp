#include "domain/identity/TraitComparison.h"

#include "domain/identity/NameNormaliser.h"
#include "domain/Tr.h"


namespace sgl::domain {

namespace {

QString dateText(const IdentityTraits &t)
{
    if (!t.birthDateRaw.isEmpty())
        return t.birthDateRaw;
    return t.birthDate.isValid() ? t.birthDate.toString(Qt::ISODate) : QString();
}

QString displayDate(const QString &iso)
{
    // dd/MM/yyyy for the user, keeping "00" parts of partial dates.
    if (iso.size() != 10)
        return iso;
    return iso.mid(8, 2) + QLatin1Char('/') + iso.mid(5, 2) + QLatin1Char('/') + iso.left(4);
}

TraitComparisonRow nameRow(const QString &field, const QString &label, const QString &local,
                           const QString &remote)
{
    TraitComparisonRow row{field, label, local, remote, false, local.trimmed().isEmpty()};
    row.equal = NameNormaliser::forComparison(local) == NameNormaliser::forComparison(remote);
    return row;
}

} // namespace

TraitComparison TraitComparison::compare(const IdentityTraits &local, const IdentityTraits &insi)
{
    TraitComparison out;
    out.m_rows.append(nameRow(QStringLiteral("birthName"), Tr::tr("Nom de naissance"), local.birthName,
                              insi.birthName));
    const QString remoteFirst = !insi.firstBirthName.isEmpty()
        ? insi.firstBirthName
        : (insi.birthFirstNames.isEmpty() ? QString() : insi.birthFirstNames.first());
    out.m_rows.append(nameRow(QStringLiteral("firstBirthName"), Tr::tr("Premier prénom de naissance"),
                              local.firstBirthName, remoteFirst));
    out.m_rows.append(nameRow(QStringLiteral("birthFirstNames"), Tr::tr("Prénoms de naissance"),
                              local.birthFirstNames.join(QLatin1Char(' ')),
                              insi.birthFirstNames.join(QLatin1Char(' '))));
    const QString ld = dateText(local);
    const QString rd = dateText(insi);
    out.m_rows.append({QStringLiteral("birthDate"), Tr::tr("Date de naissance"), displayDate(ld),
                       displayDate(rd), ld == rd, ld.isEmpty()});
    out.m_rows.append({QStringLiteral("sex"), Tr::tr("Sexe"), sexCode(local.sex), sexCode(insi.sex),
                       local.sex == insi.sex, local.sex == Sex::Unknown});
    out.m_rows.append({QStringLiteral("birthPlaceCog"), Tr::tr("Lieu de naissance (code COG)"),
                       local.birthPlaceCog, insi.birthPlaceCog,
                       local.birthPlaceCog.compare(insi.birthPlaceCog, Qt::CaseInsensitive) == 0,
                       local.birthPlaceCog.isEmpty()});
    return out;
}

bool TraitComparison::compatible() const
{
    for (const auto &r : m_rows)
        if (!r.equal && !r.localMissing)
            return false;
    return true;
}

QStringList TraitComparison::differingFields() const
{
    QStringList out;
    for (const auto &r : m_rows)
        if (!r.equal && !r.localMissing)
            out << r.field;
    return out;
}

} // namespace sgl::domain
