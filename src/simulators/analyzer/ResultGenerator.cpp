#include "simulators/analyzer/ResultGenerator.h"

#include <QHash>

#include <array>
#include <cmath>

namespace sgl::simulators::analyzer {

namespace {

struct TestDef {
    const char *code;
    const char *units;
    double refLow;
    double refHigh;  ///< < 0: no upper limit
    int decimals;
    double drawLow;  ///< drawing range (wider than the reference so flags occur)
    double drawHigh;
    double qc1;
    double qc2;
    double linearity; ///< upper measuring limit (chemistry), 0 = none
};

// Sysmex XN units and adult reference intervals. Derived tests have no drawing range.
constexpr std::array<TestDef, 15> Haematology{{
    {"WBC", "10*3/uL", 4.0, 10.0, 2, 2.8, 13.5, 3.0, 7.5, 0},
    {"RBC", "10*6/uL", 4.2, 5.7, 2, 3.8, 6.0, 2.5, 4.5, 0},
    {"HGB", "g/dL", 12.0, 17.0, 1, 0, 0, 6.0, 12.5, 0},
    {"HCT", "%", 37.0, 50.0, 1, 0, 0, 19.0, 37.0, 0},
    {"MCV", "fL", 80.0, 100.0, 1, 76.0, 104.0, 76.0, 82.0, 0},
    {"MCH", "pg", 27.0, 33.0, 1, 0, 0, 24.0, 28.0, 0},
    {"MCHC", "g/dL", 32.0, 36.0, 1, 31.0, 36.5, 31.5, 33.8, 0},
    {"RDW-CV", "%", 11.6, 14.4, 1, 11.0, 16.5, 13.0, 14.0, 0},
    {"PLT", "10*3/uL", 150.0, 400.0, 0, 110.0, 460.0, 80.0, 220.0, 0},
    {"MPV", "fL", 9.4, 12.3, 1, 8.8, 13.0, 9.5, 10.5, 0},
    {"NEUT#", "10*3/uL", 1.8, 7.5, 2, 0, 0, 1.6, 4.2, 0},
    {"EO#", "10*3/uL", 0.04, 0.5, 2, 0, 0, 0.15, 0.3, 0},
    {"BASO#", "10*3/uL", 0.0, 0.1, 2, 0, 0, 0.05, 0.08, 0},
    {"LYMPH#", "10*3/uL", 1.0, 4.0, 2, 0, 0, 0.9, 2.3, 0},
    {"MONO#", "10*3/uL", 0.2, 1.0, 2, 0, 0, 0.3, 0.6, 0},
}};

// cobas c/e units (SI), reference intervals and upper measuring limits.
constexpr std::array<TestDef, 17> Chemistry{{
    {"GLUC3", "mmol/L", 4.1, 5.9, 1, 3.4, 9.5, 5.5, 15.8, 40.0},
    {"CREP2", "umol/L", 45.0, 104.0, 0, 38.0, 160.0, 88.0, 390.0, 2200.0},
    {"UREAL", "mmol/L", 2.8, 7.2, 1, 2.0, 12.0, 5.0, 18.5, 40.0},
    {"NA", "mmol/L", 136.0, 145.0, 0, 131.0, 149.0, 140.0, 122.0, 180.0},
    {"K", "mmol/L", 3.5, 5.1, 1, 3.1, 5.7, 4.0, 6.2, 10.0},
    {"CL", "mmol/L", 98.0, 107.0, 0, 94.0, 111.0, 102.0, 88.0, 140.0},
    {"ASTL", "U/L", 5.0, 34.0, 0, 9.0, 85.0, 45.0, 180.0, 700.0},
    {"ALTL", "U/L", 5.0, 45.0, 0, 7.0, 95.0, 40.0, 170.0, 700.0},
    {"GGT-2", "U/L", 9.0, 55.0, 0, 8.0, 130.0, 40.0, 160.0, 1200.0},
    {"ALP2L", "U/L", 40.0, 130.0, 0, 35.0, 190.0, 90.0, 320.0, 1200.0},
    {"BILT3", "umol/L", 2.0, 21.0, 1, 3.0, 36.0, 18.0, 70.0, 650.0},
    {"CRP4", "mg/L", 0.0, 5.0, 1, 0.3, 45.0, 8.5, 42.0, 350.0},
    {"CHOL2", "mmol/L", 0.0, 5.2, 2, 3.1, 7.6, 2.6, 5.8, 20.7},
    {"HDLC4", "mmol/L", 1.0, -1.0, 2, 0.7, 2.3, 0.9, 1.6, 3.1},
    {"TRIGL", "mmol/L", 0.0, 1.7, 2, 0.45, 3.6, 1.1, 2.3, 10.0},
    {"TSH", "mIU/L", 0.27, 4.2, 3, 0.08, 7.5, 1.5, 8.0, 100.0},
    {"FT4", "pmol/L", 12.0, 22.0, 2, 9.0, 26.5, 14.0, 40.0, 100.0},
}};

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char c : bytes) {
        h ^= static_cast<quint8>(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

QString format(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString reference(const TestDef &d)
{
    if (d.refHigh < 0)
        return u'>' + format(d.refLow, d.decimals);
    return format(d.refLow, d.decimals) + u'-' + format(d.refHigh, d.decimals);
}

QString flagFor(const TestDef &d, double rounded)
{
    if (rounded < d.refLow)
        return QStringLiteral("L");
    if (d.refHigh >= 0 && rounded > d.refHigh)
        return QStringLiteral("H");
    return QStringLiteral("N");
}

template <std::size_t N>
QStringList codes(const std::array<TestDef, N> &defs)
{
    QStringList out;
    for (const TestDef &d : defs)
        out << QString::fromLatin1(d.code);
    return out;
}

SimulatedResult make(const TestDef &d, double value, bool qc)
{
    SimulatedResult r;
    r.code = QString::fromLatin1(d.code);
    r.units = QString::fromLatin1(d.units);
    r.reference = reference(d);
    r.value = format(value, d.decimals);
    r.flag = qc ? QStringLiteral("N") : flagFor(d, r.value.toDouble());
    return r;
}

} // namespace

QStringList ResultGenerator::haematologyTests()
{
    return codes(Haematology);
}

QStringList ResultGenerator::chemistryTests()
{
    return codes(Chemistry);
}

double ResultGenerator::uniform(const QString &specimenId, const QString &key) const
{
    const quint64 h = fnv1a((specimenId + u'|' + key).toUtf8());
    return static_cast<double>(splitmix64(m_seed ^ h) >> 11) * 0x1.0p-53;
}

QList<SimulatedResult> ResultGenerator::haematology(const QString &specimenId, const QStringList &tests,
                                                    int qcLevel) const
{
    auto draw = [&](const TestDef &d) {
        return d.drawLow + (d.drawHigh - d.drawLow) * uniform(specimenId, QString::fromLatin1(d.code));
    };
    QHash<QString, double> v;
    if (qcLevel > 0) {
        for (const TestDef &d : Haematology) {
            const double target = qcLevel == 1 ? d.qc1 : d.qc2;
            v.insert(QString::fromLatin1(d.code),
                     target * (0.98 + 0.04 * uniform(specimenId, QString::fromLatin1(d.code))));
        }
    } else {
        // Drawn independently, the indices would contradict each other: derive them instead.
        const double wbc = draw(Haematology[0]);
        const double rbc = draw(Haematology[1]);
        const double mcv = draw(Haematology[4]);
        const double mchc = draw(Haematology[6]);
        const double hct = rbc * mcv / 10.0;
        const double hgb = hct * mchc / 100.0;
        v.insert(QStringLiteral("WBC"), wbc);
        v.insert(QStringLiteral("RBC"), rbc);
        v.insert(QStringLiteral("MCV"), mcv);
        v.insert(QStringLiteral("MCHC"), mchc);
        v.insert(QStringLiteral("HCT"), hct);
        v.insert(QStringLiteral("HGB"), hgb);
        v.insert(QStringLiteral("MCH"), mcv * mchc / 100.0);
        v.insert(QStringLiteral("RDW-CV"), draw(Haematology[7]));
        v.insert(QStringLiteral("PLT"), draw(Haematology[8]));
        v.insert(QStringLiteral("MPV"), draw(Haematology[9]));
        const double neut = 0.40 + 0.35 * uniform(specimenId, QStringLiteral("NEUT%"));
        const double eo = 0.005 + 0.055 * uniform(specimenId, QStringLiteral("EO%"));
        const double baso = 0.002 + 0.010 * uniform(specimenId, QStringLiteral("BASO%"));
        const double mono = 0.03 + 0.08 * uniform(specimenId, QStringLiteral("MONO%"));
        const double lymph = std::max(0.05, 1.0 - neut - eo - baso - mono);
        v.insert(QStringLiteral("NEUT#"), wbc * neut);
        v.insert(QStringLiteral("EO#"), wbc * eo);
        v.insert(QStringLiteral("BASO#"), wbc * baso);
        v.insert(QStringLiteral("MONO#"), wbc * mono);
        v.insert(QStringLiteral("LYMPH#"), wbc * lymph);
    }
    QList<SimulatedResult> out;
    for (const TestDef &d : Haematology) {
        const QString code = QString::fromLatin1(d.code);
        if (tests.contains(code))
            out << make(d, v.value(code), qcLevel > 0);
    }
    return out;
}

QList<SimulatedResult> ResultGenerator::chemistry(const QString &specimenId, const QStringList &tests,
                                                  int qcLevel, bool overRange) const
{
    QList<SimulatedResult> out;
    bool overDone = false;
    for (const QString &wanted : tests) {
        for (const TestDef &d : Chemistry) {
            const QString code = QString::fromLatin1(d.code);
            if (code != wanted)
                continue;
            const double u = uniform(specimenId, code);
            if (qcLevel > 0) {
                const double target = qcLevel == 1 ? d.qc1 : d.qc2;
                out << make(d, target * (0.98 + 0.04 * u), true);
            } else if (overRange && !overDone) {
                SimulatedResult r = make(d, d.linearity, false);
                r.value = u'>' + format(d.linearity, d.decimals);
                r.flag = QStringLiteral(">");
                out << r;
                overDone = true;
            } else {
                out << make(d, d.drawLow + (d.drawHigh - d.drawLow) * u, false);
            }
        }
    }
    return out;
}

} // namespace sgl::simulators::analyzer
