#include "interop/cda/CdaBatteryWriter.h"

#include "interop/cda/CdaEntityWriter.h"
#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaNarrative.h"
#include "interop/cda/CdaOids.h"

namespace sgl::interop::cda {

using domain::ReportObservation;
using domain::ResultValue;

namespace {

void templateIds(xml::XmlWriterElement node, std::initializer_list<const char *> roots)
{
    for (const char *r : roots)
        node.add("templateId").set("root", r);
}

void loinc(xml::XmlWriterElement parent, const QString &code, const QString &display)
{
    parent.add("code")
        .set("code", code)
        .set("displayName", display.isEmpty() ? code : display)
        .set("codeSystem", oid::kLoinc)
        .set("codeSystemName", "LOINC");
}

bool reportable(const ReportObservation &obs) { return obs.completed || obs.cancelled; }

} // namespace

QString CdaBatteryWriter::newId(const char *prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_nextId);
}

void CdaBatteryWriter::write(xml::XmlWriterElement chapterSection, const domain::ReportChapter &chapter,
                             const domain::ReportBattery &battery, const QString &chapterComment)
{
    xml::XmlWriterElement section = chapterSection.add("component").add("section");
    templateIds(section, {oid::kReportItemSection, oid::kFrSubChapter});
    const bool ownCode = !battery.loincCode.isEmpty();
    if (ownCode)
        loinc(section, battery.loincCode, battery.loincDisplay.isEmpty() ? battery.label : battery.loincDisplay);
    else
        loinc(section, chapter.loincCode, chapter.loincDisplay.isEmpty() ? chapter.title : chapter.loincDisplay);
    section.addText("title", battery.label);

    CdaNarrative narrative(section.add("text"));
    narrative.specimen(battery);
    narrative.beginTable(battery.label);

    // Entry skeleton first; rows and entries are then filled observation by observation.
    xml::XmlWriterElement entry = section.add("entry").set("typeCode", "DRIV");
    templateIds(entry, {oid::kDataProcessingEntry, oid::kFrResultsEntry});
    xml::XmlWriterElement act = entry.add("act").set("classCode", "ACT").set("moodCode", "EVN");
    if (ownCode)
        loinc(act, battery.loincCode, battery.loincDisplay.isEmpty() ? battery.label : battery.loincDisplay);
    else
        loinc(act, chapter.loincCode, chapter.loincDisplay.isEmpty() ? chapter.title : chapter.loincDisplay);
    bool anyPending = false;
    for (const auto &obs : battery.observations)
        anyPending = anyPending || !reportable(obs);
    const char *status = anyPending ? "active" : "completed";
    act.add("statusCode").set("code", status);
    specimen(act, battery);

    xml::XmlWriterElement organizer = act.add("entryRelationship").set("typeCode", "COMP").add("organizer");
    organizer.set("classCode", "BATTERY").set("moodCode", "EVN");
    templateIds(organizer, {oid::kBatteryOrganizer, oid::kFrBattery});
    if (ownCode)
        loinc(organizer, battery.loincCode, battery.loincDisplay.isEmpty() ? battery.label : battery.loincDisplay);
    organizer.add("statusCode").set("code", status);
    if (battery.collectedAt.isValid())
        organizer.add("effectiveTime").set("value", CdaFormat::timestamp(battery.collectedAt));

    for (const ReportObservation &obs : battery.observations) {
        const QString refId = newId("res");
        const QString methodId = obs.method.trimmed().isEmpty() ? QString() : newId("met");
        const QString commentId = obs.comment.trimmed().isEmpty() ? QString() : newId("com");
        narrative.observationRow(obs, obs.value, obs.label, refId, methodId, commentId, obs.flag);
        if (reportable(obs))
            observation(organizer, "component", obs, obs.loincCode, obs.loincDisplay, obs.value, refId,
                        methodId, commentId);
        if (obs.secondUnitValue) {
            const QString secondId = newId("res");
            narrative.observationRow(obs, *obs.secondUnitValue, QString(), secondId, {}, {}, obs.flag);
            if (reportable(obs))
                observation(organizer, "component", obs, obs.secondUnitLoincCode, obs.secondUnitLoincDisplay,
                            *obs.secondUnitValue, secondId, {}, {});
        }
    }
    narrative.endTable();

    for (const QString &text : {battery.comment, chapterComment}) {
        if (text.trimmed().isEmpty())
            continue;
        const QString id = newId("com");
        narrative.commentParagraph(text, id);
        comment(organizer, "component", nullptr, id);
    }
    narrative.validators(battery);
}

