#include "interop/cda/CdaBodyWriter.h"

#include "interop/cda/CdaBatteryWriter.h"
#include "interop/cda/CdaOids.h"

namespace sgl::interop::cda {

namespace {

void templateIds(xml::XmlWriterElement node, std::initializer_list<const char *> roots)
{
    for (const char *r : roots)
        node.add("templateId").set("root", r);
}

void loinc(xml::XmlWriterElement parent, const char *code, const char *display)
{
    parent.add("code").set("code", code).set("displayName", display)
        .set("codeSystem", oid::kLoinc).set("codeSystemName", "LOINC");
}

} // namespace

void CdaBodyWriter::write()
{
    xml::XmlWriterElement body = m_doc.root().add("component").add("structuredBody");
    for (const domain::ReportChapter &c : m_content.chapters)
        chapter(body, c);
    attachments(body);
    generalComment(body);
    pdfCopy(body);
}

void CdaBodyWriter::chapter(xml::XmlWriterElement body, const domain::ReportChapter &chapter)
{
    xml::XmlWriterElement section = body.add("component").add("section");
    templateIds(section, {oid::kSpecialtySection, oid::kFrChapter});
    section.add("code")
        .set("code", chapter.loincCode)
        .set("displayName", chapter.loincDisplay.isEmpty() ? chapter.title : chapter.loincDisplay)
        .set("codeSystem", oid::kLoinc)
        .set("codeSystemName", "LOINC");
    section.addText("title", chapter.title.toUpper());
    CdaBatteryWriter batteries(m_content, m_doc, m_nextId);
    for (qsizetype i = 0; i < chapter.batteries.size(); ++i) {
        // The chapter comment travels with its last battery (a chapter with sub-chapters has
        // no narrative of its own).
        const bool last = i == chapter.batteries.size() - 1;
        batteries.write(section, chapter, chapter.batteries[i], last ? chapter.comment : QString());
    }
}

void CdaBodyWriter::generalComment(xml::XmlWriterElement body)
{
    if (m_content.generalComment.trimmed().isEmpty())
        return;
    xml::XmlWriterElement section = body.add("component").add("section");
    templateIds(section, {oid::kCdaSection, oid::kDocumentSummary, oid::kFrCommentSection});
    section.add("id").set("root", m_content.documentId).set("extension", "commentaire");
    loinc(section, "55112-7", "Commentaire");
    section.addText("title", QStringLiteral("Commentaire"));
    xml::XmlWriterElement text = section.add("text");
    for (const QString &line : m_content.generalComment.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            text.addText("paragraph", line.trimmed());
    }
}

void CdaBodyWriter::attachments(xml::XmlWriterElement body)
{
    qsizetype index = 0;
    for (const domain::EmbeddedDocument &doc : m_content.attachments) {
        ++index;
        xml::XmlWriterElement section = body.add("component").add("section");
        templateIds(section, {oid::kFrSecondLineSection});
        section.add("id").set("root", m_content.documentId)
            .set("extension", QStringLiteral("seconde-intention-%1").arg(index));
        loinc(section, "101792-0", "Résultats de laboratoire scannés");
        const QString title = doc.title.trimmed().isEmpty()
                                  ? QStringLiteral("Compte rendu du laboratoire %1").arg(doc.producer.name)
                                  : doc.title.trimmed();
        section.addText("title", title);
        const QString titleId = QStringLiteral("titre-annexe-%1").arg(index);
        const QString mediaId = QStringLiteral("annexe-%1").arg(index);
        xml::XmlWriterElement tbody = section.add("text").add("table").set("border", "0").add("tbody");
        tbody.add("tr").add("td").addText("content", title).set("ID", titleId);
        if (!doc.producer.name.isEmpty())
            tbody.add("tr").addText("td", QStringLiteral("Laboratoire : ") + doc.producer.name);
        tbody.add("tr").add("td").add("renderMultiMedia").set("referencedObject", mediaId);
        attachedDocument(section, QStringLiteral("annexe-%1").arg(index), doc.mediaType, doc.content,
                         mediaId, false, titleId);
    }
}

void CdaBodyWriter::pdfCopy(xml::XmlWriterElement body)
{
    xml::XmlWriterElement section = body.add("component").add("section");
    templateIds(section, {oid::kFrPdfCopySection});
    section.add("id").set("root", m_content.documentId).set("extension", "copie-pdf");
    loinc(section, "55108-5", "Copie du document");
    section.addText("title", QStringLiteral("Copie du document"));
    xml::XmlWriterElement tbody = section.add("text").add("table").set("border", "0").add("tbody");
    tbody.add("tr").add("td").addText("content", QStringLiteral("Copie PDF du compte rendu"))
        .set("ID", "titre-copie-pdf");
    tbody.add("tr").add("td").add("renderMultiMedia").set("referencedObject", "copie-pdf");
    attachedDocument(section, QStringLiteral("copie-pdf"), QStringLiteral("application/pdf"),
                     m_content.pdfCopy, QStringLiteral("copie-pdf"), true, QStringLiteral("titre-copie-pdf"));
}

void CdaBodyWriter::attachedDocument(xml::XmlWriterElement section, const QString &idSuffix, const QString &mediaType,
                                     const QByteArray &bytes, const QString &mediaId, bool pdfCopy,
                                     const QString &titleRef)
{
    xml::XmlWriterElement organizer = section.add("entry").add("organizer").set("classCode", "CLUSTER").set("moodCode", "EVN");
    templateIds(organizer, {oid::kFrAttachedDocument});
    organizer.add("id").set("root", m_content.documentId).set("extension", idSuffix + QStringLiteral("-organizer"));
    loinc(organizer, "55107-7", "Document attaché");
    organizer.add("statusCode").set("code", "completed");
    xml::XmlWriterElement obs = organizer.add("component").add("observation").set("classCode", "OBS").set("moodCode", "EVN");
    templateIds(obs, {oid::kIheSimpleObservation, oid::kFrSimpleObservation, oid::kFrAttachedDocumentType});
    obs.add("id").set("root", m_content.documentId).set("extension", idSuffix + QStringLiteral("-type"));
    loinc(obs, "69764-9", "Type de document");
    if (!titleRef.isEmpty())
        obs.add("text").add("reference").set("value", QLatin1Char('#') + titleRef);
    obs.add("statusCode").set("code", "completed");
    obs.add("effectiveTime").set("nullFlavor", "NA");
    if (pdfCopy) {
        obs.add("value").set(m_doc.xsiNs(), "type", "CD").set("code", "55108-5")
            .set("displayName", "Copie du document").set("codeSystem", oid::kLoinc).set("codeSystemName", "LOINC");
    } else {
        obs.add("value").set(m_doc.xsiNs(), "type", "CD").add("originalText").add("reference")
            .set("value", QLatin1Char('#') + titleRef);
    }
    xml::XmlWriterElement media = organizer.add("component").add("observationMedia")
                           .set("classCode", "OBS").set("moodCode", "EVN").set("ID", mediaId);
    const QByteArray b64 = bytes.toBase64();
    media.add("value").set("mediaType", mediaType).set("representation", "B64").text(QLatin1StringView(b64));
}

} // namespace sgl::interop::cda
