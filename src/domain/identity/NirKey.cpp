#include "domain/identity/NirKey.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"


namespace sgl::domain {

namespace {

} // namespace

std::optional<int> NirKey::compute(const QString &matricule)
{
    if (matricule.size() != 13)
        return std::nullopt;
    QString digits = matricule.toUpper();
    // Positions 6-7 (1-based) hold the birth département; only there may letters appear.
    const QString dept = digits.mid(5, 2);
    if (dept == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (dept == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    quint64 n = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        n = n * 10 + static_cast<quint64>(c.unicode() - u'0');
    }
    return 97 - static_cast<int>(n % 97);
}

QString NirKey::computeText(const QString &matricule)
{
    const auto key = compute(matricule);
    return key ? QStringLiteral("%1").arg(*key, 2, 10, QLatin1Char('0')) : QString();
}

Status NirKey::check(const QString &matricule, const QString &key)
{
    const auto expected = compute(matricule);
    if (!expected)
        return fail(errc::InsMatriculeFormat,
                    Tr::tr("Le matricule INS doit comporter 13 caractères (chiffres, 2A ou 2B pour la Corse) : « %1 »")
                        .arg(matricule),
                    QStringLiteral("matricule"));
    bool ok = false;
    const int k = key.toInt(&ok);
    if (key.size() != 2 || !ok || !key[0].isDigit() || !key[1].isDigit())
        return fail(errc::InsKeyFormat,
                    Tr::tr("La clé du matricule INS doit comporter 2 chiffres : « %1 »").arg(key),
                    QStringLiteral("cle"));
    if (k != *expected)
        return fail(errc::InsNirKeyMismatch,
                    Tr::tr("La clé %1 ne correspond pas au matricule %2 (clé attendue : %3).")
                        .arg(key, matricule, computeText(matricule)),
                    QStringLiteral("cle"));
    return {};
}

} // namespace sgl::domain
