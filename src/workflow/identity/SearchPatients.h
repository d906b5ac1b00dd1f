#pragma once

#include "domain/audit/AuditActor.h"
#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sgl::workflow::identity {

/**
 * What the registration screen searches with; at least a name, a birth date, an IPP, an INS or a
 * dossier number / tube barcode.
 */
struct PatientQuery {
    QString name;          ///< birth or used name, any spelling ("Dupond" finds "DUPONT")
    QDate birthDate;
    QString localId;       ///< IPP, exact
    QString insMatricule;  ///< exact
    bool approximate = true; ///< add phonetic matches to the exact ones
    int limit = 50;
    QString dossierOrSpecimen; ///< dossier number, else specimen barcode, exact (last: positional inits)
};

/**
 * Patient search for the desk: exact matches (storage::PatientRepository::search) plus, when
 * approximate, phonetic matches on birth/used name (domain::PhoneticKey through
 * storage::IdentityKeyRepository) with the same birth date when given. Merged records are never
 * returned. Audited (patient.search plus patient.read per approximate hit).
 * A dossierOrSpecimen code is resolved alone (other criteria ignored): dossier number first,
 * then specimen barcode; the patient found is returned (read audited; a merged record is replaced
 * by the record it was merged into), an unknown code gives an empty list.
 *
 * Requires Permission::PatientRead of the session (auth.forbidden / auth.no_session otherwise,
 * checked before anything is read or audited).
 */
class SearchPatients
{
public:
    SearchPatients(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<QList<domain::Patient>> run(const PatientQuery &query);
    /**
     * One patient as stored, with everything the record screen shows (identity documents seen
     * included, which search results leave out). Same permission; the read is audited
     * (patient.read). storage.not_found for an unknown id.
     */
    [[nodiscard]] domain::Result<domain::Patient> open(qint64 patientId);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
