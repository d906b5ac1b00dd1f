#include "domain/lab/BarcodeScheme.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

namespace sgl::domain {

namespace {

int valueOf(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QChar BarcodeScheme::mod37Check(const QString &payload)
{
    // ISO/IEC 7064, pure system MOD 37-2: p = (p + v) * 2 mod 37 for each character; the check
    // value makes the whole string congruent to 1.
    int p = 0;
    for (QChar c : payload) {
        const int v = valueOf(c);
        if (v < 0)
            return QChar();
        p = ((p + v) * 2) % 37;
    }
    const int check = (38 - p) % 37;
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*");
    return alphabet[check];
}

Status BarcodeScheme::validate() const
{
    if (prefix.size() > 4)
        return fail(errc::BarcodeBadScheme, Tr::tr("Préfixe des codes-barres « %1 » trop long (4 caractères au plus).").arg(prefix),
                    QStringLiteral("barcode.prefix"));
    for (QChar c : prefix)
        if (valueOf(c) < 0)
            return fail(errc::BarcodeBadScheme,
                        Tr::tr("Préfixe des codes-barres « %1 » : chiffres et majuscules sans accent uniquement.").arg(prefix),
                        QStringLiteral("barcode.prefix"));
    if (digits < 6 || digits > 10)
        return fail(errc::BarcodeBadScheme, Tr::tr("Nombre de chiffres des codes-barres hors de 6 à 10 (%1).").arg(digits),
                    QStringLiteral("barcode.digits"));
    return {};
}

Result<QString> BarcodeScheme::format(qint64 sequence) const
{
    if (auto ok = validate(); !ok)
        return std::unexpected(ok.error());
    qint64 limit = 1;
    for (int i = 0; i < digits; ++i)
        limit *= 10;
    if (sequence < 1 || sequence >= limit)
        return fail(errc::BarcodeExhausted,
                    Tr::tr("Numéro de tube %1 hors de la plage du schéma (%2 chiffres) : élargissez le schéma.")
                        .arg(sequence)
                        .arg(digits),
                    QStringLiteral("barcode.digits"));
    const QString payload = prefix + QStringLiteral("%1").arg(sequence, digits, 10, QLatin1Char('0'));
    return payload + mod37Check(payload);
}

bool BarcodeScheme::matches(const QString &barcode) const
{
    if (barcode.size() != prefix.size() + digits + 1 || !barcode.startsWith(prefix))
        return false;
    const QString payload = barcode.left(barcode.size() - 1);
    for (int i = prefix.size(); i < payload.size(); ++i)
        if (!payload[i].isDigit() || payload[i].unicode() > u'9')
            return false;
    const QChar check = mod37Check(payload);
    return !check.isNull() && check == barcode.back();
}

} // namespace sgl::domain
