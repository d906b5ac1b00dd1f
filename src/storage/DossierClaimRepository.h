#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QString>

namespace sgl::storage {

/**
 * The optimistic lock of the biologist's actions on a dossier. claim() is the first write of
 * every validation action: it bumps the dossier's version if it is still the one the screen
 * displayed, so that two validators acting on the same dossier at once are serialised on that
 * row (SQLite's write lock, PostgreSQL's row lock) and the second one is refused.
 */
class DossierClaimRepository {
public:
    /**
     * Bumps the version of dossier `dossierId` from `expectedVersion`; returns the new version.
     * storage.conflict when the version moved meanwhile, the French message naming who changed
     * it last ("Le dossier D261205-0003 a été modifié par biologiste2 depuis l'ouverture...");
     * storage.not_found when there is no such dossier.
     */
    [[nodiscard]] static domain::Result<int> claim(WriteTx &tx, qint64 dossierId, int expectedVersion);
    /** Login of the last change recorded on the dossier in the audit trail (reads excluded), empty when none. */
    [[nodiscard]] static domain::Result<QString> lastChangedBy(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
