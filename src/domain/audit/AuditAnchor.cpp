#include "domain/audit/AuditAnchor.h"

#include "domain/audit/AuditChain.h"
#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace sgl::domain {

namespace {
void addField(QByteArray &out, const QByteArray &utf8)
{
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

bool isLowerHex(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Largest integer a JSON number (double) carries exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 minimum)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || d < double(minimum) || d > kMaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(d);
}
} // namespace

QByteArray AuditAnchor::canonical() const
{
    QByteArray out;
    addField(out, kFormat.toUtf8());
    addField(out, QByteArray::number(number));
    addField(out, databaseId.toUtf8());
    addField(out, QByteArray::number(seq));
    addField(out, hash.toUtf8());
    addField(out, at.toUtf8());
    return out;
}

QString AuditAnchor::computeMac(const QByteArray &key) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(canonical(), key, QCryptographicHash::Sha256).toHex());
}

void AuditAnchor::sign(const QByteArray &key)
{
    mac = key.isEmpty() ? QString() : computeMac(key);
}

bool AuditAnchor::macMatches(const QByteArray &key) const
{
    if (key.isEmpty() || mac.size() != 64)
        return false;
    const QString expected = computeMac(key);
    // Constant time: the position of the first differing digit must not leak.
    char16_t diff = 0;
    for (qsizetype i = 0; i < 64; ++i)
        diff |= char16_t(expected[i].unicode() ^ mac[i].unicode());
    return diff == 0;
}

QByteArray AuditAnchor::toLine() const
{
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("n"), QJsonValue(number)},
                  {QStringLiteral("db"), databaseId},
                  {QStringLiteral("seq"), QJsonValue(seq)},
                  {QStringLiteral("hash"), hash},
                  {QStringLiteral("at"), at}};
    if (isSigned())
        o.insert(QStringLiteral("hmac"), mac);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AuditAnchor> AuditAnchor::fromLine(QByteArrayView line, const QString &location)
{
    auto bad = [&](const QString &why) {
        return fail(errc::AuditAnchorMalformed,
                    Tr::tr("Ligne d'ancre illisible : %1.").arg(why),
                    location);
    };
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("ce n'est pas un objet JSON"));
    const QJsonObject o = doc.object();
    static const QSet<QString> known{QStringLiteral("format"), QStringLiteral("n"),
                                     QStringLiteral("db"),     QStringLiteral("seq"),
                                     QStringLiteral("hash"),   QStringLiteral("at"),
                                     QStringLiteral("hmac")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(Tr::tr("champ inconnu « %1 »").arg(it.key()));
    }
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return bad(Tr::tr("champ « format » absent ou différent de « %1 »")
                       .arg(kFormat));
    AuditAnchor a;
    const auto n = wholeNumber(o.value(QStringLiteral("n")), 1);
    if (!n)
        return bad(Tr::tr("champ « n » absent ou pas un entier positif"));
    a.number = *n;
    a.databaseId = o.value(QStringLiteral("db")).toString();
    if (!isLowerHex(a.databaseId, 32))
        return bad(Tr::tr("champ « db » absent ou pas 32 chiffres hexadécimaux"));
    const auto seq = wholeNumber(o.value(QStringLiteral("seq")), 0);
    if (!seq)
        return bad(Tr::tr("champ « seq » absent ou pas un entier positif ou nul"));
    a.seq = *seq;
    a.hash = o.value(QStringLiteral("hash")).toString();
    if (!isLowerHex(a.hash, 64))
        return bad(Tr::tr("champ « hash » absent ou pas 64 chiffres hexadécimaux"));
    if (a.seq == 0 && a.hash != AuditChain::kGenesisHash)
        return bad(Tr::tr("une ancre de la ligne 0 porte l'empreinte initiale (64 zéros)"));
    a.at = o.value(QStringLiteral("at")).toString();
    const QDateTime at = QDateTime::fromString(a.at, Qt::ISODateWithMs);
    if (!at.isValid() || !a.at.endsWith(u'Z'))
        return bad(Tr::tr("champ « at » absent ou pas une date UTC ISO 8601 (…Z)"));
    if (o.contains(QStringLiteral("hmac"))) {
        a.mac = o.value(QStringLiteral("hmac")).toString();
        if (!isLowerHex(a.mac, 64))
            return bad(Tr::tr("champ « hmac » pas 64 chiffres hexadécimaux"));
    }
    return a;
}

} // namespace sgl::domain
