#include "AutovalBenchGenerator.h"

#include "domain/catalogue/RangeResolver.h"
#include "domain/lab/AbnormalFlagRule.h"

#include <algorithm>
#include <cmath>

namespace sgl::bench::autoval {

using namespace sgl::domain;
using namespace sgl::domain::autoval;

QStringList DossierGenerator::Request::codes() const
{
    QStringList out;
    for (const auto &a : analyses)
        out << a.first;
    return out;
}

namespace {

const QStringList kDifferential{QStringLiteral("PNN"), QStringLiteral("PNE"), QStringLiteral("PNB"), QStringLiteral("LYM"),
                                QStringLiteral("MONO")};

struct ExamChoice {
    const char *exam;
    double probability;
};

struct Profile {
    const char *name;
    QList<ExamChoice> exams;
};

const QList<Profile> &profiles()
{
    static const QList<Profile> list{
        {"bilan", {{"NFS", 1}, {"GLY", 0.8}, {"CREAT", 0.8}, {"EAL", 0.6}, {"BHEP", 0.4}, {"TSH", 0.25}, {"CRP", 0.2}, {"IONO", 0.3}, {"UREE", 0.15}}},
        {"diabete", {{"GLY", 1}, {"HBA1C", 1}, {"CREAT", 1}, {"EAL", 0.7}, {"IONO", 0.3}, {"NFS", 0.3}}},
        {"renal", {{"IONO", 1}, {"CREAT", 1}, {"UREE", 0.8}, {"CA", 0.4}, {"MG", 0.2}, {"NFS", 0.5}}},
        {"nfs", {{"NFS", 1}, {"CRP", 0.5}}},
        {"hepatique", {{"BHEP", 1}, {"NFS", 0.6}, {"TP", 0.3}}},
        {"avk", {{"TP", 1}, {"NFS", 0.2}}},
        {"preop", {{"NFS", 1}, {"TP", 1}, {"TCA", 1}, {"FIB", 0.5}, {"IONO", 0.4}, {"CREAT", 0.4}}},
        {"thyroide", {{"TSH", 1}, {"T4L", 0.4}}},
        {"grossesse", {{"NFS", 1}, {"RUB", 0.6}, {"HBS", 0.6}, {"GLY", 0.5}}},
        {"urines", {{"BU", 1}, {"PROTU", 0.4}}},
        {"enfant", {{"NFS", 1}, {"CRP", 0.5}, {"IONO", 0.3}}},
    };
    return list;
}

const Profile &profile(const char *name)
{
    for (const Profile &p : profiles())
        if (qstrcmp(p.name, name) == 0)
            return p;
    return profiles().first();
}

/** Derived analyses, recomputed whenever the measured ones change. */
void deriveMap(QMap<QString, double> &v, const SyntheticPatient &p, QDate day, const QList<double> &diffNoise)
{
    if (v.contains(QStringLiteral("GR")) && v.contains(QStringLiteral("CCMH"))) {
        // The analyzer measures red cells, their volume and haemoglobin; the model draws the mean
        // cell haemoglobin concentration (tightly regulated) so that the indices stay as consistent
        // as in a real blood count.
        const double gr = v[QStringLiteral("GR")];
        const double vgm = v.value(QStringLiteral("VGM"), 90);
        const double tcmh = vgm * v[QStringLiteral("CCMH")] / 100.0;
        v[QStringLiteral("TCMH")] = tcmh;
        v[QStringLiteral("HB")] = gr * tcmh / 10.0;
        v[QStringLiteral("HT")] = gr * vgm / 10.0;
    }
    if (v.contains(QStringLiteral("GB"))) {
        for (int i = 0; i < kDifferential.size(); ++i)
            v[kDifferential[i]] = v[QStringLiteral("GB")] * p.differential.value(i) * (1 + diffNoise.value(i));
    }
    if (v.contains(QStringLiteral("CREA")))
        v[QStringLiteral("DFG")] = ckdEpi(v[QStringLiteral("CREA")], p.ageAt(day), p.sex == Sex::Female);
    if (v.contains(QStringLiteral("CT")) && v.contains(QStringLiteral("HDL")) && v.contains(QStringLiteral("TG"))) {
        if (v[QStringLiteral("TG")] < 3.4)
            v[QStringLiteral("LDLC")] = v[QStringLiteral("CT")] - v[QStringLiteral("HDL")] - v[QStringLiteral("TG")] / 2.2;
        else
            v.remove(QStringLiteral("LDLC"));
    }
    if (v.contains(QStringLiteral("TQ"))) {
        const double tq = v[QStringLiteral("TQ")];
        v[QStringLiteral("INR")] = tq / 12.4;
        v[QStringLiteral("TPPC")] = std::min(130.0, 100.0 * std::pow(12.4 / tq, 1.6));
    }
}

} // namespace

QString faultLabel(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("aucune");
    case Fault::Swap:
        return QStringLiteral("échange de tubes");
    case Fault::EdtaContamination:
        return QStringLiteral("contamination EDTA");
    case Fault::Haemolysis:
        return QStringLiteral("hémolyse");
    case Fault::DripDilution:
        return QStringLiteral("dilution par perfusion");
    case Fault::Critical:
        return QStringLiteral("valeur critique");
    case Fault::QcFailed:
        return QStringLiteral("série de CQ rejetée");
    }
    return {};
}

QList<Fault> allFaults()
{
    return {Fault::Swap, Fault::EdtaContamination, Fault::Haemolysis, Fault::DripDilution, Fault::Critical, Fault::QcFailed};
}

