#pragma once

#include <QString>

namespace sgl::domain {

/**
 * One diploma and/or exercise authorisation of a professional, as the Annuaire Santé extraction
 * `PS_LibreAcces_Dipl_AutExerc` lists it (one line per professional × diploma or authorisation;
 * either half may be empty). Codes kept as published.
 */
struct DirectoryDiploma {
    QString idPp;                   ///< « Identifiant PP » of the professional
    QString diplomaTypeCode;        ///< « Code type diplôme obtenu » (DE, DU, …)
    QString diplomaTypeLabel;
    QString diplomaCode;            ///< « Code diplôme obtenu »
    QString diplomaLabel;
    QString authorisationTypeCode;  ///< « Code type autorisation »
    QString authorisationTypeLabel;
    QString disciplineCode;         ///< « Code discipline autorisation »
    QString disciplineLabel;
};

} // namespace sgl::domain
