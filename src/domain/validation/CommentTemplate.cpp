#include "domain/validation/CommentTemplate.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

namespace sgl::domain {

namespace {

bool codeAlphabet(const QString &code, bool allowDash)
{
    for (QChar c : code) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || (allowDash && c == u'-');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool CommentTemplate::isValidCode(const QString &code)
{
    return !code.isEmpty() && code.size() <= kMaxCodeLength && codeAlphabet(code, false);
}

Status CommentTemplate::check() const
{
    if (code.isEmpty())
        return fail(errc::CommentBadCode, Tr::tr("Le code du commentaire est obligatoire."), QStringLiteral("code"));
    if (code.size() > kMaxCodeLength)
        return fail(errc::CommentBadCode,
                    Tr::tr("Le code de commentaire « %1 » dépasse %2 caractères.").arg(code).arg(kMaxCodeLength),
                    QStringLiteral("code"));
    if (!codeAlphabet(code, false))
        return fail(errc::CommentBadCode,
                    Tr::tr("Le code de commentaire « %1 » ne doit contenir que des majuscules sans accent, des "
                           "chiffres et « _ ».")
                        .arg(code),
                    QStringLiteral("code"));
    if (text.trimmed().isEmpty())
        return fail(errc::CommentTextRequired, Tr::tr("Le commentaire « %1 » n'a pas de texte.").arg(code),
                    QStringLiteral("texte"));
    if (text.size() > kMaxTextLength)
        return fail(errc::CommentTextTooLong,
                    Tr::tr("Le texte du commentaire « %1 » dépasse %2 caractères (%3).")
                        .arg(code)
                        .arg(kMaxTextLength)
                        .arg(text.size()),
                    QStringLiteral("texte"));
    if (!chapterCode.isEmpty() && (chapterCode.size() > 32 || !codeAlphabet(chapterCode, true)))
        return fail(errc::CommentBadCode,
                    Tr::tr("Commentaire « %1 » : code de chapitre « %2 » invalide.").arg(code, chapterCode),
                    QStringLiteral("chapitre"));
    return {};
}

} // namespace sgl::domain
