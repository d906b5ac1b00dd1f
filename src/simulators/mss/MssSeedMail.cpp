#include "simulators/mss/MssSeedMail.h"

#include "interop/mss/MimeEncoding.h"
#include "simulators/mss/MssReports.h"

namespace sgl::simulators::mss {

using interop::mss::MimeEncoding;

namespace {

const QByteArray kSubcontractor = "biologiste@labo-sous-traitant-test.mssante.fr";
const QByteArray kCorrespondent = "secretariat@cabinet-test.mssante.fr";

QByteArray headers(const QByteArray &from, const QString &to, const QString &subject, const QByteArray &id,
                   const QDateTime &now)
{
    return "Date: " + MssReports::rfc5322Date(now) + "\r\nFrom: " + from + "\r\nTo: " + to.toUtf8()
           + "\r\nSubject: " + MimeEncoding::encodeHeaderText(subject, 9) + "\r\nMessage-ID: <" + id
           + ">\r\nMIME-Version: 1.0\r\n";
}

} // namespace

QByteArray MssSeedMail::subcontractorCda(const QString &dossierNumber, const QDateTime &now)
{
    const QString order = dossierNumber.isEmpty()
                              ? QString()
                              : QStringLiteral("<inFulfillmentOf><order><id root=\"1.2.250.1.999.1.3\" extension=\"%1\"/>"
                                               "</order></inFulfillmentOf>")
                                    .arg(dossierNumber.toHtmlEscaped());
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
               "<typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>"
               "<id root=\"1.2.250.1.999.7.1\" extension=\"SEED-%1\"/>"
               "<code code=\"11502-2\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"CR d'examens biologiques\"/>"
               "<title>Compte rendu de biologie médicale (sous-traitance)</title>"
               "<effectiveTime value=\"%2\"/>"
               "<confidentialityCode code=\"N\" codeSystem=\"2.16.840.1.113883.5.25\"/>"
               "<languageCode code=\"fr-FR\"/>"
               "<setId root=\"1.2.250.1.999.7.2\" extension=\"SEED-%1\"/><versionNumber value=\"1\"/>"
               "<recordTarget><patientRole>"
               "<id root=\"1.2.250.1.213.1.4.10\" extension=\"279035121518989\"/>"
               "<patient><name><family qualifier=\"BR\">SOUS-TRAITANCE-TEST</family><given>Zoé</given></name>"
               "<administrativeGenderCode code=\"F\"/><birthTime value=\"19790312\"/></patient>"
               "</patientRole></recordTarget>"
               "<author><assignedAuthor><representedOrganization><name>Laboratoire sous-traitant fictif</name>"
               "</representedOrganization></assignedAuthor></author>"
               "%3"
               "</ClinicalDocument>\n")
        .arg(dossierNumber.isEmpty() ? QStringLiteral("SANS-DOSSIER") : dossierNumber.toHtmlEscaped(),
             now.toUTC().toString(QStringLiteral("yyyyMMddhhmmss")) + QStringLiteral("+0000"), order)
        .toUtf8();
}

QList<QByteArray> MssSeedMail::messages(const QString &labMailbox, const QString &dossierNumber, const QDateTime &now,
                                        const QString &host)
{
    const QByteArray key = QByteArray(dossierNumber.toUtf8().toHex()).left(40);
    const QByteArray boundary = "=_sgl-mss-seed";
    QByteArray crbio = headers(kSubcontractor, labMailbox,
                               dossierNumber.isEmpty()
                                   ? QStringLiteral("CR-BIO de sous-traitance")
                                   : QStringLiteral("CR-BIO de sous-traitance, demande %1").arg(dossierNumber),
                               "seed-crbio-" + key + '@' + host.toLatin1(), now);
    crbio += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    crbio += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    crbio += QStringLiteral("Bonjour,\r\nVeuillez trouver ci-joint le compte rendu des analyses sous-traitées "
                            "(message de démonstration du simulateur MSSanté, données fictives).\r\n")
                 .toUtf8();
    crbio += "\r\n--" + boundary + "\r\nContent-Type: text/xml; charset=utf-8; name=\"CRBIO.xml\"\r\n"
             "Content-Disposition: attachment; filename=\"CRBIO.xml\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    crbio += MimeEncoding::base64Lines(subcontractorCda(dossierNumber, now));
    crbio += "\r\n--" + boundary + "--\r\n";

    QByteArray plain = headers(kCorrespondent, labMailbox, QStringLiteral("Question sur un rendez-vous de prélèvement"),
                               "seed-plain@" + host.toLatin1(), now);
    plain += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    plain += QStringLiteral("Bonjour,\r\nPouvez-vous confirmer les horaires de prélèvement à domicile de jeudi ?\r\n"
                            "Cordialement,\r\nLe secrétariat (message de démonstration, données fictives)\r\n")
                 .toUtf8();
    return {crbio, plain};
}

} // namespace sgl::simulators::mss
