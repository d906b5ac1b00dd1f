#include "interop/cda/CdaEntityWriter.h"

#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"

namespace sgl::interop::cda {

using domain::HealthProfessional;
using domain::Organisation;

void CdaEntityWriter::professionalId(xml::XmlWriterElement parent, const HealthProfessional &pro) const
{
    parent.add("id").set("root", oid::kIdNatPs).set("extension", QStringLiteral("8") + pro.rpps);
}

void CdaEntityWriter::professionCode(xml::XmlWriterElement parent, const HealthProfessional &pro) const
{
    const QString code = CdaFormat::professionCode(pro.specialtyCode);
    if (code.isEmpty())
        return;
    parent.add("code")
        .set("code", code)
        .setIf("displayName", pro.specialtyDisplay)
        .set("codeSystem", oid::kTreG15);
}

void CdaEntityWriter::professionalAddr(xml::XmlWriterElement parent, const HealthProfessional &pro) const
{
    if (pro.address.trimmed().isEmpty()) {
        organisationAddr(parent, m_lab);
        return;
    }
    parent.add("addr").addText("streetAddressLine", pro.address.trimmed());
}

void CdaEntityWriter::professionalTelecom(xml::XmlWriterElement parent, const HealthProfessional &pro) const
{
    const QString phone = pro.phone.trimmed().isEmpty() ? m_lab.phone : pro.phone;
    bool any = false;
    if (!phone.trimmed().isEmpty()) {
        parent.add("telecom").set("value", CdaFormat::telUrl(phone)).set("use", "WP");
        any = true;
    }
    if (!pro.mssanteAddress.trimmed().isEmpty()) {
        parent.add("telecom")
            .set("value", QStringLiteral("mailto:") + pro.mssanteAddress.trimmed())
            .set("use", "WP");
        any = true;
    }
    if (!any)
        parent.add("telecom").set("nullFlavor", "UNK");
}

void CdaEntityWriter::personName(xml::XmlWriterElement parent, const HealthProfessional &pro) const
{
    xml::XmlWriterElement name = parent.add("name");
    const QString civility = CdaFormat::civility(pro.civility);
    if (!civility.isEmpty())
        name.addText("prefix", civility);
    if (!pro.givenName.trimmed().isEmpty())
        name.addText("given", pro.givenName.trimmed());
    name.addText("family", pro.familyName.trimmed());
    const QString title = CdaFormat::titleSuffix(pro.prefix);
    if (!title.isEmpty())
        name.addText("suffix", title);
}

void CdaEntityWriter::organisationAddr(xml::XmlWriterElement parent, const Organisation &org)
{
    if (org.streetLine.trimmed().isEmpty() && org.postalCode.trimmed().isEmpty()
        && org.city.trimmed().isEmpty()) {
        parent.add("addr").set("nullFlavor", "UNK");
        return;
    }
    xml::XmlWriterElement addr = parent.add("addr");
    if (!org.streetLine.trimmed().isEmpty())
        addr.addText("streetName", org.streetLine.trimmed());
    if (!org.postalCode.trimmed().isEmpty())
        addr.addText("postalCode", org.postalCode.trimmed());
    if (!org.city.trimmed().isEmpty())
        addr.addText("city", org.city.trimmed());
}

void CdaEntityWriter::organisationTelecom(xml::XmlWriterElement parent, const Organisation &org)
{
    if (org.phone.trimmed().isEmpty())
        parent.add("telecom").set("nullFlavor", "UNK");
    else
        parent.add("telecom").set("value", CdaFormat::telUrl(org.phone)).set("use", "WP");
}

void CdaEntityWriter::organisationId(xml::XmlWriterElement parent, const Organisation &org)
{
    if (!org.finess.trimmed().isEmpty())
        parent.add("id").set("root", oid::kIdNatStruct).set("extension", QStringLiteral("1") + org.finess.trimmed());
    else if (!org.siret.trimmed().isEmpty())
        parent.add("id").set("root", oid::kIdNatStruct).set("extension", QStringLiteral("3") + org.siret.trimmed());
    else
        parent.add("id").set("nullFlavor", "UNK");
}

void CdaEntityWriter::organisation(xml::XmlWriterElement org, const Organisation &value, bool withCofrac,
                                   bool withSetting)
{
    organisationId(org, value);
    if (withCofrac && !value.cofracAccreditation.trimmed().isEmpty()) {
        org.add("id")
            .set("root", oid::kCofrac)
            .set("extension", value.cofracAccreditation.trimmed())
            .set("assigningAuthorityName", "COFRAC");
    }
    org.addText("name", value.name.trimmed());
    organisationTelecom(org, value);
    organisationAddr(org, value);
    if (withSetting) {
        const QString code = value.practiceSettingCode.isEmpty() ? QStringLiteral("AMBULATOIRE")
                                                                 : value.practiceSettingCode;
        const char *display = code == QLatin1String("ETABLISSEMENT") ? "Etablissement de santé"
                              : code == QLatin1String("DEPISTAGE")   ? "Dépistage"
                                                                     : "Ambulatoire";
        org.add("standardIndustryClassCode")
            .set("code", code)
            .set("displayName", display)
            .set("codeSystem", oid::kPracticeSetting);
    }
}

void CdaEntityWriter::assignedPerson(xml::XmlWriterElement entity, const HealthProfessional &pro,
                                     const char *personElement) const
{
    professionalId(entity, pro);
    professionCode(entity, pro);
    professionalAddr(entity, pro);
    professionalTelecom(entity, pro);
    personName(entity.add(personElement), pro);
}

} // namespace sgl::interop::cda
