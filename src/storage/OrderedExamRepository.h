#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/lab/OrderedExam.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/** The exams ordered in a dossier (dossier_exams). Changes are audited in the caller's transaction. */
class OrderedExamRepository {
public:
    /** Stores an ordered exam; sets its id. storage.duplicate when the exam is already ordered (not cancelled). */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, domain::OrderedExam &exam, const domain::AuditActor &actor);
    /** Every exam of the dossier, cancelled ones included, in order of entry. */
    [[nodiscard]] static domain::Result<QList<domain::OrderedExam>> forDossier(ReadTx &tx, qint64 dossierId);
    /** Marks an ordered exam cancelled with who, when and why; storage.conflict when it is no longer ordered. */
    [[nodiscard]] static domain::Status cancel(WriteTx &tx, domain::OrderedExam &exam, const QString &reason,
                                               const domain::AuditActor &actor);
};

} // namespace sgl::storage
