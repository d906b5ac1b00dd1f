#include "CdaScenarios.h"

#include "CdaTestFixtures.h"

#include "interop/cda/SubcontractorCdaReader.h"
#include "interop/cda/SubcontractorMerge.h"

#include <QFile>

#include <QTimeZone>

namespace sgl::test {

using namespace sgl::domain;

namespace {

QDateTime at(int day, int h, int m) { return QDateTime(QDate(2026, 11, day), QTime(h, m), QTimeZone(3600)); }

ReportObservation &firstObs(ReportContent &c) { return c.chapters[0].batteries[0].observations[0]; }

Organisation subcontractor()
{
    Organisation o;
    o.finess = QStringLiteral("690000002");
    o.name = QStringLiteral("Laboratoire spécialisé d'essai");
    o.streetLine = QStringLiteral("5 avenue des Analyses");
    o.postalCode = QStringLiteral("69003");
    o.city = QStringLiteral("LYON");
    o.phone = QStringLiteral("04 00 00 00 01");
    o.practiceSettingCode = QStringLiteral("ETABLISSEMENT");
    return o;
}

} // namespace

QList<CdaScenario> cdaScenarios()
{
    QList<CdaScenario> out;
    out.append({QStringLiteral("nir"), sampleReport()});

    {
        ReportContent c = sampleReport();
        c.patient.ins.oid = QStringLiteral("1.2.250.1.213.1.4.9");
        c.patient.ins.matricule = QStringLiteral("7990375056123");
        c.patient.ins.key = QStringLiteral("12");
        out.append({QStringLiteral("nia"), c});
    }
    {
        ReportContent c = sampleReport();
        c.patient.status = IdentityStatus::Prov;
        c.patient.traits.birthPlaceCog.clear();
        c.patient.traits.sex = Sex::Unknown;
        c.patient.address.clear();
        c.patient.phone.clear();
        out.append({QStringLiteral("non-qualified"), c});
    }
    {
        // Numeric, coded, text, censored and previous results
        ReportContent c = sampleReport();
        ReportBattery sero;
        sero.label = QStringLiteral("Sérologie hépatite B");
        sero.collectedAt = c.collectedAt;
        ReportObservation coded;
        coded.loincCode = QStringLiteral("5196-1");
        coded.loincDisplay = QStringLiteral("Antigène HBs [Présence] Sérum ; Qualitatif");
        coded.label = QStringLiteral("Antigène HBs");
        coded.value = ResultValue::ofCode(CodedValue{QStringLiteral("260385009"), QStringLiteral("2.16.840.1.113883.6.96"),
                                                     QStringLiteral("SNOMED CT"), QStringLiteral("Négatif")});
        coded.flag = AbnormalFlag::Normal;
        coded.observedAt = at(20, 11, 0);
        sero.observations.append(coded);
        ReportObservation text;
        text.loincCode = QStringLiteral("8251-1");
        text.loincDisplay = QStringLiteral("Aspect du sérum");
        text.label = QStringLiteral("Aspect du sérum");
        text.value = ResultValue::ofText(QStringLiteral("Limpide <sans hémolyse> & clair"));
        text.observedAt = at(20, 11, 0);
        sero.observations.append(text);
        ReportObservation censored;
        censored.loincCode = QStringLiteral("1988-5");
        censored.loincDisplay = QStringLiteral("Protéine C réactive [Masse/Volume] Sérum/Plasma ; Numérique");
        censored.label = QStringLiteral("CRP");
        censored.value = ResultValue::numeric(QStringLiteral("1.0"), QStringLiteral("mg/L"), Comparator::Less);
        censored.referenceIntervals.append(ReferenceInterval{{}, QStringLiteral("5.0"), QStringLiteral("mg/L"), {}});
        censored.observedAt = at(20, 11, 0);
        censored.previous = PreviousResult{ResultValue::numeric(QStringLiteral("12.5"), QStringLiteral("mg/L")), at(2, 9, 0)};
        sero.observations.append(censored);
        ReportObservation high;
        high.loincCode = QStringLiteral("2324-2");
        high.loincDisplay = QStringLiteral("Gamma glutamyltransférase [Activité catalytique/Volume] Sérum/Plasma ; Numérique");
        high.label = QStringLiteral("Gamma GT");
        high.value = ResultValue::numeric(QStringLiteral("1200"), QStringLiteral("U/L"), Comparator::Greater);
        high.flag = AbnormalFlag::AboveAbsoluteHigh;
        high.observedAt = at(20, 11, 0);
        sero.observations.append(high);
        c.chapters[1].batteries.append(sero);
        out.append({QStringLiteral("value-kinds"), c});
    }
    {
        ReportContent c = sampleReport();
        ReportObservation &g = c.chapters[1].batteries[0].observations[0];
        g.secondUnitValue = ResultValue::numeric(QStringLiteral("0.88"), QStringLiteral("g/L"));
        g.secondUnitLoincCode = QStringLiteral("53049-3");
        g.secondUnitLoincDisplay = QStringLiteral("Glucose à jeun [Masse/Volume] Sérum/Plasma ; Numérique");
        g.referenceIntervals.append(ReferenceInterval{QStringLiteral("0.70"), QStringLiteral("1.08"), QStringLiteral("g/L"), {}});
        out.append({QStringLiteral("two-units"), c});
    }
    {
        ReportContent c = sampleReport();
        firstObs(c).flag = AbnormalFlag::CriticalHigh;
        firstObs(c).value = ResultValue::numeric(QStringLiteral("48.5"), QStringLiteral("10*9/L"));
        c.chapters[0].batteries[0].observations[1].flag = AbnormalFlag::CriticalLow;
        c.chapters[0].batteries[0].observations[1].value = ResultValue::numeric(QStringLiteral("5.9"), QStringLiteral("g/dL"));
        out.append({QStringLiteral("critical"), c});
    }
    {
        ReportContent c = sampleReport();
        firstObs(c).comment = QStringLiteral("Contrôlé sur lame : « pas d'anomalie » < 1 %");
        c.chapters[0].batteries[0].comment = QStringLiteral("Prélèvement légèrement hémolysé.");
        c.chapters[1].comment = QStringLiteral("Patient à jeun depuis 12 h.");
        c.generalComment = QStringLiteral("Résultats transmis au prescripteur.\nÀ contrôler dans 3 mois.");
        out.append({QStringLiteral("comments"), c});
    }
    {
        ReportContent c = sampleReport();
        c.partial = true;
        c.chapters[0].batteries[0].observations[1].completed = false;
        ReportBattery pending;
        pending.label = QStringLiteral("Électrophorèse des protéines");
        pending.loincCode = QStringLiteral("24351-6");
        pending.loincDisplay = QStringLiteral("Électrophorèse des protéines Sérum");
        ReportObservation p;
        p.loincCode = QStringLiteral("2885-2");
        p.loincDisplay = QStringLiteral("Protéines [Masse/Volume] Sérum/Plasma ; Numérique");
        p.label = QStringLiteral("Protéines totales");
        p.completed = false;
        pending.observations.append(p);
        c.chapters[1].batteries.append(pending);
        out.append({QStringLiteral("partial"), c});
    }
    {
        ReportContent c = sampleReport();
        c.versionNumber = 2;
        c.replacedDocumentId = c.documentId;
        c.documentId = QStringLiteral("1.2.250.1.999.1.2.1.20261120.2");
        firstObs(c).cancelled = true;
        firstObs(c).comment = QStringLiteral("Résultat annulé : prélèvement coagulé.");
        out.append({QStringLiteral("amended"), c});
    }
    {
        ReportContent c = sampleReport();
        firstObs(c).performer = subcontractor();
        EmbeddedDocument pdf;
        pdf.mediaType = QStringLiteral("application/pdf");
        pdf.content = minimalPdf(QStringLiteral("CR sous-traitant"));
        pdf.title = QStringLiteral("Compte rendu du laboratoire spécialisé");
        pdf.producer = subcontractor();
        c.attachments.append(pdf);
        out.append({QStringLiteral("subcontracted"), c});
    }
    {
        // Validated by the laboratory's auto-validation rules (issue 15): narrative mention only.
        ReportContent c = sampleReport();
        for (ReportChapter &ch : c.chapters)
            for (ReportBattery &b : ch.batteries)
                for (ReportObservation &o : b.observations)
                    o.autoValidated = o.validator.has_value();
        out.append({QStringLiteral("auto-validated"), c});
    }
    out.append({QStringLiteral("forty-results"), largeReport(40)});
    // Subcontracted results imported from the ANS examples (skipped when ../shared is absent).
    for (const char *name : {"BIO-CR-BIO_2024.01_Microbiologie_V1.xml", "BIO-CR-BIO_2024.01_Microbiologie_V2.xml",
                             "BIO-CR-BIO_2024.01_Electrophorese.xml", "BIO-CR-BIO_2024.01_Glycémie deux unités principales_mole_masse.xml"}) {
        QFile f(QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA/") + QString::fromUtf8(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ReportContent c = sampleReport();
        c.patient = ansPatient();
        auto received = interop::cda::SubcontractorCdaReader::read(f.readAll(), c.patient);
        if (!received)
            continue; // the reader tests report why; the scenario list stays usable
        interop::cda::SubcontractorMerge::merge(c, *received);
        QString scenario = QString::fromUtf8(name).section(QLatin1Char('_'), 2).section(QLatin1Char('.'), 0, 0);
        scenario.replace(QLatin1Char(' '), QLatin1Char('-'));
        out.append({QStringLiteral("merged-") + scenario, c});
    }
    return out;
}

} // namespace sgl::test
