#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/OrderedExam.h"
#include "domain/lab/Specimen.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>

namespace sgl::workflow::orders {

/** A dossier as the order screens show it: the request, its exams (cancelled ones too), its tubes. */
struct DossierDetails {
    domain::Dossier dossier;
    domain::Patient patient;
    QList<domain::OrderedExam> exams;
    QList<domain::Specimen> tubes;
};

/**
 * Reading dossiers for the order screens: the dossiers of a patient (newest first), one dossier
 * with its patient, exams and tubes. Every read is audited (dossier.read, patient.read) in its own
 * transaction. Requires Permission::DossierRead (auth.forbidden otherwise); storage.not_found
 * for an unknown dossier.
 */
class DossierLookup {
public:
    DossierLookup(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<domain::Dossier>> forPatient(qint64 patientId);
    [[nodiscard]] domain::Result<DossierDetails> details(qint64 dossierId);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::orders
