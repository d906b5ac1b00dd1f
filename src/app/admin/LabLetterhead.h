#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace sgl::app {

/**
 * The lab letterhead printed on every report (name, FINESS, address, phone). It is stored in
 * the database with the report settings (workflow::report::LabSettings, keys "lab.*"), so all
 * workstations and `sgl report configure` share one value; the settings dialog edits it for
 * administrators.
 */
struct LabLetterhead {
    Q_DECLARE_TR_FUNCTIONS(LabLetterhead)
public:
    QString name;
    QString finess;     ///< 9 characters: department (2 digits, 2A, 2B) + 7 digits
    QString street;
    QString postalCode;
    QString city;
    QString phone;

    /** From the report settings map ("lab.name"...); missing keys give empty fields. */
    [[nodiscard]] static LabLetterhead fromSettings(const QHash<QString, QString> &values);
    /** The "lab.*" keys of the report settings. */
    [[nodiscard]] QHash<QString, QString> toSettings() const;
    /** First invalid field, French message, location = settings key ("lab.finess"...). */
    [[nodiscard]] domain::Status validate() const;

    friend bool operator==(const LabLetterhead &, const LabLetterhead &) = default;
};

} // namespace sgl::app
