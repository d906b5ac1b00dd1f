#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sgl::workflow::report {

/**
 * The lab's tube-label layout stored with the other lab settings (report_settings, keys
 * "label.*"), so that every workstation and the CLI print the same labels:
 * label.width_mm, label.height_mm, label.margin_left_mm / _top_ / _right_ / _bottom_mm,
 * label.symbology ("code128" | "datamatrix"), label.barcode_height_mm, label.module_mm,
 * label.dpi (203 | 300 | 600), label.line_height_mm, label.quiet_zones ("true" | "false"),
 * label.fields (comma-separated field keys, domain::labelFieldKey: "patientName,birthDate,...").
 * Millimetres are decimals with '.' (a decimal comma is read too). A missing key keeps the
 * domain::LabelLayout default.
 */
class LabelLayoutSettings {
public:
    [[nodiscard]] static QStringList keys();

    /**
     * The layout the values describe, checked: a value that is not a number, an unknown
     * symbology or field key gives report.bad_setting naming its key (location); a layout
     * domain::LabelLayout::validate() refuses gives its first error with the location turned
     * into the setting key ("dpi" -> "label.dpi", "marginsMm" -> "label.margin_left_mm").
     */
    [[nodiscard]] static domain::Result<domain::LabelLayout> parse(const QHash<QString, QString> &values);

    /** parse(), or the default layout when the stored values are unusable (printing never stops). */
    [[nodiscard]] static domain::LabelLayout fromMap(const QHash<QString, QString> &values);

    /** Every "label.*" key with the layout's value (for saving an edited layout whole). */
    [[nodiscard]] static QHash<QString, QString> toMap(const domain::LabelLayout &layout);

    /** The setting key of a LabelLayout member named in an error location ("widthMm"). */
    [[nodiscard]] static QString keyOfMember(const QString &member);
};

} // namespace sgl::workflow::report
