#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {

/** Search criteria; at least one must be set. Name matches birth or used name, any part,
 *  ignoring case and diacritics. */
struct PatientSearch {
    QString name;
    QDate birthDate;
    QString localId;        ///< IPP, exact
    QString insMatricule;   ///< 13 characters (or 15 with key), exact
    int limit = 50;
};

/**
 * The patient aggregate (patients + patient_evidence).
 *
 * Every method that returns patient data or changes it appends an audit row (who, when,
 * what, before/after) in the caller's transaction, which is why even reads take a WriteTx
 * and an AuditActor: a read that cannot be audited does not happen.
 *
 * Optimistic locking: update() succeeds only if `patient.version` is still the stored version
 * (storage.conflict otherwise) and then increments it.
 */
class PatientRepository {
public:
    /** Stores a new patient (id must be 0, localId unique); sets id and version = 1. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::Patient &patient,
                                               const domain::AuditActor &actor);
    /** Saves traits, status, INS, attributes and evidence; bumps version. */
    [[nodiscard]] static domain::Status update(WriteTx &tx, domain::Patient &patient,
                                               const domain::AuditActor &actor,
                                               const QString &reason = {});
    /** storage.not_found when absent. Audited as patient.read. */
    [[nodiscard]] static domain::Result<domain::Patient> get(WriteTx &tx, qint64 id,
                                                             const domain::AuditActor &actor);
    /**
     * get() without its audit row, for a user action whose own audit row covers this read
     * (contract in ActionAudit: same transaction only). storage.not_found when absent.
     */
    [[nodiscard]] static domain::Result<domain::Patient> getUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action);
    /**
     * getUnaudited() without the checked identity documents (`evidence` stays empty): for a
     * reader that needs the identity traits only (a result entry: sex and birth date).
     */
    [[nodiscard]] static domain::Result<domain::Patient> rowUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action);
    /** Audited as patient.read when found. */
    [[nodiscard]] static domain::Result<std::optional<domain::Patient>>
    findByLocalId(WriteTx &tx, const QString &localId, const domain::AuditActor &actor);
    /** Patients matching every given criterion (evidence not loaded), ordered by name, birth
     *  date. Audited as patient.search with the criteria and the ids returned. */
    [[nodiscard]] static domain::Result<QList<domain::Patient>>
    search(WriteTx &tx, const PatientSearch &criteria, const domain::AuditActor &actor);

    /** Number of patient records; no patient data, hence not audited. */
    [[nodiscard]] static domain::Result<qint64> count(ReadTx &tx);

    /** Upper case, no diacritics, only letters, digits, spaces, '-' and '\''. */
    [[nodiscard]] static QString searchKey(const QString &text);
};

} // namespace sgl::storage
