#include "CdaTestFixtures.h"
#include "XdsTestSupport.h"

#include "domain/report/SharingChoices.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/xds/CrBioMetadataMapper.h"
#include "interop/xds/ErrorCodes.h"

#include <QCryptographicHash>

using namespace sgl;
using namespace sgl::interop::xds;

namespace {

QByteArray n3(const domain::ReportContent &c = test::sampleReport())
{
    auto xml = interop::cda::CdaN3Writer::write(c);
    EXPECT_TRUE(xml.has_value()) << (xml ? "" : xml.error().message.toStdString());
    return xml ? *xml : QByteArray();
}

const QString kIns = QStringLiteral("279037505612345");

} // namespace

TEST(CrBioMetadataMapper, MapsTheHeaderOfOurN3Report)
{
    const QByteArray cda = n3();
    auto e = CrBioMetadataMapper::map(cda, {});
    ASSERT_TRUE(e.has_value()) << e.error().message.toStdString();
    EXPECT_EQ(e->uniqueId, QStringLiteral("1.2.250.1.999.1.2.1.20261120.1"));
    EXPECT_EQ(e->patientId, kIns + QStringLiteral("^^^&1.2.250.1.213.1.4.10&ISO^NH"));
    EXPECT_EQ(e->sourcePatientId, QStringLiteral("IPP000123^^^&1.2.250.1.999.1.3&ISO^PI"));
    EXPECT_EQ(e->typeCode, (XdsCode{QStringLiteral("11502-2"), QStringLiteral("2.16.840.1.113883.6.1"),
                                    QStringLiteral("CR d'examens biologiques")}));
    EXPECT_EQ(e->classCode.code, QStringLiteral("10"));
    EXPECT_EQ(e->classCode.codingScheme, QStringLiteral("1.2.250.1.213.1.1.4.1"));
    EXPECT_EQ(e->formatCode.code, QStringLiteral("urn:ihe:lab:xd-lab:2008"));
    EXPECT_EQ(e->formatCode.codingScheme, QStringLiteral("1.3.6.1.4.1.19376.1.2.3"));
    EXPECT_EQ(e->healthcareFacilityTypeCode.code, QStringLiteral("SA25"));
    EXPECT_EQ(e->healthcareFacilityTypeCode.codingScheme, QStringLiteral("1.2.250.1.71.4.2.4"));
    EXPECT_EQ(e->practiceSettingCode.code, QStringLiteral("AMBULATOIRE"));
    EXPECT_EQ(e->practiceSettingCode.codingScheme, QStringLiteral("1.2.250.1.213.1.1.4.9"));
    // One event code per chapter of the report (serviceEvent/code), LOINC.
    ASSERT_GE(e->eventCodes.size(), 2);
    for (const XdsCode &c : e->eventCodes)
        EXPECT_EQ(c.codingScheme, QStringLiteral("2.16.840.1.113883.6.1"));
    // 20/11/2026 15:00 +01:00 in the CDA: UTC without offset in XDS.
    EXPECT_EQ(e->creationTime, QStringLiteral("20261120140000"));
    EXPECT_EQ(e->serviceStartTime.size(), 14);
    EXPECT_FALSE(e->serviceStartTime.contains(QLatin1Char('+')));
    EXPECT_EQ(e->languageCode, QStringLiteral("fr-FR"));
    EXPECT_EQ(e->title, QStringLiteral("Compte rendu d'examens biologiques"));
    EXPECT_TRUE(e->sourcePatientInfo.contains(QStringLiteral("PID-5|DUPONT-ESSAI^MARIE^^^^^L")));
    EXPECT_TRUE(e->sourcePatientInfo.contains(QStringLiteral("PID-5|MARTIN^Marie^^^^^D")));
    EXPECT_TRUE(e->sourcePatientInfo.contains(QStringLiteral("PID-7|19790328")));
    EXPECT_TRUE(e->sourcePatientInfo.contains(QStringLiteral("PID-8|F")));
    ASSERT_EQ(e->authors.size(), 1);
    EXPECT_TRUE(e->authors[0].person.startsWith(QStringLiteral("810001234567^BIOLOGISTE-TEST^Paul^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS")))
        << e->authors[0].person.toStdString();
    ASSERT_EQ(e->authors[0].institutions.size(), 1);
    // "&" of the lab's name would break the XON: replaced (PDT-INF-617 rule).
    EXPECT_EQ(e->authors[0].institutions[0],
              QStringLiteral("Laboratoire d'essai - fils^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1750000001"));
    ASSERT_EQ(e->authors[0].specialties.size(), 1);
    EXPECT_TRUE(e->authors[0].specialties[0].startsWith(QStringLiteral("G15_10/SM03^")));
    EXPECT_FALSE(e->legalAuthenticator.isEmpty());
    ASSERT_EQ(e->confidentialityCodes.size(), 1);
    EXPECT_EQ(e->confidentialityCodes[0].code, QStringLiteral("N"));
    EXPECT_EQ(e->confidentialityCodes[0].codingScheme, QStringLiteral("2.16.840.1.113883.5.25"));
    EXPECT_EQ(e->hash, QString::fromLatin1(QCryptographicHash::hash(cda, QCryptographicHash::Sha1).toHex()));
    EXPECT_EQ(e->size, QString::number(cda.size()));
}

