#pragma once

#include "AutovalBenchModel.h"

#include "domain/autoval/DossierInput.h"
#include "domain/catalogue/Catalogue.h"

#include <QList>
#include <QString>

namespace sgl::bench::autoval {

/** The fault injected into a dossier (labelled: the benchmark knows which dossiers must be held). */
enum class Fault { None, Swap, EdtaContamination, Haemolysis, DripDilution, Critical, QcFailed };

/** "aucune", "échange de tubes", "contamination EDTA", "hémolyse", "dilution par perfusion",
 *  "valeur critique", "série de CQ rejetée". */
[[nodiscard]] QString faultLabel(Fault fault);
[[nodiscard]] QList<Fault> allFaults();

/** One generated dossier with its label. */
struct SyntheticDossier {
    domain::autoval::DossierInput input;
    Fault fault = Fault::None;
    QString faultDetail;      ///< French: what was done ("dilution 25 % par NaCl 0,9 %")
    bool history = false;     ///< the patient has validated previous results (antériorités)
    bool partnerHistory = false; ///< swap: the other patient of the pair has antériorités
    QString profile;          ///< kind of request ("bilan", "diabète", …)
    /** How far the fault moved the measured results from the patient's true ones, in reference
     *  change values (RCV = 2,77 × √(CVa² + CVi²)): the largest |faulty − true| / RCV over the
     *  measured analytes. Under 1, no result moved beyond what the patient's own biological and
     *  analytical variation gives between two samples: the released report is clinically the true
     *  one, and nothing in the dossier can tell the fault apart from that variation. */
    double shiftInRcv = 0;
    QString shiftAnalyte;     ///< the analyte of shiftInRcv
};

/** The largest shift between two sets of measured values in RCV units (see SyntheticDossier). */
[[nodiscard]] std::pair<double, QString> largestShift(const QMap<QString, double> &truth, const QMap<QString, double> &faulty);

struct GeneratorOptions {
    quint64 seed = 20261206;
    int dossiers = 10000;
    double faultShare = 0.15;  ///< share of dossiers carrying a fault
    QDate firstDay{2026, 11, 2};
};

/**
 * Seeded, reproducible generator of synthetic dossiers for the demo catalogue: patients with set
 * points and chronic conditions (AutovalBenchModel), typical requests, previous validated results
 * for about two thirds of them, clean "noise" (acute inflammation, analyzer alarms, pre-analytical
 * non-conformities, hand corrections) and labelled faults: two tubes of one collection series
 * swapped (both dossiers faulted, each with the other patient's blood), K-EDTA
 * contamination, haemolysis, dilution by a drip (saline or 5 % glucose), a critical value, a
 * rejected QC run. The same seed and options always give the same dossiers.
 */
class DossierGenerator {
public:
    DossierGenerator(const domain::Catalogue &catalogue, GeneratorOptions options);
    [[nodiscard]] QList<SyntheticDossier> generate();

private:
    struct Values {
        QMap<QString, double> numeric;       ///< ordered analyses with a numeric value
        QMap<QString, QString> coded;        ///< coded (and text) analyses
        domain::autoval::SerumIndices indices;
        QList<double> differentialNoise;     ///< kept so a fault re-derives the same differential
        QStringList qcHeld;                  ///< analyses of a rejected QC run
        QString qcReason;
    };
    struct Request {
        QString profile;
        QList<std::pair<QString, QString>> analyses; ///< (analysis, exam) in report order
        [[nodiscard]] QStringList codes() const;
    };
    Request drawRequest(const SyntheticPatient &p, QDate day);
    Values drawValues(const SyntheticPatient &p, const QStringList &codes, QDate day, bool acute);
    void injectFault(SyntheticDossier &d, Values &values, const Request &request, const SyntheticPatient &p,
                     QDate day);
    /** Recomputes the derived analyses (HT, indices, differential, DFG, LDL, INR) and keeps the ordered ones. */
    static void derive(Values &values, const QStringList &codes, const SyntheticPatient &p, QDate day);
    domain::autoval::ResultInput makeResult(const QString &code, const QString &exam, const Values &values,
                                            const Values *previous, const SyntheticPatient &p, QDate day,
                                            QDate previousDay);
    void addCleanNoise(SyntheticDossier &d);
    /** What a dossier was generated from, kept until the swaps are paired (AutovalBenchSwaps.cpp). */
    struct Work {
        int patient = 0;                ///< index in the pool
        Request request;
        Values truth;                   ///< the patient's own values (before any fault)
        std::optional<Values> previous;
        QDate previousDay;
        QDate day;
    };
    /** Collection series and times: the lab's three samplers, fifteen home nurses, the wards' rounds. */
    void assignSeries(QList<SyntheticDossier> &out);
    /** Each dossier drawn for a swap exchanges its tube with the nearest clean dossier of its series. */
    void pairSwaps(QList<SyntheticDossier> &out, const QList<Work> &work, const QList<SyntheticPatient> &pool);
    void rebuildResults(SyntheticDossier &d, const Work &w, const Values &values, const SyntheticPatient &p);

    const domain::Catalogue &m_catalogue;
    GeneratorOptions m_options;
    Rng m_rng;
    qint64 m_nextResultId = 1;
};

} // namespace sgl::bench::autoval
