#include "interop/cda/CdaHeaderWriter.h"

#include "interop/cda/CdaEntityWriter.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"


namespace sgl::interop::cda {

using domain::HealthProfessional;

namespace {

QDateTime firstValid(std::initializer_list<QDateTime> candidates)
{
    for (const QDateTime &d : candidates)
        if (d.isValid())
            return d;
    return {};
}

void loincCode(xml::XmlWriterElement parent, const QString &code, const QString &display)
{
    parent.add("code")
        .set("code", code)
        .set("displayName", display.isEmpty() ? code : display)
        .set("codeSystem", oid::kLoinc)
        .set("codeSystemName", "LOINC");
}

} // namespace

void CdaHeaderWriter::write(CdaLevel level)
{
    xml::XmlWriterElement root = m_doc.root();
    documentIdentity(root, level);
    recordTarget(root);
    author(root);
    custodian(root);
    recipients(root);
    legalAuthenticator(root);
    authenticators(root);
    prescriber(root);
    if (!m_content.orderId.isEmpty()) {
        root.add("inFulfillmentOf").add("order").add("id")
            .set("root", m_content.orderIdRoot)
            .set("extension", m_content.orderId);
    }
    serviceEvents(root);
    if (m_content.versionNumber > 1 && !m_content.replacedDocumentId.isEmpty()) {
        root.add("relatedDocument").set("typeCode", "RPLC")
            .add("parentDocument").add("id").set("root", m_content.replacedDocumentId);
    }
    encounter(root);
}

void CdaHeaderWriter::documentIdentity(xml::XmlWriterElement root, CdaLevel level)
{
    root.add("realmCode").set("code", "FR");
    root.add("typeId").set("root", "2.16.840.1.113883.1.3").set("extension", "POCD_HD000040");
    root.add("templateId").set("root", oid::kHl7France);
    root.add("templateId").set("root", oid::kStrucMin);
    if (level == CdaLevel::N3) {
        root.add("templateId").set("root", oid::kXdLab);
        root.add("templateId").set("root", oid::kCrBio).set("extension", oid::kCrBioVersion);
    } else {
        root.add("templateId").set("root", oid::kXdsSd);
    }
    root.add("id").set("root", m_content.documentId);
    root.add("code")
        .set("code", "11502-2")
        .set("displayName", "CR d'examens biologiques")
        .set("codeSystem", oid::kLoinc)
        .set("codeSystemName", "LOINC");
    root.addText("title", QStringLiteral("Compte rendu d'examens biologiques"));
    root.add("effectiveTime").set("value", CdaFormat::timestamp(m_content.effectiveTime));
    const QString conf = m_content.confidentialityCode.isEmpty() ? QStringLiteral("N")
                                                                 : m_content.confidentialityCode;
    const char *confDisplay = conf == QLatin1String("R")   ? "Restreint"
                              : conf == QLatin1String("V") ? "Très restreint"
                                                           : "Normal";
    root.add("confidentialityCode")
        .set("code", conf)
        .set("displayName", confDisplay)
        .set("codeSystem", oid::kConfidentiality);
    root.add("languageCode").set("code", "fr-FR");
    root.add("setId").set("root", m_content.setId);
    root.add("versionNumber").set("value", QString::number(m_content.versionNumber));
}

void CdaHeaderWriter::recordTarget(xml::XmlWriterElement root)
{
    const domain::Patient &p = m_content.patient;
    xml::XmlWriterElement role = root.add("recordTarget").add("patientRole");
    // INS only for a qualified identity (RNIV); the IPP is always sent.
    const bool withIns = p.insUsable();
    if (withIns)
        role.add("id").set("root", p.ins.oid).set("extension", p.ins.full());
    if (!p.localId.isEmpty())
        role.add("id").set("root", m_content.patientIppRoot).set("extension", p.localId);
    if (p.address.trimmed().isEmpty())
        role.add("addr").set("nullFlavor", "UNK");
    else
        role.add("addr").set("use", "H").addText("streetAddressLine", p.address.trimmed());
    bool anyTelecom = false;
    if (!p.phone.trimmed().isEmpty()) {
        role.add("telecom").set("value", CdaFormat::telUrl(p.phone)).set("use", "H");
        anyTelecom = true;
    }
    if (withIns) {
        role.add("telecom").set("value", QStringLiteral("mailto:%1@patient.mssante.fr").arg(p.ins.full()));
        anyTelecom = true;
    }
    if (!anyTelecom)
        role.add("telecom").set("nullFlavor", "UNK");

    xml::XmlWriterElement patient = role.add("patient").set("classCode", "PSN");
    patientName(patient);
    switch (p.traits.sex) {
    case domain::Sex::Female:
        patient.add("administrativeGenderCode").set("code", "F").set("displayName", "Féminin")
            .set("codeSystem", oid::kAdministrativeGender);
        break;
    case domain::Sex::Male:
        patient.add("administrativeGenderCode").set("code", "M").set("displayName", "Masculin")
            .set("codeSystem", oid::kAdministrativeGender);
        break;
    case domain::Sex::Unknown:
        // StrucMin requires @code: JDV_J143 has "UN" (Inconnu) for an unknown sex.
        patient.add("administrativeGenderCode").set("code", "UN").set("displayName", "Inconnu")
            .set("codeSystem", oid::kAdministrativeGender);
        break;
    }
    const QString birth = CdaFormat::birthTime(p.traits);
    if (birth.isEmpty())
        patient.add("birthTime").set("nullFlavor", "UNK");
    else
        patient.add("birthTime").set("value", birth);
    if (!p.traits.birthPlaceCog.trimmed().isEmpty())
        patient.add("birthplace").add("place").add("addr").addText("county", p.traits.birthPlaceCog.trimmed());
}

void CdaHeaderWriter::patientName(xml::XmlWriterElement patient)
{
    const domain::IdentityTraits &t = m_content.patient.traits;
    xml::XmlWriterElement name = patient.add("name");
    const QString birthName = t.birthName.trimmed();
    name.addText("family", birthName.isEmpty() ? t.usedName.trimmed() : birthName).set("qualifier", "BR");
    const QString allGiven = t.birthFirstNames.join(QLatin1Char(' ')).trimmed();
    if (!allGiven.isEmpty())
        name.addText("given", allGiven);
    const QString first = t.firstBirthName.trimmed().isEmpty() && !t.birthFirstNames.isEmpty()
                              ? t.birthFirstNames.first().trimmed()
                              : t.firstBirthName.trimmed();
    if (!first.isEmpty())
        name.addText("given", first).set("qualifier", "BR");
    if (!t.usedName.trimmed().isEmpty())
        name.addText("family", t.usedName.trimmed()).set("qualifier", "CL");
    if (!t.usedFirstName.trimmed().isEmpty())
        name.addText("given", t.usedFirstName.trimmed()).set("qualifier", "CL");
}

void CdaHeaderWriter::author(xml::XmlWriterElement root)
{
    CdaEntityWriter entities(m_content.laboratory);
    xml::XmlWriterElement author = root.add("author");
    author.add("time").set("value", CdaFormat::timestamp(
                                        firstValid({m_content.validatedAt, m_content.effectiveTime})));
    xml::XmlWriterElement assigned = author.add("assignedAuthor");
    entities.assignedPerson(assigned, m_content.author);
    CdaEntityWriter::organisation(assigned.add("representedOrganization"), m_content.laboratory,
                                  false, false);
}

void CdaHeaderWriter::custodian(xml::XmlWriterElement root)
{
    xml::XmlWriterElement org = root.add("custodian").add("assignedCustodian").add("representedCustodianOrganization");
    CdaEntityWriter::organisationId(org, m_content.laboratory);
    org.addText("name", m_content.laboratory.name.trimmed());
    CdaEntityWriter::organisationTelecom(org, m_content.laboratory);
    CdaEntityWriter::organisationAddr(org, m_content.laboratory);
}

void CdaHeaderWriter::recipients(xml::XmlWriterElement root)
{
    CdaEntityWriter entities(m_content.laboratory);
    for (const HealthProfessional &r : m_content.recipients) {
        xml::XmlWriterElement intended = root.add("informationRecipient").add("intendedRecipient");
        intended.add("templateId").set("root", oid::kIntendedRecipientTemplate);
        if (!r.rpps.isEmpty())
            entities.professionalId(intended, r);
        if (!r.mssanteAddress.trimmed().isEmpty())
            intended.add("telecom").set("value", QStringLiteral("mailto:") + r.mssanteAddress.trimmed());
        entities.personName(intended.add("informationRecipient"), r);
    }
}

void CdaHeaderWriter::legalAuthenticator(xml::XmlWriterElement root)
{
    CdaEntityWriter entities(m_content.laboratory);
    xml::XmlWriterElement legal = root.add("legalAuthenticator");
    legal.add("time").set("value", CdaFormat::timestamp(
                                       firstValid({m_content.validatedAt, m_content.effectiveTime})));
    legal.add("signatureCode").set("code", "S");
    xml::XmlWriterElement entity = legal.add("assignedEntity");
    entities.assignedPerson(entity, m_content.legalAuthenticator);
    CdaEntityWriter::organisation(entity.add("representedOrganization"), m_content.laboratory, false, true);
}

void CdaHeaderWriter::authenticators(xml::XmlWriterElement root)
{
    // One authenticator per biologist who validated results, with their last validation time.
    QList<const domain::ReportObservation *> latest;
    QStringList order;
    for (const auto &chapter : m_content.chapters)
        for (const auto &battery : chapter.batteries)
            for (const auto &obs : battery.observations) {
                if (!obs.validator || obs.validator->rpps.isEmpty() || !obs.validatedAt.isValid())
                    continue;
                const qsizetype i = order.indexOf(obs.validator->rpps);
                if (i < 0) {
                    order.append(obs.validator->rpps);
                    latest.append(&obs);
                } else if (latest[i]->validatedAt < obs.validatedAt) {
                    latest[i] = &obs;
                }
            }
    CdaEntityWriter entities(m_content.laboratory);
    for (const domain::ReportObservation *obs : latest) {
        xml::XmlWriterElement auth = root.add("authenticator");
        auth.add("templateId").set("root", oid::kAuthenticatorTemplate);
        auth.add("time").set("value", CdaFormat::timestamp(obs->validatedAt));
        auth.add("signatureCode").set("code", "S");
        xml::XmlWriterElement entity = auth.add("assignedEntity");
        entities.professionalId(entity, *obs->validator);
        entities.professionCode(entity, *obs->validator);
        entities.professionalAddr(entity, *obs->validator);
        entities.professionalTelecom(entity, *obs->validator);
        entities.personName(entity.add("assignedPerson"), *obs->validator);
        CdaEntityWriter::organisation(entity.add("representedOrganization"), m_content.laboratory, false, true);
    }
}

void CdaHeaderWriter::prescriber(xml::XmlWriterElement root)
{
    if (!m_content.prescriber)
        return;
    const HealthProfessional &pro = *m_content.prescriber;
    CdaEntityWriter entities(m_content.laboratory);
    xml::XmlWriterElement part = root.add("participant").set("typeCode", "REF");
    part.add("templateId").set("root", oid::kOrderingProviderTemplate);
    xml::XmlWriterElement time = part.add("time").set(m_doc.xsiNs(), "type", "IVL_TS");
    const QDateTime when = firstValid({m_content.prescribedAt, m_content.collectedAt});
    if (when.isValid())
        time.add("high").set("value", CdaFormat::timestamp(when));
    else
        time.add("high").set("nullFlavor", "UNK");
    xml::XmlWriterElement entity = part.add("associatedEntity").set("classCode", "PROV");
    if (!pro.rpps.isEmpty())
        entities.professionalId(entity, pro);
    else
        entity.add("id").set("nullFlavor", "UNK");
    entities.professionCode(entity, pro);
    if (pro.address.trimmed().isEmpty())
        entity.add("addr").set("nullFlavor", "UNK");
    else
        entity.add("addr").addText("streetAddressLine", pro.address.trimmed());
    if (pro.phone.trimmed().isEmpty() && pro.mssanteAddress.trimmed().isEmpty())
        entity.add("telecom").set("nullFlavor", "UNK");
    if (!pro.phone.trimmed().isEmpty())
        entity.add("telecom").set("value", CdaFormat::telUrl(pro.phone)).set("use", "WP");
    if (!pro.mssanteAddress.trimmed().isEmpty())
        entity.add("telecom").set("value", QStringLiteral("mailto:") + pro.mssanteAddress.trimmed());
    entities.personName(entity.add("associatedPerson"), pro);
}

void CdaHeaderWriter::serviceEvents(xml::XmlWriterElement root)
{
    QStringList codes;
    QStringList displays;
    for (const auto &chapter : m_content.chapters) {
        if (!codes.contains(chapter.loincCode)) {
            codes.append(chapter.loincCode);
            displays.append(chapter.loincDisplay.isEmpty() ? chapter.title : chapter.loincDisplay);
        }
    }
    CdaEntityWriter entities(m_content.laboratory);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        xml::XmlWriterElement event = root.add("documentationOf").add("serviceEvent");
        if (i > 0) {
            loincCode(event, codes[i], displays[i]);
            continue;
        }
        // The primary act is the request registered by the lab.
        if (!m_content.dossierNumber.isEmpty())
            event.add("id").set("root", m_content.orderIdRoot).set("extension", m_content.dossierNumber);
        loincCode(event, codes[i], displays[i]);
        event.add(m_doc.labNs(), "statusCode").set("code", m_content.partial ? "active" : "completed");
        xml::XmlWriterElement time = event.add("effectiveTime");
        const QDateTime low = firstValid({m_content.receivedAt, m_content.collectedAt, m_content.effectiveTime});
        const QDateTime high = firstValid({m_content.releasedAt, m_content.effectiveTime});
        time.add("low").set("value", CdaFormat::timestamp(low));
        time.add("high").set("value", CdaFormat::timestamp(high));
        xml::XmlWriterElement performer = event.add("performer").set("typeCode", "PRF");
        performer.add("templateId").set("root", oid::kLabPerformerTemplate);
        performer.add("time").add("high").set("value", CdaFormat::timestamp(
                                                          firstValid({m_content.validatedAt, high})));
        xml::XmlWriterElement entity = performer.add("assignedEntity");
        entities.assignedPerson(entity, m_content.legalAuthenticator);
        CdaEntityWriter::organisation(entity.add("representedOrganization"), m_content.laboratory, false, true);
    }
}

