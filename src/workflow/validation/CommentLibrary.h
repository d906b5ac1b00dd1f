#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "domain/validation/CommentTemplate.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>

namespace sgl::workflow::validation {

/** What an import changed. */
struct CommentImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

/**
 * The laboratory's library of coded comments (domain::CommentTemplate), offered to the
 * biologist when commenting a dossier (ValidationComments).
 *
 * - list / exportCsv: Permission CatalogueEdit or DossierRead (whoever administers or reads the
 *   library); templates by code, retired ones included unless `activeOnly`.
 * - create / update / retire / importCsv: Permission CatalogueEdit. Codes are upper-cased and
 *   texts trimmed, then checked (CommentTemplate::check: comment.bad_code, comment.text_*).
 *   create refuses an existing code (comment.duplicate_code); update and retire need the
 *   displayed `version` (storage.conflict) and an existing code (comment.unknown_template).
 *   Templates are never deleted: retire sets `active` false. Each change is audited
 *   (comment_template.create / .update) in its transaction.
 * - importCsv (CommentLibraryCsv): all or nothing in one transaction; new codes created,
 *   existing ones updated when they differ (the file wins, versions of the base kept); a bad
 *   line refuses the file (comment.csv_line naming the line).
 */
class CommentLibrary {
public:
    CommentLibrary(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<domain::CommentTemplate>> list(bool activeOnly = false);
    [[nodiscard]] domain::Result<domain::CommentTemplate> create(domain::CommentTemplate t);
    [[nodiscard]] domain::Result<domain::CommentTemplate> update(domain::CommentTemplate t);
    [[nodiscard]] domain::Result<domain::CommentTemplate> retire(const QString &code, int version);
    [[nodiscard]] domain::Result<CommentImportSummary> importCsv(const QByteArray &csv, const QString &source);
    [[nodiscard]] domain::Result<QByteArray> exportCsv();

private:
    [[nodiscard]] domain::Status mayRead() const;

    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::validation
