#include "domain/identity/IdentityTraitsValidator.h"

#include "domain/ErrorCodes.h"
#include "domain/identity/NameNormaliser.h"
#include "domain/Tr.h"

#include <QRegularExpression>

namespace sgl::domain {

namespace {

bool hasForbiddenCharacters(const QString &s)
{
    for (const QChar c : s)
        if (c.isDigit() || (!c.isLetter() && !c.isSpace() && !c.isMark() && c != QLatin1Char('-')
                            && c != QLatin1Char('\'') && c != QChar(0x2019)))
            return true;
    return false;
}

Result<QString> name(const QString &value, const char *field, bool required, QLatin1StringView requiredCode)
{
    const QString f = QString::fromLatin1(field);
    if (hasForbiddenCharacters(value))
        return fail(errc::IdentityInvalidCharacters,
                    Tr::tr("Caractères non autorisés dans « %1 » (lettres, espace, tiret et apostrophe uniquement).")
                        .arg(value),
                    f);
    const QString n = NameNormaliser::forInsi(value);
    if (required && n.isEmpty())
        return fail(QString(requiredCode), Tr::tr("Ce champ est obligatoire."), f);
    return n;
}

} // namespace

Result<IdentityTraits> IdentityTraitsValidator::normalise(const IdentityTraits &in, QDate today)
{
    IdentityTraits out = in;
    auto bn = name(in.birthName, "birthName", true, errc::IdentityBirthNameRequired);
    if (!bn)
        return std::unexpected(bn.error());
    out.birthName = *bn;
    auto fn = name(in.firstBirthName, "firstBirthName", true, errc::IdentityFirstNameRequired);
    if (!fn)
        return std::unexpected(fn.error());
    out.firstBirthName = *fn;
    out.birthFirstNames.clear();
    for (const QString &p : in.birthFirstNames) {
        auto n = name(p, "birthFirstNames", false, {});
        if (!n)
            return std::unexpected(n.error());
        if (!n->isEmpty())
            out.birthFirstNames << *n;
    }
    if (out.birthFirstNames.isEmpty())
        out.birthFirstNames << out.firstBirthName;
    if (out.birthFirstNames.first() != out.firstBirthName)
        return fail(errc::IdentityFirstNamesMismatch,
                    Tr::tr("La liste des prénoms de naissance doit commencer par le premier prénom (%1).")
                        .arg(out.firstBirthName),
                    QStringLiteral("birthFirstNames"));
    auto un = name(in.usedName, "usedName", false, {});
    if (!un)
        return std::unexpected(un.error());
    out.usedName = *un;
    auto ufn = name(in.usedFirstName, "usedFirstName", false, {});
    if (!ufn)
        return std::unexpected(ufn.error());
    out.usedFirstName = *ufn;

    static const QRegularExpression rawRe(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (in.birthDate.isValid()) {
        if (in.birthDate > today || in.birthDate.year() < 1880)
            return fail(errc::IdentityBirthDate,
                        Tr::tr("Date de naissance invraisemblable : %1.").arg(in.birthDate.toString(QStringLiteral("dd/MM/yyyy"))),
                        QStringLiteral("birthDate"));
        out.birthDateRaw = in.birthDate.toString(Qt::ISODate);
    } else {
        const auto m = rawRe.match(in.birthDateRaw);
        const int y = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int mo = m.hasMatch() ? m.captured(2).toInt() : 99;
        const int d = m.hasMatch() ? m.captured(3).toInt() : 99;
        if (!m.hasMatch() || y < 1880 || y > today.year() || mo > 12 || d > 31 || (mo == 0 && d != 0))
            return fail(errc::IdentityBirthDate,
                        Tr::tr("Date de naissance manquante ou invalide."), QStringLiteral("birthDate"));
    }
    static const QRegularExpression cogRe(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    out.birthPlaceCog = in.birthPlaceCog.trimmed().toUpper();
    if (!out.birthPlaceCog.isEmpty() && !cogRe.match(out.birthPlaceCog).hasMatch())
        return fail(errc::IdentityBirthPlace,
                    Tr::tr("Code COG du lieu de naissance invalide « %1 » (5 caractères : commune INSEE, 2A/2B pour la "
                       "Corse, 99 + pays pour l'étranger).").arg(in.birthPlaceCog),
                    QStringLiteral("birthPlaceCog"));
    return out;
}

} // namespace sgl::domain
