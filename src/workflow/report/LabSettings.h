#pragma once

#include "domain/Error.h"
#include "domain/lab/BarcodeScheme.h"
#include "domain/lab/LabelLayout.h"
#include "domain/report/ReportContent.h"
#include "domain/security/UserSession.h"

#include <QHash>
#include <QStringList>

namespace sgl::storage {
class Database;
class ReadTx;
} // namespace sgl::storage

namespace sgl::workflow::report {

/**
 * The lab identity printed and coded on every report (FINESS, name, address, phone, COFRAC,
 * practice setting) and the lab's OID root, from which the report identifiers derive:
 * documents <root>.1, IPP <root>.2, orders <root>.3, specimens <root>.4.
 * Stored in report_settings (`sgl report configure`).
 */
struct LabSettings {
    domain::Organisation laboratory;
    QString oidRoot;
    domain::BarcodeScheme barcodeScheme; ///< "barcode.prefix", "barcode.digits" (default: no prefix, 8 digits)
    domain::LabelLayout labelLayout;     ///< "label.*" (LabelLayoutSettings); default layout when unset

    [[nodiscard]] QString documentRoot() const { return oidRoot + QStringLiteral(".1"); }
    [[nodiscard]] QString ippRoot() const { return oidRoot + QStringLiteral(".2"); }
    [[nodiscard]] QString orderRoot() const { return oidRoot + QStringLiteral(".3"); }
    [[nodiscard]] QString specimenRoot() const { return oidRoot + QStringLiteral(".4"); }
    /** Code system of the laboratory's value lists (coded results typed at the bench). */
    [[nodiscard]] QString valueListRoot() const { return oidRoot + QStringLiteral(".5"); }

    /** Setting keys accepted by save() ("lab.finess", "oid.root"...). */
    [[nodiscard]] static QStringList keys();
    /**
     * FINESS syntax: 9 characters, the first two the département code, so Corsica's "2A"/"2B"
     * occupy characters 1-2 (2A0001234); the other seven are digits. No key is checked (FINESS
     * numbers carry a Luhn key, but FINESS-ET test numbers in use do not always satisfy it).
     */
    [[nodiscard]] static bool isValidFiness(const QString &finess);
    [[nodiscard]] static LabSettings fromMap(const QHash<QString, QString> &values);
    [[nodiscard]] static domain::Result<LabSettings> load(storage::Database &db);
    /** load() inside the caller's transaction. */
    [[nodiscard]] static domain::Result<LabSettings> loadIn(storage::ReadTx &tx);
    /**
     * Checks that `by` may configure the system (Permission::SystemConfig, else auth.forbidden),
     * validates then stores the given keys (unknown key or invalid value: report.bad_setting);
     * label keys are checked together with those already stored (the whole layout must be
     * printable, LabelLayoutSettings::parse). Nothing is stored on any error.
     */
    [[nodiscard]] static domain::Status save(storage::Database &db, const domain::UserSession &by,
                                             const QHash<QString, QString> &values);
};

} // namespace sgl::workflow::report
