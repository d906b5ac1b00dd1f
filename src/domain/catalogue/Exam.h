#pragma once

#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * A prescribable exam (panel / battery, CDA organizer BATTERY), e.g. "NFS" Hémogramme,
 * made of analyses listed in report order.
 */
struct Exam {
    QString code;           ///< local code, unique
    QString label;
    QString loinc;          ///< battery LOINC (e.g. 58410-2), may be empty
    QString chapterCode;    ///< chapter or sub-chapter the exam is printed in
    QStringList analysisCodes;
    bool retired = false;   ///< no longer prescribable; kept for history (never deleted once used)
    friend bool operator==(const Exam &, const Exam &) = default;
};

} // namespace sgl::domain
