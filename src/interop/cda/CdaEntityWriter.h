#pragma once

#include "domain/report/ReportContent.h"
#include "interop/xml/XmlWriterElement.h"

namespace sgl::interop::cda {

/**
 * Writes the CDA building blocks shared by header and entries: identifiers of professionals
 * (RPPS) and organisations (FINESS), addresses, telecoms, names, represented organisations.
 * The lab passed to the constructor is the fallback address/telecom of a professional working
 * there, so a biologist without a personal phone still gets the lab's (required by CR-BIO).
 */
class CdaEntityWriter {
public:
    explicit CdaEntityWriter(const domain::Organisation &laboratory) : m_lab(laboratory) {}

    /** <id root="1.2.250.1.71.4.2.1" extension="8RPPS"/> */
    void professionalId(xml::XmlWriterElement parent, const domain::HealthProfessional &pro) const;
    /** <code> from the TRE_G15 specialty; nothing when unknown. */
    void professionCode(xml::XmlWriterElement parent, const domain::HealthProfessional &pro) const;
    /** Professional's address, or the lab's when the professional has none. */
    void professionalAddr(xml::XmlWriterElement parent, const domain::HealthProfessional &pro) const;
    /** Professional's telecoms (phone WP, MSSanté), or the lab's phone. */
    void professionalTelecom(xml::XmlWriterElement parent, const domain::HealthProfessional &pro) const;
    /** <name> with JDV_J245 civility prefix, given, family and JDV_J246 title suffix. */
    void personName(xml::XmlWriterElement parent, const domain::HealthProfessional &pro) const;
    /** Organisation address: street, postal code, city; nullFlavor UNK when nothing known. */
    static void organisationAddr(xml::XmlWriterElement parent, const domain::Organisation &org);
    static void organisationTelecom(xml::XmlWriterElement parent, const domain::Organisation &org);
    /**
     * Fills an organisation element (representedOrganization...): FINESS id, COFRAC id when
     * withCofrac, name, telecom, addr, standardIndustryClassCode when withSetting.
     */
    static void organisation(xml::XmlWriterElement org, const domain::Organisation &value, bool withCofrac,
                             bool withSetting);
    /** The organisation id alone (FINESS, else SIRET). */
    static void organisationId(xml::XmlWriterElement parent, const domain::Organisation &org);
    /** id, code, addr, telecom, assignedPerson/name of an assignedEntity-like element. */
    void assignedPerson(xml::XmlWriterElement entity, const domain::HealthProfessional &pro,
                        const char *personElement = "assignedPerson") const;

private:
    const domain::Organisation &m_lab;
};

} // namespace sgl::interop::cda
