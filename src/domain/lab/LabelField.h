#pragma once

#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace sgl::domain {

/**
 * A piece of a tube label that a LabelLayout may print or leave out. The barcode symbol itself
 * is always printed: a tube label without it is not a tube label.
 */
enum class LabelField {
    PatientName,   ///< birth name and first name, bold
    UsedName,      ///< "Nom utilisé : ..." when distinct from the birth name
    BirthDate,     ///< dd/MM/yyyy, partial dates keep their "00"
    Sex,           ///< F, M or I
    DossierNumber, ///< bold, right of the birth date
    Priority,      ///< URGENT / VITAL in reverse video, right of the name
    BarcodeText,   ///< human-readable barcode content (under the bars, or beside a DataMatrix)
    Container,     ///< container label and code
    SpecimenType,  ///< right of the container
    SamplingTime,  ///< sampling date and time
    CopyIndex,     ///< "1/2", right of the sampling time
};

/** Every field, in declaration order. */
[[nodiscard]] QList<LabelField> allLabelFields();

/** Stable key of a field in settings and documentation ("patientName", "birthDate", ...). */
[[nodiscard]] QLatin1StringView labelFieldKey(LabelField field);

/** Field of a key written by labelFieldKey(); nullopt for anything else. */
[[nodiscard]] std::optional<LabelField> labelFieldFromKey(QStringView key);

} // namespace sgl::domain
