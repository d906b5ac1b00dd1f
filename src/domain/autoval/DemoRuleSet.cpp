#include "domain/autoval/DemoRuleSet.h"

#include "domain/Tr.h"

namespace sgl::domain::autoval {

namespace {

/** Builds the demo rules; each helper appends one rule. Thresholds are commented in docs/autovalidation.md. */
class Builder {
public:
    RuleSet set;

    Rule &add(const QString &id, const QString &label, QStringList analyses, RuleCondition condition)
    {
        Rule r;
        r.id = id;
        r.label = label;
        r.analyses = std::move(analyses);
        r.condition = std::move(condition);
        set.rules << r;
        return set.rules.last();
    }

    /** Adult auto-validation limits (18 years and over), optionally for one sex. */
    Rule &adult(const QString &code, const QString &name, std::optional<double> low, std::optional<double> high,
                const QString &unit, std::optional<Sex> sex = std::nullopt)
    {
        const QString suffix = sex ? (*sex == Sex::Female ? QStringLiteral(".F") : QStringLiteral(".H")) : QString();
        Rule &r = add(code + QStringLiteral(".LIMITES") + suffix,
                      sex ? Tr::tr("%1 dans les limites d'auto-validation (adulte, %2)")
                                .arg(name, *sex == Sex::Female ? Tr::tr("femme") : Tr::tr("homme"))
                          : Tr::tr("%1 dans les limites d'auto-validation (adulte)").arg(name),
                      {code}, LimitsCondition{low, high, unit, {}});
        r.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
        r.when.sex = sex;
        return r;
    }

    /** Plausibility limits that no waiver lifts (a stable value of a known patient stays within them). */
    void plausible(const QString &code, const QString &name, std::optional<double> low, std::optional<double> high,
                   const QString &unit)
    {
        Rule &r = add(code + QStringLiteral(".PLAUSIBLE"),
                      Tr::tr("%1 dans les limites admises pour un patient connu (adulte)").arg(name), {code},
                      LimitsCondition{low, high, unit, {}});
        r.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    }

    void delta(const QString &code, const QString &name, std::optional<double> absolute, std::optional<double> relative,
               const QString &unit, int windowDays)
    {
        add(code + QStringLiteral(".DELTA"), Tr::tr("%1 : variation depuis la dernière valeur validée").arg(name), {code},
            DeltaCondition{absolute, relative, absolute ? unit : QString(), windowDays, false});
    }