TEST(CrBioMetadataMapper, N1IsAPdfDocument)
{
    auto cda = interop::cda::CdaN1Writer::write(test::sampleReport());
    ASSERT_TRUE(cda.has_value()) << cda.error().message.toStdString();
    auto e = CrBioMetadataMapper::map(*cda, {});
    ASSERT_TRUE(e.has_value()) << e.error().message.toStdString();
    EXPECT_EQ(e->formatCode.code, QStringLiteral("urn:ihe:iti:xds-sd:pdf:2008"));
    EXPECT_EQ(e->formatCode.codingScheme, QStringLiteral("1.3.6.1.4.1.19376.1.2.3"));
    EXPECT_EQ(e->typeCode.code, QStringLiteral("11502-2"));
}

TEST(CrBioMetadataMapper, MasksOfTheVersionBecomeConfidentialityCodes)
{
    domain::SharingChoices sharing;
    sharing.maskedToProfessionals = true;
    sharing.hiddenFromLegalRepresentatives = true;
    CrBioMappingOptions options;
    options.confidentialityCodes = sharing.dmpConfidentialityCodes();
    auto e = CrBioMetadataMapper::map(n3(), options);
    ASSERT_TRUE(e.has_value());
    ASSERT_EQ(e->confidentialityCodes.size(), 3);
    EXPECT_EQ(e->confidentialityCodes[0].code, QStringLiteral("N"));
    EXPECT_EQ(e->confidentialityCodes[1].code, QStringLiteral("MASQUE_PS"));
    EXPECT_EQ(e->confidentialityCodes[1].codingScheme, QStringLiteral("1.2.250.1.213.1.1.4.13"));
    EXPECT_EQ(e->confidentialityCodes[2].code, QStringLiteral("INVISIBLE_REPRESENTANTS_LEGAUX"));
}

TEST(CrBioMetadataMapper, AuthorWithoutGivenNameGetsTheCertificateFallback)
{
    QByteArray cda = n3();
    cda.replace("<given>Paul</given>", "");
    CrBioMappingOptions options;
    options.fallbackFamily = QStringLiteral("LABORATOIRE ESSAI");
    options.fallbackGiven = QStringLiteral("DMP SIGN");
    auto e = CrBioMetadataMapper::map(cda, options);
    ASSERT_TRUE(e.has_value()) << e.error().message.toStdString();
    EXPECT_TRUE(e->authors[0].person.startsWith(QStringLiteral("810001234567^LABORATOIRE ESSAI^DMP SIGN^")))
        << e->authors[0].person.toStdString();
}

TEST(CrBioMetadataMapper, RefusesADocumentWithoutIns)
{
    domain::ReportContent c = test::sampleReport();
    c.patient.status = domain::IdentityStatus::Prov;
    auto e = CrBioMetadataMapper::map(n3(c), {});
    ASSERT_FALSE(e.has_value());
    EXPECT_EQ(e.error().code, errc::InvalidDocument);
    EXPECT_TRUE(e.error().message.contains(QStringLiteral("INS")));
}

TEST(CrBioMetadataMapper, RefusesWhatIsNotACda)
{
    for (const QByteArray &bad : {QByteArray(), QByteArray("pas du XML"), QByteArray("<a/>"),
                                  QByteArray("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>")}) {
        auto e = CrBioMetadataMapper::map(bad, {});
        ASSERT_FALSE(e.has_value()) << bad.constData();
        EXPECT_EQ(e.error().code, errc::InvalidDocument);
    }
    // A known CDA without body format.
    QByteArray cda = n3();
    cda.replace("structuredBody", "unstructuredBody");
    auto e = CrBioMetadataMapper::map(cda, {});
    ASSERT_FALSE(e.has_value());
    EXPECT_EQ(e.error().code, errc::InvalidDocument);
}

TEST(CrBioMetadataMapper, ConvertsCdaTimesToUtc)
{
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("20190221133445+0100")), QStringLiteral("20190221123445"));
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("20190701003000+0200")), QStringLiteral("20190630223000"));
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("202607010030-0330")), QStringLiteral("20260701040000"));
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("20190221")), QStringLiteral("20190221"));
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("20190221133445")), QStringLiteral("20190221133445"));
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("2019-02-21")), QString());
    EXPECT_EQ(CrBioMetadataMapper::toUtcDtm(QStringLiteral("20191321133445+0100")), QString());
}
