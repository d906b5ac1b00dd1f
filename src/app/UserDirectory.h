#pragma once

#include "domain/Error.h"
#include "domain/security/UserAccount.h"
#include "domain/security/UserSession.h"

#include <QList>

namespace sgl::storage {
class Database;
}

namespace sgl::app {

/**
 * Lists the staff accounts for the Administration screen. workflow::UserAdmin has write
 * operations only; this read use case lives here until it offers a listing (then it should
 * move there). Requires Permission::UserAdmin; password hashes are removed before returning.
 */
class UserDirectory {
public:
    explicit UserDirectory(storage::Database &db) : m_db(db) {}
    [[nodiscard]] domain::Result<QList<domain::UserAccount>> list(const domain::UserSession &by);

private:
    storage::Database &m_db;
};

} // namespace sgl::app
