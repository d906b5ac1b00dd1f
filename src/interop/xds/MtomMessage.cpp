#include "interop/xds/MtomMessage.h"

#include "interop/xds/ErrorCodes.h"
#include "interop/xds/Tr.h"

#include <QHash>
#include <QUuid>

namespace sgl::interop::xds {

namespace {

const QByteArray kRootId = "root.message@sgl";

domain::Error fail(QLatin1StringView code, const QString &message)
{
    return domain::Error{QString(code), message, QStringLiteral("MTOM")};
}

/** Media type (lower case) and parameters (lower-case names, unquoted values) of a header value. */
struct HeaderValue {
    QByteArray value;
    QHash<QByteArray, QByteArray> params;
};

HeaderValue parseHeaderValue(const QByteArray &text)
{
    // Split on ';' outside quotes: a quoted action URI or boundary may hold one.
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    pieces.append(current);
    HeaderValue out;
    out.value = pieces.takeFirst().trimmed().toLower();
    for (const QByteArray &piece : pieces) {
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        out.params.insert(piece.left(eq).trimmed().toLower(), value);
    }
    return out;
}

QByteArray stripAngles(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

/**
 * Position of the next "--boundary" that starts a line at or after from, or -1. Blanks before it
 * are tolerated: published captures (the DRIMbox one accepted by the DMP) were re-indented, and
 * a random boundary cannot occur inside content anyway.
 */
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from)
{
    qsizetype pos = from;
    while ((pos = body.indexOf(delimiter, pos)) >= 0) {
        qsizetype before = pos;
        while (before > from && (body.at(before - 1) == ' ' || body.at(before - 1) == '\t'))
            --before;
        if (before == 0 || body.at(before - 1) == '\n')
            return pos;
        pos += 1;
    }
    return -1;
}

struct RawPart {
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

domain::Result<RawPart> splitPart(const QByteArray &part, int index)
{
    RawPart out;
    qsizetype pos = 0;
    QByteArray lastName;
    while (true) {
        const qsizetype eol = part.indexOf('\n', pos);
        if (eol < 0)
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Partie MIME n° %1 : pas de ligne vide entre les en-têtes et "
                                               "le contenu.").arg(index)));
        const QByteArray raw = part.mid(pos, eol - pos);
        pos = eol + 1;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const bool continuation = (raw.startsWith(' ') || raw.startsWith('\t')) && !lastName.isEmpty()
                                  && (colon < 0 || line.left(colon).contains(' '));
        if (continuation) {
            out.headers[lastName] += ' ' + line;
            continue;
        }
        if (colon <= 0)
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Partie MIME n° %1 : ligne d'en-tête incorrecte « %2 ».")
                                            .arg(index)
                                            .arg(QString::fromLatin1(line.left(80)))));
        lastName = line.left(colon).trimmed().toLower();
        out.headers.insert(lastName, line.mid(colon + 1).trimmed());
    }
    out.body = part.mid(pos);
    return out;
}

domain::Result<QByteArray> decodeBody(const RawPart &part, int index)
{
    const QByteArray encoding = part.headers.value("content-transfer-encoding", "binary").toLower();
    if (encoding == "binary" || encoding == "8bit" || encoding == "7bit")
        return part.body;
    if (encoding != "base64")
        return std::unexpected(fail(errc::MtomEncoding,
                                    Tr::tr("Partie MIME n° %1 : encodage de transfert « %2 » non pris en "
                                           "charge (binary, 8bit, 7bit ou base64 attendus).")
                                        .arg(index)
                                        .arg(QString::fromLatin1(encoding.left(40)))));
    QByteArray compact;
    compact.reserve(part.body.size());
    for (const char c : part.body)
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
            compact.append(c);
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(fail(errc::MtomEncoding,
                                    Tr::tr("Partie MIME n° %1 : contenu base64 invalide.").arg(index)));
    return *decoded;
}

} // namespace

QByteArray MtomMessage::serialize(QByteArray *contentType, const QByteArray &soapAction) const
{
    QByteArray boundary;
    for (bool clash = true; clash;) {
        boundary = "uuid:" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        clash = rootXml.contains(boundary);
        for (const MtomPart &part : attachments)
            clash = clash || part.body.contains(boundary);
    }
    const QByteArray action = soapAction.isEmpty() ? QByteArray() : "; action=\"" + soapAction + '"';
    if (contentType)
        *contentType = "multipart/related; type=\"application/xop+xml\"; boundary=\"" + boundary
                       + "\"; start=\"<" + kRootId + ">\"; start-info=\"" + rootContentType + '"' + action;
    QByteArray out;
    out.reserve(rootXml.size() + 512);
    out += "--" + boundary + "\r\n";
    out += "Content-Type: application/xop+xml; charset=UTF-8; type=\"" + rootContentType + '"' + action + "\r\n";
    out += "Content-Transfer-Encoding: binary\r\n";
    out += "Content-ID: <" + kRootId + ">\r\n\r\n";
    out += rootXml;
    for (const MtomPart &part : attachments) {
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: " + (part.contentType.isEmpty() ? QByteArray("application/octet-stream")
                                                              : part.contentType) + "\r\n";
        out += "Content-Transfer-Encoding: binary\r\n";
        out += "Content-ID: <" + part.contentId + ">\r\n\r\n";
        out += part.body;
    }
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

