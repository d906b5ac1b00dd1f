#include "interop/mss/MimeEntity.h"

#include "interop/mss/MimeEncoding.h"

namespace sgl::interop::mss {

namespace {

constexpr int kMaxDepth = 8;
constexpr int kMaxParts = 200;

/** Splits into lines without their CR/LF; `offsets[i]` is where line i starts. */
QList<QByteArrayView> splitLines(QByteArrayView bytes)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            qsizetype end = i;
            if (end > start && bytes[end - 1] == '\r')
                --end;
            lines << bytes.sliced(start, end - start);
            start = i + 1;
        }
    }
    if (start < bytes.size())
        lines << bytes.sliced(start);
    return lines;
}

bool isHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

bool isContinuation(QByteArrayView line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

/** Parses a header block from lines[from]; returns the index of the first body line. */
qsizetype parseHeaders(const QList<QByteArrayView> &lines, qsizetype from, QList<QPair<QByteArray, QByteArray>> *out)
{
    qsizetype i = from;
    while (i < lines.size()) {
        const QByteArrayView line = lines[i];
        if (line.isEmpty())
            return i + 1; // the blank line ends the headers
        if (isContinuation(line) && !out->isEmpty()) {
            out->last().second += ' ' + line.trimmed().toByteArray();
            ++i;
            continue;
        }
        if (!isHeaderLine(line))
            return i; // tolerated: body text right after the headers
        const qsizetype colon = line.indexOf(':');
        out->append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
        ++i;
    }
    return i;
}

QByteArray joinLines(const QList<QByteArrayView> &lines, qsizetype from, qsizetype to)
{
    QByteArray out;
    for (qsizetype i = from; i < to; ++i) {
        out += lines[i];
        out += "\r\n";
    }
    return out;
}

MimeEntity parseEntity(QByteArrayView bytes, int depth);

void parseChildren(MimeEntity &entity, const QList<QByteArrayView> &lines, qsizetype bodyStart, int depth)
{
    const QByteArray boundary = entity.parameter("Content-Type", "boundary");
    if (boundary.isEmpty() || depth >= kMaxDepth) {
        entity.body = joinLines(lines, bodyStart, lines.size());
        return;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    bool closed = false;
    for (qsizetype i = bodyStart; i <= lines.size() && !closed; ++i) {
        bool isDelimiter = false;
        if (i < lines.size() && lines[i].startsWith(delimiter)) {
            const QByteArrayView rest = lines[i].sliced(delimiter.size()).trimmed();
            isDelimiter = true;
            closed = rest == "--";
        }
        if (i == lines.size() || isDelimiter) {
            if (partStart >= 0 && entity.parts.size() < kMaxParts)
                entity.parts << parseEntity(joinLines(lines, partStart, i), depth + 1);
            partStart = i + 1;
        }
    }
}

MimeEntity parseEntity(QByteArrayView bytes, int depth)
{
    MimeEntity entity;
    const QList<QByteArrayView> lines = splitLines(bytes);
    const qsizetype bodyStart = parseHeaders(lines, 0, &entity.headers);
    const QByteArray type = entity.mediaType();
    if (type.startsWith("multipart/")) {
        parseChildren(entity, lines, bodyStart, depth);
    } else if (type == "message/rfc822" && depth < kMaxDepth) {
        entity.body = joinLines(lines, bodyStart, lines.size());
        entity.parts << parseEntity(entity.decodedBody(), depth + 1);
    } else {
        entity.body = joinLines(lines, bodyStart, lines.size());
    }
    return entity;
}

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

MimeEntity MimeEntity::parse(QByteArrayView bytes)
{
    return parseEntity(bytes, 0);
}

QByteArray MimeEntity::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray MimeEntity::mediaType() const
{
    QByteArray value = header("Content-Type");
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon >= 0)
        value.truncate(semicolon);
    value = value.trimmed().toLower();
    return value.isEmpty() ? QByteArray("text/plain") : value;
}

QByteArray MimeEntity::parameter(QByteArrayView headerName, QByteArrayView parameterName) const
{
    const QByteArray value = header(headerName);
    QByteArray extended;
    QByteArray plain;
    // Split on ';' outside quotes.
    QList<QByteArray> items;
    QByteArray current;
    bool quoted = false;
    for (const char c : value) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    items << current;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const qsizetype eq = items[i].indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = items[i].left(eq).trimmed();
        const QByteArray v = unquote(items[i].mid(eq + 1));
        if (name.compare(parameterName, Qt::CaseInsensitive) == 0 && plain.isEmpty())
            plain = v;
        if (name.compare(parameterName.toByteArray() + '*', Qt::CaseInsensitive) == 0) {
            // RFC 2231: charset'language'percent-encoded
            const qsizetype second = v.indexOf('\'', v.indexOf('\'') + 1);
            extended = QByteArray::fromPercentEncoding(second >= 0 ? v.mid(second + 1) : v);
        }
    }
    // RFC 2231: the extended value is the real one, the plain one its ASCII fallback.
    return extended.isEmpty() ? plain : extended;
}

QByteArray MimeEntity::decodedBody() const
{
    QByteArray encoding = header("Content-Transfer-Encoding");
    if (encoding.isEmpty())
        encoding = header("Content-Transfert-Encoding"); // ANS MDN example typo
    encoding = encoding.trimmed().toLower();
    if (encoding == "base64")
        return MimeEncoding::decodeBase64(body);
    if (encoding == "quoted-printable")
        return MimeEncoding::decodeQuotedPrintable(body);
    return body;
}

QString MimeEntity::fileName() const
{
    QByteArray name = parameter("Content-Disposition", "filename");
    if (name.isEmpty())
        name = parameter("Content-Type", "name");
    // RFC 2231 values are already UTF-8 bytes; RFC 2047 words are decoded here.
    return MimeEncoding::decodeHeaderText(name).trimmed();
}

QString MimeEntity::subject() const
{
    return MimeEncoding::decodeHeaderText(header("Subject"));
}

QList<const MimeEntity *> MimeEntity::leaves() const
{
    QList<const MimeEntity *> out;
    // An attached message is one leaf: its own attachments are not this message's.
    if (parts.isEmpty() || mediaType() == "message/rfc822") {
        out << this;
        return out;
    }
    for (const MimeEntity &p : parts)
        out << p.leaves();
    return out;
}

QList<QList<QPair<QByteArray, QByteArray>>> MimeEntity::fieldBlocks(QByteArrayView text)
{
    QList<QList<QPair<QByteArray, QByteArray>>> blocks;
    const QList<QByteArrayView> lines = splitLines(text);
    qsizetype i = 0;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        QList<QPair<QByteArray, QByteArray>> block;
        const qsizetype next = parseHeaders(lines, i, &block);
        if (block.isEmpty()) {
            ++i; // a line of prose: skipped
            continue;
        }
        blocks << block;
        i = next;
    }
    return blocks;
}

QByteArray MimeEntity::bareMessageId(QByteArrayView value)
{
    QByteArray id = value.trimmed().toByteArray();
    const qsizetype lt = id.indexOf('<');
    if (lt >= 0) {
        const qsizetype gt = id.indexOf('>', lt);
        id = id.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    }
    id.replace(' ', QByteArray());
    id.replace('\t', QByteArray());
    return id;
}

} // namespace sgl::interop::mss
