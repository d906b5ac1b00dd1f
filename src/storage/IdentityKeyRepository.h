#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sgl::storage {

/**
 * Phonetic search keys of patients (table patient_identity_keys, migration 0100), computed with
 * domain::PhoneticKey from the birth name, used name and first birth name.
 *
 * Keys are written by the identity workflow on every create/edit/merge (upsert). Patients
 * created by other modules (e.g. HL7 PAM) are picked up by syncNew(), which indexes every
 * patient with an id above the highest one indexed (cheap: primary-key range). rebuildAll()
 * recomputes everything (after a PhoneticKey::version() change; CLI).
 */
class IdentityKeyRepository {
public:
    [[nodiscard]] static domain::Status upsert(WriteTx &tx, const domain::Patient &patient);
    [[nodiscard]] static domain::Result<int> syncNew(WriteTx &tx);
    [[nodiscard]] static domain::Result<int> rebuildAll(WriteTx &tx);
    /**
     * Ids of non-merged patients whose birth or used name has the phonetic key of `name`
     * (and, when valid, the given birth date), at most `limit`, lowest id first.
     */
    [[nodiscard]] static domain::Result<QList<qint64>> candidates(ReadTx &tx, const QString &name,
                                                                  const QDate &birthDate, int limit);
    /** Ids of non-merged patients born on that date (duplicate detection without a name match). */
    [[nodiscard]] static domain::Result<QList<qint64>> bornOn(ReadTx &tx, const QDate &birthDate, int limit);
};

} // namespace sgl::storage
