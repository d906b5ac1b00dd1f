#pragma once

#include <QByteArray>
#include <QString>

namespace sgl::interop::mss::test {

/** A minimal synthetic CR-BIO header (test INS OID, fictitious patient). */
inline QByteArray sampleCda(const QString &documentRoot = QStringLiteral("1.2.250.1.999.1.1.42"),
                            const QString &family = QStringLiteral("ÉTIENNE-TEST"),
                            const QString &ins = QStringLiteral("279035121518989"))
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
               "<id root=\"%1\"/>"
               "<code code=\"11502-2\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"CR d'examens biologiques\"/>"
               "<title>Compte rendu de biologie médicale</title>"
               "<effectiveTime value=\"20261206143000+0100\"/>"
               "<confidentialityCode code=\"N\"/>"
               "<languageCode code=\"fr-FR\"/>"
               "<setId root=\"1.2.250.1.999.1.2.42\"/><versionNumber value=\"1\"/>"
               "<recordTarget><patientRole>"
               "<id root=\"1.2.250.1.213.1.4.10\" extension=\"%3\"/>"
               "<id root=\"1.2.250.1.999.2\" extension=\"IPP42\"/>"
               "<patient><name><family qualifier=\"BR\">%2</family><given>Zoé Marie</given>"
               "<given qualifier=\"BR\">Zoé</given></name>"
               "<administrativeGenderCode code=\"F\"/><birthTime value=\"19790312\"/></patient>"
               "</patientRole></recordTarget>"
               "<author><assignedAuthor><representedOrganization><name>Laboratoire SGL Test</name>"
               "</representedOrganization></assignedAuthor></author>"
               "</ClinicalDocument>\n")
        .arg(documentRoot, family, ins)
        .toUtf8();
}

inline QByteArray samplePdf()
{
    QByteArray pdf("%PDF-1.4\n% synthetic test document\n");
    for (int i = 0; i < 200; ++i)
        pdf += QByteArray::number(i * 7919) + ' ';
    pdf += "\n%%EOF\n";
    pdf += QByteArray(1, '\0') + QByteArray(1, '\xff'); // binary bytes must survive base64
    return pdf;
}

} // namespace sgl::interop::mss::test
