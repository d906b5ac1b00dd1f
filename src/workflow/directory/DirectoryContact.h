#pragma once

#include "domain/directory/DirectoryGeneration.h"
#include "domain/directory/DirectoryProfessional.h"

#include <QDate>
#include <QString>

namespace sgl::workflow::directory {

/**
 * What a dossier keeps of a directory professional picked as prescriber or copy recipient, and
 * how a directory generation is dated for the user. Pure functions, no database.
 */
class DirectoryContact {
public:
    /**
     * The MSSanté address to send the report to: the professional's own mailbox (MSSanté
     * correspondence extraction) first, else the first activity's MSSanté address, else empty.
     */
    [[nodiscard]] static QString mssanteAddress(const domain::DirectoryProfessional &professional);
    /** « Dr Prénom NOM » (« Pr » for a professor, no title otherwise), as the dossier shows it. */
    [[nodiscard]] static QString displayName(const domain::DirectoryProfessional &professional);
    /** The first activity's city with its postcode (« 75012 Paris »), empty without activity. */
    [[nodiscard]] static QString city(const domain::DirectoryProfessional &professional);
    /**
     * The date of the extraction: the stamp in the published file name
     * (PS_LibreAcces_Personne_activite_202612010300.txt → 01/12/2026), else the import's end.
     */
    [[nodiscard]] static QDate extractionDate(const domain::DirectoryGeneration &generation);
};

} // namespace sgl::workflow::directory
