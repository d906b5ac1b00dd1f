#include "CdaTestFixtures.h"

#include "interop/cda/ErrorCodes.h"
#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/SubcontractorCdaReader.h"
#include "interop/cda/SubcontractorMerge.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

namespace {

QString examples() { return QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA"); }

QByteArray example(const char *name)
{
    QFile f(examples() + QLatin1Char('/') + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define REQUIRE_EXAMPLES()                                                                        \
    if (!QDir(examples()).exists())                                                               \
    GTEST_SKIP() << "ANS examples absent (" << examples().toStdString() << "): not checked"

} // namespace

TEST(SubcontractorCdaReader, MapsAnsMicrobiologyWithPerformer)
{
    REQUIRE_EXAMPLES();
    auto r = SubcontractorCdaReader::read(example("BIO-CR-BIO_2024.01_Microbiologie_V2.xml"), test::ansPatient());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_GT(r->observationCount, 5);
    EXPECT_EQ(r->producer.finess, QStringLiteral("120459876"));
    ASSERT_FALSE(r->chapters.isEmpty());
    EXPECT_EQ(r->chapters[0].loincCode, QStringLiteral("18725-2"));
    bool leucocytes = false;
    for (const auto &b : r->chapters[0].batteries)
        for (const auto &o : b.observations) {
            ASSERT_TRUE(o.performer.has_value());
            EXPECT_FALSE(o.performer->name.isEmpty());
            if (o.loincCode == QStringLiteral("30405-5")) {
                leucocytes = true;
                EXPECT_EQ(o.value.number, QStringLiteral("500"));
                EXPECT_EQ(o.value.unit, QStringLiteral("/mL"));
            }
        }
    EXPECT_TRUE(leucocytes);
    EXPECT_TRUE(r->pdf.has_value());
}

TEST(SubcontractorCdaReader, MapsAnsElectrophoresisAndN1)
{
    REQUIRE_EXAMPLES();
    auto e = SubcontractorCdaReader::read(example("BIO-CR-BIO_2024.01_Electrophorese.xml"), test::ansPatient());
    ASSERT_TRUE(e.has_value()) << e.error().message.toStdString();
    EXPECT_GE(e->observationCount, 12);
    auto n1 = SubcontractorCdaReader::read(example("BIO-CR-BIO_2021.01_CDA-R2-Niveau-1.xml"), test::ansPatient());
    ASSERT_TRUE(n1.has_value()) << n1.error().message.toStdString();
    EXPECT_EQ(n1->observationCount, 0);
    ASSERT_TRUE(n1->pdf.has_value());
    EXPECT_TRUE(n1->pdf->content.startsWith("%PDF-"));
}

TEST(SubcontractorCdaReader, RefusesAnotherPatient)
{
    REQUIRE_EXAMPLES();
    domain::Patient other = test::ansPatient();
    other.ins.matricule = QStringLiteral("1850575056123");
    auto r = SubcontractorCdaReader::read(example("BIO-CR-BIO_2024.01_TSH_1.xml"), other);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, errc::PatientMismatch);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("INS différent")));

    domain::Patient noIns = test::ansPatient();
    noIns.status = domain::IdentityStatus::Vali;
    noIns.traits.birthDate = QDate(1980, 3, 28);
    noIns.traits.birthDateRaw = QStringLiteral("1980-03-28");
    auto traits = SubcontractorCdaReader::read(example("BIO-CR-BIO_2024.01_TSH_1.xml"), noIns);
    ASSERT_FALSE(traits.has_value());
    EXPECT_TRUE(traits.error().message.contains(QStringLiteral("date de naissance")));
    // Same traits without INS (accents and case ignored): accepted
    noIns = test::ansPatient();
    noIns.status = domain::IdentityStatus::Vali;
    noIns.traits.birthName = QStringLiteral("Pat Trois");
    EXPECT_TRUE(SubcontractorCdaReader::read(example("BIO-CR-BIO_2024.01_TSH_1.xml"), noIns).has_value());
}

TEST(SubcontractorCdaReader, RefusesMalformedNonCdaAndNonCrBio)
{
    const domain::Patient p = test::qualifiedPatient();
    auto malformed = SubcontractorCdaReader::read(QByteArrayLiteral("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id>"), p);
    ASSERT_FALSE(malformed.has_value());
    EXPECT_EQ(malformed.error().code, errc::Malformed);
    auto notCda = SubcontractorCdaReader::read(QByteArrayLiteral("<Invoice xmlns=\"urn:x\"/>"), p);
    ASSERT_FALSE(notCda.has_value());
    EXPECT_EQ(notCda.error().code, errc::NotCda);
    // A CDA that is not a lab report (LOINC 11488-4 consultation note)
    auto xml = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(xml.has_value());
    QByteArray other = *xml;
    other.replace("code=\"11502-2\"", "code=\"11488-4\"");
    auto notCrBio = SubcontractorCdaReader::read(other, p);
    ASSERT_FALSE(notCrBio.has_value());
    EXPECT_EQ(notCrBio.error().code, errc::NotCrBio);
    auto pdf = SubcontractorCdaReader::readPdf(QByteArrayLiteral("GIF89a"), test::sampleReport().laboratory, {});
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().code, errc::NotPdf);
}

TEST(SubcontractorCdaReader, ReadsBackOurOwnDocument)
{
    auto xml = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(xml.has_value());
    auto r = SubcontractorCdaReader::read(*xml, test::qualifiedPatient());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->observationCount, 3);
    EXPECT_TRUE(r->skipped.isEmpty());
    EXPECT_EQ(r->chapters[0].batteries[0].observations[1].flag, domain::AbnormalFlag::Low);
    EXPECT_EQ(r->chapters[0].batteries[0].observations[1].referenceIntervals.value(0).low, QStringLiteral("12.0"));
}
