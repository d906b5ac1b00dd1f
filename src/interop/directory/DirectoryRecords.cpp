#include "interop/directory/DirectoryRecords.h"

#include "interop/directory/DirectoryFileFormat.h"

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;
using FileFormat = DirectoryFileFormat;

namespace {

domain::DirectoryMailbox::Type typeOf(const QString &code)
{
    if (code == u"ORG"_s)
        return domain::DirectoryMailbox::Type::Organisation;
    if (code == u"APP"_s)
        return domain::DirectoryMailbox::Type::Application;
    if (code == u"CAB"_s)
        return domain::DirectoryMailbox::Type::Practice;
    return domain::DirectoryMailbox::Type::Personal;
}

QStringList person(const domain::DirectoryProfessional &p, DirectoryFileKind kind)
{
    QStringList f(FileFormat::columnCount(kind));
    f[FileFormat::IdType] = p.idType;
    f[FileFormat::IdPp] = p.idPp;
    f[FileFormat::NationalId] = p.idType + p.idPp;
    f[FileFormat::LastName] = p.lastName;
    f[FileFormat::FirstName] = p.firstName;
    return f;
}

} // namespace

domain::DirectorySkill DirectoryRecords::skill(const DirectoryFileRow &row)
{
    const QStringList &f = row.fields;
    return {f[FileFormat::IdPp], f[FileFormat::SkillTypeCode], f[FileFormat::SkillTypeLabel], f[FileFormat::SkillCode], f[FileFormat::SkillLabel]};
}

domain::DirectoryDiploma DirectoryRecords::diploma(const DirectoryFileRow &row)
{
    const QStringList &f = row.fields;
    return {f[FileFormat::IdPp],
            f[FileFormat::DiplomaTypeCode],
            f[FileFormat::DiplomaTypeLabel],
            f[FileFormat::DiplomaCode],
            f[FileFormat::DiplomaLabel],
            f[FileFormat::AuthorisationTypeCode],
            f[FileFormat::AuthorisationTypeLabel],
            f[FileFormat::DisciplineCode],
            f[FileFormat::DisciplineLabel]};
}

domain::DirectoryMailbox DirectoryRecords::mailbox(const DirectoryFileRow &row)
{
    const QStringList &f = row.fields;
    domain::DirectoryMailbox m;
    m.typeCode = f[FileFormat::BoxType];
    m.type = typeOf(m.typeCode);
    m.address = f[FileFormat::BoxAddress];
    m.idType = f[FileFormat::BoxIdType];
    m.idPp = f[FileFormat::BoxIdPp];
    m.structureIdType = f[FileFormat::BoxStructureIdType];
    m.structureId = f[FileFormat::BoxStructureId];
    m.service = f[FileFormat::BoxService];
    m.lastName = f[FileFormat::BoxLastName];
    m.firstName = f[FileFormat::BoxFirstName];
    m.professionCode = f[FileFormat::BoxProfessionCode];
    m.dematerialisation = f[FileFormat::BoxDematerialisation];
    m.organisationName = f[FileFormat::BoxOrganisationName].isEmpty() ? f[FileFormat::BoxOrganisationSign] : f[FileFormat::BoxOrganisationName];
    m.postcode = f[FileFormat::BoxPostcode];
    m.city = f[FileFormat::BoxCityLine];
    return m;
}

QStringList DirectoryRecords::fieldsOf(const domain::DirectoryProfessional &p, const domain::DirectorySkill &s)
{
    QStringList f = person(p, DirectoryFileKind::SavoirFaire);
    f[FileFormat::SkillProfessionCode] = p.professionCode;
    f[FileFormat::SkillProfessionLabel] = p.profession;
    f[FileFormat::SkillCategoryCode] = p.categoryCode;
    f[FileFormat::SkillCategoryLabel] = p.category;
    f[FileFormat::SkillTypeCode] = s.typeCode;
    f[FileFormat::SkillTypeLabel] = s.typeLabel;
    f[FileFormat::SkillCode] = s.code;
    f[FileFormat::SkillLabel] = s.label;
    return f;
}

QStringList DirectoryRecords::fieldsOf(const domain::DirectoryProfessional &p, const domain::DirectoryDiploma &d)
{
    QStringList f = person(p, DirectoryFileKind::DiplAutExerc);
    f[FileFormat::DiplomaTypeCode] = d.diplomaTypeCode;
    f[FileFormat::DiplomaTypeLabel] = d.diplomaTypeLabel;
    f[FileFormat::DiplomaCode] = d.diplomaCode;
    f[FileFormat::DiplomaLabel] = d.diplomaLabel;
    f[FileFormat::AuthorisationTypeCode] = d.authorisationTypeCode;
    f[FileFormat::AuthorisationTypeLabel] = d.authorisationTypeLabel;
    f[FileFormat::DisciplineCode] = d.disciplineCode;
    f[FileFormat::DisciplineLabel] = d.disciplineLabel;
    return f;
}

QStringList DirectoryRecords::fieldsOf(const domain::DirectoryMailbox &m)
{
    QStringList f(FileFormat::columnCount(DirectoryFileKind::MssanteMailboxes));
    f[FileFormat::BoxType] = m.typeCode;
    f[FileFormat::BoxAddress] = m.address;
    f[FileFormat::BoxIdType] = m.idType;
    f[FileFormat::BoxIdPp] = m.idPp;
    f[FileFormat::BoxNationalId] = m.idPp.isEmpty() ? QString() : m.idType + m.idPp;
    f[FileFormat::BoxStructureIdType] = m.structureIdType;
    f[FileFormat::BoxStructureId] = m.structureId;
    f[FileFormat::BoxService] = m.service;
    f[FileFormat::BoxLastName] = m.lastName;
    f[FileFormat::BoxFirstName] = m.firstName;
    f[FileFormat::BoxProfessionCode] = m.professionCode;
    f[FileFormat::BoxDematerialisation] = m.dematerialisation;
    f[FileFormat::BoxOrganisationName] = m.organisationName;
    f[FileFormat::BoxCityLine] = m.city;
    f[FileFormat::BoxPostcode] = m.postcode;
    f[FileFormat::BoxCountry] = m.postcode.isEmpty() ? QString() : u"FRANCE"_s;
    return f;
}

} // namespace sgl::interop::directory
