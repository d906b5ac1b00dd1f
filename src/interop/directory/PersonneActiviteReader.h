#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryProfessional.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace sgl::interop::directory {

/**
 * Streaming reader of one `PS_LibreAcces_Personne_activite` file (PersonneActiviteFormat):
 * the header first (readHeader()), then rows in batches (next()), never the whole file in memory
 * (the national file has about 2 million lines).
 *
 * Refusals (French message, location "<source>:<line>", line 1 = header):
 *  - directory.empty / directory.header: no header, or a header that is not the 56 published
 *    columns in order — the message names the first wrong column (position, expected, found);
 *  - directory.encoding: a byte undefined in Windows-1252 (or NUL); a file whose header is valid
 *    UTF-8 with accents is read as UTF-8 and then refuses any invalid UTF-8 sequence;
 *  - directory.field_count: a line that has not the 56 fields;
 *  - directory.truncated: a last line without end of line whose fields are incomplete (a
 *    file cut during the download);
 *  - directory.bad_rpps: for an RPPS (type 8), an identifier that is not 11 digits or whose
 *    Luhn key is wrong; directory.bad_national_id: « Identification nationale PP » that is not
 *    the type followed by the identifier, or an empty identifier.
 * After an error the reader stays failed: the caller drops what it loaded.
 */
class PersonneActiviteReader {
public:
    PersonneActiviteReader(QIODevice &device, QString sourceName);

    /** Reads and checks the header line. Must be called once, before next(). */
    [[nodiscard]] domain::Status readHeader();
    /** Up to `maxRows` rows; an empty list at the end of the file. Blank lines are skipped. */
    [[nodiscard]] domain::Result<QList<domain::DirectoryEntry>> next(int maxRows);

    /** Number of the last line read (1 after the header). */
    [[nodiscard]] qint64 line() const { return m_line; }
    /** Bytes consumed so far (progress against QIODevice::size()). */
    [[nodiscard]] qint64 bytesRead() const { return m_bytes; }
    /** True when the header showed a UTF-8 file rather than the historical Windows-1252. */
    [[nodiscard]] bool isUtf8() const { return m_utf8; }

private:
    domain::Result<QString> decodeLine(const QByteArray &raw);
    domain::Result<domain::DirectoryEntry> parse(const QString &text, bool terminated);
    QString where() const;

    QIODevice &m_device;
    QString m_source;
    qint64 m_line = 0;
    qint64 m_bytes = 0;
    bool m_utf8 = false;
    bool m_headerRead = false;
    bool m_failed = false;
};

} // namespace sgl::interop::directory
