#pragma once

#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ValidationState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * One step in the life of a result: the value it had and the state it left when someone entered,
 * validated, sent back for a rerun, corrected or cancelled it. The bench and the validation
 * screens show this history; nothing entered is ever overwritten without a trace.
 */
struct ResultHistoryEntry {
    qint64 id = 0;
    qint64 resultId = 0;
    QDateTime at;               ///< UTC
    QString actor;              ///< login
    QString action;             ///< ValidationAction code ("enter", "request_rerun"...) or "order"
    ValidationState stateBefore = ValidationState::Pending;
    ValidationState stateAfter = ValidationState::Pending;
    QString valueKind;          ///< resultKindCode of the value at that step
    QString valueText;          ///< the value as displayed ("> 500", "Positif", "5,4")
    std::optional<AbnormalFlag> flag;
    QString reason;             ///< rerun, dilution, correction or cancellation reason
};

/**
 * History action of a result the biologist added to a dossier at validation ("add"), beside the
 * ValidationAction codes: its reason is why the next report version is amended.
 */
[[nodiscard]] inline QString resultAddedActionCode()
{
    return QStringLiteral("add");
}

/**
 * Reason of the "validate" step of a result validated by the laboratory's auto-validation rules
 * (workflow::autoval, active mode): the report prints « validé selon les règles du laboratoire »
 * on results whose last validation step carries it. Stored data, never translated.
 */
[[nodiscard]] inline QString autoValidatedReason()
{
    return QStringLiteral("validé selon les règles du laboratoire");
}

} // namespace sgl::domain
