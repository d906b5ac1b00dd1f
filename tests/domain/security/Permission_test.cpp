#include "domain/security/Permission.h"
#include "domain/security/UserAccount.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using P = Permission;

TEST(Permission, RolesGrantLeastPrivilege)
{
    EXPECT_TRUE(rolesGrant({Role::Secretary}, P::PatientWrite));
    EXPECT_TRUE(rolesGrant({Role::Secretary}, P::IdentityQualify));
    EXPECT_FALSE(rolesGrant({Role::Secretary}, P::ResultEnter));
    EXPECT_FALSE(rolesGrant({Role::Secretary}, P::ResultValidate));
    EXPECT_TRUE(rolesGrant({Role::Technician}, P::ResultTechnicalValidate));
    EXPECT_FALSE(rolesGrant({Role::Technician}, P::ResultValidate));
    EXPECT_FALSE(rolesGrant({Role::Technician}, P::PatientWrite));
    EXPECT_TRUE(rolesGrant({Role::Biologist}, P::ResultValidate));
    EXPECT_TRUE(rolesGrant({Role::Biologist}, P::ReportSign));
    EXPECT_FALSE(rolesGrant({Role::Biologist}, P::UserAdmin));
    EXPECT_TRUE(rolesGrant({Role::Admin}, P::UserAdmin));
    EXPECT_TRUE(rolesGrant({Role::Admin}, P::AuditVerify));
    EXPECT_FALSE(rolesGrant({Role::Admin}, P::PatientRead)); // no clinical access by default
    EXPECT_TRUE(rolesGrant({Role::Admin}, P::DispatchManage));
    EXPECT_TRUE(rolesGrant({Role::Biologist}, P::DispatchManage));
    EXPECT_FALSE(rolesGrant({Role::Technician}, P::DispatchManage));
    EXPECT_FALSE(rolesGrant({Role::Secretary}, P::DispatchManage));
    EXPECT_FALSE(rolesGrant({}, P::PatientRead));
    // Merging duplicates is identity vigilance: the desk and the biologist, never the admin alone.
    EXPECT_TRUE(rolesGrant({Role::Secretary}, P::PatientMerge));
    EXPECT_TRUE(rolesGrant({Role::Biologist}, P::PatientMerge));
    EXPECT_FALSE(rolesGrant({Role::Technician}, P::PatientMerge));
    EXPECT_FALSE(rolesGrant({Role::Admin}, P::PatientMerge));
    EXPECT_FALSE(rolesGrant({Role::Biologist}, P::PatientWrite)); // biologists consult the Accueil
}

TEST(Permission, SeveralRolesCombine)
{
    const QList<Role> both{Role::Admin, Role::Biologist};
    EXPECT_TRUE(rolesGrant(both, P::UserAdmin));
    EXPECT_TRUE(rolesGrant(both, P::ResultValidate));
    EXPECT_TRUE(rolesGrant(both, P::PatientRead));
}

TEST(Permission, EveryPermissionHasAUniqueCodeALabelAndAHolder)
{
    QSet<QString> codes;
    for (P p : allPermissions()) {
        const QString code = permissionCode(p);
        EXPECT_FALSE(code.isEmpty());
        EXPECT_FALSE(codes.contains(code)) << code.toStdString();
        codes.insert(code);
        EXPECT_EQ(permissionFromCode(code), p);
        EXPECT_FALSE(permissionLabel(p).isEmpty());
        EXPECT_TRUE(rolesGrant(allRoles(), p)) << code.toStdString();
    }
    EXPECT_FALSE(permissionFromCode(u"everything"_s));
}

TEST(UserAccount, LockExpires)
{
    UserAccount u;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_FALSE(u.isLocked(now));
    u.lockedUntil = now.addSecs(60);
    EXPECT_TRUE(u.isLocked(now));
    EXPECT_FALSE(u.isLocked(now.addSecs(61)));
}
