#pragma once

// Shared by the directory tests (reader, import, CLI): synthetic extracts as bytes and files,
// and the byte surgery that damages one line of them.

#include "interop/directory/SyntheticDirectoryFiles.h"
#include "interop/directory/SyntheticExtract.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace sgl::testing {

/** A synthetic extract of `rows` lines (after the given named professionals). */
inline QByteArray syntheticExtract(qint64 rows, quint32 seed = 7, const QList<domain::DirectoryEntry> &extra = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    interop::directory::SyntheticExtract::Options o;
    o.rows = rows;
    o.seed = seed;
    o.extra = extra;
    (void)interop::directory::SyntheticExtract::write(buffer, o);
    return bytes;
}

/** The file's lines without their LF (line 1 = header). */
inline QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline QByteArray joinLines(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + '\n';
    return out;
}

/** Replaces field `column` (0-based) of line `line` (1-based) by `value` (raw bytes). */
inline QByteArray withField(const QByteArray &bytes, int line, int column, const QByteArray &value)
{
    QList<QByteArray> lines = linesOf(bytes);
    QList<QByteArray> fields = lines[line - 1].split('|');
    fields[column] = value;
    lines[line - 1] = fields.join('|');
    return joinLines(lines);
}

/**
 * A synthetic SavoirFaire, Dipl_AutExerc or MSSanté file of the professionals of
 * syntheticExtract(rows, seed, extra), with `mailboxes` first in the MSSanté file.
 */
inline QByteArray syntheticFile(interop::directory::DirectoryFileKind kind, qint64 rows, quint32 seed = 7,
                                const QList<domain::DirectoryEntry> &extra = {},
                                const QList<domain::DirectoryMailbox> &mailboxes = {})
{
    QByteArray extract = syntheticExtract(rows, seed, extra);
    QBuffer in(&extract);
    in.open(QIODevice::ReadOnly);
    interop::directory::SyntheticDirectoryFiles::Options o;
    o.professionals = interop::directory::SyntheticDirectoryFiles::professionalsOf(in, QStringLiteral("extract")).value_or(
        QList<domain::DirectoryProfessional>());
    o.extraMailboxes = mailboxes;
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    (void)interop::directory::SyntheticDirectoryFiles::write(kind, out, o);
    return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace sgl::testing
