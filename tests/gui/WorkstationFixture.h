#pragma once

#include "StorageFixture.h"

#include "app/shell/AppServices.h"
#include "domain/security/UserSession.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace sgl::storage {
class Database;
}

namespace sgl::app::test {

/**
 * A migrated temporary database with three real accounts created through workflow::UserAdmin,
 * and the workstation services over it (real AuthService). SQLite unless backend() says
 * otherwise (see OnBothBackends). The hash iteration count is lowered so the suite stays quick;
 * everything else is the product's.
 */
class WorkstationFixture : public ::testing::Test {
protected:
    /** The database the fixture runs on; OnBothBackends overrides it with the test parameter. */
    [[nodiscard]] virtual sgl::testing::Backend backend() const { return sgl::testing::Backend::Sqlite; }

    static inline const QString kPassword = QStringLiteral("Paillasse-2026!");
    static inline const QString kAdminPassword = QStringLiteral("Parametrage-2026!");

    void SetUp() override;
    /** Opens a session the way the login dialog does (through the Authenticator). */
    [[nodiscard]] domain::UserSession login(const QString &login, const QString &password);

    QTemporaryDir m_dir;
    std::unique_ptr<sgl::testing::ScratchDatabase> m_scratch; ///< PostgreSQL schema, dropped after m_services
    std::unique_ptr<AppServices> m_services;
    qint64 m_biologistId = 0;
    storage::Database *m_db = nullptr; ///< owned by m_services; for seeding only
};

/**
 * A GUI suite that writes runs on both databases: derive from OnBothBackends<Fixture>, write
 * TEST_P, and INSTANTIATE_TEST_SUITE_P(Backends, Suite, kBothBackends, sgl::testing::backendName).
 */
template <class Fixture>
class OnBothBackends : public Fixture, public ::testing::WithParamInterface<sgl::testing::Backend> {
protected:
    [[nodiscard]] sgl::testing::Backend backend() const override { return this->GetParam(); }
};

inline const auto kBothBackends = ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres);

} // namespace sgl::app::test
