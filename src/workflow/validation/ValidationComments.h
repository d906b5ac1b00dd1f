#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "domain/validation/DossierComment.h"
#include "storage/Database.h"

#include <QString>

#include <optional>

namespace sgl::workflow::validation {

/** A comment as the biologist writes it on the validation screen (or a script). */
struct CommentRequest {
    qint64 dossierId = 0;
    std::optional<int> dossierVersion; ///< displayed; nullopt: the stored one
    qint64 resultId = 0;               ///< 0: the whole dossier
    QString templateCode;              ///< empty: free text
    QString text;                      ///< empty with a template: the template's text
    std::optional<bool> printed;       ///< nullopt: the template's default (internal for free text)
};

/** The comment stored and the dossier's version after the action (for the next one). */
struct CommentOutcome {
    domain::DossierComment comment;
    int dossierVersion = 0;
};

/**
 * The biologist's coded and free comments on a dossier or one of its results, printed on the
 * report or internal (ReportAssembler prints only printed, unremoved ones). Permission
 * ResultValidate first. Each action is one write transaction that claims the dossier at the
 * displayed version (DossierClaim: storage.conflict when it changed since it was opened) and is
 * audited on the dossier (validation.comment_add / validation.comment_remove); a refusal
 * writes nothing.
 *
 * - add: from a template of the library (code normalised to upper case; comment.unknown_template
 *   naming the code when the library has none or it is retired), its text pre-filling the
 *   comment unless the request gives its own, "printed" defaulting from the template; or free
 *   text (internal unless asked). The text is checked (DossierComment::check: comment.text_*);
 *   a result not in the dossier is validation.not_in_dossier.
 * - remove: never a deletion — the comment is marked removed with who, when and the mandatory
 *   reason (comment.reason_required) and stays in the dossier's history; comment.not_found,
 *   comment.already_removed.
 */
class ValidationComments {
public:
    ValidationComments(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<CommentOutcome> add(const CommentRequest &request);
    [[nodiscard]] domain::Result<CommentOutcome> remove(qint64 dossierId, std::optional<int> dossierVersion,
                                                        qint64 commentId, const QString &reason);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
};

} // namespace sgl::workflow::validation
