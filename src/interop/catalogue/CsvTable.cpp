#include "interop/catalogue/CsvTable.h"

#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/Tr.h"

#include <QStringDecoder>

namespace sgl::interop::catalogue {

using sgl::domain::Error;

namespace {

QString where(const QString &source, int line)
{
    return QStringLiteral("%1:%2").arg(source).arg(line);
}

} // namespace

CsvTable CsvTable::parse(const QByteArray &bytesIn, const QString &source)
{
    CsvTable t;
    QByteArray bytes = bytesIn;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        t.errors << Error{errc::CsvEncoding,
                          Tr::tr("Fichier en UTF-16 : enregistrez-le en UTF-8 (« CSV UTF-8 » dans le tableur)."),
                          where(source, 1)};
        return t;
    }
    if (bytes.trimmed().isEmpty()) {
        t.errors << Error{errc::CsvEmpty, Tr::tr("Fichier vide."), where(source, 1)};
        return t;
    }
    // Decode line by line so every badly encoded line is named (Latin-1/Windows-1252 exports).
    QString text;
    text.reserve(bytes.size());
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = dec.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (dec.hasError())
            t.errors << Error{errc::CsvEncoding,
                              Tr::tr("Ligne non encodée en UTF-8 (fichier probablement en Windows-1252 ou "
                                 "ISO-8859-1) : enregistrez-le en UTF-8."),
                              where(source, line)};
        text += decoded;
        if (end < bytes.size())
            text += QLatin1Char('\n');
        start = end + 1;
        ++line;
    }
    if (!t.errors.isEmpty())
        return t;

    // RFC 4180 state machine over the decoded text.
    QList<Row> records;
    Row current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    bool wasQuoted = false;
    line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
        wasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.front().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = Row{nextLine, {}};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            if (field.endsWith(QLatin1Char('\r')))
                field.chop(1);
            ++line;
            endRecord(line);
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char('"')) {
            t.errors << Error{errc::CsvSyntax,
                              Tr::tr("Guillemet inattendu au milieu d'un champ (doubler les guillemets "
                                 "dans un champ entre guillemets)."),
                              where(source, line)};
            field += c;
        } else {
            if (wasQuoted && c != QLatin1Char('\r')) {
                t.errors << Error{errc::CsvSyntax,
                                  Tr::tr("Texte après un guillemet fermant."), where(source, line)};
                wasQuoted = false;
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        t.errors << Error{errc::CsvSyntax,
                          Tr::tr("Guillemet ouvrant jamais fermé."), where(source, current.line)};
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord(line + 1);
    if (records.isEmpty()) {
        t.errors << Error{errc::CsvEmpty, Tr::tr("Fichier vide."), where(source, 1)};
        return t;
    }
    for (QString h : records.front().fields)
        t.header << h.trimmed().toLower();
    if (t.header.size() == 1 && (t.header.front().contains(QLatin1Char(','))
                                 || t.header.front().contains(QLatin1Char('\t'))))
        t.errors << Error{errc::CsvSeparator,
                          Tr::tr("Séparateur attendu : point-virgule « ; » (le fichier semble séparé par "
                             "des virgules ou des tabulations)."),
                          where(source, 1)};
    records.removeFirst();
    t.rows = std::move(records);
    for (const Row &r : t.rows)
        if (r.fields.size() != t.header.size())
            t.errors << Error{errc::CsvColumns,
                              Tr::tr("%1 champs au lieu de %2 (nombre de colonnes de l'en-tête).")
                                  .arg(r.fields.size())
                                  .arg(t.header.size()),
                              where(source, r.line)};
    return t;
}

QByteArray CsvTable::formatRow(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ';';
        const QString &f = fields.at(i);
        const bool quote = f.contains(QLatin1Char(';')) || f.contains(QLatin1Char('"'))
                           || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))
                           || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            QString q = f;
            q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"';
            out += q.toUtf8();
            out += '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace sgl::interop::catalogue
