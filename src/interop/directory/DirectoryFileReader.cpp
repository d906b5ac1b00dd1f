#include "interop/directory/DirectoryFileReader.h"

#include "domain/lab/RppsNumber.h"
#include "interop/directory/DirectoryFileFormat.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/ExtractLineDecoder.h"
#include "interop/directory/Tr.h"

#include <QStringDecoder>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;
using FileFormat = DirectoryFileFormat;

namespace {

bool chopLineEnd(QByteArray &raw)
{
    if (!raw.endsWith('\n'))
        return false;
    raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    return true;
}

bool asciiOnly(QByteArrayView bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

DirectoryFileReader::DirectoryFileReader(QIODevice &device, QString sourceName, DirectoryFileKind kind)
    : m_device(device), m_source(std::move(sourceName)), m_kind(kind), m_columns(FileFormat::columnCount(kind))
{
}

QString DirectoryFileReader::where() const
{
    return u"%1:%2"_s.arg(m_source).arg(m_line);
}

domain::Result<QString> DirectoryFileReader::decodeLine(const QByteArray &raw)
{
    return ExtractLineDecoder::decode(raw, m_utf8, m_line, where());
}

domain::Status DirectoryFileReader::readHeader()
{
    QByteArray raw = m_device.readLine();
    m_bytes += raw.size();
    m_line = 1;
    m_headerRead = true;
    const QString fileName = FileFormat::name(m_kind);
    auto refuse = [this](QLatin1StringView code, const QString &message) {
        m_failed = true;
        return domain::fail(code, message, where());
    };
    if (raw.isEmpty())
        return refuse(errc::Empty, Tr::tr("Fichier vide : l'en-tête de l'extraction %1 est absent.").arg(fileName));
    chopLineEnd(raw);
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3);
        m_utf8 = true;
    } else if (!asciiOnly(raw)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString probe = utf8(raw);
        m_utf8 = !utf8.hasError();
    }
    auto decoded = decodeLine(raw);
    if (!decoded) {
        m_failed = true;
        return std::unexpected(decoded.error());
    }
    QStringList names = decoded->split(u'|');
    if (names.size() == m_columns + 1 && names.last().isEmpty())
        names.removeLast();
    const QStringList &expected = FileFormat::header(m_kind);
    for (int i = 0; i < m_columns; ++i) {
        const QString found = i < names.size() ? names[i].trimmed() : QString();
        if (found == expected[i])
            continue;
        return refuse(errc::Header,
                      i >= names.size()
                          ? Tr::tr("En-tête incorrect : colonne %1 « %2 » absente (%3 colonnes lues, %4 attendues ; "
                                   "ce n'est pas un fichier %5).")
                                .arg(i + 1)
                                .arg(expected[i])
                                .arg(names.size())
                                .arg(m_columns)
                                .arg(fileName)
                          : Tr::tr("En-tête incorrect : colonne %1 « %2 » attendue, « %3 » trouvée "
                                   "(ce n'est pas un fichier %4 ou son format a changé).")
                                .arg(i + 1)
                                .arg(expected[i], found, fileName));
    }
    if (names.size() > m_columns)
        return refuse(errc::Header, Tr::tr("En-tête incorrect : colonne %1 « %2 » inattendue après les %3 colonnes "
                                           "publiées du fichier %4.")
                                        .arg(m_columns + 1)
                                        .arg(names[m_columns])
                                        .arg(m_columns)
                                        .arg(fileName));
    return {};
}