    /** A known patient's abnormal but stable value: lifts the adult limits (not the plausibility ones). */
    void stable(const QString &code, const QString &name, std::optional<double> absolute, std::optional<double> relative,
                const QString &unit, int windowDays, QStringList waived)
    {
        Rule &r = add(code + QStringLiteral(".STABLE"),
                      Tr::tr("%1 hors limites mais stable chez un patient connu").arg(name), {code},
                      DeltaCondition{absolute, relative, absolute ? unit : QString(), windowDays, true});
        r.waives = std::move(waived);
        r.when.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    }
};

const QString mmol = QStringLiteral("mmol/L");
const QString umol = QStringLiteral("umol/L");
const QString gpl = QStringLiteral("10*9/L");

} // namespace

RuleSet DemoRuleSet::build()
{
    Builder b;
    b.set.name = Tr::tr("Règles d'auto-validation du laboratoire de démonstration");

    // ---- Hématologie (hémogramme) ----------------------------------------------------------
    b.adult(QStringLiteral("GB"), Tr::tr("Leucocytes"), 3.5, 11.5, gpl);
    b.adult(QStringLiteral("GR"), Tr::tr("Hématies"), 3.7, 5.3, QStringLiteral("10*12/L"), Sex::Female);
    b.adult(QStringLiteral("GR"), Tr::tr("Hématies"), 4.0, 6.0, QStringLiteral("10*12/L"), Sex::Male);
    b.adult(QStringLiteral("HB"), Tr::tr("Hémoglobine"), 11.5, 16.5, QStringLiteral("g/dL"), Sex::Female);
    b.adult(QStringLiteral("HB"), Tr::tr("Hémoglobine"), 12.5, 18, QStringLiteral("g/dL"), Sex::Male);
    b.adult(QStringLiteral("HT"), Tr::tr("Hématocrite"), 34, 48, QStringLiteral("%"), Sex::Female);
    b.adult(QStringLiteral("HT"), Tr::tr("Hématocrite"), 37, 53, QStringLiteral("%"), Sex::Male);
    b.adult(QStringLiteral("VGM"), Tr::tr("VGM"), 78, 102, QStringLiteral("fL"));
    b.adult(QStringLiteral("TCMH"), Tr::tr("TCMH"), 26, 34, QStringLiteral("pg"));
    b.adult(QStringLiteral("CCMH"), Tr::tr("CCMH"), 31, 37, QStringLiteral("g/dL"));
    b.adult(QStringLiteral("IDR"), Tr::tr("IDR"), 10.5, 16, QStringLiteral("%"));
    b.adult(QStringLiteral("PLAQ"), Tr::tr("Plaquettes"), 140, 450, gpl);
    b.adult(QStringLiteral("VMP"), Tr::tr("VMP"), 7, 12, QStringLiteral("fL"));
    b.adult(QStringLiteral("PNN"), Tr::tr("Neutrophiles"), 1.5, 8, gpl);
    b.adult(QStringLiteral("PNE"), Tr::tr("Éosinophiles"), 0, 0.8, gpl);
    b.adult(QStringLiteral("PNB"), Tr::tr("Basophiles"), 0, 0.2, gpl);
    b.adult(QStringLiteral("LYM"), Tr::tr("Lymphocytes"), 0.8, 4.5, gpl);
    b.adult(QStringLiteral("MONO"), Tr::tr("Monocytes"), 0.1, 1.2, gpl);
    b.delta(QStringLiteral("HB"), Tr::tr("Hémoglobine"), 1.5, std::nullopt, QStringLiteral("g/dL"), 90);
    b.delta(QStringLiteral("VGM"), Tr::tr("VGM"), 5, std::nullopt, QStringLiteral("fL"), 365);
    b.delta(QStringLiteral("PLAQ"), Tr::tr("Plaquettes"), std::nullopt, 35, gpl, 60);
    b.delta(QStringLiteral("GB"), Tr::tr("Leucocytes"), std::nullopt, 50, gpl, 60);
    b.plausible(QStringLiteral("HB"), Tr::tr("Hémoglobine"), 9, 18.5, QStringLiteral("g/dL"));
    b.stable(QStringLiteral("HB"), Tr::tr("Hémoglobine"), 0.8, std::nullopt, QStringLiteral("g/dL"), 180,
             {QStringLiteral("HB.LIMITES.F"), QStringLiteral("HB.LIMITES.H")});
    b.add(QStringLiteral("NFS.HT_HB"), Tr::tr("Hématocrite proche de 3 × hémoglobine"), {},
          RatioCondition{QStringLiteral("HT"), QStringLiteral("HB"), 2.6, 3.4});
    b.add(QStringLiteral("NFS.FORMULE"), Tr::tr("Somme de la formule leucocytaire égale aux leucocytes (± 10 %)"), {},
          SumCondition{QStringLiteral("GB"),
                       {QStringLiteral("PNN"), QStringLiteral("PNE"), QStringLiteral("PNB"), QStringLiteral("LYM"),
                        QStringLiteral("MONO")},
                       10});
    b.add(QStringLiteral("NFS.CONCORDANT"),
          Tr::tr("Hémogramme : baisse ou hausse concordante (prélèvement dilué ou d'un autre patient)"),
          {QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("HB"), QStringLiteral("PLAQ")},
          ConcordantChangeCondition{8, 4, 365, true});

    // ---- Biochimie -----------------------------------------------------------------------
    b.adult(QStringLiteral("GLU"), Tr::tr("Glucose"), 3.6, 7, mmol);
    b.plausible(QStringLiteral("GLU"), Tr::tr("Glucose"), 3.3, 14, mmol);
    b.delta(QStringLiteral("GLU"), Tr::tr("Glucose"), std::nullopt, 40, mmol, 180);
    b.stable(QStringLiteral("GLU"), Tr::tr("Glucose"), std::nullopt, 25, mmol, 180, {QStringLiteral("GLU.LIMITES")});
    b.adult(QStringLiteral("CREA"), Tr::tr("Créatinine"), 40, 100, umol, Sex::Female);
    b.adult(QStringLiteral("CREA"), Tr::tr("Créatinine"), 50, 120, umol, Sex::Male);
    b.plausible(QStringLiteral("CREA"), Tr::tr("Créatinine"), 30, 350, umol);
    b.delta(QStringLiteral("CREA"), Tr::tr("Créatinine"), 25, 20, umol, 365);
    b.stable(QStringLiteral("CREA"), Tr::tr("Créatinine"), std::nullopt, 15, umol, 365,
             {QStringLiteral("CREA.LIMITES.F"), QStringLiteral("CREA.LIMITES.H")});
    b.adult(QStringLiteral("DFG"), Tr::tr("DFG estimé"), 60, 200, QStringLiteral("mL/min"));
    b.plausible(QStringLiteral("DFG"), Tr::tr("DFG estimé"), 15, 200, QStringLiteral("mL/min"));
    b.stable(QStringLiteral("DFG"), Tr::tr("DFG estimé"), std::nullopt, 15, QStringLiteral("mL/min"), 365,
             {QStringLiteral("DFG.LIMITES")});
    b.adult(QStringLiteral("UREE"), Tr::tr("Urée"), 2, 9, mmol);
    b.plausible(QStringLiteral("UREE"), Tr::tr("Urée"), 1.5, 25, mmol);
    b.delta(QStringLiteral("UREE"), Tr::tr("Urée"), std::nullopt, 60, mmol, 365);
    b.stable(QStringLiteral("UREE"), Tr::tr("Urée"), std::nullopt, 30, mmol, 365, {QStringLiteral("UREE.LIMITES")});
    b.adult(QStringLiteral("NA"), Tr::tr("Sodium"), 134, 147, mmol);
    b.adult(QStringLiteral("K"), Tr::tr("Potassium"), 3.4, 5.2, mmol);
    b.adult(QStringLiteral("CL"), Tr::tr("Chlore"), 96, 108, mmol);
    b.adult(QStringLiteral("BICAR"), Tr::tr("Bicarbonates"), 21, 31, mmol);
    b.adult(QStringLiteral("CA"), Tr::tr("Calcium"), 2.1, 2.6, mmol);
    b.adult(QStringLiteral("MG"), Tr::tr("Magnésium"), 0.65, 1.1, mmol);
    b.delta(QStringLiteral("NA"), Tr::tr("Sodium"), 6, std::nullopt, mmol, 90);
    b.delta(QStringLiteral("K"), Tr::tr("Potassium"), 0.9, std::nullopt, mmol, 90);
    b.delta(QStringLiteral("CL"), Tr::tr("Chlore"), 7, std::nullopt, mmol, 90);
    b.delta(QStringLiteral("CA"), Tr::tr("Calcium"), 0.25, std::nullopt, mmol, 180);
    b.adult(QStringLiteral("ASAT"), Tr::tr("ASAT"), std::nullopt, 50, QStringLiteral("U/L"));
    b.adult(QStringLiteral("ALAT"), Tr::tr("ALAT"), std::nullopt, 55, QStringLiteral("U/L"));
    b.adult(QStringLiteral("GGT"), Tr::tr("GGT"), std::nullopt, 80, QStringLiteral("U/L"));
    b.plausible(QStringLiteral("GGT"), Tr::tr("GGT"), std::nullopt, 300, QStringLiteral("U/L"));
    b.stable(QStringLiteral("GGT"), Tr::tr("GGT"), std::nullopt, 30, QStringLiteral("U/L"), 365, {QStringLiteral("GGT.LIMITES")});
    b.adult(QStringLiteral("PAL"), Tr::tr("Phosphatases alcalines"), 35, 150, QStringLiteral("U/L"));
    b.adult(QStringLiteral("BILT"), Tr::tr("Bilirubine totale"), std::nullopt, 25, umol);
    b.delta(QStringLiteral("ALAT"), Tr::tr("ALAT"), std::nullopt, 100, QStringLiteral("U/L"), 180);
    b.delta(QStringLiteral("GGT"), Tr::tr("GGT"), std::nullopt, 50, QStringLiteral("U/L"), 365);
    b.delta(QStringLiteral("PAL"), Tr::tr("Phosphatases alcalines"), std::nullopt, 35, QStringLiteral("U/L"), 365);
    b.adult(QStringLiteral("CRP"), Tr::tr("CRP"), std::nullopt, 10, QStringLiteral("mg/L"));
    b.adult(QStringLiteral("HBA1C"), Tr::tr("HbA1c"), 4, 7, QStringLiteral("%"));
    b.plausible(QStringLiteral("HBA1C"), Tr::tr("HbA1c"), 4, 10, QStringLiteral("%"));
    b.delta(QStringLiteral("HBA1C"), Tr::tr("HbA1c"), 1, std::nullopt, QStringLiteral("%"), 365);
    b.stable(QStringLiteral("HBA1C"), Tr::tr("HbA1c"), 0.7, std::nullopt, QStringLiteral("%"), 365, {QStringLiteral("HBA1C.LIMITES")});
    b.adult(QStringLiteral("CT"), Tr::tr("Cholestérol total"), std::nullopt, 7, mmol);
    b.plausible(QStringLiteral("CT"), Tr::tr("Cholestérol total"), 2, 10, mmol);
    b.stable(QStringLiteral("CT"), Tr::tr("Cholestérol total"), std::nullopt, 20, mmol, 730, {QStringLiteral("CT.LIMITES")});
    b.adult(QStringLiteral("HDL"), Tr::tr("Cholestérol HDL"), 0.8, 3, mmol);
    b.adult(QStringLiteral("TG"), Tr::tr("Triglycérides"), std::nullopt, 3, mmol);
    b.plausible(QStringLiteral("TG"), Tr::tr("Triglycérides"), std::nullopt, 6, mmol);
    b.stable(QStringLiteral("TG"), Tr::tr("Triglycérides"), std::nullopt, 50, mmol, 730, {QStringLiteral("TG.LIMITES")});
    b.adult(QStringLiteral("LDLC"), Tr::tr("Cholestérol LDL"), std::nullopt, 4.9, mmol);
    b.plausible(QStringLiteral("LDLC"), Tr::tr("Cholestérol LDL"), std::nullopt, 7, mmol);
    b.stable(QStringLiteral("LDLC"), Tr::tr("Cholestérol LDL"), std::nullopt, 25, mmol, 730, {QStringLiteral("LDLC.LIMITES")});
    b.delta(QStringLiteral("CT"), Tr::tr("Cholestérol total"), std::nullopt, 30, mmol, 365);
    b.delta(QStringLiteral("HDL"), Tr::tr("Cholestérol HDL"), std::nullopt, 30, mmol, 365);
    b.adult(QStringLiteral("TSH"), Tr::tr("TSH"), 0.3, 5, QStringLiteral("m[IU]/L"));
    b.plausible(QStringLiteral("TSH"), Tr::tr("TSH"), 0.1, 10, QStringLiteral("m[IU]/L"));
    b.stable(QStringLiteral("TSH"), Tr::tr("TSH"), std::nullopt, 40, QStringLiteral("m[IU]/L"), 365, {QStringLiteral("TSH.LIMITES")});
    b.adult(QStringLiteral("T4L"), Tr::tr("T4 libre"), 11, 23, QStringLiteral("pmol/L"));
    b.delta(QStringLiteral("TSH"), Tr::tr("TSH"), std::nullopt, 50, QStringLiteral("m[IU]/L"), 365);
    b.delta(QStringLiteral("T4L"), Tr::tr("T4 libre"), std::nullopt, 20, QStringLiteral("pmol/L"), 365);
    b.add(QStringLiteral("IONO.TROU_ANIONIQUE"), Tr::tr("Trou anionique Na − (Cl + HCO3) entre 6 et 20 mmol/L"), {},
          AnionGapCondition{QStringLiteral("NA"), QStringLiteral("CL"), QStringLiteral("BICAR"), {}, false, 6, 20, mmol});
    b.add(QStringLiteral("K.EDTA"), Tr::tr("Profil de contamination par l'EDTA (K élevé, Ca, PAL ou Mg bas)"), {},
          EdtaContaminationCondition{{QStringLiteral("K"), 4.8, mmol},
                                     {QStringLiteral("CA"), 2.1, mmol},
                                     {QStringLiteral("PAL"), 30, QStringLiteral("U/L")},
                                     {QStringLiteral("MG"), 0.6, mmol},
                                     true});
    const QStringList haemolysisSensitive{QStringLiteral("K"), QStringLiteral("ASAT"), QStringLiteral("ALAT"),
                                          QStringLiteral("MG"), QStringLiteral("BILT"), QStringLiteral("PAL")};
    b.add(QStringLiteral("HEMOLYSE"), Tr::tr("Analyses sensibles à l'hémolyse : indice d'hémolyse ≤ 50"),
          haemolysisSensitive, SerumIndexCondition{SerumIndex::Haemolysis, 50, false});
    b.add(QStringLiteral("ICTERE"), Tr::tr("Analyses sensibles à l'ictère : indice d'ictère ≤ 20"),
          {QStringLiteral("CREA"), QStringLiteral("CT"), QStringLiteral("HDL"), QStringLiteral("TG")},
          SerumIndexCondition{SerumIndex::Icterus, 20, false});
    b.add(QStringLiteral("LIPEMIE"), Tr::tr("Analyses sensibles à la lipémie : indice de lipémie ≤ 150"),
          {QStringLiteral("NA"), QStringLiteral("CL"), QStringLiteral("GLU"), QStringLiteral("ALAT"), QStringLiteral("CA")},
          SerumIndexCondition{SerumIndex::Lipaemia, 150, false});
    b.add(QStringLiteral("BIOCH.CONCORDANT"),
          Tr::tr("Biochimie : baisse ou hausse concordante (dilution par une perfusion, prélèvement d'un autre patient)"),
          {QStringLiteral("K"), QStringLiteral("CA"), QStringLiteral("MG"), QStringLiteral("CREA"), QStringLiteral("UREE"),
           QStringLiteral("ASAT"), QStringLiteral("ALAT"), QStringLiteral("GGT"), QStringLiteral("PAL"), QStringLiteral("BILT"),
           QStringLiteral("CT"), QStringLiteral("HDL"), QStringLiteral("TG"), QStringLiteral("GLU")},
          ConcordantChangeCondition{12, 4, 365, true});

    // ---- Hémostase -------------------------------------------------------------------------
    b.adult(QStringLiteral("TQ"), Tr::tr("Temps de Quick"), 10, 15, QStringLiteral("s"));
    b.adult(QStringLiteral("TPPC"), Tr::tr("Taux de prothrombine"), 65, 130, QStringLiteral("%"));
    b.adult(QStringLiteral("INR"), Tr::tr("INR"), 0.8, 1.25, QString());
    b.adult(QStringLiteral("TCA"), Tr::tr("TCA"), 24, 40, QStringLiteral("s"));
    b.adult(QStringLiteral("FIB"), Tr::tr("Fibrinogène"), 1.8, 5, QStringLiteral("g/L"));
    // A patient under anticoagulant whose INR falls back to normal is not "normal": the delta says so.
    b.delta(QStringLiteral("INR"), Tr::tr("INR"), 0.5, std::nullopt, QString(), 180);
    b.delta(QStringLiteral("TQ"), Tr::tr("Temps de Quick"), std::nullopt, 25, QStringLiteral("s"), 180);
    b.delta(QStringLiteral("TPPC"), Tr::tr("Taux de prothrombine"), std::nullopt, 25, QStringLiteral("%"), 180);

    // ---- Sérologie, urines -----------------------------------------------------------------
    b.add(QStringLiteral("AGHBS.NEGATIF"), Tr::tr("Antigène HBs négatif"), {QStringLiteral("AGHBS")},
          LimitsCondition{std::nullopt, std::nullopt, {}, {QStringLiteral("NEG")}});
    b.add(QStringLiteral("RUBG.IMMUNISE"), Tr::tr("Rubéole : immunité acquise (≥ 10 UI/mL)"), {QStringLiteral("RUBG")},
          LimitsCondition{10, 500, QStringLiteral("[IU]/mL"), {}});
    b.add(QStringLiteral("BU.NEGATIVE"), Tr::tr("Bandelette urinaire négative"),
          {QStringLiteral("BU_PROT"), QStringLiteral("BU_LEU"), QStringLiteral("BU_NIT"), QStringLiteral("BU_SANG")},
          LimitsCondition{std::nullopt, std::nullopt, {}, {QStringLiteral("NEG")}});
    b.add(QStringLiteral("BU_PH.LIMITES"), Tr::tr("pH urinaire entre 5 et 8"), {QStringLiteral("BU_PH")},
          LimitsCondition{5, 8, QStringLiteral("[pH]"), {}});
    b.add(QStringLiteral("PROTU.LIMITES"), Tr::tr("Protéinurie ≤ 0,15 g/L"), {QStringLiteral("PROTU")},
          LimitsCondition{std::nullopt, 0.15, QStringLiteral("g/L"), {}});
    b.add(QStringLiteral("CREAU.LIMITES"), Tr::tr("Créatinine urinaire entre 3 et 25 mmol/L"), {QStringLiteral("CREAU")},
          LimitsCondition{3, 25, mmol, {}});

    // ---- Enfants : valeurs de référence de l'âge, sans dérogation ------------------------------
    Rule &children = b.add(QStringLiteral("ENFANT.REFERENCE"),
                           Tr::tr("Enfant : résultat dans les valeurs de référence de son âge"),
                           {QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("HB"), QStringLiteral("HT"),
                            QStringLiteral("VGM"), QStringLiteral("TCMH"), QStringLiteral("CCMH"), QStringLiteral("IDR"),
                            QStringLiteral("PLAQ"), QStringLiteral("VMP"), QStringLiteral("PNN"), QStringLiteral("PNE"),
                            QStringLiteral("PNB"), QStringLiteral("LYM"), QStringLiteral("MONO"), QStringLiteral("GLU"), QStringLiteral("CREA"),
                            QStringLiteral("UREE"), QStringLiteral("NA"), QStringLiteral("K"), QStringLiteral("CL"),
                            QStringLiteral("BICAR"), QStringLiteral("CA"), QStringLiteral("MG"), QStringLiteral("CRP"),
                            QStringLiteral("FIB"), QStringLiteral("TQ"), QStringLiteral("TPPC"), QStringLiteral("INR"),
                            QStringLiteral("TCA")},
                           LimitsCondition{});
    children.when.ageMax = AgeLimit{18, AgeLimit::Unit::Years};

    // ---- Score de variation multiparamétrique (tube d'un autre patient) ------------------------
    // usual % = √2 × √(CVi² + CVa²), CVi from the published biological variation data (EFLM).
    {
        const QList<std::pair<const char *, double>> usual{
            {"GB", 16}, {"GR", 4.7}, {"HB", 4.5}, {"HT", 4.7}, {"VGM", 2.2}, {"TCMH", 2.3}, {"CCMH", 1.6},
            {"IDR", 5.1}, {"PLAQ", 11.4}, {"VMP", 7}, {"PNN", 17}, {"LYM", 17}, {"MONO", 17},
            {"GLU", 7.6}, {"CREA", 7.6}, {"UREE", 19}, {"NA", 1.3}, {"K", 6.7}, {"CL", 2.2}, {"BICAR", 7.5},
            {"CA", 3.4}, {"MG", 5.9}, {"ASAT", 14.6}, {"ALAT", 27.5}, {"GGT", 13.4}, {"PAL", 10.1},
            {"BILT", 30.4}, {"CT", 8.1}, {"HDL", 10.8}, {"TG", 28.6}, {"HBA1C", 3.1}, {"TSH", 26}, {"T4L", 9},
            {"TQ", 5.1}, {"TCA", 5.1}, {"FIB", 15.2}};
        DeltaScoreCondition score;
        for (const auto &[code, percent] : usual)
            score.terms << DeltaScoreTerm{QString::fromLatin1(code), percent};
        score.maxScore = 3.5;
        score.minAnalyses = 3;
        score.windowDays = 365;
        b.add(QStringLiteral("PATIENT.SCORE"),
              Tr::tr("Score de variation multiparamétrique : les résultats ressemblent-ils aux antériorités du patient ?"), {},
              score);
    }

    // ---- Alarmes des automates ----------------------------------------------------------------
    QStringList measured;
    for (const Rule &r : b.set.rules)
        if (std::holds_alternative<LimitsCondition>(r.condition))
            for (const QString &c : r.analyses)
                if (!measured.contains(c))
                    measured << c;
    b.add(QStringLiteral("ALARMES"), Tr::tr("Aucune alarme de l'automate"), measured, AnalyzerFlagsCondition{});
    return b.set;
}

} // namespace sgl::domain::autoval
