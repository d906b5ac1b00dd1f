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
 * The biologist's queue of the demo (issue 12 item 8), made through the same use cases as the
 * users' actions (order, tube reception, bench entry, technical validation, biological
 * validation, unvalidation), never by inserting rows:
 *  - a critical potassium awaiting its call-back (SANTONI Marie, urgent ionogram, K 6,9 mmol/L);
 *  - a delta alert against the antériorités (CASANOVA Pierre, creatinine 165 µmol/L against
 *    98 the day before: the demo catalogue's creatinine delta rule, +50 % within 30 days);
 *  - two clean dossiers that batch release takes (ADRUN Zoé fasting glucose, PETIT Emma CRP);
 *  - a partial dossier waiting for a late analysis (BENALI Karim: ionogram validated with a
 *    partial report, CRP to validate, HbA1c still at the bench);
 *  - an amended report (MARTIN Claire, CRP validated, unvalidated with its reason, validated
 *    again: version 2 replacing version 1).
 * Any refusal stops the seeding with its error.
 */
class DemoValidationQueue {
public:
    struct Summary {
        int dossiers = 0;
        int results = 0;
        qint64 deltaDossierId = 0; ///< the delta alert dossier (CASANOVA, creatinine)
        qint64 swappedDossierId = 0; ///< PETIT's blood count holding MARTIN's blood (series cross-check)
    };

    /** `patients` by their demo local id ("DEMO-0003"); sessions of the demo accounts. */
    [[nodiscard]] static domain::Result<Summary> seed(storage::Database &db, const QList<domain::Patient> &patients,
                                                      const domain::UserSession &secretary,
                                                      const domain::UserSession &technician,
                                                      const domain::UserSession &biologist, const QDateTime &now);
};

} // namespace sgl::workflow
