#pragma once

#include "domain/Sex.h"
#include "domain/lab/LabelField.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * What one tube label shows, independent of how it is stored or printed. Built by the order
 * workflow from the patient, the dossier and one tube; drawn by interop/labels (QPainter, PDF,
 * printer, ZPL) under a LabelLayout that says which of these fields are printed.
 *
 * Contract: plain value; no field is checked here (the layout checks the barcode content, the
 * renderer fits or elides text). Texts are printed as given, accents kept.
 */
struct TubeLabel {
    /** Priority mark printed in reverse video; Routine prints nothing. */
    enum class Priority { Routine, Urgent, Vital };

    QString birthName;      ///< nom de naissance, e.g. "DURAND"
    QString usedName;       ///< nom utilisé; printed only when not empty and not the birth name
    QString firstName;      ///< prénom (premier prénom de naissance or used first name)
    QString birthDate;      ///< "YYYY-MM-DD"; "00" day/month parts for a partial date (INSi); empty when unknown
    Sex sex = Sex::Unknown;
    QString dossierNumber;  ///< lab dossier number, e.g. "D2026-000123"
    QString barcode;        ///< tube barcode content, encoded in the symbol
    QString containerLabel; ///< e.g. "Tube sec"
    QString containerCode;  ///< e.g. "SEC"
    QString specimenType;   ///< e.g. "Sérum"
    std::optional<QDateTime> sampledAt; ///< sampling date/time; printed in local time
    Priority priority = Priority::Routine;
    int copyIndex = 1;      ///< 1-based index of this copy among copyCount
    int copyCount = 1;      ///< copies of this label printed for the tube

    /** "DURAND Claire": birth name, then first name. */
    [[nodiscard]] QString patientNameText() const;
    /** "Nom utilisé : MARTIN", or empty when there is no distinct used name. */
    [[nodiscard]] QString usedNameText() const;
    /** "12/03/1985"; a partial date keeps its "00" parts ("00/00/1975"); empty when unknown. */
    [[nodiscard]] QString birthDateText() const;
    /** "F", "M" or "I" (indéterminé). */
    [[nodiscard]] QString sexText() const;
    /** "Tube sec (SEC)"; the label alone or the code alone when the other is empty. */
    [[nodiscard]] QString containerText() const;
    /** "Prél. 12/03/2026 08:15" in local time, or empty when the sampling time is unknown. */
    [[nodiscard]] QString samplingText() const;
    /** "URGENT", "VITAL", or empty for a routine tube. */
    [[nodiscard]] QString priorityText() const;
    /** "1/2" (copy index / copy count). */
    [[nodiscard]] QString copyText() const;
    /** The text printed for one field (one of the *Text() above, the dossier number, the specimen type or the barcode). */
    [[nodiscard]] QString text(LabelField field) const;
    /** The texts of `fields` that are not empty, joined by a space (several fields on one line). */
    [[nodiscard]] QString text(const QList<LabelField> &fields) const;

    friend bool operator==(const TubeLabel &, const TubeLabel &) = default;
};

} // namespace sgl::domain
