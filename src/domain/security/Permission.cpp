#include "domain/security/Permission.h"

#include "domain/Tr.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
using P = Permission;
constexpr std::array<std::pair<P, const char *>, 18> kCodes{{
    {P::PatientRead, "patient.read"},
    {P::PatientWrite, "patient.write"},
    {P::IdentityQualify, "identity.qualify"},
    {P::PatientMerge, "patient.merge"},
    {P::DossierCreate, "dossier.create"},
    {P::DossierRead, "dossier.read"},
    {P::SpecimenReceive, "specimen.receive"},
    {P::ResultEnter, "result.enter"},
    {P::ResultTechnicalValidate, "result.technical_validate"},
    {P::ResultValidate, "result.validate"},
    {P::ResultCorrect, "result.correct"},
    {P::ReportSign, "report.sign"},
    {P::ReportDispatch, "report.dispatch"},
    {P::DispatchManage, "dispatch.manage"},
    {P::CatalogueEdit, "catalogue.edit"},
    {P::UserAdmin, "user.admin"},
    {P::AuditVerify, "audit.verify"},
    {P::SystemConfig, "system.config"},
}};
} // namespace

QString permissionCode(Permission permission)
{
    for (const auto &[p, c] : kCodes)
        if (p == permission)
            return QString::fromLatin1(c);
    return {};
}

std::optional<Permission> permissionFromCode(const QString &code)
{
    for (const auto &[p, c] : kCodes)
        if (code == QLatin1String(c))
            return p;
    return std::nullopt;
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const auto &[p, c] : kCodes)
        out << p;
    return out;
}

QString permissionLabel(Permission permission)
{
    const char *text = "";
    switch (permission) {
    case P::PatientRead: text = QT_TRANSLATE_NOOP("sgl::domain", "consulter un dossier patient"); break;
    case P::PatientWrite: text = QT_TRANSLATE_NOOP("sgl::domain", "modifier un dossier patient"); break;
    case P::IdentityQualify: text = QT_TRANSLATE_NOOP("sgl::domain", "qualifier une identité"); break;
    case P::PatientMerge: text = QT_TRANSLATE_NOOP("sgl::domain", "fusionner deux dossiers patient"); break;
    case P::DossierCreate: text = QT_TRANSLATE_NOOP("sgl::domain", "créer un dossier"); break;
    case P::DossierRead: text = QT_TRANSLATE_NOOP("sgl::domain", "consulter un dossier"); break;
    case P::SpecimenReceive: text = QT_TRANSLATE_NOOP("sgl::domain", "réceptionner un prélèvement"); break;
    case P::ResultEnter: text = QT_TRANSLATE_NOOP("sgl::domain", "saisir un résultat"); break;
    case P::ResultTechnicalValidate: text = QT_TRANSLATE_NOOP("sgl::domain", "valider techniquement un résultat"); break;
    case P::ResultValidate: text = QT_TRANSLATE_NOOP("sgl::domain", "valider biologiquement un résultat"); break;
    case P::ResultCorrect: text = QT_TRANSLATE_NOOP("sgl::domain", "corriger un résultat validé"); break;
    case P::ReportSign: text = QT_TRANSLATE_NOOP("sgl::domain", "signer un compte rendu"); break;
    case P::ReportDispatch: text = QT_TRANSLATE_NOOP("sgl::domain", "diffuser un compte rendu"); break;
    case P::DispatchManage: text = QT_TRANSLATE_NOOP("sgl::domain", "gérer les envois (relancer, annuler)"); break;
    case P::CatalogueEdit: text = QT_TRANSLATE_NOOP("sgl::domain", "modifier le catalogue"); break;
    case P::UserAdmin: text = QT_TRANSLATE_NOOP("sgl::domain", "administrer les utilisateurs"); break;
    case P::AuditVerify: text = QT_TRANSLATE_NOOP("sgl::domain", "vérifier la piste d'audit"); break;
    case P::SystemConfig: text = QT_TRANSLATE_NOOP("sgl::domain", "configurer le système"); break;
    }
    return Tr::tr(text);
}

QList<Permission> permissionsOf(Role role)
{
    switch (role) {
    case Role::Secretary:
        return {P::PatientRead, P::PatientWrite, P::IdentityQualify, P::PatientMerge,
                P::DossierCreate, P::DossierRead, P::SpecimenReceive};
    case Role::Technician:
        return {P::PatientRead, P::DossierRead, P::SpecimenReceive, P::ResultEnter,
                P::ResultTechnicalValidate};
    case Role::Biologist:
        return {P::PatientRead, P::PatientMerge, P::DossierRead, P::ResultEnter,
                P::ResultTechnicalValidate, P::ResultValidate, P::ResultCorrect, P::ReportSign, P::ReportDispatch,
                P::DispatchManage};
    case Role::Admin:
        return {P::CatalogueEdit, P::UserAdmin, P::AuditVerify, P::SystemConfig, P::DispatchManage};
    }
    return {};
}

bool rolesGrant(const QList<Role> &roles, Permission permission)
{
    for (Role r : roles)
        if (permissionsOf(r).contains(permission))
            return true;
    return false;
}

} // namespace sgl::domain
