#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::interop::pdf {

/**
 * The document information a PDF/A-1b file states twice: in the Info dictionary and in the XMP
 * packet (ISO 19005-1 §6.7.3 requires both to be equivalent). One value, two renderings.
 */
struct PdfAMetadata {
    QString title;       ///< Info /Title  = dc:title (x-default)
    QString author;      ///< Info /Author = dc:creator (single rdf:Seq item)
    QString subject;     ///< Info /Subject = dc:description (x-default)
    QString keywords;    ///< Info /Keywords = pdf:Keywords
    QString creatorTool; ///< Info /Creator = xmp:CreatorTool
    QString producer;    ///< Info /Producer = pdf:Producer
    QDateTime created;   ///< Info /CreationDate = xmp:CreateDate
    QDateTime modified;  ///< Info /ModDate = xmp:ModifyDate (and xmp:MetadataDate)

    /** XMP packet, UTF-8, with pdfaid:part 1 / conformance B; no bytes/encoding attributes. */
    [[nodiscard]] QByteArray xmpPacket() const;
    /** "D:20260112114200+01'00'" (PDF date with the offset of `value`). */
    [[nodiscard]] static QString pdfDate(const QDateTime &value);
    /** "2026-01-12T11:42:00+01:00" */
    [[nodiscard]] static QString xmpDate(const QDateTime &value);
    /** Parses either form back; invalid QDateTime when it is neither. */
    [[nodiscard]] static QDateTime parseDate(const QString &value);
};

} // namespace sgl::interop::pdf
