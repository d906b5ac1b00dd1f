#include "workflow/identity/CogDirectory.h"

#include "domain/identity/NameNormaliser.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QFile>

#include <algorithm>

namespace sgl::workflow::identity {

using domain::fail;

namespace {

const QString kLocation = QStringLiteral("birthPlaceCog");
const QString kHeader = QStringLiteral("code;type;nom;rattachement;fin;autres_noms");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

std::optional<CogPlaceKind> kindFromText(const QString &text)
{
    if (text == QLatin1String("commune"))
        return CogPlaceKind::Commune;
    if (text == QLatin1String("arrondissement"))
        return CogPlaceKind::Arrondissement;
    if (text == QLatin1String("pays"))
        return CogPlaceKind::Country;
    if (text == QLatin1String("territoire"))
        return CogPlaceKind::Territory;
    if (text == QLatin1String("ancien_pays"))
        return CogPlaceKind::FormerCountry;
    return std::nullopt;
}

bool isForeignKind(CogPlaceKind kind)
{
    return kind == CogPlaceKind::Country || kind == CogPlaceKind::Territory || kind == CogPlaceKind::FormerCountry;
}

int kindOrder(CogPlaceKind kind)
{
    return static_cast<int>(kind);
}

/** The normalised name, then every suffix starting at a word ("SAINT DENIS", "DENIS"). */
void appendKeys(const QString &text, QStringList &keys)
{
    const QString norm = domain::NameNormaliser::forComparison(text);
    if (norm.isEmpty())
        return;
    keys << norm;
    for (qsizetype i = 1; i < norm.size(); ++i) {
        if (norm.at(i - 1) == QLatin1Char(' '))
            keys << norm.mid(i);
    }
}

} // namespace

const CogDirectory &CogDirectory::instance()
{
    static const CogDirectory directory = [] {
        const QString path = QStringLiteral(":/cog/cog.csv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            CogDirectory empty;
            empty.m_loadError = Tr::tr("Référentiel COG introuvable (%1) : les codes ne peuvent pas être vérifiés.").arg(path);
            return empty;
        }
        auto parsed = parse(file.readAll(), path);
        if (!parsed) {
            CogDirectory empty;
            empty.m_loadError = parsed.error().toString();
            return empty;
        }
        return std::move(*parsed);
    }();
    return directory;
}

domain::Result<CogDirectory> CogDirectory::parse(const QByteArray &csv, const QString &sourceName)
{
    CogDirectory dir;
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(sourceName).arg(i + 1);
        if (!headerSeen) {
            if (line.startsWith(QChar(0xFEFF)))
                line.remove(0, 1);
            if (line != kHeader)
                return fail(errc::CogData,
                            Tr::tr("En-tête du référentiel COG inattendu : « %1 » (attendu « %2 »).").arg(line, kHeader), where);
            headerSeen = true;
            continue;
        }
        const QStringList f = line.split(QLatin1Char(';'));
        if (f.size() != 6)
            return fail(errc::CogData,
                        Tr::tr("Ligne du référentiel COG mal formée : %1 colonnes au lieu de 6.").arg(f.size()), where);
        CogPlace place;
        place.code = normalise(f.at(0));
        if (auto ok = validateSyntax(place.code); !ok)
            return fail(errc::CogData, ok.error().message, where);
        const auto kind = kindFromText(f.at(1).trimmed());
        if (!kind)
            return fail(errc::CogData,
                        Tr::tr("Type de lieu inconnu « %1 » (commune, arrondissement, pays, territoire, ancien_pays).").arg(f.at(1)),
                        where);
        place.kind = *kind;
        if (isForeignKind(place.kind) != place.isAbroad())
            return fail(errc::CogData,
                        Tr::tr("Le code « %1 » ne correspond pas au type « %2 » (99xxx pour un pays, et seulement pour un pays).")
                            .arg(place.code, f.at(1)),
                        where);
        place.name = f.at(2).trimmed();
        place.attachment = f.at(3).trimmed();
        place.otherNames = f.at(5).trimmed();
        if (place.name.isEmpty())
            return fail(errc::CogData, Tr::tr("Nom du lieu absent pour le code « %1 ».").arg(place.code), where);
        if (place.attachment.isEmpty() && place.kind != CogPlaceKind::Country && place.kind != CogPlaceKind::FormerCountry)
            return fail(errc::CogData,
                        Tr::tr("Rattachement (département ou pays) absent pour le code « %1 ».").arg(place.code), where);
        const QString fin = f.at(4).trimmed();
        if (place.kind == CogPlaceKind::FormerCountry) {
            bool ok = false;
            place.endYear = fin.toInt(&ok);
            if (!ok || place.endYear < 1900 || place.endYear > 2100)
                return fail(errc::CogData,
                            Tr::tr("Année de fin invalide « %1 » pour l'ancien pays « %2 ».").arg(fin, place.code), where);
        } else if (!fin.isEmpty()) {
            return fail(errc::CogData,
                        Tr::tr("Année de fin « %1 » donnée pour « %2 », qui n'est pas un ancien pays.").arg(fin, place.code), where);
        }
        if (dir.m_byCode.contains(place.code))
            return fail(errc::CogData, Tr::tr("Code « %1 » en double dans le référentiel COG.").arg(place.code), where);
        QStringList keys;
        appendKeys(place.name, keys);
        appendKeys(place.otherNames, keys);
        dir.m_byCode.insert(place.code, dir.m_places.size());
        dir.m_places.append(place);
        dir.m_searchKeys.append(keys);
    }
    if (!headerSeen)
        return fail(errc::CogData, Tr::tr("Référentiel COG vide."), sourceName);
    return dir;
}

