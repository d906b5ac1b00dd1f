#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "workflow/orders/OrderEntry.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/** The steps the demo's work of the day is made of, each one use-case call under a demo account. */
class DemoSteps {
public:
    struct Entry {
        const char *code;
        const char *value;   ///< as typed at the bench ("4,2", "<1")
    };

    /** The id of the demo patient `localId` (demo.unknown_patient when absent). */
    [[nodiscard]] static domain::Result<qint64> patientId(const QList<domain::Patient> &patients, const QString &localId);
    /** OrderEntry::create by the secretary, prescribed by the demo's prescriber. */
    [[nodiscard]] static domain::Result<orders::DossierChange>
    order(storage::Database &db, const domain::UserSession &secretary, qint64 patient, const QStringList &exams,
          const QMap<QString, QString> &answers, const QDateTime &sampledAt,
          domain::Dossier::Priority priority = domain::Dossier::Priority::Routine);
    /** Every new tube of the order received (SpecimenReception::receive). */
    [[nodiscard]] static domain::Status receiveAll(storage::Database &db, const domain::UserSession &technician,
                                                   const orders::DossierChange &change);
    /** Values typed at the bench (BenchResultEntry::enterByCode); the number entered. */
    [[nodiscard]] static domain::Result<int> enter(storage::Database &db, const domain::UserSession &technician,
                                                   qint64 dossierId, const QList<Entry> &values);
};

} // namespace sgl::workflow
