#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"

#include <QDateTime>
#include <QList>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo's work of the day, made through the same use cases as the users' actions (never by
 * inserting rows), so that each role finds something to do when the demo opens:
 *  - secretary: a dossier whose tubes await reception (LEROY Lucas, NFS + CRP);
 *  - reception: a dossier received with a haemolysed dry tube (PETIT Emma, ionogram and
 *    creatinine): potassium sent back for a new sample (a new tube to draw and label),
 *    creatinine performed with the reservation printed on the report;
 *  - technician: a dossier whose values are entered and await technical validation (BENALI
 *    Karim, haemogram and Quick time under anticoagulant);
 *  - biologist: a dossier technically validated, awaiting biological validation (CASANOVA
 *    Pierre, fasting glucose and CRP).
 * Each step is one use-case call (OrderEntry, SpecimenReception, BenchResultEntry,
 * TechnicalValidation) under the secretary's or the technician's session: their permission
 * checks, audit rows and dossier status moves apply. Any refusal stops the seeding with its error.
 */
class DemoWorkInProgress {
public:
    struct Summary {
        int dossiers = 0;
        int results = 0;
    };

    /** `patients` by their demo local id ("DEMO-0005"); sessions of the demo accounts. */
    [[nodiscard]] static domain::Result<Summary> seed(storage::Database &db, const QList<domain::Patient> &patients,
                                                      const domain::UserSession &secretary,
                                                      const domain::UserSession &technician, const QDateTime &now);
};

} // namespace sgl::workflow
