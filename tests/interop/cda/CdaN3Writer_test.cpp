#include "CdaTestFixtures.h"

#include "interop/cda/ErrorCodes.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/CdaRequirementsCheck.h"
#include "domain/ErrorCodes.h"

#include "interop/xml/XmlDocument.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

namespace {

/**
 * Number of nodes matching an XPath (namespace prefix "h" = urn:hl7-org:v3); -1 when the document
 * does not parse or the expression is not a valid node-set XPath, so that a mistyped path can
 * never pass an EXPECT_EQ(..., 0).
 */
int count(const QByteArray &xml, const char *xpath)
{
    auto doc = interop::xml::XmlDocument::parse(xml);
    if (!doc)
        return -1;
    auto nodes = doc->select(QString::fromUtf8(xpath), {{QStringLiteral("h"), QStringLiteral("urn:hl7-org:v3")}});
    return nodes ? static_cast<int>(nodes->size()) : -1;
}

} // namespace

TEST(CdaN3Writer, WritesWellFormedCrBioWithEscapedText)
{
    domain::ReportContent c = test::sampleReport();
    c.generalComment = QStringLiteral("a < b & c > d \"e\"");
    auto xml = CdaN3Writer::write(c);
    ASSERT_TRUE(xml.has_value()) << xml.error().message.toStdString();
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:code[@code='11502-2']"), 1);
    EXPECT_EQ(count(*xml, "//h:paragraph[.='a < b & c > d \"e\"']"), 1);
    EXPECT_TRUE(xml->contains("Laboratoire d'essai &amp; fils"));
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:templateId[@root='1.2.250.1.213.1.1.1.55']"), 1);
    EXPECT_EQ(count(*xml, "//h:section[h:templateId/@root='1.2.250.1.213.1.1.2.243']"), 1);
}

TEST(CdaN3Writer, EveryEntryReferencesAnExistingNarrativeId)
{
    auto xml = CdaN3Writer::write(test::largeReport(40));
    ASSERT_TRUE(xml.has_value());
    EXPECT_EQ(count(*xml, "//h:observation[h:templateId/@root='1.3.6.1.4.1.19376.1.3.1.6']"), 40);
    // Each result observation carries a text reference, and every reference points at a content
    // ID present in the narrative.
    EXPECT_EQ(count(*xml, "//h:observation[h:templateId/@root='1.3.6.1.4.1.19376.1.3.1.6']/h:code/h:originalText/h:reference"), 40);
    EXPECT_EQ(count(*xml, "//h:reference[starts-with(@value,'#')]"), count(*xml, "//h:reference"));
    EXPECT_EQ(count(*xml, "//h:reference[not(substring(@value,2) = //h:content/@ID)]"), 0);
    // Negative control: one dangling reference is seen.
    QByteArray broken = *xml;
    const qsizetype at = broken.indexOf("<reference value=\"#");
    ASSERT_GT(at, 0);
    broken.insert(at + qsizetype(sizeof("<reference value=\"#") - 1), "absent-");
    EXPECT_EQ(count(broken, "//h:reference[not(substring(@value,2) = //h:content/@ID)]"), 1);
}

TEST(CdaN3Writer, XPathHelperRefusesMistypedExpressions)
{
    auto xml = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(xml.has_value());
    EXPECT_EQ(count(*xml, "//h:reference[@value="), -1);    // syntax error
    EXPECT_EQ(count(*xml, "count(//h:reference)"), -1);     // not a node set
    EXPECT_EQ(count(QByteArrayLiteral("<pas-fini"), "/"), -1); // not XML
    EXPECT_EQ(count(*xml, "//h:ClinicalDocument"), 1);
}

TEST(CdaN3Writer, SendsInsOnlyForQualifiedIdentity)
{
    domain::ReportContent c = test::sampleReport();
    auto qualified = CdaN3Writer::write(c);
    ASSERT_TRUE(qualified.has_value());
    EXPECT_EQ(count(*qualified, "//h:patientRole/h:id[@root='1.2.250.1.213.1.4.10' and @extension='279037505612345']"), 1);
    EXPECT_EQ(count(*qualified, "//h:patient/h:birthplace/h:place/h:addr/h:county[.='75056']"), 1);

    c.patient.status = domain::IdentityStatus::Recup; // INS retrieved but not qualified
    auto recup = CdaN3Writer::write(c);
    ASSERT_TRUE(recup.has_value());
    EXPECT_EQ(count(*recup, "//h:patientRole/h:id[@root='1.2.250.1.213.1.4.10']"), 0);
    EXPECT_FALSE(recup->contains("279037505612345"));
    EXPECT_EQ(count(*recup, "//h:patientRole/h:id[@extension='IPP000123']"), 1);
}

