#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo's coded comments (issue 12 item 2), through the same use cases as the users:
 * the library an administrator would set up (CommentLibrary), and on one dossier of the
 * biologist's queue a printed and an internal comment (ValidationComments).
 */
class DemoComments {
public:
    /** Twelve French templates (HEMOL, CTRL, CONF, INRCIBLE...); existing codes are left alone. Returns how many were added. */
    [[nodiscard]] static domain::Result<int> seedLibrary(storage::Database &db, const domain::UserSession &admin);
    /**
     * On dossier `dossierId`, as `biologist` would: CTRL (printed) on the result of
     * `analysisCode`, and an internal note on the whole dossier.
     */
    [[nodiscard]] static domain::Status seedOnDossier(storage::Database &db, const domain::UserSession &biologist,
                                                      qint64 dossierId, const QString &analysisCode);
};

} // namespace sgl::workflow
