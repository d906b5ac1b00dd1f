#include "domain/validation/DossierComment.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

namespace sgl::domain {

Status DossierComment::check() const
{
    if (text.trimmed().isEmpty())
        return fail(errc::CommentTextRequired, Tr::tr("Le commentaire est vide."), QStringLiteral("texte"));
    if (text.size() > kMaxTextLength)
        return fail(errc::CommentTextTooLong,
                    Tr::tr("Le commentaire dépasse %1 caractères (%2).").arg(kMaxTextLength).arg(text.size()),
                    QStringLiteral("texte"));
    return {};
}

} // namespace sgl::domain
