#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::storage {

/** The biologist's answer to one reflex proposal (reflex_decisions, migration 0600). */
struct ReflexDecision {
    enum class Kind { Accepted, Declined };
    qint64 id = 0;
    qint64 dossierId = 0;
    QString ruleCode;
    QString triggerCode;
    QString triggerValue;   ///< the trigger's value when decided ("6,2"): a new value reopens the proposal
    Kind decision = Kind::Declined;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;    ///< UTC
};

/** Append-only store of reflex decisions; each insert audited as reflex.accept / reflex.decline. */
class ReflexDecisionRepository {
public:
    [[nodiscard]] static domain::Status insert(WriteTx &tx, ReflexDecision &decision, const domain::AuditActor &actor);
    /** Decisions of a dossier, oldest first. */
    [[nodiscard]] static domain::Result<QList<ReflexDecision>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
