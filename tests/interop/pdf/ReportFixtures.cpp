#include "ReportFixtures.h"

#include <QTimeZone>

namespace sgl::interop::pdf::testing {

using namespace sgl::domain;

namespace {
QDateTime paris(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(3600));
}

ReportObservation numeric(QString label, QString value, QString unit, QString low, QString high,
                          std::optional<AbnormalFlag> flag = AbnormalFlag::Normal)
{
    ReportObservation o;
    o.loincCode = QStringLiteral("718-7");
    o.label = std::move(label);
    o.value = ResultValue::numeric(std::move(value), unit);
    o.flag = flag;
    o.referenceIntervals.append(ReferenceInterval{std::move(low), std::move(high), unit, {}});
    o.observedAt = paris(2026, 1, 12, 9, 30);
    return o;
}
} // namespace

PdfLayoutOptions layoutOptions()
{
    PdfLayoutOptions o;
    o.letterhead.labName = QStringLiteral("Laboratoire de biologie médicale des Tilleuls");
    o.letterhead.legalForm = QStringLiteral("SELAS au capital de 40 000 € – RCS Lyon 000 000 000");
    o.letterhead.streetLine = QStringLiteral("12 rue des Tilleuls");
    o.letterhead.postalCode = QStringLiteral("69003");
    o.letterhead.city = QStringLiteral("Lyon");
    o.letterhead.phone = QStringLiteral("04 00 00 00 00");
    o.letterhead.email = QStringLiteral("contact@labo-tilleuls.example");
    o.letterhead.finess = QStringLiteral("690000000");
    o.letterhead.cofracAccreditation = QStringLiteral("8-0000");
    o.letterhead.biologists = {QStringLiteral("Dr Anne MARTIN"), QStringLiteral("Dr Paul DURAND")};
    o.letterhead.footerNote = QStringLiteral("Résultats à interpréter par un professionnel de santé.");
    return o;
}

Patient qualifiedPatient()
{
    Patient p;
    p.localId = QStringLiteral("IPP-000123");
    p.traits.birthName = QStringLiteral("LOVELACE");
    p.traits.firstBirthName = QStringLiteral("ADA");
    p.traits.birthFirstNames = {QStringLiteral("ADA")};
    p.traits.birthDate = QDate(1815, 12, 10);
    p.traits.birthDateRaw = QStringLiteral("1815-12-10");
    p.traits.sex = Sex::Female;
    p.traits.birthPlaceCog = QStringLiteral("99100");
    p.traits.usedFirstName = QStringLiteral("Ada");
    p.status = IdentityStatus::Qual;
    p.ins.matricule = QStringLiteral("1850575123456");
    p.ins.key = QStringLiteral("73");
    p.ins.oid = QStringLiteral("1.2.250.1.213.1.4.8");
    p.address = QStringLiteral("3 place Bellecour, 69002 Lyon");
    return p;
}

