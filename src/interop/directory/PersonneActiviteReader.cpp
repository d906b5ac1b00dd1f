#include "interop/directory/PersonneActiviteReader.h"

#include "domain/lab/RppsNumber.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/ExtractLineDecoder.h"
#include "interop/directory/PersonneActiviteFormat.h"
#include "interop/directory/Tr.h"

#include <QStringDecoder>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;
using F = PersonneActiviteFormat;

namespace {

/** Removes the end of line; false when the line had none (last line of the file). */
bool chopEndOfLine(QByteArray &raw)
{
    if (!raw.endsWith('\n'))
        return false;
    raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    return true;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QString composeAddress(const QList<QStringView> &f)
{
    QStringList parts;
    for (int c : {F::WayNumber, F::WayRepetition, F::WayTypeLabel, F::WayName})
        if (!f[c].trimmed().isEmpty())
            parts << f[c].trimmed().toString();
    return parts.join(u' ');
}

bool isMssanteAddress(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return false;
    const QString domain = email.mid(at + 1).toLower();
    return domain == u"mssante.fr"_s || domain.endsWith(u".mssante.fr"_s);
}

} // namespace

PersonneActiviteReader::PersonneActiviteReader(QIODevice &device, QString sourceName)
    : m_device(device), m_source(std::move(sourceName))
{
}

QString PersonneActiviteReader::where() const
{
    return u"%1:%2"_s.arg(m_source).arg(m_line);
}

domain::Result<QString> PersonneActiviteReader::decodeLine(const QByteArray &raw)
{
    return ExtractLineDecoder::decode(raw, m_utf8, m_line, where());
}

domain::Status PersonneActiviteReader::readHeader()
{
    QByteArray raw = m_device.readLine();
    m_bytes += raw.size();
    m_line = 1;
    m_headerRead = true;
    auto refuse = [this](QLatin1StringView code, const QString &message) {
        m_failed = true;
        return domain::fail(code, message, where());
    };
    if (raw.isEmpty())
        return refuse(errc::Empty, Tr::tr("Fichier vide : l'en-tête de l'extraction Personne_activite est absent."));
    chopEndOfLine(raw);
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3);
        m_utf8 = true;
    } else if (!isAscii(raw)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString probe = utf8(raw); // DecodedData is lazy: converting it runs the decoder
        m_utf8 = !utf8.hasError();
    }
    auto decoded = decodeLine(raw);
    if (!decoded) {
        m_failed = true;
        return std::unexpected(decoded.error());
    }
    QStringList names = decoded->split(u'|');
    if (names.size() == F::ColumnCount + 1 && names.last().isEmpty())
        names.removeLast();
    const QStringList &expected = F::header();
    for (int i = 0; i < F::ColumnCount; ++i) {
        const QString found = i < names.size() ? names[i].trimmed() : QString();
        if (found == expected[i])
            continue;
        return refuse(errc::Header,
                      found.isEmpty() && i >= names.size()
                          ? Tr::tr("En-tête incorrect : colonne %1 « %2 » absente (%3 colonnes lues, 56 attendues ; "
                                   "ce n'est pas un fichier PS_LibreAcces_Personne_activite).")
                                .arg(i + 1)
                                .arg(expected[i])
                                .arg(names.size())
                          : Tr::tr("En-tête incorrect : colonne %1 « %2 » attendue, « %3 » trouvée "
                                   "(ce n'est pas un fichier PS_LibreAcces_Personne_activite ou son format a changé).")
                                .arg(i + 1)
                                .arg(expected[i], found));
    }
    if (names.size() > F::ColumnCount)
        return refuse(errc::Header, Tr::tr("En-tête incorrect : colonne %1 « %2 » inattendue après les 56 colonnes publiées.")
                                        .arg(F::ColumnCount + 1)
                                        .arg(names[F::ColumnCount]));
    return {};
}