void CdaBatteryWriter::observation(xml::XmlWriterElement parent, const char *relation, const ReportObservation &obs,
                                   const QString &code, const QString &display, const ResultValue &val,
                                   const QString &refId, const QString &methodId, const QString &commentId)
{
    xml::XmlWriterElement o = parent.add(relation).add("observation").set("classCode", "OBS").set("moodCode", "EVN");
    templateIds(o, {oid::kLabObservation, oid::kFrObservation});
    xml::XmlWriterElement c = o.add("code")
                       .set("code", code)
                       .set("displayName", display.isEmpty() ? obs.label : display)
                       .set("codeSystem", oid::kLoinc)
                       .set("codeSystemName", "LOINC");
    c.add("originalText").add("reference").set("value", QLatin1Char('#') + refId);
    o.add("statusCode").set("code", obs.cancelled ? "aborted" : "completed");
    if (obs.observedAt.isValid())
        o.add("effectiveTime").set("value", CdaFormat::timestamp(obs.observedAt));
    if (!obs.cancelled)
        value(o, val);
    if (obs.flag && !obs.cancelled) {
        o.add("interpretationCode")
            .set("code", domain::abnormalFlagCode(*obs.flag))
            .set("displayName", CdaNarrative::flagLabel(*obs.flag))
            .set("codeSystem", oid::kObservationInterpretation);
    }
    if (!methodId.isEmpty())
        o.add("methodCode").add("originalText").add("reference").set("value", QLatin1Char('#') + methodId);
    subcontractor(o, obs);
    validator(o, obs);
    if (!commentId.isEmpty())
        comment(o, "entryRelationship", "SUBJ", commentId);
    previous(o, obs, code, display);
    if (!obs.cancelled)
        referenceRange(o, obs, val.unit);
}

void CdaBatteryWriter::value(xml::XmlWriterElement o, const ResultValue &v)
{
    using Kind = ResultValue::Kind;
    using domain::Comparator;
    xml::XmlWriterNamespace xsi = m_doc.xsiNs();
    switch (v.kind) {
    case Kind::Numeric: {
        const QString unit = v.unit.trimmed().isEmpty() ? QStringLiteral("1") : v.unit.trimmed();
        const QString number = CdaFormat::decimal(v.number);
        if (v.comparator == Comparator::None) {
            o.add("value").set(xsi, "type", "PQ").set("value", number).set("unit", unit);
            break;
        }
        xml::XmlWriterElement ivl = o.add("value").set(xsi, "type", "IVL_PQ");
        const bool below = v.comparator == Comparator::Less || v.comparator == Comparator::LessOrEqual;
        const bool inclusive = v.comparator == Comparator::LessOrEqual || v.comparator == Comparator::GreaterOrEqual;
        ivl.add(below ? "high" : "low")
            .set("value", number)
            .set("unit", unit)
            .set("inclusive", inclusive ? "true" : "false");
        break;
    }
    case Kind::Coded:
        o.add("value")
            .set(xsi, "type", "CD")
            .set("code", v.coded.code)
            .setIf("displayName", v.coded.displayName)
            .set("codeSystem", v.coded.codeSystem)
            .setIf("codeSystemName", v.coded.codeSystemName);
        break;
    case Kind::Text:
        o.add("value").set(xsi, "type", "ST").text(v.text);
        break;
    case Kind::Empty:
        break;
    }
}

void CdaBatteryWriter::referenceRange(xml::XmlWriterElement o, const ReportObservation &obs, const QString &unit)
{
    // CR-BIO allows at most one referenceRange: the interval in the unit of this value.
    for (const domain::ReferenceInterval &ri : obs.referenceIntervals) {
        if (ri.low.isEmpty() && ri.high.isEmpty())
            continue;
        if (!ri.unit.isEmpty() && ri.unit != unit)
            continue;
        const QString u = unit.trimmed().isEmpty() ? QStringLiteral("1") : unit.trimmed();
        xml::XmlWriterElement range = o.add("referenceRange").set("typeCode", "REFV")
                               .add("observationRange").set("classCode", "OBS").set("moodCode", "EVN.CRT");
        xml::XmlWriterElement ivl = range.add("value").set(m_doc.xsiNs(), "type", "IVL_PQ");
        if (!ri.low.isEmpty())
            ivl.add("low").set("value", CdaFormat::decimal(ri.low)).set("unit", u);
        if (!ri.high.isEmpty())
            ivl.add("high").set("value", CdaFormat::decimal(ri.high)).set("unit", u);
        range.add("interpretationCode").set("code", "N").set("displayName", "Normal")
            .set("codeSystem", oid::kObservationInterpretation);
        return;
    }
}

void CdaBatteryWriter::subcontractor(xml::XmlWriterElement o, const ReportObservation &obs)
{
    if (!obs.performer)
        return;
    xml::XmlWriterElement perf = o.add("performer").set("typeCode", "PRF");
    templateIds(perf, {oid::kLabPerformerTemplate, oid::kFrLabPerformerTemplate});
    perf.add("time").set("value", CdaFormat::timestamp(obs.observedAt.isValid() ? obs.observedAt
                                                                               : m_content.effectiveTime));
    xml::XmlWriterElement entity = perf.add("assignedEntity");
    entity.add("id").set("nullFlavor", "UNK");
    CdaEntityWriter::organisation(entity.add("representedOrganization"), *obs.performer, false, true);
}

