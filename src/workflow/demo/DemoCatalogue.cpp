#include "workflow/demo/DemoCatalogue.h"

using namespace Qt::StringLiterals;

namespace sgl::workflow {

QList<DemoAnalysis> DemoCatalogue::analyses()
{
    using K = domain::ResultValue::Kind;
    const QString hemato = u"18723-7"_s;
    const QString chem = u"18719-5"_s;
    const QString endo = u"18719-5"_s;
    const QString immuno = u"18717-9"_s; // banque du sang
    const QString urine = u"18729-4"_s;
    return {
        {u"HB"_s, u"Hémoglobine"_s, u"718-7"_s, u"Hemoglobin [Mass/volume] in Blood"_s, u"g/dL"_s,
         K::Numeric, u"12.0"_s, u"16.0"_s, hemato, u"BLD"_s},
        {u"GR"_s, u"Hématies"_s, u"789-8"_s, u"Erythrocytes [#/volume] in Blood by Automated count"_s,
         u"10*12/L"_s, K::Numeric, u"4.00"_s, u"5.40"_s, hemato, u"BLD"_s},
        {u"GB"_s, u"Leucocytes"_s, u"6690-2"_s, u"Leukocytes [#/volume] in Blood by Automated count"_s,
         u"10*9/L"_s, K::Numeric, u"4.0"_s, u"10.0"_s, hemato, u"BLD"_s},
        {u"PLQ"_s, u"Plaquettes"_s, u"777-3"_s, u"Platelets [#/volume] in Blood by Automated count"_s,
         u"10*9/L"_s, K::Numeric, u"150"_s, u"400"_s, hemato, u"BLD"_s},
        {u"GLY"_s, u"Glycémie à jeun"_s, u"15074-8"_s, u"Glucose [Moles/volume] in Blood"_s,
         u"mmol/L"_s, K::Numeric, u"3.9"_s, u"5.8"_s, chem, u"BLD"_s},
        {u"CREA"_s, u"Créatinine"_s, u"14682-9"_s, u"Creatinine [Moles/volume] in Serum or Plasma"_s,
         u"umol/L"_s, K::Numeric, u"45"_s, u"90"_s, chem, u"SER"_s},
        {u"NA"_s, u"Sodium"_s, u"2951-2"_s, u"Sodium [Moles/volume] in Serum or Plasma"_s,
         u"mmol/L"_s, K::Numeric, u"136"_s, u"145"_s, chem, u"SER"_s},
        {u"K"_s, u"Potassium"_s, u"2823-3"_s, u"Potassium [Moles/volume] in Serum or Plasma"_s,
         u"mmol/L"_s, K::Numeric, u"3.5"_s, u"5.1"_s, chem, u"SER"_s},
        {u"CRP"_s, u"Protéine C réactive"_s, u"1988-5"_s,
         u"C reactive protein [Mass/volume] in Serum or Plasma"_s, u"mg/L"_s, K::Numeric, {},
         u"5"_s, chem, u"SER"_s},
        {u"CHOL"_s, u"Cholestérol total"_s, u"14647-2"_s,
         u"Cholesterol [Moles/volume] in Serum or Plasma"_s, u"mmol/L"_s, K::Numeric, {}, u"5.2"_s,
         chem, u"SER"_s},
        {u"HBA1C"_s, u"Hémoglobine glyquée (HbA1c)"_s, u"4548-4"_s,
         u"Hemoglobin A1c/Hemoglobin.total in Blood"_s, u"%"_s, K::Numeric, u"4.0"_s, u"6.0"_s,
         chem, u"BLD"_s},
        {u"TSH"_s, u"TSH ultrasensible"_s, u"3016-3"_s,
         u"Thyrotropin [Units/volume] in Serum or Plasma"_s, u"m[IU]/L"_s, K::Numeric, u"0.40"_s,
         u"4.00"_s, endo, u"SER"_s},
        {u"BHCG"_s, u"Hormone chorionique gonadotrope (hCG totale)"_s, u"19080-1"_s,
         u"Choriogonadotropin [Units/volume] in Serum or Plasma"_s, u"[IU]/L"_s, K::Numeric, {},
         u"5"_s, endo, u"SER"_s},
        {u"FERR"_s, u"Ferritine"_s, u"2276-4"_s, u"Ferritin [Mass/volume] in Serum or Plasma"_s,
         u"ug/L"_s, K::Numeric, u"15"_s, u"150"_s, chem, u"SER"_s},
        {u"ABO"_s, u"Groupe sanguin ABO"_s, u"883-9"_s, u"ABO group [Type] in Blood"_s, {},
         K::Coded, {}, {}, immuno, u"BLD"_s},
        {u"ASPU"_s, u"Aspect des urines"_s, u"5767-9"_s, u"Appearance of Urine"_s, {}, K::Text, {},
         {}, urine, u"UR"_s},
    };
}

std::optional<DemoAnalysis> DemoCatalogue::find(const QString &code)
{
    for (const auto &a : analyses())
        if (a.code == code)
            return a;
    return std::nullopt;
}

} // namespace sgl::workflow
