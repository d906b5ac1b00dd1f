#include "interop/hl7v2/Parser.h"

#include "interop/hl7v2/ErrorCodes.h"
#include "interop/hl7v2/Location.h"
#include "interop/hl7v2/Tr.h"

#include <cctype>

namespace sgl::interop::hl7v2 {

namespace {

bool isDelimiterByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && !std::isalnum(u);
}

bool isValidSegmentId(QStringView id)
{
    if (id.size() != 3)
        return false;
    for (qsizetype i = 0; i < 3; ++i) {
        const char16_t u = id[i].unicode();
        const bool upper = u >= u'A' && u <= u'Z';
        const bool digit = u >= u'0' && u <= u'9';
        if (!(upper || (i > 0 && digit)))
            return false;
    }
    return true;
}

QString printable(QStringView s)
{
    QString out;
    for (QChar c : s.left(12))
        out += c.isPrint() ? c : u'?';
    return out;
}

} // namespace

domain::Result<Message> Parser::parse(QByteArrayView input, const ParseOptions &options)
{
    QByteArrayView bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    qsizetype lead = 0;
    while (lead < bytes.size() && (bytes[lead] == '\r' || bytes[lead] == '\n' || bytes[lead] == ' '))
        ++lead;
    bytes = bytes.sliced(lead);
    if (bytes.isEmpty())
        return domain::fail(errc::EmptyMessage, Tr::tr("Le message HL7 est vide."),
                            QStringLiteral("MSH^1"));
    if (!bytes.startsWith("MSH"))
        return domain::fail(errc::MissingMsh,
                            Tr::tr("Le message HL7 ne commence pas par le segment MSH."),
                            QStringLiteral("MSH^1"));
    if (bytes.size() < 4 || !isDelimiterByte(bytes[3]))
        return domain::fail(errc::BadFieldSeparator,
                            Tr::tr("Le séparateur de champs (MSH-1) est absent ou invalide."),
                            QStringLiteral("MSH^1^1"));
    const char fieldSep = bytes[3];

    QByteArray repaired;
    QStringList warnings;
    if (options.repairTildeLookalike && bytes.size() >= 9
        && bytes.sliced(4, 5) == QByteArrayView("^\xCB\x9C\\&")
        && (bytes.size() == 9 || bytes[9] == fieldSep || bytes[9] == '\r' || bytes[9] == '\n')) {
        repaired = bytes.toByteArray();
        repaired.replace(5, 2, "~");
        bytes = repaired;
        warnings << Tr::tr("MSH-2 contenait un tilde typographique (U+02DC) au lieu de « ~ » : corrigé.");
    }

    qsizetype lineEnd = 0;
    while (lineEnd < bytes.size() && bytes[lineEnd] != '\r' && bytes[lineEnd] != '\n')
        ++lineEnd;
    const QByteArrayView firstLine = bytes.first(lineEnd);

    qsizetype encEnd = firstLine.indexOf(fieldSep, 4);
    if (encEnd < 0)
        encEnd = firstLine.size();
    QByteArrayView enc = firstLine.sliced(4, encEnd - 4);

    bool encOk = enc.size() == 4 || (enc.size() == 5 && enc[4] == '#');
    for (qsizetype i = 0; encOk && i < enc.size(); ++i) {
        encOk = isDelimiterByte(enc[i]) && enc[i] != fieldSep;
        for (qsizetype j = 0; encOk && j < i; ++j)
            encOk = enc[i] != enc[j];
    }
    if (!encOk)
        return domain::fail(errc::BadEncodingCharacters,
                            Tr::tr("Les caractères d'encodage (MSH-2) sont invalides : 4 séparateurs distincts attendus, par exemple ^~\\&."),
                            QStringLiteral("MSH^1^2"));
    Delimiters d;
    d.field = QChar::fromLatin1(fieldSep);
    d.component = QChar::fromLatin1(enc[0]);
    d.repetition = QChar::fromLatin1(enc[1]);
    d.escape = QChar::fromLatin1(enc[2]);
    d.subcomponent = QChar::fromLatin1(enc[3]);

    // MSH-18 from the raw bytes: piece 17 after "MSH" when cut at the field separator.
    QByteArrayView msh18;
    {
        qsizetype pos = encEnd;
        int fieldNo = 2;
        while (pos < firstLine.size() && fieldNo < 18) {
            const qsizetype next = firstLine.indexOf(fieldSep, pos + 1);
            ++fieldNo;
            if (fieldNo == 18) {
                msh18 = firstLine.sliced(pos + 1, (next < 0 ? firstLine.size() : next) - pos - 1);
                break;
            }
            if (next < 0)
                break;
            pos = next;
        }
        const qsizetype rep = msh18.indexOf(enc[1]);
        if (rep >= 0)
            msh18 = msh18.first(rep);
    }
    const auto choice = charsetFromMsh18(QString::fromLatin1(msh18));
    if (!choice)
        return domain::fail(errc::UnsupportedCharset,
                            Tr::tr("Jeu de caractères MSH-18 non pris en charge : « %1 » (attendu 8859/15, 8859/1, UNICODE UTF-8 ou ASCII).")
                                .arg(QString::fromLatin1(msh18)),
                            QStringLiteral("MSH^1^18"));
    if (choice->tolerated)
        warnings << Tr::tr("MSH-18 « %1 » toléré, orthographe HL7 attendue : %2.")
                        .arg(QString::fromLatin1(msh18), charsetMsh18Code(choice->charset));
    bool lenient = false;
    auto text = decodeBytes(bytes, choice->charset, &lenient);
    if (!text)
        return std::unexpected(text.error());
    if (lenient)
        warnings << Tr::tr("Caractères non ASCII alors que MSH-18 n'annonce pas de jeu de caractères.");

    Message message(d, choice->charset);
    const QStringView all(*text);
    qsizetype start = 0;
    int index = 0;
    while (start < all.size()) {
        qsizetype end = start;
        while (end < all.size() && all[end] != u'\r' && all[end] != u'\n')
            ++end;
        const QStringView line = all.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype sep = line.indexOf(d.field);
        const QStringView id = sep < 0 ? line : line.first(sep);
        if (!isValidSegmentId(id)) {
            const QString shown = printable(id);
            Location loc{shown.isEmpty() ? QStringLiteral("???") : shown, index + 1};
            return domain::fail(errc::BadSegmentId,
                                Tr::tr("Identifiant de segment invalide « %1 » (segment n° %2).")
                                    .arg(printable(id))
                                    .arg(index + 1),
                                loc.toString());
        }
        if (id == u"MSH" && index > 0)
            return domain::fail(errc::UnexpectedMsh,
                                Tr::tr("Un second segment MSH est présent : un seul message par trame."),
                                QStringLiteral("MSH^2"));
        Segment segment(id.toString(), d, choice->charset);
        if (index == 0) {
            segment.setRawField(1, QString(d.field));
            const qsizetype encStop = line.indexOf(d.field, 4);
            segment.setRawField(2, line.sliced(4, (encStop < 0 ? line.size() : encStop) - 4).toString());
            int field = 3;
            qsizetype pos = encStop;
            while (pos >= 0) {
                const qsizetype next = line.indexOf(d.field, pos + 1);
                segment.setRawField(field++, line.sliced(pos + 1, (next < 0 ? line.size() : next) - pos - 1).toString());
                pos = next;
            }
        } else {
            int field = 1;
            qsizetype pos = sep;
            while (pos >= 0) {
                const qsizetype next = line.indexOf(d.field, pos + 1);
                segment.setRawField(field++, line.sliced(pos + 1, (next < 0 ? line.size() : next) - pos - 1).toString());
                pos = next;
            }
        }
        message.appendSegment(std::move(segment));
        ++index;
    }
    for (const QString &w : warnings)
        message.addWarning(w);
    return message;
}

} // namespace sgl::interop::hl7v2