ReportContent report(int observationCount)
{
    ReportContent c;
    c.documentId = QStringLiteral("1.2.250.1.999.1.2.3.1");
    c.setId = QStringLiteral("1.2.250.1.999.1.2.3");
    c.effectiveTime = paris(2026, 1, 12, 11, 42);
    c.validatedAt = paris(2026, 1, 12, 11, 40);
    c.collectedAt = paris(2026, 1, 12, 8, 15);
    c.receivedAt = paris(2026, 1, 12, 8, 50);
    c.patient = qualifiedPatient();
    c.dossierNumber = QStringLiteral("260112-0042");
    c.author.prefix = QStringLiteral("Dr");
    c.author.givenName = QStringLiteral("Anne");
    c.author.familyName = QStringLiteral("MARTIN");
    c.author.specialtyDisplay = QStringLiteral("biologiste médical");
    c.legalAuthenticator = c.author;
    HealthProfessional prescriber;
    prescriber.prefix = QStringLiteral("Dr");
    prescriber.givenName = QStringLiteral("Jean");
    prescriber.familyName = QStringLiteral("Bernard");
    prescriber.address = QStringLiteral("Cabinet médical, 5 avenue Jean Jaurès, 69007 Lyon");
    prescriber.phone = QStringLiteral("04 11 11 11 11");
    c.prescriber = prescriber;
    c.prescribedAt = paris(2026, 1, 10, 10, 0);
    HealthProfessional recipient;
    recipient.prefix = QStringLiteral("Dr");
    recipient.givenName = QStringLiteral("Claire");
    recipient.familyName = QStringLiteral("Petit");
    c.recipients.append(recipient);

    const QList<ReportObservation> catalogue = {
        numeric(QStringLiteral("Hémoglobine"), QStringLiteral("11.2"), QStringLiteral("g/dL"), QStringLiteral("12.0"), QStringLiteral("16.0"), AbnormalFlag::Low),
        numeric(QStringLiteral("Leucocytes"), QStringLiteral("7.85"), QStringLiteral("10*9/L"), QStringLiteral("4.0"), QStringLiteral("10.0")),
        numeric(QStringLiteral("Plaquettes"), QStringLiteral("612"), QStringLiteral("10*9/L"), QStringLiteral("150"), QStringLiteral("400"), AbnormalFlag::High),
        numeric(QStringLiteral("Volume globulaire moyen"), QStringLiteral("88"), QStringLiteral("fL"), QStringLiteral("80"), QStringLiteral("100")),
        numeric(QStringLiteral("Glycémie à jeun"), QStringLiteral("1.32"), QStringLiteral("g/L"), QStringLiteral("0.70"), QStringLiteral("1.10"), AbnormalFlag::High),
        numeric(QStringLiteral("Créatinine"), QStringLiteral("68"), QStringLiteral("umol/L"), QStringLiteral("45"), QStringLiteral("90")),
        numeric(QStringLiteral("Potassium"), QStringLiteral("6.9"), QStringLiteral("mmol/L"), QStringLiteral("3.5"), QStringLiteral("5.0"), AbnormalFlag::CriticalHigh),
        numeric(QStringLiteral("TSH ultrasensible"), QStringLiteral("2.15"), QStringLiteral("m[IU]/L"), QStringLiteral("0.27"), QStringLiteral("4.20")),
        numeric(QStringLiteral("Protéine C réactive"), QStringLiteral("1.0"), QStringLiteral("mg/L"), QString(), QStringLiteral("5.0")),
    };
    QList<ReportObservation> observations;
    for (int i = 0; i < observationCount; ++i) {
        ReportObservation o = catalogue[i % catalogue.size()];
        if (i >= catalogue.size())
            o.label += QStringLiteral(" (contrôle %1)").arg(i / catalogue.size());
        if (i % 3 == 0) {
            o.previous = PreviousResult{ResultValue::numeric(QStringLiteral("5.4"), o.value.unit), paris(2025, 12, 3, 9, 0)};
        }
        observations.append(o);
    }
    if (!observations.isEmpty()) {
        observations[0].comment = QStringLiteral("Anémie modérée ; contrôle conseillé dans 3 mois. Ferritine à prévoir.");
        observations[0].professionalComment = QStringLiteral("Évoquer une carence martiale (µ-cytose absente).");
    }
    if (observations.size() > 6) {
        observations[6].comment = QStringLiteral("Valeur critique téléphonée au Dr Bernard le 12/01/2026 à 10:05.");
    }

    ReportChapter hemato;
    hemato.loincCode = QStringLiteral("18723-7");
    hemato.title = QStringLiteral("Hématologie");
    ReportChapter biochem;
    biochem.loincCode = QStringLiteral("18719-5");
    biochem.title = QStringLiteral("Biochimie");
    ReportBattery nfs;
    nfs.label = QStringLiteral("Hémogramme");
    nfs.specimenTypeDisplay = QStringLiteral("Sang veineux");
    nfs.collectedAt = c.collectedAt;
    ReportBattery chem;
    chem.label = QStringLiteral("Biochimie sanguine");
    chem.specimenTypeDisplay = QStringLiteral("Sérum");
    chem.collectedAt = c.collectedAt;
    for (int i = 0; i < observations.size(); ++i)
        (i % 2 == 0 ? nfs : chem).observations.append(observations[i]);
    if (!nfs.observations.isEmpty()) {
        hemato.batteries.append(nfs);
        c.chapters.append(hemato);
    }
    if (!chem.observations.isEmpty()) {
        biochem.batteries.append(chem);
        c.chapters.append(biochem);
    }

    // One subcontracted serology result.
    ReportChapter sero;
    sero.loincCode = QStringLiteral("18727-8");
    sero.title = QStringLiteral("Sérologie");
    ReportBattery hbs;
    hbs.label = QStringLiteral("Hépatite B");
    ReportObservation ag;
    ag.loincCode = QStringLiteral("5196-1");
    ag.label = QStringLiteral("Antigène HBs");
    ag.value = ResultValue::ofText(QStringLiteral("Négatif"));
    ag.referenceIntervals.append(ReferenceInterval{{}, {}, {}, QStringLiteral("Négatif")});
    Organisation cerba;
    cerba.name = QStringLiteral("Laboratoire Spécialisé Synthétique");
    cerba.finess = QStringLiteral("950000000");
    cerba.streetLine = QStringLiteral("1 rue de l'Essai");
    cerba.postalCode = QStringLiteral("95000");
    cerba.city = QStringLiteral("Cergy");
    ag.performer = cerba;
    hbs.observations.append(ag);
    sero.batteries.append(hbs);
    c.chapters.append(sero);

    c.generalComment = QStringLiteral("Bilan à rapprocher du contexte clinique. Glycémie ≥ 1,26 g/L : à contrôler à jeun.");
    c.professionalComment = QStringLiteral("Patiente sous AVK : INR non demandé.");
    return c;
}

} // namespace sgl::interop::pdf::testing