std::pair<double, QString> largestShift(const QMap<QString, double> &truth, const QMap<QString, double> &faulty)
{
    std::pair<double, QString> out{0.0, {}};
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const AnalyteModel *m = analyteModel(it.key());
        if (!m || !faulty.contains(it.key()) || it.value() <= 0)
            continue;
        const double rcv = 2.77 * std::sqrt(m->cva * m->cva + m->cvi * m->cvi) / 100.0 * it.value();
        const double shift = std::abs(faulty.value(it.key()) - it.value()) / rcv;
        if (shift > out.first)
            out = {shift, it.key()};
    }
    return out;
}

void DossierGenerator::derive(Values &values, const QStringList &codes, const SyntheticPatient &p, QDate day)
{
    deriveMap(values.numeric, p, day, values.differentialNoise);
    // Keep only what was ordered (the derivation may compute analyses that were not).
    for (auto it = values.numeric.begin(); it != values.numeric.end();)
        it = codes.contains(it.key()) ? std::next(it) : values.numeric.erase(it);
}

DossierGenerator::DossierGenerator(const Catalogue &catalogue, GeneratorOptions options)
    : m_catalogue(catalogue), m_options(options), m_rng(options.seed)
{
}

DossierGenerator::Request DossierGenerator::drawRequest(const SyntheticPatient &p, QDate day)
{
    const char *name = "bilan";
    const double u = m_rng.uniform();
    if (p.child(day))
        name = u < 0.8 ? "enfant" : "urines";
    else if (p.has(Condition::Anticoagulant) && u < 0.7)
        name = "avk";
    else if (p.has(Condition::Diabetes) && u < 0.6)
        name = "diabete";
    else if (p.has(Condition::KidneyDisease) && u < 0.6)
        name = "renal";
    else if (p.has(Condition::Hypothyroidism) && u < 0.5)
        name = "thyroide";
    else if (p.has(Condition::Liver) && u < 0.4)
        name = "hepatique";
    else {
        const double v = m_rng.uniform();
        const bool pregnantAge = p.sex == Sex::Female && p.ageAt(day) < 42;
        name = v < 0.42 ? "bilan" : v < 0.56 ? "nfs" : v < 0.66 ? "renal" : v < 0.74 ? "thyroide" : v < 0.80 ? "hepatique"
             : v < 0.87 ? "preop" : v < 0.93 && pregnantAge ? "grossesse" : v < 0.96 ? "urines" : "diabete";
    }
    Request r;
    r.profile = QString::fromLatin1(name);
    for (const ExamChoice &c : profile(name).exams) {
        if (!m_rng.chance(c.probability))
            continue;
        const Exam *exam = m_catalogue.exam(QString::fromLatin1(c.exam));
        if (!exam || exam->retired)
            continue;
        for (const QString &code : exam->analysisCodes)
            if (const Analysis *a = m_catalogue.analysis(code); a && !a->retired)
                r.analyses.append({code, exam->code});
    }
    if (r.analyses.isEmpty()) { // every optional exam skipped: the first one of the profile
        const Exam *exam = m_catalogue.exam(QString::fromLatin1(profile(name).exams.first().exam));
        for (const QString &code : exam->analysisCodes)
            r.analyses.append({code, exam->code});
    }
    return r;
}

DossierGenerator::Values DossierGenerator::drawValues(const SyntheticPatient &p, const QStringList &codes, QDate day,
                                                      bool acute)
{
    Values out;
    for (const QString &code : codes) {
        if (analyteModel(code))
            out.numeric.insert(code, measure(m_rng, p, code));
        else if (code == QStringLiteral("AGHBS"))
            out.coded.insert(code, m_rng.chance(0.01) ? QStringLiteral("POS") : QStringLiteral("NEG"));
        else if (code.startsWith(QStringLiteral("BU_")))
            out.coded.insert(code, m_rng.chance(0.06) ? QStringLiteral("POS") : QStringLiteral("NEG"));
        else if (code == QStringLiteral("ASP_U"))
            out.coded.insert(code, QStringLiteral("Clair"));
    }
    if (codes.contains(QStringLiteral("TQ")) && !out.numeric.contains(QStringLiteral("TQ")))
        out.numeric.insert(QStringLiteral("TQ"), measure(m_rng, p, QStringLiteral("TQ")));
    if (acute) {
        if (out.numeric.contains(QStringLiteral("CRP")))
            out.numeric[QStringLiteral("CRP")] = m_rng.lognormal(35, 2.2);
        if (out.numeric.contains(QStringLiteral("GB")))
            out.numeric[QStringLiteral("GB")] *= m_rng.uniform(1.2, 1.8);
    }
    for (int i = 0; i < kDifferential.size(); ++i)
        out.differentialNoise << m_rng.normal(0, 0.03);
    derive(out, codes, p, day);
    const bool serum = std::any_of(codes.begin(), codes.end(), [&](const QString &c) {
        const Analysis *a = m_catalogue.analysis(c);
        return a && a->container == QStringLiteral("SEC");
    });
    if (serum) {
        out.indices.haemolysis = std::round(std::min(40.0, std::abs(m_rng.normal(0, 9))));
        out.indices.icterus = std::round(p.setPoint.value(QStringLiteral("BILT")) / 17.1 + std::abs(m_rng.normal(0, 0.5)));
        out.indices.lipaemia = std::round(p.setPoint.value(QStringLiteral("TG")) * 18 + std::abs(m_rng.normal(0, 8)));
    }
    return out;
}

} // namespace sgl::bench::autoval