domain::Result<MtomMessage> MtomMessage::parse(const QByteArray &contentType, const QByteArray &body)
{
    const HeaderValue header = parseHeaderValue(contentType);
    MtomMessage message;
    if (header.value == "application/soap+xml" || header.value == "text/xml") {
        message.rootXml = body;
        message.rootContentType = header.value;
        return message;
    }
    if (header.value != "multipart/related")
        return std::unexpected(fail(errc::MtomContentType,
                                    Tr::tr("Type de contenu « %1 » inattendu pour un message SOAP "
                                           "(multipart/related ou application/soap+xml attendu).")
                                        .arg(QString::fromLatin1(contentType.left(120)))));
    const QByteArray boundary = header.params.value("boundary");
    if (boundary.isEmpty())
        return std::unexpected(fail(errc::MtomContentType,
                                    Tr::tr("Message multipart/related sans paramètre « boundary ».")));
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = findDelimiter(body, delimiter, 0);
    if (pos < 0)
        return std::unexpected(fail(errc::MtomStructure,
                                    Tr::tr("Message MTOM incorrect : le délimiteur « %1 » n'apparaît pas.")
                                        .arg(QString::fromLatin1(delimiter.left(100)))));
    QList<RawPart> parts;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // closing delimiter; the epilogue is ignored
        const qsizetype lineEnd = body.indexOf('\n', pos);
        if (lineEnd < 0)
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Message MTOM tronqué après la partie n° %1.").arg(parts.size())));
        const qsizetype start = lineEnd + 1;
        const qsizetype next = findDelimiter(body, delimiter, start);
        if (next < 0)
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Message MTOM tronqué : délimiteur de fin « %1-- » absent après "
                                               "la partie n° %2.")
                                            .arg(QString::fromLatin1(delimiter.left(100)))
                                            .arg(parts.size() + 1)));
        if (parts.size() >= maxParts)
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Message MTOM refusé : plus de %1 parties.").arg(maxParts)));
        // The line break before the delimiter belongs to the delimiter (RFC 2046 §5.1.1).
        qsizetype end = next;
        while (end > start && (body.at(end - 1) == ' ' || body.at(end - 1) == '\t'))
            --end;
        if (end > start && body.at(end - 1) == '\n')
            --end;
        if (end > start && body.at(end - 1) == '\r')
            --end;
        auto part = splitPart(body.mid(start, end - start), int(parts.size()) + 1);
        if (!part)
            return std::unexpected(part.error());
        parts.append(std::move(*part));
        pos = next;
    }
    if (parts.isEmpty())
        return std::unexpected(fail(errc::MtomStructure, Tr::tr("Message MTOM sans aucune partie.")));

    const QByteArray start = stripAngles(header.params.value("start"));
    qsizetype rootIndex = start.isEmpty() ? 0 : -1;
    QHash<QByteArray, int> seen;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray id = stripAngles(parts.at(i).headers.value("content-id"));
        if (!id.isEmpty() && seen.contains(id))
            return std::unexpected(fail(errc::MtomStructure,
                                        Tr::tr("Message MTOM incorrect : identifiant de partie « %1 » en double.")
                                            .arg(QString::fromLatin1(id.left(100)))));
        seen.insert(id, int(i));
        if (!start.isEmpty() && id == start)
            rootIndex = i;
    }
    if (rootIndex < 0)
        return std::unexpected(fail(errc::MtomStructure,
                                    Tr::tr("Message MTOM incorrect : la partie racine « %1 » annoncée n'existe pas.")
                                        .arg(QString::fromLatin1(start.left(100)))));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto decoded = decodeBody(parts.at(i), int(i) + 1);
        if (!decoded)
            return std::unexpected(decoded.error());
        const HeaderValue partType = parseHeaderValue(parts.at(i).headers.value("content-type"));
        if (i == rootIndex) {
            message.rootXml = std::move(*decoded);
            message.rootContentType = partType.params.value("type", partType.value);
            continue;
        }
        message.attachments.append(MtomPart{stripAngles(parts.at(i).headers.value("content-id")),
                                            parts.at(i).headers.value("content-type"), std::move(*decoded)});
    }
    return message;
}

const MtomPart *MtomMessage::attachment(QByteArrayView cid) const
{
    QByteArray id = cid.toByteArray().trimmed();
    if (id.startsWith("cid:"))
        id = QByteArray::fromPercentEncoding(id.mid(4));
    id = stripAngles(id);
    for (const MtomPart &part : attachments)
        if (part.contentId == id)
            return &part;
    return nullptr;
}

} // namespace sgl::interop::xds
