#pragma once

#include "domain/Error.h"
#include "domain/Sex.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * A piece of clinical information some analyses need to be interpreted (fasting for glucose and
 * lipids, pregnancy and its term, the anticoagulant for an INR, weight and height for a
 * clearance, the time of the last dose for a drug level). The list is built in; an analysis of
 * the catalogue names the questions it requires, and a dossier ordering it must answer them.
 */
struct ClinicalQuestion {
    enum class AnswerType { YesNo, Number, DateTime, Text };

    QString code;           ///< stable code stored with analyses and answers ("FASTING")
    QString label;          ///< French question shown at entry and on the validation screen
    AnswerType answerType = AnswerType::Text;
    QString unit;           ///< UCUM unit of a Number answer ("kg", "cm", "wk")
    double minimum = 0;     ///< plausible range of a Number answer, inclusive
    double maximum = 0;
    bool femaleOnly = false; ///< asked only for a female patient (pregnancy)
    QString onlyIfYes;       ///< asked only when this yes/no question is answered "Y" (term of a pregnancy)

    /** Every built-in question, in display order. */
    [[nodiscard]] static const QList<ClinicalQuestion> &builtIn();
    /** The built-in question of `code`, nullopt when unknown. */
    [[nodiscard]] static std::optional<ClinicalQuestion> find(const QString &code);

    /**
     * Checks an answer typed by a user and returns it in its stored form: "Y"/"N" for yes/no
     * (oui/non/o/n accepted), a decimal with '.' for a number (decimal comma accepted, within
     * [minimum, maximum]), ISO 8601 UTC for a date-time (dd/MM/yyyy hh:mm local accepted, not in
     * the future of `now`), trimmed text (1 to 500 characters). Errors name the question
     * (location = its code): clinical.answer_required, clinical.bad_yes_no, clinical.bad_number,
     * clinical.out_of_range, clinical.bad_date_time, clinical.future_date_time, clinical.text_too_long.
     */
    [[nodiscard]] Result<QString> normalise(const QString &typed, const QDateTime &now) const;

    /** The stored answer as the user reads it ("oui", "72,5 kg", "12/03/2026 08:30"). */
    [[nodiscard]] QString display(const QString &stored) const;
};

} // namespace sgl::domain
