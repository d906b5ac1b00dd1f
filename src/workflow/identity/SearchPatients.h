#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "domain/identity/Patient.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sgl::workflow::identity {

/** What the registration screen searches with; at least a name, a birth date, an IPP or an INS. */
struct PatientQuery {
    QString name;          ///< birth or used name, any spelling ("Dupond" finds "DUPONT")
    QDate birthDate;
    QString localId;       ///< IPP, exact
    QString insMatricule;  ///< exact
    bool approximate = true; ///< add phonetic matches to the exact ones
    int limit = 50;
};

/**
 * Patient search for the desk: exact matches (storage::PatientRepository::search) plus, when
 * approximate, phonetic matches on birth/used name (domain::PhoneticKey through
 * storage::IdentityKeyRepository) with the same birth date when given. Merged records are never
 * returned. Audited (patient.search plus patient.read per approximate hit).
 *
 * Requires Permission::PatientRead of the session (auth.forbidden / auth.no_session otherwise,
 * checked before anything is read or audited).
 */
class SearchPatients
{
public:
    SearchPatients(storage::Database &db, domain::UserSession session);
    [[nodiscard]] domain::Result<QList<domain::Patient>> run(const PatientQuery &query);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor; ///< derived from m_session
};

} // namespace sgl::workflow::identity
