#pragma once

#include "domain/Error.h"
#include "domain/lab/Dossier.h"
#include "storage/Transaction.h"

namespace sgl::storage {

/**
 * The parts of a dossier's request kept in their own tables: the report's copies
 * (correspondents, in entry order) and the answers to clinical questions. save() replaces what
 * is stored with what the dossier holds, in the caller's transaction (the dossier's own audit
 * row names the change); load() fills them in.
 */
class DossierDetailsRepository {
public:
    [[nodiscard]] static domain::Status save(WriteTx &tx, const domain::Dossier &dossier);
    [[nodiscard]] static domain::Status load(ReadTx &tx, domain::Dossier &dossier);
};

} // namespace sgl::storage
