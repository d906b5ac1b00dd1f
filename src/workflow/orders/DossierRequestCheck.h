#pragma once

#include "domain/Error.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/ClinicalQuestion.h"
#include "domain/identity/Patient.h"
#include "workflow/orders/DossierRequest.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sgl::workflow::orders {

/**
 * The rules a request must satisfy before anything is stored, shared by creation and edits.
 * Refused, with the field named in the error's location:
 * - no exam (order.no_exam), an exam the catalogue lacks (order.unknown_exam), a retired one
 *   (order.retired_exam), the same exam twice (order.duplicate_exam);
 * - no prescriber name (order.prescriber_missing); an RPPS that is not 11 digits
 *   (order.bad_rpps); an MSSanté address that is not an address (order.bad_mssante); a copy
 *   without its correspondent's name (order.correspondent_missing);
 * - a prescription dated after today (order.prescription_in_future), a sampling time later than
 *   now (order.sampling_in_future, five minutes of clock drift tolerated);
 * - a ward request without its ward (order.ward_missing);
 * - the patient's MSSanté copy without a qualified INS (order.patient_copy_without_ins);
 * - a clinical question the ordered analyses require left unanswered or answered wrongly (the
 *   clinical.* errors of ClinicalQuestion::normalise).
 * Warnings (stored anyway): an RPPS whose Luhn key is wrong, a sampling time before the
 * prescription date, ordered analyses the catalogue gives no tube type.
 */
class DossierRequestCheck {
public:
    struct Checked {
        QStringList analysisCodes;        ///< active analyses of the exams, in exam order, each once
        QMap<QString, QString> answers;   ///< normalised clinical answers (stored form)
        QStringList warnings;             ///< French sentences
    };

    [[nodiscard]] static domain::Result<Checked> check(const DossierRequest &request, const domain::Catalogue &catalogue,
                                                       const domain::Patient &patient, const QDateTime &now);
    /**
     * The clinical questions that `analysisCodes` require for this patient, in the built-in
     * order: a female-only question is left out for a male patient; a question asked only after
     * a yes (pregnancy term) is included only when `answers` holds that yes.
     */
    [[nodiscard]] static QList<domain::ClinicalQuestion> requiredQuestions(const QStringList &analysisCodes,
                                                                           const domain::Catalogue &catalogue,
                                                                           domain::Sex sex,
                                                                           const QMap<QString, QString> &answers);
    /** Active analyses of `examCodes` in exam order, each once (unknown exams skipped). */
    [[nodiscard]] static QStringList analysesOf(const QStringList &examCodes, const domain::Catalogue &catalogue);
};

} // namespace sgl::workflow::orders