void CdaBatteryWriter::validator(xml::XmlWriterElement o, const ReportObservation &obs)
{
    if (!obs.validator || obs.validator->rpps.isEmpty() || !obs.validatedAt.isValid())
        return;
    xml::XmlWriterElement part = o.add("participant").set("typeCode", "AUTHEN");
    templateIds(part, {oid::kAuthenticatorTemplate, oid::kFrParticipantTemplate});
    part.add("time").add("high").set("value", CdaFormat::timestamp(obs.validatedAt));
    CdaEntityWriter entities(m_content.laboratory);
    xml::XmlWriterElement role = part.add("participantRole");
    entities.professionalId(role, *obs.validator);
    entities.professionalAddr(role, *obs.validator);
    entities.professionalTelecom(role, *obs.validator);
    entities.personName(role.add("playingEntity"), *obs.validator);
}

void CdaBatteryWriter::previous(xml::XmlWriterElement o, const ReportObservation &obs, const QString &code,
                                const QString &display)
{
    if (!obs.previous || !obs.previous->observedAt.isValid() || code != obs.loincCode)
        return;
    xml::XmlWriterElement prev = o.add("entryRelationship").set("typeCode", "REFR")
                          .add("observation").set("classCode", "OBS").set("moodCode", "EVN");
    prev.add("code")
        .set("code", code)
        .set("displayName", display.isEmpty() ? obs.label : display)
        .set("codeSystem", oid::kLoinc)
        .set("codeSystemName", "LOINC");
    prev.add("statusCode").set("code", "completed");
    prev.add("effectiveTime").set("value", CdaFormat::timestamp(obs.previous->observedAt));
    value(prev, obs.previous->value);
}

void CdaBatteryWriter::specimen(xml::XmlWriterElement act, const domain::ReportBattery &battery)
{
    // HL7 table 0487 codes only (the JDV of playingEntity/code); others stay in the narrative.
    const QString type = battery.specimenTypeCode.trimmed();
    const bool hl7Code = !type.isEmpty() && !type.front().isDigit();
    if (!battery.collectedAt.isValid() || !hl7Code)
        return;
    xml::XmlWriterElement proc = act.add("entryRelationship").set("typeCode", "COMP")
                          .add("procedure").set("classCode", "PROC").set("moodCode", "EVN");
    templateIds(proc, {oid::kSpecimenCollection, oid::kFrSpecimenCollection});
    proc.add("effectiveTime").add("high").set("value", CdaFormat::timestamp(battery.collectedAt));
    xml::XmlWriterElement role = proc.add("participant").set("typeCode", "PRD").add("participantRole").set("classCode", "SPEC");
    if (battery.specimenId.isEmpty() || m_content.specimenIdRoot.isEmpty())
        role.add("id").set("nullFlavor", "UNK");
    else
        role.add("id").set("root", m_content.specimenIdRoot).set("extension", battery.specimenId);
    role.add("playingEntity").add("code")
        .set("code", type)
        .setIf("displayName", battery.specimenTypeDisplay)
        .set("codeSystem", oid::kSpecimenType);
    if (battery.receivedAt.isValid()) {
        xml::XmlWriterElement received = proc.add("entryRelationship").set("typeCode", "COMP")
                                  .add("act").set("classCode", "ACT").set("moodCode", "EVN");
        templateIds(received, {oid::kSpecimenReceived, oid::kFrSpecimenReceived});
        received.add("code").set("code", "SPRECEIVE").set("displayName", "Échantillon reçu")
            .set("codeSystem", oid::kIheActCode);
        received.add("effectiveTime").set("value", CdaFormat::timestamp(battery.receivedAt));
    }
}

void CdaBatteryWriter::comment(xml::XmlWriterElement parent, const char *relation, const char *relationType,
                               const QString &refId)
{
    xml::XmlWriterElement rel = parent.add(relation);
    if (relationType != nullptr)
        rel.set("typeCode", relationType);
    xml::XmlWriterElement act = rel.add("act").set("classCode", "ACT").set("moodCode", "EVN");
    templateIds(act, {oid::kCcdComment, oid::kIheComment, oid::kFrComment});
    act.add("code").set("code", "48767-8").set("displayName", "Commentaire")
        .set("codeSystem", oid::kLoinc).set("codeSystemName", "LOINC");
    act.add("text").add("reference").set("value", QLatin1Char('#') + refId);
    act.add("statusCode").set("code", "completed");
}

} // namespace sgl::interop::cda