void CdaHeaderWriter::encounter(xml::XmlWriterElement root)
{
    CdaEntityWriter entities(m_content.laboratory);
    xml::XmlWriterElement enc = root.add("componentOf").add("encompassingEncounter");
    enc.add("code").set("code", "AMB").set("displayName", "Ambulatoire (hors établissement)")
        .set("codeSystem", oid::kActCode);
    enc.add("effectiveTime").add("low").set(
        "value", CdaFormat::timestamp(firstValid({m_content.encounterStart, m_content.collectedAt,
                                                  m_content.receivedAt, m_content.effectiveTime})));
    xml::XmlWriterElement entity = enc.add("responsibleParty").add("assignedEntity");
    entities.assignedPerson(entity, m_content.legalAuthenticator);
    CdaEntityWriter::organisation(entity.add("representedOrganization"), m_content.laboratory, true, false);
    xml::XmlWriterElement facility = enc.add("location").add("healthCareFacility");
    facility.add("code").set("code", "SA25").set("displayName", "Laboratoire de biologie médicale")
        .set("codeSystem", oid::kFacilityType);
    xml::XmlWriterElement place = facility.add("location");
    place.addText("name", m_content.laboratory.name.trimmed());
    CdaEntityWriter::organisationAddr(place, m_content.laboratory);
}

} // namespace sgl::interop::cda
