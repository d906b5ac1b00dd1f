#include "CdaTestFixtures.h"

#include <QTimeZone>

namespace sgl::test {

using namespace sgl::domain;

QByteArray minimalPdf(const QString &title)
{
    QByteArray text = title.toLatin1();
    text.replace('(', ' ').replace(')', ' ').replace('\\', ' ');
    const QByteArray stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Patient qualifiedPatient()
{
    Patient p;
    p.id = 1;
    p.localId = QStringLiteral("IPP000123");
    p.traits.birthName = QStringLiteral("DUPONT-ESSAI");
    p.traits.firstBirthName = QStringLiteral("MARIE");
    p.traits.birthFirstNames = {QStringLiteral("MARIE"), QStringLiteral("CLAIRE")};
    p.traits.birthDate = QDate(1979, 3, 28);
    p.traits.birthDateRaw = QStringLiteral("1979-03-28");
    p.traits.sex = Sex::Female;
    p.traits.birthPlaceCog = QStringLiteral("75056");
    p.traits.usedName = QStringLiteral("MARTIN");
    p.traits.usedFirstName = QStringLiteral("Marie");
    p.status = IdentityStatus::Qual;
    p.ins.matricule = QStringLiteral("2790375056123");
    p.ins.key = QStringLiteral("45");
    p.ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    p.phone = QStringLiteral("06 12 34 56 78");
    p.address = QStringLiteral("12 rue des Essais, 75011 Paris");
    return p;
}

Patient ansPatient()
{
    Patient p;
    p.localId = QStringLiteral("IPP-ANS");
    p.traits.birthName = QStringLiteral("PAT-TROIS");
    p.traits.firstBirthName = QStringLiteral("DOMINIQUE");
    p.traits.birthFirstNames = {QStringLiteral("DOMINIQUE"), QStringLiteral("MARIE-LOUISE")};
    p.traits.birthDate = QDate(1979, 3, 28);
    p.traits.birthDateRaw = QStringLiteral("1979-03-28");
    p.traits.sex = Sex::Female;
    p.traits.birthPlaceCog = QStringLiteral("51215");
    p.status = IdentityStatus::Qual;
    p.ins.matricule = QStringLiteral("2790351215189");
    p.ins.key = QStringLiteral("89");
    p.ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    return p;
}

namespace {

QDateTime at(int day, int h, int m)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, m), QTimeZone(3600));
}

HealthProfessional biologist()
{
    HealthProfessional b;
    b.rpps = QStringLiteral("10001234567");
    b.prefix = QStringLiteral("Dr");
    b.givenName = QStringLiteral("Paul");
    b.familyName = QStringLiteral("BIOLOGISTE-TEST");
    b.specialtyCode = QStringLiteral("SM03");
    b.specialtyDisplay = QStringLiteral("Médecin - Biologie médicale (SM)");
    b.civility = QStringLiteral("M");
    return b;
}

ReportObservation numeric(const QString &loinc, const QString &display, const QString &label,
                          const QString &value, const QString &unit, const QString &low, const QString &high,
                          std::optional<AbnormalFlag> flag = AbnormalFlag::Normal)
{
    ReportObservation o;
    o.loincCode = loinc;
    o.loincDisplay = display;
    o.label = label;
    o.value = ResultValue::numeric(value, unit);
    o.flag = flag;
    o.referenceIntervals.append(ReferenceInterval{low, high, unit, {}});
    o.observedAt = at(20, 10, 15);
    o.validator = biologist();
    o.validatedAt = at(20, 14, 30);
    return o;
}

} // namespace

