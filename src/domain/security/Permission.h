#pragma once

#include "domain/security/Role.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * What a use case needs; checked in workflow (workflow::requirePermission) before any work,
 * whatever the GUI shows. Role grants (least privilege):
 *  - secretary: patient read/write, identity qualification, patient merge, dossier create/read,
 *    specimen receive
 *  - technician: patient/dossier read, specimen receive, result enter, technical validation
 *  - biologist: patient/dossier read, patient merge (identity vigilance), result enter, technical
 *    and biological validation, result correction, report sign, dispatch, dispatch management
 *  - admin: user administration, catalogue edit, audit verification, system configuration,
 *    dispatch management (the outbox rows: recipient, document, state; no patient file unless
 *    also given a clinical role)
 */
enum class Permission {
    PatientRead,
    PatientWrite,
    IdentityQualify,
    PatientMerge, ///< merge a duplicate record into the surviving one (no unmerge)
    DossierCreate,
    DossierRead,
    SpecimenReceive,
    ResultEnter,
    ResultTechnicalValidate,
    ResultValidate,
    ResultCorrect,
    ReportSign,
    ReportDispatch,
    DispatchManage, ///< see, retry and cancel outbox rows (dispatch screen, `sgl dispatch status`)
    CatalogueEdit,
    UserAdmin,
    AuditVerify,
    SystemConfig
};

/** Stable code ("patient.read", "result.validate", ...), recorded in the audit trail. */
[[nodiscard]] QString permissionCode(Permission permission);
[[nodiscard]] std::optional<Permission> permissionFromCode(const QString &code);
/** French label for error messages ("valider biologiquement un résultat"). */
[[nodiscard]] QString permissionLabel(Permission permission);
[[nodiscard]] QList<Permission> permissionsOf(Role role);
[[nodiscard]] bool rolesGrant(const QList<Role> &roles, Permission permission);
[[nodiscard]] QList<Permission> allPermissions();

} // namespace sgl::domain
