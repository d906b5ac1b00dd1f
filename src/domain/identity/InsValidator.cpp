#include "domain/identity/InsValidator.h"

#include "domain/ErrorCodes.h"
#include "domain/identity/InsOid.h"
#include "domain/identity/NirKey.h"
#include "domain/Tr.h"


namespace sgl::domain {

namespace {

} // namespace

Status InsValidator::validate(const Ins &ins, bool allowProductionOids)
{
    if (auto st = NirKey::check(ins.matricule, ins.key); !st)
        return st;
    if (!insKindFromOid(ins.oid))
        return fail(errc::InsUnknownOid,
                    Tr::tr("L'OID « %1 » n'est pas un OID d'INS (NIR ou NIA).").arg(ins.oid),
                    QStringLiteral("oid"));
    if (!allowProductionOids && !isTestInsOid(ins.oid))
        return fail(errc::InsProductionOid,
                    Tr::tr("OID d'INS de production « %1 » refusé en environnement de test (attendu %2 ou %3).")
                        .arg(ins.oid, QString::fromLatin1(insoid::kNirTest),
                             QString::fromLatin1(insoid::kNiaTest)),
                    QStringLiteral("oid"));
    return {};
}

QList<InsHint> InsValidator::hints(const Ins &ins, const IdentityTraits &traits)
{
    QList<InsHint> out;
    if (insKindFromOid(ins.oid) != InsKind::Nir || !NirKey::compute(ins.matricule))
        return out;
    const QChar sexDigit = ins.matricule[0];
    if ((sexDigit == QLatin1Char('1') && traits.sex == Sex::Female)
        || (sexDigit == QLatin1Char('2') && traits.sex == Sex::Male))
        out.append({errc::InsHintSex,
                    Tr::tr("Le premier chiffre du NIR (%1) ne correspond pas au sexe saisi.").arg(sexDigit)});
    // The raw INSi date keeps "00" for unknown parts, so read the parts from the text first.
    QString year;
    QString month;
    if (traits.birthDateRaw.size() == 10) {
        year = traits.birthDateRaw.mid(2, 2);
        month = traits.birthDateRaw.mid(5, 2);
    } else if (traits.birthDate.isValid()) {
        year = traits.birthDate.toString(QStringLiteral("yy"));
        month = traits.birthDate.toString(QStringLiteral("MM"));
    }
    if (!year.isEmpty() && year != QLatin1String("00") && ins.matricule.mid(1, 2) != year)
        out.append({errc::InsHintBirthYear,
                    Tr::tr("L'année de naissance du NIR (%1) ne correspond pas à la date de naissance.")
                        .arg(ins.matricule.mid(1, 2))});
    const int nirMonth = ins.matricule.mid(3, 2).toInt();
    if (!month.isEmpty() && month != QLatin1String("00") && nirMonth >= 1 && nirMonth <= 12
        && ins.matricule.mid(3, 2) != month)
        out.append({errc::InsHintBirthMonth,
                    Tr::tr("Le mois de naissance du NIR (%1) ne correspond pas à la date de naissance.")
                        .arg(ins.matricule.mid(3, 2))});
    if (traits.birthPlaceCog.size() == 5
        && ins.matricule.mid(5, 5).compare(traits.birthPlaceCog, Qt::CaseInsensitive) != 0)
        out.append({errc::InsHintBirthPlace,
                    Tr::tr("Le lieu de naissance du NIR (%1) ne correspond pas au code COG saisi (%2).")
                        .arg(ins.matricule.mid(5, 5), traits.birthPlaceCog)});
    return out;
}

} // namespace sgl::domain