TEST(CdaN3Writer, AmendedVersionReplacesThePreviousOne)
{
    domain::ReportContent c = test::sampleReport();
    c.versionNumber = 3;
    c.replacedDocumentId = QStringLiteral("1.2.250.1.999.1.2.1.20261120.2");
    c.documentId = QStringLiteral("1.2.250.1.999.1.2.1.20261120.3");
    auto xml = CdaN3Writer::write(c);
    ASSERT_TRUE(xml.has_value());
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:relatedDocument[@typeCode='RPLC']/h:parentDocument/h:id[@root='1.2.250.1.999.1.2.1.20261120.2']"), 1);
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:versionNumber[@value='3']"), 1);
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:setId[@root='1.2.250.1.999.1.2.2.20261120']"), 1);
}

TEST(CdaN3Writer, OutputIsDeterministic)
{
    auto a = CdaN3Writer::write(test::sampleReport());
    auto b = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, *b);
}

TEST(CdaN3Writer, TwoUnitsGiveTwoObservationsWithTheirOwnLoinc)
{
    domain::ReportContent c = test::sampleReport();
    auto &g = c.chapters[1].batteries[0].observations[0];
    g.secondUnitValue = domain::ResultValue::numeric(QStringLiteral("0.88"), QStringLiteral("g/L"));
    g.secondUnitLoincCode = QStringLiteral("53049-3");
    g.secondUnitLoincDisplay = QStringLiteral("Glucose [Masse/Volume]");
    auto xml = CdaN3Writer::write(c);
    ASSERT_TRUE(xml.has_value());
    EXPECT_EQ(count(*xml, "//h:observation[h:code/@code='40193-5']/h:value[@unit='mmol/L' and @value='4.89']"), 1);
    EXPECT_EQ(count(*xml, "//h:observation[h:code/@code='53049-3']/h:value[@unit='g/L' and @value='0.88']"), 1);
}