ReportContent sampleReport()
{
    ReportContent c;
    c.documentId = QStringLiteral("1.2.250.1.999.1.2.1.20261120.1");
    c.setId = QStringLiteral("1.2.250.1.999.1.2.2.20261120");
    c.versionNumber = 1;
    c.effectiveTime = at(20, 15, 0);
    c.patient = qualifiedPatient();
    c.patientIppRoot = QStringLiteral("1.2.250.1.999.1.3");
    c.laboratory.finess = QStringLiteral("750000001");
    c.laboratory.name = QStringLiteral("Laboratoire d'essai & fils");
    c.laboratory.streetLine = QStringLiteral("1 place des Tests");
    c.laboratory.postalCode = QStringLiteral("75011");
    c.laboratory.city = QStringLiteral("PARIS");
    c.laboratory.phone = QStringLiteral("01 23 45 67 89");
    c.laboratory.cofracAccreditation = QStringLiteral("8-9999");
    c.author = biologist();
    c.legalAuthenticator = biologist();
    c.validatedAt = at(20, 14, 30);
    HealthProfessional prescriber;
    prescriber.rpps = QStringLiteral("10009876543");
    prescriber.prefix = QStringLiteral("Dr");
    prescriber.givenName = QStringLiteral("Anne");
    prescriber.familyName = QStringLiteral("PRESCRIPTRICE");
    prescriber.specialtyCode = QStringLiteral("G15_10/SM26");
    prescriber.specialtyDisplay = QStringLiteral("Médecin - Qualifié en Médecine Générale (SM)");
    prescriber.mssanteAddress = QStringLiteral("anne.prescriptrice@test.mssante.fr");
    c.prescriber = prescriber;
    c.recipients.append(prescriber);
    c.orderId = QStringLiteral("D2026-000042");
    c.orderIdRoot = QStringLiteral("1.2.250.1.999.1.4");
    c.dossierNumber = QStringLiteral("D2026-000042");
    c.specimenIdRoot = QStringLiteral("1.2.250.1.999.1.5");
    c.collectedAt = at(20, 7, 35);
    c.receivedAt = at(20, 8, 10);
    c.prescribedAt = at(19, 17, 0);
    c.encounterStart = at(20, 7, 35);

    ReportChapter hemato;
    hemato.loincCode = QStringLiteral("18723-7");
    hemato.loincDisplay = QStringLiteral("Hématologie");
    hemato.title = QStringLiteral("Hématologie");
    ReportBattery nfs;
    nfs.loincCode = QStringLiteral("58410-2");
    nfs.loincDisplay = QStringLiteral("Hémogramme sans plaquettes");
    nfs.label = QStringLiteral("Hémogramme");
    nfs.specimenTypeCode = QStringLiteral("BLD");
    nfs.specimenTypeDisplay = QStringLiteral("Sang");
    nfs.specimenId = QStringLiteral("T000123");
    nfs.collectedAt = at(20, 7, 35);
    nfs.receivedAt = at(20, 8, 10);
    nfs.observations.append(numeric(QStringLiteral("6690-2"), QStringLiteral("Leucocytes [Nombre/Volume] Sang ; Numérique"),
                                    QStringLiteral("Leucocytes"), QStringLiteral("6.20"), QStringLiteral("10*9/L"),
                                    QStringLiteral("4.0"), QStringLiteral("10.0")));
    nfs.observations.append(numeric(QStringLiteral("718-7"), QStringLiteral("Hémoglobine [Masse/Volume] Sang ; Numérique"),
                                    QStringLiteral("Hémoglobine"), QStringLiteral("11.2"), QStringLiteral("g/dL"),
                                    QStringLiteral("12.0"), QStringLiteral("16.0"), AbnormalFlag::Low));
    hemato.batteries.append(nfs);
    c.chapters.append(hemato);

    ReportChapter bioch;
    bioch.loincCode = QStringLiteral("18719-5");
    bioch.loincDisplay = QStringLiteral("Biochimie");
    bioch.title = QStringLiteral("Biochimie");
    ReportBattery gly;
    gly.label = QStringLiteral("Glycémie à jeun");
    gly.specimenTypeCode = QStringLiteral("SER");
    gly.specimenTypeDisplay = QStringLiteral("Sérum");
    gly.collectedAt = at(20, 7, 35);
    ReportObservation g = numeric(QStringLiteral("40193-5"),
                                  QStringLiteral("Glucose à jeun [Moles/Volume] Sérum/Plasma ; Numérique"),
                                  QStringLiteral("Glycémie à jeun"), QStringLiteral("4.89"), QStringLiteral("mmol/L"),
                                  QStringLiteral("3.89"), QStringLiteral("6.00"));
    g.method = QStringLiteral("Hexokinase");
    gly.observations.append(g);
    bioch.batteries.append(gly);
    c.chapters.append(bioch);
    c.pdfCopy = minimalPdf();
    return c;
}

ReportContent largeReport(int count)
{
    ReportContent c = sampleReport();
    c.chapters.clear();
    static const char *chapters[][2] = {{"18719-5", "Biochimie"}, {"18723-7", "Hématologie"},
                                        {"18720-3", "Hémostase"}, {"18727-8", "Sérologie"}};
    for (int ch = 0; ch < 4; ++ch) {
        ReportChapter chapter;
        chapter.loincCode = QString::fromLatin1(chapters[ch][0]);
        chapter.title = QString::fromUtf8(chapters[ch][1]);
        chapter.loincDisplay = chapter.title;
        ReportBattery battery;
        battery.label = QStringLiteral("Bilan %1").arg(ch + 1);
        battery.collectedAt = c.collectedAt;
        battery.specimenTypeCode = QStringLiteral("SER");
        battery.specimenId = QStringLiteral("T%1").arg(ch);
        chapter.batteries.append(battery);
        c.chapters.append(chapter);
    }
    for (int i = 0; i < count; ++i) {
        ReportObservation o = numeric(QStringLiteral("%1-%2").arg(2000 + i).arg(i % 10),
                                      QStringLiteral("Analyse synthétique %1").arg(i + 1),
                                      QStringLiteral("Analyse %1").arg(i + 1),
                                      QStringLiteral("%1.%2").arg(3 + i % 7).arg(i % 10), QStringLiteral("mmol/L"),
                                      QStringLiteral("2.5"), QStringLiteral("8.5"),
                                      i % 5 == 0 ? AbnormalFlag::High : AbnormalFlag::Normal);
        c.chapters[i % 4].batteries[0].observations.append(o);
    }
    return c;
}

} // namespace sgl::test
