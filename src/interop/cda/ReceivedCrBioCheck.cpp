#include "interop/cda/ReceivedCrBioCheck.h"

#include "interop/cda/CdaFormat.h"
#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"

namespace sgl::interop::cda {

using xml::XmlDocument;
using xml::XmlNode;

namespace {

const QString kHl7 = QString::fromLatin1(oid::kHl7Namespace);
const xml::XmlNamespaces kNs{{QStringLiteral("h"), kHl7}};

/** One structural rule: the XPath (relative to /h:ClinicalDocument) must select a node. */
struct Rule {
    const char *xpath;
    const char *what; ///< French, names what is missing or wrong
};

// Header elements the CDA R2 schema makes mandatory, then what the CI-SIS and the import need.
// Order follows the header, so the message reads like the document.
constexpr Rule kHeaderRules[] = {
    {"h:realmCode[@code='FR']", "realmCode FR absent"},
    {"h:typeId[@root='2.16.840.1.113883.1.3' and @extension='POCD_HD000040']", "typeId CDA R2 absent"},
    {"h:templateId[@root='2.16.840.1.113883.2.8.2.1']", "modèle HL7 France (templateId) absent"},
    {"h:id[@root!='']", "identifiant du document (id) absent"},
    {"h:code[@code='11502-2' and @codeSystem='2.16.840.1.113883.6.1']", "code du document 11502-2 (LOINC) absent"},
    {"h:title[normalize-space()!='']", "titre absent"},
    {"h:effectiveTime[@value!='']", "date du document (effectiveTime) absente"},
    {"h:confidentialityCode[@code!='']", "niveau de confidentialité (confidentialityCode) absent"},
    {"h:languageCode[@code!='']", "langue (languageCode) absente"},
    {"h:setId[@root!='']", "identifiant de lot de versions (setId) absent"},
    {"h:versionNumber[@value!='']", "numéro de version (versionNumber) absent"},
    {"h:recordTarget/h:patientRole/h:id[@root!='']", "identifiant du patient (recordTarget/patientRole/id) absent"},
    {"h:recordTarget/h:patientRole/h:patient/h:name/h:family[normalize-space()!='']", "nom du patient absent"},
    {"h:recordTarget/h:patientRole/h:patient/h:administrativeGenderCode[@code!='']", "sexe du patient absent"},
    {"h:recordTarget/h:patientRole/h:patient/h:birthTime[@value!='']", "date de naissance du patient absente"},
    {"h:author/h:time[@value!='']", "auteur (author/time) absent"},
    {"h:author/h:assignedAuthor/h:id", "identifiant de l'auteur (author/assignedAuthor/id) absent"},
    {"h:custodian/h:assignedCustodian/h:representedCustodianOrganization/h:id",
     "organisation responsable (custodian) absente"},
    {"h:legalAuthenticator/h:time[@value!='']", "validation du document (legalAuthenticator) absente"},
    {"h:legalAuthenticator/h:signatureCode[@code='S']", "signature du validateur (legalAuthenticator/signatureCode) absente"},
    {"h:legalAuthenticator/h:assignedEntity/h:id", "identifiant du biologiste validateur absent"},
    {"h:documentationOf/h:serviceEvent", "acte documenté (documentationOf/serviceEvent) absent"},
    {"h:component/h:structuredBody | h:component/h:nonXMLBody", "corps du document (component) absent"},
};

bool selects(const XmlDocument &doc, const QString &xpath, const XmlNode &context)
{
    auto r = doc.selectFirst(xpath, kNs, context);
    return r && !r->isNull();
}

} // namespace

domain::Result<QStringList> ReceivedCrBioCheck::problems(const QByteArray &cda)
{
    auto parsed = XmlDocument::parse(cda, QStringLiteral("CR-BIO reçu"));
    if (!parsed)
        return domain::fail(errc::Malformed, QStringLiteral("Document reçu illisible : %1").arg(parsed.error().message),
                            parsed.error().location);
    const XmlDocument &doc = *parsed;
    const XmlNode root = doc.root();
    if (root.localName() != QLatin1String("ClinicalDocument") || root.namespaceUri() != kHl7)
        return QStringList{QStringLiteral("élément racine « %1 » au lieu de ClinicalDocument (urn:hl7-org:v3)").arg(root.localName())};

    QStringList out;
    for (const Rule &rule : kHeaderRules) {
        if (!selects(doc, QString::fromLatin1(rule.xpath), root))
            out << QString::fromUtf8(rule.what);
    }
    const QString effective = root.firstChild(kHl7, QStringLiteral("effectiveTime")).attribute(QStringLiteral("value"));
    if (!effective.isEmpty() && !CdaFormat::parseTimestamp(effective).isValid())
        out << QStringLiteral("date du document « %1 » invalide").arg(effective);

    const bool n3 = selects(doc, QStringLiteral("h:templateId[@root='%1']").arg(QLatin1String(oid::kXdLab)), root);
    const bool n1 = selects(doc, QStringLiteral("h:templateId[@root='%1']").arg(QLatin1String(oid::kXdsSd)), root);
    if (!n3 && !n1)
        out << QStringLiteral("modèle XD-LAB (N3) ou XDS-SD (N1) absent");
    if (n3 && !selects(doc, QStringLiteral("h:templateId[@root='%1']").arg(QLatin1String(oid::kCrBio)), root))
        out << QStringLiteral("modèle CR-BIO (1.2.250.1.213.1.1.1.55) absent");
    if (n3 && !selects(doc, QStringLiteral("h:component/h:structuredBody/h:component/h:section"), root))
        out << QStringLiteral("aucune section dans le corps structuré (niveau 3)");
    if (n1 && !n3
        && !selects(doc, QStringLiteral("h:component/h:nonXMLBody/h:text[@mediaType='application/pdf' and normalize-space()!='']"), root))
        out << QStringLiteral("corps non structuré sans PDF (niveau 1)");
    return out;
}

domain::Status ReceivedCrBioCheck::check(const QByteArray &cda)
{
    auto found = problems(cda);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return {};
    return domain::fail(errc::Nonconforming, QStringLiteral("CR-BIO reçu non conforme : %1.").arg(found->join(QStringLiteral(" ; "))),
                        QStringLiteral("/ClinicalDocument"));
}

} // namespace sgl::interop::cda