domain::Status DirectoryFileReader::checkIdentifier(const DirectoryFileRow &row) const
{
    const bool mailbox = m_kind == DirectoryFileKind::MssanteMailboxes;
    if (mailbox) {
        static const QStringList types{u"PER"_s, u"ORG"_s, u"APP"_s, u"CAB"_s};
        if (!types.contains(row.fields[FileFormat::BoxType]))
            return domain::fail(errc::BadMailboxType,
                                Tr::tr("Ligne %1 : type de boîte aux lettres « %2 » inconnu (PER, ORG, APP ou CAB attendu).")
                                    .arg(m_line)
                                    .arg(row.fields[FileFormat::BoxType]),
                                where());
        if (row.fields[FileFormat::BoxAddress].isEmpty())
            return domain::fail(errc::BadMailboxType, Tr::tr("Ligne %1 : adresse de boîte aux lettres vide.").arg(m_line),
                                where());
    }
    const QString &idType = row.fields[mailbox ? int(FileFormat::BoxIdType) : int(FileFormat::IdType)];
    const QString &idPp = row.fields[mailbox ? int(FileFormat::BoxIdPp) : int(FileFormat::IdPp)];
    const QString &nationalId = row.fields[mailbox ? int(FileFormat::BoxNationalId) : int(FileFormat::NationalId)];
    if (idPp.isEmpty()) {
        if (mailbox)
            return {}; // organisation, application and practice boxes have no holder
        return domain::fail(errc::BadNationalId, Tr::tr("Ligne %1 : identifiant PP vide.").arg(m_line), where());
    }
    if (idType == u"8"_s) {
        switch (domain::RppsNumber::check(idPp)) {
        case domain::RppsNumber::Check::Valid:
            break;
        case domain::RppsNumber::Check::WrongKey:
            return domain::fail(errc::BadRpps,
                                Tr::tr("Ligne %1 : le numéro RPPS %2 a une clé de contrôle fausse.").arg(m_line).arg(idPp),
                                where());
        case domain::RppsNumber::Check::WrongLength:
        case domain::RppsNumber::Check::NotDigits:
            return domain::fail(errc::BadRpps,
                                Tr::tr("Ligne %1 : numéro RPPS « %2 » invalide (11 chiffres attendus).").arg(m_line).arg(idPp),
                                where());
        }
    }
    // The MSSanté file's national identifier is not documented enough to be held to this rule.
    if (!mailbox && nationalId != idType + idPp)
        return domain::fail(errc::BadNationalId,
                            Tr::tr("Ligne %1 : identification nationale « %2 » différente du type d'identifiant suivi de "
                                   "l'identifiant (« %3 »).")
                                .arg(m_line)
                                .arg(nationalId, idType + idPp),
                            where());
    return {};
}

domain::Result<DirectoryFileRow> DirectoryFileReader::parse(const QString &text, bool terminated)
{
    QStringList f = text.split(u'|');
    const bool trailingSeparator = f.size() == m_columns + 1 && f.last().isEmpty();
    if (trailingSeparator)
        f.removeLast();
    if (!terminated && !trailingSeparator)
        return domain::fail(errc::Truncated,
                            Tr::tr("Ligne %1 : dernière ligne tronquée (ni fin de ligne ni séparateur final, %2 champs) : "
                                   "fichier incomplet, téléchargez l'extraction à nouveau.")
                                .arg(m_line)
                                .arg(f.size()),
                            where());
    if (f.size() != m_columns)
        return domain::fail(errc::FieldCount,
                            Tr::tr("Ligne %1 : %2 champs au lieu de %3.").arg(m_line).arg(f.size()).arg(m_columns), where());
    DirectoryFileRow row;
    row.line = m_line;
    for (QString &field : f)
        field = field.trimmed();
    row.fields = std::move(f);
    if (auto ok = checkIdentifier(row); !ok)
        return std::unexpected(ok.error());
    return row;
}

domain::Result<QList<DirectoryFileRow>> DirectoryFileReader::next(int maxRows)
{
    QList<DirectoryFileRow> rows;
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
        const bool terminated = chopLineEnd(raw);
        if (raw.isEmpty())
            continue;
        auto text = decodeLine(raw);
        if (!text) {
            m_failed = true;
            return std::unexpected(text.error());
        }
        auto row = parse(*text, terminated);
        if (!row) {
            m_failed = true;
            return std::unexpected(row.error());
        }
        rows << std::move(*row);
    }
    return rows;
}

} // namespace sgl::interop::directory
