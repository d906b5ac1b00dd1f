#pragma once

#include "domain/Error.h"
#include "interop/directory/DirectoryFileKind.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::directory {

/** One data line of an extraction file: its number (header = 1) and its trimmed fields. */
struct DirectoryFileRow {
    qint64 line = 0;
    QStringList fields; ///< exactly DirectoryFileFormat::columnCount(kind) fields
};

/**
 * Streaming reader of the SavoirFaire, Dipl_AutExerc and MSSanté correspondence files
 * (DirectoryFileFormat), with the strictness of PersonneActiviteReader: header checked column by
 * column (the message names the first wrong column and the file kind), Windows-1252 unless the
 * header shows UTF-8 (BOM or valid UTF-8 with accents), exact field count (a trailing '|'
 * accepted), truncated last line refused, RPPS (type 8) of 11 digits with a valid Luhn key.
 * In the 13-column files the identifier is mandatory and « Identification nationale PP » must be
 * the type followed by it; in the MSSanté file a box may have no holder (ORG, APP, CAB).
 *
 * Errors carry the location "<source>:<line>": directory.empty, directory.header,
 * directory.encoding, directory.field_count, directory.truncated, directory.bad_rpps,
 * directory.bad_national_id, directory.bad_mailbox_type (MSSanté: unknown « Type de BAL » or empty
 * address), directory.read. After an error the reader stays failed.
 * PersonneActivite is refused by the constructor's caller: use PersonneActiviteReader.
 */
class DirectoryFileReader {
public:
    DirectoryFileReader(QIODevice &device, QString sourceName, DirectoryFileKind kind);

    [[nodiscard]] DirectoryFileKind kind() const { return m_kind; }
    /** Reads and checks the header line. Must be called once, before next(). */
    [[nodiscard]] domain::Status readHeader();
    /** Up to `maxRows` rows; an empty list at the end of the file. Blank lines are skipped. */
    [[nodiscard]] domain::Result<QList<DirectoryFileRow>> next(int maxRows);

    [[nodiscard]] qint64 line() const { return m_line; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytes; }
    [[nodiscard]] bool isUtf8() const { return m_utf8; }

private:
    domain::Result<QString> decodeLine(const QByteArray &raw);
    domain::Result<DirectoryFileRow> parse(const QString &text, bool terminated);
    domain::Status checkIdentifier(const DirectoryFileRow &row) const;
    QString where() const;

    QIODevice &m_device;
    QString m_source;
    DirectoryFileKind m_kind;
    int m_columns = 0;
    qint64 m_line = 0;
    qint64 m_bytes = 0;
    bool m_utf8 = false;
    bool m_headerRead = false;
    bool m_failed = false;
};

} // namespace sgl::interop::directory
