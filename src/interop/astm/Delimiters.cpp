#include "interop/astm/Delimiters.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

namespace sgl::interop::astm {

namespace {

bool usable(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7F && !c.isLetterOrNumber();
}

} // namespace

domain::Result<Delimiters> Delimiters::fromHeader(QStringView line)
{
    const auto bad = [](const QString &why) {
        return domain::fail(errc::BadDelimiters,
                            Tr::tr("Délimiteurs de l'en-tête H invalides : %1.").arg(why),
                            QStringLiteral("H-2"));
    };
    if (line.size() < 4 || line.at(0) != u'H')
        return bad(Tr::tr("l'en-tête doit commencer par H suivi de trois délimiteurs au moins"));
    Delimiters d;
    d.field = line.at(1);
    d.repeat = line.at(2);
    d.component = line.at(3);
    d.hasEscape = line.size() > 4 && line.at(4) != d.field;
    if (d.hasEscape)
        d.escape = line.at(4);
    if (!usable(d.field) || !usable(d.repeat) || !usable(d.component) || (d.hasEscape && !usable(d.escape)))
        return bad(Tr::tr("« %1 » contient une lettre, un chiffre, un espace ou un caractère de contrôle")
                       .arg(line.left(d.hasEscape ? 5 : 4)));
    if (d.repeat == d.field || d.component == d.field || d.repeat == d.component
        || (d.hasEscape && (d.escape == d.repeat || d.escape == d.component)))
        return bad(Tr::tr("« %1 » déclare deux fois le même caractère").arg(line.left(d.hasEscape ? 5 : 4)));
    return d;
}

QString Delimiters::definition() const
{
    QString text{repeat};
    text += component;
    if (hasEscape)
        text += escape;
    return text;
}

} // namespace sgl::interop::astm
