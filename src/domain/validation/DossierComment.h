#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/**
 * A biologist's comment on a dossier (resultId 0) or on one of its results: from a template of
 * the library (templateCode, its text possibly edited) or free text (templateCode empty).
 * `printed` comments go on the report (under the result, or as the report's general comment);
 * internal ones never leave the laboratory. Patient data: reads are audited. Never deleted:
 * removing marks it with who, when and why, and it stays in the dossier's history.
 */
struct DossierComment {
    static constexpr qsizetype kMaxTextLength = 500;

    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 resultId = 0;        ///< 0: the whole dossier
    QString analysisCode;       ///< of resultId, filled when read (empty for the dossier)
    QString templateCode;       ///< empty: free text
    QString text;
    bool printed = false;       ///< on the report; false: internal
    QString author;             ///< login
    QDateTime at;               ///< UTC
    bool removed = false;
    QString removedBy;          ///< login
    QDateTime removedAt;        ///< UTC
    QString removalReason;

    /** Text not blank (comment.text_required), at most 500 characters (comment.text_too_long). */
    [[nodiscard]] Status check() const;
    /** True when the comment reaches the report: printed and not removed. */
    [[nodiscard]] bool onReport() const { return printed && !removed; }
};

} // namespace sgl::domain