TEST(CdaRequirementsCheck, RefusesWithEveryMissingItemInFrench)
{
    domain::ReportContent c = test::sampleReport();
    c.author.rpps.clear();
    c.laboratory.finess.clear();
    c.chapters[0].batteries[0].observations[1].loincCode.clear();
    auto xml = CdaN3Writer::write(c);
    ASSERT_FALSE(xml.has_value());
    EXPECT_EQ(xml.error().code, errc::MissingData);
    const QString msg = xml.error().message;
    EXPECT_TRUE(msg.contains(QStringLiteral("Biologiste validant (auteur) : numéro RPPS absent"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("Laboratoire : numéro FINESS absent"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("Analyse « Hémoglobine » : code LOINC absent"))) << msg.toStdString();
    const auto items = CdaRequirementsCheck::missing(c, CdaLevel::N3);
    ASSERT_EQ(items.size(), 3);
    // Each item carries its stable code: callers decide on codes, never on the French wording.
    EXPECT_EQ(items[0].code, domain::errc::ReportMissingFiness);
    EXPECT_EQ(items[1].code, domain::errc::ReportMissingRpps);
    EXPECT_EQ(items[2].code, domain::errc::ReportMissingLoinc);
    EXPECT_EQ(items[2].message, QStringLiteral("Analyse « Hémoglobine » : code LOINC absent"));
}

TEST(CdaRequirementsCheck, QualifiedIdentityNeedsEveryInsTrait)
{
    domain::ReportContent c = test::sampleReport();
    c.patient.traits.birthPlaceCog.clear();
    c.patient.traits.sex = domain::Sex::Unknown;
    const auto missing = CdaRequirementsCheck::missing(c, CdaLevel::N3);
    EXPECT_TRUE(domain::requirementMessages(missing).contains(QStringLiteral("Patient (INS) : lieu de naissance (code COG) absent")));
    EXPECT_TRUE(domain::requirementMessages(missing).contains(QStringLiteral("Patient (INS) : sexe absent")));
    for (const auto &item : missing)
        EXPECT_EQ(item.code, domain::errc::ReportMissingInsTrait) << item.message.toStdString();
    // The same gaps are acceptable without INS (non-qualified identity).
    c.patient.status = domain::IdentityStatus::Vali;
    EXPECT_TRUE(CdaRequirementsCheck::missing(c, CdaLevel::N3).isEmpty());
}

TEST(CdaRequirementsCheck, RefusesInvalidIdentifiersAndMissingPdf)
{
    domain::ReportContent c = test::sampleReport();
    c.author.rpps = QStringLiteral("12AB");
    c.documentId = QStringLiteral("not an oid");
    c.pdfCopy = QByteArrayLiteral("<html>");
    c.versionNumber = 2; // amended without the replaced id
    const auto missing = CdaRequirementsCheck::missing(c, CdaLevel::N1);
    EXPECT_EQ(missing.size(), 4) << domain::requirementMessages(missing).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(domain::hasRequirement(missing, domain::errc::ReportMissingPdfCopy));
    EXPECT_TRUE(domain::hasRequirement(missing, domain::errc::ReportBadRpps));
    EXPECT_TRUE(domain::hasRequirement(missing, domain::errc::ReportBadDocumentId));
    EXPECT_TRUE(domain::hasRequirement(missing, domain::errc::ReportMissingReplacedId));
    EXPECT_FALSE(CdaN1Writer::write(c).has_value());
    domain::ReportContent badUnit = test::sampleReport();
    badUnit.chapters[0].batteries[0].observations[0].value.unit = QStringLiteral("mUI/ml (sic)");
    const auto unitItems = CdaRequirementsCheck::missing(badUnit, CdaLevel::N3);
    EXPECT_TRUE(domain::requirementMessages(unitItems)
                    .contains(QStringLiteral("Analyse « Leucocytes » : unité « mUI/ml (sic) » non conforme à UCUM")));
    EXPECT_TRUE(domain::hasRequirement(unitItems, domain::errc::ReportBadUnit));
}

TEST(CdaRequirementsCheck, PreCheckedEntriesWriteWithoutCheckingAgain)
{
    domain::ReportContent c = test::sampleReport();
    // The safe entries check (one evaluation each); the pre-checked ones do not.
    quint64 before = CdaRequirementsCheck::evaluations();
    ASSERT_TRUE(CdaN3Writer::write(c).has_value());
    ASSERT_TRUE(CdaN1Writer::write(c).has_value());
    EXPECT_EQ(CdaRequirementsCheck::evaluations() - before, 2u);
    before = CdaRequirementsCheck::evaluations();
    const QByteArray n3 = CdaN3Writer::writePrechecked(c);
    const QByteArray n1 = CdaN1Writer::writePrechecked(c);
    EXPECT_EQ(CdaRequirementsCheck::evaluations(), before);
    // Same bytes as the safe entries for checked content.
    EXPECT_EQ(n3, *CdaN3Writer::write(c));
    EXPECT_EQ(n1, *CdaN1Writer::write(c));
    // The safe entry still refuses what the check refuses; the pre-checked one trusts its caller.
    c.chapters[0].batteries[0].observations[0].loincCode.clear();
    EXPECT_FALSE(CdaN3Writer::write(c).has_value());
    EXPECT_FALSE(CdaN3Writer::writePrechecked(c).isEmpty());
}

TEST(CdaRequirementsCheck, PdfCopyItemAloneAndRefusalListsMessages)
{
    domain::ReportContent c = test::sampleReport();
    EXPECT_FALSE(CdaRequirementsCheck::pdfCopy(c).has_value());
    c.pdfCopy.clear();
    const auto item = CdaRequirementsCheck::pdfCopy(c);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->code, domain::errc::ReportMissingPdfCopy);
    const domain::Error e = CdaRequirementsCheck::refusal({*item, {QString(domain::errc::ReportMissingRpps), QStringLiteral("X : numéro RPPS absent")}});
    EXPECT_EQ(e.code, errc::MissingData);
    EXPECT_EQ(e.message, QStringLiteral("Données manquantes pour le compte rendu CR-BIO :\n- Copie PDF du compte rendu absente ou invalide\n- X : numéro RPPS absent"));
}

TEST(CdaN1Writer, KeepsHeaderAndEmbedsThePdf)
{
    domain::ReportContent c = test::sampleReport();
    auto xml = CdaN1Writer::write(c);
    ASSERT_TRUE(xml.has_value());
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:templateId"), 3);
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:templateId[@root='1.3.6.1.4.1.19376.1.2.20']"), 1);
    EXPECT_EQ(count(*xml, "/h:ClinicalDocument/h:templateId[@root='1.3.6.1.4.1.19376.1.3.3']"), 0);
    EXPECT_EQ(count(*xml, "//h:nonXMLBody/h:text[@mediaType='application/pdf' and @representation='B64']"), 1);
    EXPECT_TRUE(xml->contains(c.pdfCopy.toBase64()));
    // N1 does not need LOINC on analyses (no structured body)
    c.chapters[0].batteries[0].observations[0].loincCode.clear();
    EXPECT_TRUE(CdaN1Writer::write(c).has_value());
    EXPECT_FALSE(CdaN3Writer::write(c).has_value());
}

TEST(CdaN3Writer, StylesheetProcessingInstructionWhenConfigured)
{
    domain::ReportContent c = test::sampleReport();
    c.stylesheetHref = QStringLiteral("sgl-crbio.xsl");
    auto xml = CdaN3Writer::write(c);
    ASSERT_TRUE(xml.has_value());
    EXPECT_TRUE(xml->contains("<?xml-stylesheet type=\"text/xsl\" href=\"sgl-crbio.xsl\"?>"));
}
