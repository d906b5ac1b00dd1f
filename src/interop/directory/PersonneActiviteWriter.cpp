#include "interop/directory/PersonneActiviteWriter.h"

#include "interop/directory/PersonneActiviteFormat.h"
#include "interop/directory/Windows1252.h"

#include <QStringList>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;
using F = PersonneActiviteFormat;

namespace {

QByteArray join(QStringList fields)
{
    QString text;
    for (QString &f : fields) {
        f.replace(u'|', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        text += f + u'|';
    }
    return Windows1252::encode(text) + '\n';
}

} // namespace

QByteArray PersonneActiviteWriter::header()
{
    return join(F::header());
}

QByteArray PersonneActiviteWriter::line(const domain::DirectoryEntry &entry)
{
    const domain::DirectoryProfessional &p = entry.professional;
    const domain::DirectoryActivity &a = entry.activity;
    QStringList f(F::ColumnCount);
    f[F::IdType] = p.idType;
    f[F::IdPp] = p.idPp;
    f[F::NationalId] = p.nationalId;
    f[F::PracticeCivilityCode] = p.practiceCivilityCode;
    f[F::PracticeCivilityLabel] = p.practiceCivility;
    f[F::CivilityCode] = p.civilityCode;
    f[F::CivilityLabel] = p.civility;
    f[F::LastName] = p.lastName;
    f[F::FirstName] = p.firstName;
    f[F::ProfessionCode] = p.professionCode;
    f[F::ProfessionLabel] = p.profession;
    f[F::CategoryCode] = p.categoryCode;
    f[F::CategoryLabel] = p.category;
    f[F::SkillTypeCode] = a.skillTypeCode;
    f[F::SkillCode] = a.skillCode;
    f[F::SkillLabel] = a.skillLabel;
    f[F::PracticeModeCode] = a.practiceModeCode;
    f[F::PracticeModeLabel] = a.practiceModeLabel;
    f[F::Siret] = a.siret;
    f[F::Siren] = a.siret.left(9);
    f[F::FinessSite] = a.finess;
    f[F::StructureId] = a.structureId;
    f[F::StructureName] = a.structureName;
    f[F::WayName] = a.address; // the composed street line, read back as is
    f[F::Postcode] = a.postcode;
    f[F::CityCode] = a.cityCode;
    f[F::CityLabel] = a.city;
    f[F::CountryCode] = a.postcode.isEmpty() ? QString() : u"99000"_s;
    f[F::CountryLabel] = a.postcode.isEmpty() ? QString() : u"France"_s;
    f[F::Phone] = a.phone;
    f[F::Email] = a.email;
    f[F::DepartmentCode] = a.postcode.left(2);
    f[F::SectorCode] = a.sectorCode;
    f[F::SectorLabel] = a.sectorLabel;
    f[F::RoleCode] = a.roleCode;
    f[F::RoleLabel] = a.roleLabel;
    return join(f);
}

} // namespace sgl::interop::directory
