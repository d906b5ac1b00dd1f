#pragma once

#include "app/AppServices.h"
#include "domain/security/UserSession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace sgl::storage {
class Database;
}

namespace sgl::app::test {

/**
 * A migrated temporary SQLite database with three real accounts created through
 * workflow::UserAdmin, and the workstation services over it (real AuthService). The hash
 * iteration count is lowered so the suite stays quick; everything else is the product's.
 */
class WorkstationFixture : public ::testing::Test {
protected:
    static inline const QString kPassword = QStringLiteral("Paillasse-2026!");
    static inline const QString kAdminPassword = QStringLiteral("Parametrage-2026!");

    void SetUp() override;
    /** Opens a session the way the login dialog does (through the Authenticator). */
    [[nodiscard]] domain::UserSession login(const QString &login, const QString &password);

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    qint64 m_biologistId = 0;
    storage::Database *m_db = nullptr; ///< owned by m_services; for seeding only
};

} // namespace sgl::app::test