domain::Result<domain::DirectoryEntry> PersonneActiviteReader::parse(const QString &text, bool terminated)
{
    QList<QStringView> f = QStringView(text).split(u'|');
    const bool trailingSeparator = f.size() == F::ColumnCount + 1 && f.last().isEmpty();
    if (trailingSeparator)
        f.removeLast();
    if (!terminated && !trailingSeparator)
        return domain::fail(errc::Truncated,
                            Tr::tr("Ligne %1 : dernière ligne tronquée (ni fin de ligne ni séparateur final, %2 champs) : "
                                   "fichier incomplet, téléchargez l'extraction à nouveau.")
                                .arg(m_line)
                                .arg(f.size()),
                            where());
    if (f.size() != F::ColumnCount)
        return domain::fail(errc::FieldCount,
                            Tr::tr("Ligne %1 : %2 champs au lieu de 56.").arg(m_line).arg(f.size()), where());

    domain::DirectoryEntry e;
    e.line = m_line;
    domain::DirectoryProfessional &p = e.professional;
    auto s = [&f](int c) { return f[c].trimmed().toString(); };
    p.idType = s(F::IdType);
    p.idPp = s(F::IdPp);
    p.nationalId = s(F::NationalId);
    if (p.idPp.isEmpty())
        return domain::fail(errc::BadNationalId, Tr::tr("Ligne %1 : identifiant PP vide.").arg(m_line), where());
    if (p.idType == u"8"_s) {
        switch (domain::RppsNumber::check(p.idPp)) {
        case domain::RppsNumber::Check::Valid:
            break;
        case domain::RppsNumber::Check::WrongKey:
            return domain::fail(errc::BadRpps,
                                Tr::tr("Ligne %1 : le numéro RPPS %2 a une clé de contrôle fausse.").arg(m_line).arg(p.idPp),
                                where());
        case domain::RppsNumber::Check::WrongLength:
        case domain::RppsNumber::Check::NotDigits:
            return domain::fail(errc::BadRpps,
                                Tr::tr("Ligne %1 : numéro RPPS « %2 » invalide (11 chiffres attendus).").arg(m_line).arg(p.idPp),
                                where());
        }
    }
    if (p.nationalId != p.idType + p.idPp)
        return domain::fail(errc::BadNationalId,
                            Tr::tr("Ligne %1 : identification nationale « %2 » différente du type d'identifiant suivi de "
                                   "l'identifiant (« %3 »).")
                                .arg(m_line)
                                .arg(p.nationalId, p.idType + p.idPp),
                            where());
    p.practiceCivilityCode = s(F::PracticeCivilityCode);
    p.practiceCivility = s(F::PracticeCivilityLabel);
    p.civilityCode = s(F::CivilityCode);
    p.civility = s(F::CivilityLabel);
    p.lastName = s(F::LastName);
    p.firstName = s(F::FirstName);
    p.professionCode = s(F::ProfessionCode);
    p.profession = s(F::ProfessionLabel);
    p.categoryCode = s(F::CategoryCode);
    p.category = s(F::CategoryLabel);

    domain::DirectoryActivity &a = e.activity;
    a.skillTypeCode = s(F::SkillTypeCode);
    a.skillCode = s(F::SkillCode);
    a.skillLabel = s(F::SkillLabel);
    a.practiceModeCode = s(F::PracticeModeCode);
    a.practiceModeLabel = s(F::PracticeModeLabel);
    a.structureId = s(F::StructureId);
    a.structureName = s(F::StructureName);
    if (a.structureName.isEmpty())
        a.structureName = s(F::StructureSign);
    a.siret = s(F::Siret);
    a.finess = s(F::FinessSite);
    a.address = composeAddress(f);
    a.postcode = s(F::Postcode);
    a.cityCode = s(F::CityCode);
    a.city = s(F::CityLabel);
    a.phone = s(F::Phone);
    a.email = s(F::Email);
    if (isMssanteAddress(a.email))
        a.mssante = a.email;
    a.roleCode = s(F::RoleCode);
    a.roleLabel = s(F::RoleLabel);
    a.sectorCode = s(F::SectorCode);
    a.sectorLabel = s(F::SectorLabel);
    return e;
}

domain::Result<QList<domain::DirectoryEntry>> PersonneActiviteReader::next(int maxRows)
{
    QList<domain::DirectoryEntry> rows;
    if (m_failed || !m_headerRead)
        return domain::fail(errc::Read, Tr::tr("Lecture de l'annuaire interrompue par une erreur précédente."), where());
    rows.reserve(maxRows);
    while (rows.size() < maxRows && !m_device.atEnd()) {
        QByteArray raw = m_device.readLine();
        if (raw.isEmpty()) {
            if (m_device.atEnd())
                break;
            m_failed = true;
            return domain::fail(errc::Read, Tr::tr("Lecture impossible : %1.").arg(m_device.errorString()), where());
        }
        m_bytes += raw.size();
        ++m_line;
        const bool terminated = chopEndOfLine(raw);
        if (raw.isEmpty())
            continue;
        auto text = decodeLine(raw);
        if (!text) {
            m_failed = true;
            return std::unexpected(text.error());
        }
        auto entry = parse(*text, terminated);
        if (!entry) {
            m_failed = true;
            return std::unexpected(entry.error());
        }
        rows << std::move(*entry);
    }
    return rows;
}

} // namespace sgl::interop::directory
