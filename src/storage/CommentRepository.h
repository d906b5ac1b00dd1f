#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/validation/CommentTemplate.h"
#include "domain/validation/DossierComment.h"
#include "storage/ActionAudit.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/**
 * The comment library (comment_templates) and the biologists' comments on dossiers
 * (dossier_comments), migration 0601.
 *
 * Templates are laboratory settings, not patient data: reads are not audited; each change is
 * audited (comment_template.create / comment_template.update with before and after) and
 * optimistic (storage.conflict on a stale `version`). They are never deleted.
 *
 * Dossier comments are patient data: forDossier() is audited (comment.read_dossier), the
 * unaudited variant serves actions whose own audit row covers the read (ActionAudit). A comment
 * is never deleted nor edited: insertComment() (validation.comment_add) and markRemoved()
 * (validation.comment_remove, who/when/why kept on the row) are audited on the dossier.
 */
class CommentRepository {
public:
    /** Every template, active or not, by code. */
    [[nodiscard]] static domain::Result<QList<domain::CommentTemplate>> templates(ReadTx &tx);
    /** The template `code` (exact), nullopt when the library has none. */
    [[nodiscard]] static domain::Result<std::optional<domain::CommentTemplate>> findTemplate(ReadTx &tx,
                                                                                             const QString &code);
    /** Stores a new template (version 1, updatedBy/At from `actor` and now); storage.duplicate when the code exists. */
    [[nodiscard]] static domain::Status insertTemplate(WriteTx &tx, domain::CommentTemplate &t,
                                                       const domain::AuditActor &actor);
    /** Saves text, printed default, chapter and active if `t.version` is current; bumps it. */
    [[nodiscard]] static domain::Status updateTemplate(WriteTx &tx, domain::CommentTemplate &t,
                                                       const domain::AuditActor &actor);

    /** Stores `c` (author/at from `actor` and now when empty; resultId 0 = the dossier); sets its id. */
    [[nodiscard]] static domain::Status insertComment(WriteTx &tx, domain::DossierComment &c,
                                                      const domain::AuditActor &actor);
    /**
     * Marks comment `commentId` of dossier `dossierId` removed by `actor` now with `reason`.
     * storage.conflict when no row of that dossier is still unremoved (the use case checks
     * existence first and says which case it is; this guards the race).
     */
    [[nodiscard]] static domain::Status markRemoved(WriteTx &tx, qint64 dossierId, qint64 commentId,
                                                    const QString &reason, const domain::AuditActor &actor);
    /** Every comment of the dossier (removed ones too), oldest first, with the analysis code of
     *  result comments; audited as comment.read_dossier. */
    [[nodiscard]] static domain::Result<QList<domain::DossierComment>>
    forDossier(WriteTx &tx, qint64 dossierId, const domain::AuditActor &actor);
    /** forDossier() without its audit row (contract in ActionAudit). */
    [[nodiscard]] static domain::Result<QList<domain::DossierComment>>
    forDossierUnaudited(ReadTx &tx, qint64 dossierId, const ActionAudit &action);

private:
    static domain::Result<QList<domain::DossierComment>> readDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
