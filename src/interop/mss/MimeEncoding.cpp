#include "interop/mss/MimeEncoding.h"

#include <QRegularExpression>

namespace sgl::interop::mss {

namespace {

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/** Length of the UTF-8 sequence starting with this lead byte (1 for a stray byte). */
int utf8Length(unsigned char lead)
{
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray MimeEncoding::encodeHeaderText(const QString &text, int firstLineUsed)
{
    if (isPrintableAscii(text)) {
        // Folds at spaces so that lines stay under 78 characters when the words allow it.
        const QList<QByteArray> words = text.toLatin1().split(' ');
        QByteArray out;
        int lineLength = firstLineUsed;
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w > 0) {
                if (lineLength + 1 + words[w].size() > 76) {
                    out += "\r\n";
                    lineLength = 0;
                }
                out += ' ';
                ++lineLength;
            }
            out += words[w];
            lineLength += int(words[w].size());
        }
        return out;
    }
    const QByteArray utf8 = text.toUtf8();
    // "=?UTF-8?B?" + base64 + "?=" (12 + 4n characters) on lines of at most 76: 45 bytes on a
    // continuation line (" " + 72), fewer on the first line after the header name.
    QByteArray out;
    qsizetype i = 0;
    bool first = true;
    while (i < utf8.size()) {
        const int room = first ? 76 - firstLineUsed - 12 : 76 - 1 - 12;
        const int kMaxChunk = qBound(3, room / 4 * 3, 45);
        qsizetype end = i;
        while (end < utf8.size()) {
            const int len = utf8Length(static_cast<unsigned char>(utf8[end]));
            if (end + len - i > kMaxChunk)
                break;
            end += len;
        }
        if (end == i)
            end = qMin(utf8.size(), i + kMaxChunk); // a malformed sequence longer than a chunk
        if (!first)
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(i, end - i).toBase64() + "?=";
        first = false;
        i = end;
    }
    return out;
}

QString MimeEncoding::decodeHeaderText(QByteArrayView raw)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    const QString input = QString::fromLatin1(raw.data(), raw.size());
    QString out;
    qsizetype pos = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(input);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = input.mid(pos, m.capturedStart() - pos);
        // White space between two adjacent encoded-words is not part of the text (RFC 2047 §6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += QString::fromUtf8(raw.data() + pos, m.capturedStart() - pos);
        const QByteArray charset = m.captured(1).toLatin1().toLower();
        const QByteArray payload = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            bytes = decodeBase64(payload);
        } else {
            QByteArray q = payload;
            q.replace('_', ' ');
            bytes = decodeQuotedPrintable(q);
        }
        if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii")
            out += QString::fromLatin1(bytes);
        else
            out += QString::fromUtf8(bytes);
        pos = m.capturedEnd();
        previousWasWord = true;
    }
    out += QString::fromUtf8(raw.data() + pos, raw.size() - pos);
    return out;
}

QByteArray MimeEncoding::base64Lines(QByteArrayView data)
{
    const QByteArray b64 = QByteArray::fromRawData(data.data(), data.size()).toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76);
        out += "\r\n";
    }
    return out;
}

QByteArray MimeEncoding::decodeBase64(QByteArrayView data)
{
    QByteArray clean;
    clean.reserve(data.size());
    for (const char c : data) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=')
            clean += c;
    }
    auto decoded = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        return *decoded;
    return QByteArray::fromBase64(clean);
}

QByteArray MimeEncoding::decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < data.size() && (data[i + 1] == '\n' || data[i + 1] == '\r')) {
            // Soft line break: "=\r\n" or "=\n".
            ++i;
            if (data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
            continue;
        }
        if (i + 2 < data.size()) {
            const int hi = hexValue(data[i + 1]);
            const int lo = hexValue(data[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString MimeEncoding::asciiFileName(const QString &fileName)
{
    const QString decomposed = fileName.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        const bool safe = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
                          || u == u'.' || u == u'-' || u == u'_';
        out += safe ? c : QChar(u'_');
    }
    return out;
}

QByteArray MimeEncoding::fileNameParameters(const char *parameter, const QString &fileName)
{
    const QByteArray name(parameter);
    const QString ascii = asciiFileName(fileName);
    QByteArray out = name + "=\"" + ascii.toLatin1() + '"';
    if (ascii != fileName)
        out += ";\r\n " + name + "*=UTF-8''" + fileName.toUtf8().toPercentEncoding("-._~");
    return out;
}

bool MimeEncoding::isPlainAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

} // namespace sgl::interop::mss
