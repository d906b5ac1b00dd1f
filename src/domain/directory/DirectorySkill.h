#pragma once

#include <QString>

namespace sgl::domain {

/**
 * One savoir-faire (specialty, competence, DESC…) of a professional, as the Annuaire Santé
 * extraction `PS_LibreAcces_SavoirFaire` lists it (one line per professional × savoir-faire).
 * Codes are the directory's nomenclatures (TRE_R…), kept as published.
 */
struct DirectorySkill {
    QString idPp;      ///< « Identifiant PP » of the professional (RPPS for type 8)
    QString typeCode;  ///< « Code type savoir-faire » (S spécialité, C compétence…)
    QString typeLabel;
    QString code;      ///< « Code savoir-faire » (SM05…)
    QString label;     ///< « Libellé savoir-faire »
};

} // namespace sgl::domain