QString CogDirectory::normalise(const QString &code)
{
    return code.trimmed().toUpper();
}

domain::Status CogDirectory::validateSyntax(const QString &code)
{
    if (code.isEmpty())
        return fail(errc::CogEmpty, Tr::tr("Code du lieu de naissance absent."), kLocation);
    if (code.size() != 5)
        return fail(errc::CogLength,
                    Tr::tr("Code du lieu de naissance « %1 » invalide : 5 caractères attendus, %2 saisis.")
                        .arg(code)
                        .arg(code.size()),
                    kLocation);
    const bool corsica = code.at(0) == QLatin1Char('2') && (code.at(1) == QLatin1Char('A') || code.at(1) == QLatin1Char('B'));
    const bool head = corsica || (isDigit(code.at(0)) && isDigit(code.at(1)));
    const bool tail = isDigit(code.at(2)) && isDigit(code.at(3)) && isDigit(code.at(4));
    if (!head || !tail)
        return fail(errc::CogSyntax,
                    Tr::tr("Code du lieu de naissance « %1 » invalide : 2 chiffres (2A ou 2B pour la Corse) puis 3 chiffres "
                       "pour une commune, 99 puis 3 chiffres pour un pays étranger.")
                        .arg(code),
                    kLocation);
    return {};
}

domain::Result<CogCheck> CogDirectory::check(const QString &input) const
{
    CogCheck out;
    out.code = normalise(input);
    if (auto ok = validateSyntax(out.code); !ok)
        return std::unexpected(ok.error());
    out.place = find(out.code);
    if (out.code == QLatin1String("99100"))
        out.warning = Tr::tr("99100 (France) ne désigne pas un lieu de naissance : pour une naissance en France, "
                         "saisir le code de la commune.");
    else if (out.code == QLatin1String("75056") || out.code == QLatin1String("69123") || out.code == QLatin1String("13055"))
        out.warning = Tr::tr("Paris, Lyon et Marseille : la naissance est enregistrée par arrondissement "
                         "(75101 à 75120, 69381 à 69389, 13201 à 13216).");
    else if (out.code.startsWith(QLatin1String("20")))
        out.warning = Tr::tr("Corse : les codes commencent par 2A ou 2B, pas par 20.");
    return out;
}

std::optional<CogPlace> CogDirectory::find(const QString &code) const
{
    const auto it = m_byCode.constFind(normalise(code));
    if (it == m_byCode.constEnd())
        return std::nullopt;
    return m_places.at(*it);
}

QList<CogPlace> CogDirectory::search(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return {};
    struct Hit {
        int rank;
        qsizetype index;
    };
    QList<Hit> hits;
    const bool byCode = isDigit(trimmed.at(0));
    if (byCode) {
        const QString prefix = normalise(trimmed);
        for (qsizetype i = 0; i < m_places.size(); ++i) {
            if (m_places.at(i).code.startsWith(prefix))
                hits.append({0, i});
        }
    } else {
        const QString query = domain::NameNormaliser::forComparison(trimmed);
        if (query.isEmpty())
            return {};
        for (qsizetype i = 0; i < m_places.size(); ++i) {
            const QStringList &keys = m_searchKeys.at(i);
            if (keys.isEmpty())
                continue;
            int rank = -1;
            if (keys.first() == query)
                rank = 0;
            else if (keys.first().startsWith(query))
                rank = 1;
            else if (std::any_of(keys.cbegin() + 1, keys.cend(), [&](const QString &k) { return k.startsWith(query); }))
                rank = 2;
            if (rank >= 0)
                hits.append({rank, i});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [this, byCode](const Hit &a, const Hit &b) {
        if (byCode)
            return m_places.at(a.index).code < m_places.at(b.index).code;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const CogPlace &pa = m_places.at(a.index);
        const CogPlace &pb = m_places.at(b.index);
        if (kindOrder(pa.kind) != kindOrder(pb.kind))
            return kindOrder(pa.kind) < kindOrder(pb.kind);
        const QString &ka = m_searchKeys.at(a.index).value(0);
        const QString &kb = m_searchKeys.at(b.index).value(0);
        if (ka != kb)
            return ka < kb;
        return pa.code < pb.code;
    });
    QList<CogPlace> out;
    for (const Hit &h : hits) {
        if (out.size() >= limit)
            break;
        out.append(m_places.at(h.index));
    }
    return out;
}

QString CogDirectory::describe(const CogPlace &place)
{
    switch (place.kind) {
    case CogPlaceKind::Commune:
    case CogPlaceKind::Arrondissement:
        return Tr::tr("%1 (%2)").arg(place.name, place.attachment);
    case CogPlaceKind::Country:
        return Tr::tr("%1 (pays)").arg(place.name);
    case CogPlaceKind::Territory:
        return Tr::tr("%1 (territoire, %2)").arg(place.name, place.attachment);
    case CogPlaceKind::FormerCountry:
        return Tr::tr("%1 (ancien pays, jusqu'en %2)").arg(place.name).arg(place.endYear);
    }
    return place.name;
}

QString CogDirectory::label(const CogPlace &place)
{
    return QStringLiteral("%1 — %2").arg(place.code, describe(place));
}

} // namespace sgl::workflow::identity
