#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * The record that a critical value was telephoned (or otherwise told) to the prescriber or the
 * ward before validation: who was called, how, when, and either the read-back confirmed by the
 * person called (relecture) or, when nobody could be reached, the escalation taken (on-call
 * physician, emergency services...). Kept per dossier and result; never changed once recorded
 * (a second call is a second record).
 */
struct CallBack {
    enum class Method { Phone, InPerson, Mssante, Other };

    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 resultId = 0;
    QString analysisCode;
    QString valueText;       ///< the value told, as displayed ("2,1 mmol/L"), copied at recording
    QString calledName;      ///< "Dr Claire BERNARD", "IDE service cardiologie"
    Method method = Method::Phone;
    QDateTime calledAt;      ///< UTC
    bool readBack = false;   ///< the person called repeated the value back
    bool unreachable = false;
    QString escalation;      ///< what was done when unreachable; required then
    QString comment;
    QString recordedBy;      ///< login
    QDateTime recordedAt;    ///< UTC

    /**
     * The record can be stored: a name called; a call time not in the future (`now` plus five
     * minutes of clock drift); reached with read-back confirmed, or unreachable with the
     * escalation written. Errors callback.called_required, callback.future_time,
     * callback.read_back_required, callback.escalation_required (French messages naming the analysis).
     */
    [[nodiscard]] Status check(const QDateTime &now) const;
    /** True when the record releases the critical value for validation (check() passed). */
    [[nodiscard]] bool satisfies() const { return (readBack && !unreachable) || (unreachable && !escalation.trimmed().isEmpty()); }
};

/** "phone", "in_person", "mssante", "other". */
[[nodiscard]] QString callBackMethodCode(CallBack::Method method);
[[nodiscard]] std::optional<CallBack::Method> callBackMethodFromCode(const QString &code);
/** French label: "Téléphone", "En personne", "MSSanté", "Autre". */
[[nodiscard]] QString callBackMethodLabel(CallBack::Method method);

} // namespace sgl::domain
