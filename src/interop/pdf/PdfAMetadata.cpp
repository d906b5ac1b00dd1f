#include "interop/pdf/PdfAMetadata.h"

#include <QRegularExpression>

#include <cstdlib>

namespace sgl::interop::pdf {

namespace {

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped(); // & < > " — enough for element content
}

QString offset(const QDateTime &value, const QString &separator, const QString &trailer)
{
    const int seconds = value.offsetFromUtc();
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2%3%4%5")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'))
        .arg(trailer);
}

} // namespace

QString PdfAMetadata::pdfDate(const QDateTime &value)
{
    return QStringLiteral("D:") + value.toString(QStringLiteral("yyyyMMddHHmmss"))
        + offset(value, QStringLiteral("'"), QStringLiteral("'"));
}

QString PdfAMetadata::xmpDate(const QDateTime &value)
{
    return value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + offset(value, QStringLiteral(":"), QString());
}

QDateTime PdfAMetadata::parseDate(const QString &value)
{
    static const QRegularExpression pdf(
        QStringLiteral("^D:(\\d{14})(?:([+-])(\\d{2})'(\\d{2})'?|Z(?:00'00'?)?)?$"));
    static const QRegularExpression xmp(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:([+-])(\\d{2}):(\\d{2})|Z)?$"));
    QString local;
    QString sign;
    int hours = 0;
    int minutes = 0;
    QString format;
    if (const auto m = pdf.match(value); m.hasMatch()) {
        local = m.captured(1);
        format = QStringLiteral("yyyyMMddHHmmss");
        sign = m.captured(2);
        hours = m.captured(3).toInt();
        minutes = m.captured(4).toInt();
    } else if (const auto x = xmp.match(value); x.hasMatch()) {
        local = x.captured(1);
        format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
        sign = x.captured(2);
        hours = x.captured(3).toInt();
        minutes = x.captured(4).toInt();
    } else {
        return {};
    }
    QDateTime dt = QDateTime::fromString(local, format);
    if (!dt.isValid())
        return {};
    const int seconds = (sign == QLatin1String("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
    dt.setOffsetFromUtc(seconds);
    return dt;
}

QByteArray PdfAMetadata::xmpPacket() const
{
    QString x;
    x += QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                        "   <pdfaid:part>1</pdfaid:part>\n"
                        "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                        "  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                        "   <dc:format>application/pdf</dc:format>\n");
    if (!title.isEmpty())
        x += QStringLiteral("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
                 .arg(xmlEscape(title));
    if (!author.isEmpty())
        x += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                 .arg(xmlEscape(author));
    if (!subject.isEmpty())
        x += QStringLiteral("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n")
                 .arg(xmlEscape(subject));
    x += QStringLiteral("  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
    if (created.isValid())
        x += QStringLiteral("   <xmp:CreateDate>%1</xmp:CreateDate>\n").arg(xmpDate(created));
    if (modified.isValid())
        x += QStringLiteral("   <xmp:ModifyDate>%1</xmp:ModifyDate>\n"
                            "   <xmp:MetadataDate>%1</xmp:MetadataDate>\n")
                 .arg(xmpDate(modified));
    if (!creatorTool.isEmpty())
        x += QStringLiteral("   <xmp:CreatorTool>%1</xmp:CreatorTool>\n").arg(xmlEscape(creatorTool));
    x += QStringLiteral("  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    if (!producer.isEmpty())
        x += QStringLiteral("   <pdf:Producer>%1</pdf:Producer>\n").arg(xmlEscape(producer));
    if (!keywords.isEmpty())
        x += QStringLiteral("   <pdf:Keywords>%1</pdf:Keywords>\n").arg(xmlEscape(keywords));
    x += QStringLiteral("  </rdf:Description>\n"
                        " </rdf:RDF>\n"
                        "</x:xmpmeta>\n");
    // Padding lets an editor update the packet in place (XMP spec); 'w' = writable.
    x += QString(20, QLatin1Char(' ')) + QLatin1Char('\n');
    x += QStringLiteral("<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

} // namespace sgl::interop::pdf
