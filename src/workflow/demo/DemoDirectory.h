#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

namespace sgl::workflow {

/**
 * The demo's Annuaire Santé: a synthetic extract of a few hundred professionals (exact header,
 * Windows-1252, invented names, valid RPPS keys), imported by the administrator through
 * DirectoryImport like a real one, so that search and RPPS checks have something to find,
 * together with its SavoirFaire, Dipl_AutExerc and MSSanté correspondence files
 * (SyntheticDirectoryFiles): the prescriber and the biologist have personal MSSanté boxes.
 *
 * The demo's own prescriber (« Dr Paul Prescripteur », RPPS 10100000016) and biologist
 * (10101010105) are added only when their RPPS has a valid Luhn key: the import refuses a wrong
 * key, and these two numbers currently have one (see docs/interfaces/annuaire-sante.md). A
 * named MSSanté correspondent with a valid number is always added.
 */
class DemoDirectory {
public:
    /** Lines of the demo extract. */
    static constexpr int kRows = 400;
    /** The named correspondent of the demo extract (valid RPPS key, MSSanté address). */
    static constexpr const char16_t *kCorrespondentRpps = u"10000000017";

    /** Writes the extract in a temporary file and imports it; returns the number of professionals. */
    [[nodiscard]] static domain::Result<qint64> seed(storage::Database &db, const domain::UserSession &admin);
};

} // namespace sgl::workflow
