#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/**
 * One coded comment of the laboratory's library ("HEMOL" « Échantillon hémolysé : … »): the
 * biologist picks it by code when validating, its text pre-fills the comment (and may be edited
 * there), `printedByDefault` pre-ticks "printed on the report". Templates are never deleted: a
 * template no longer offered is retired (`active` false) and comments already made from it keep
 * their code and text.
 */
struct CommentTemplate {
    static constexpr qsizetype kMaxCodeLength = 16;
    static constexpr qsizetype kMaxTextLength = 500;

    QString code;                 ///< A-Z, 0-9 and _, 1 to 16 characters ("INRCIBLE")
    QString text;                 ///< French text, 1 to 500 characters
    bool printedByDefault = true; ///< a comment made from it is printed on the report unless unticked
    QString chapterCode;          ///< optional catalogue chapter it is meant for (filter hint), empty for any
    bool active = true;
    int version = 0;              ///< optimistic lock of the stored row (0: not stored)
    QString updatedBy;            ///< login of the last change
    QDateTime updatedAt;          ///< UTC

    /**
     * The template can be stored: code of A-Z 0-9 _ (lower case is NOT folded here: callers
     * normalise input first), at most 16 characters (comment.bad_code); text not blank
     * (comment.text_required) and at most 500 characters (comment.text_too_long); chapter code,
     * when given, of the catalogue's code alphabet A-Z 0-9 _ - (comment.bad_code). French
     * messages name the code.
     */
    [[nodiscard]] Status check() const;

    /** True when `code` is a valid template code (see check()). */
    [[nodiscard]] static bool isValidCode(const QString &code);
};

} // namespace sgl::domain
