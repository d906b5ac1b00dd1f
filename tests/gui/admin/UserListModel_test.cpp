// The accounts list model, checked with QAbstractItemModelTester (Fatal: any breach of the model contract aborts the
// test) plus its content.
#include "GuiTestApp.h"

#include "app/admin/UserListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace sgl::app;
using namespace sgl::domain;

TEST(UserListModel, PassesModelTesterAndShowsState)
{
    test::guiApp();
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime now(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC);
    UserAccount a;
    a.id = 1;
    a.login = QStringLiteral("mcurie");
    a.displayName = QStringLiteral("Dr Marie Curie");
    a.roles = {Role::Biologist, Role::Admin};
    a.passwordHash = QStringLiteral("pbkdf2-sha256$1$x$y");
    UserAccount b = a;
    b.id = 2;
    b.login = QStringLiteral("ssecr");
    b.roles = {Role::Secretary};
    b.lockedUntil = now.addSecs(600);
    UserAccount c = a;
    c.id = 3;
    c.active = false;
    model.setUsers({a, b, c}, now);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, UserListModel::Roles).data().toString(),
              QStringLiteral("Biologiste, Administrateur"));
    EXPECT_EQ(model.index(0, UserListModel::State).data().toString(), QStringLiteral("Actif"));
    EXPECT_TRUE(model.index(1, UserListModel::State).data().toString().startsWith(
        QStringLiteral("Bloqué")));
    EXPECT_EQ(model.index(2, UserListModel::State).data().toString(), QStringLiteral("Désactivé"));
    EXPECT_EQ(model.index(0, UserListModel::LastLogin).data().toString(), QStringLiteral("jamais"));
    EXPECT_TRUE(model.userAt(0)->passwordHash.isEmpty()) << "the hash never reaches the view";
}
