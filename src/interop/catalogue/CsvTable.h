#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::catalogue {

/**
 * A ';'-separated CSV file as French spreadsheet tools write it (RFC 4180 quoting with '"',
 * CRLF or LF line ends), decoded from UTF-8.
 *
 * Contract of parse(): the bytes must be UTF-8 (a leading UTF-8 BOM is accepted and dropped).
 * Every line holding invalid UTF-8 is reported ("catalogue.csv_encoding", location
 * "<source>:<line>"), as is a UTF-16/32 BOM; quoting errors give "catalogue.csv_syntax". When
 * `errors` is non-empty the rows must not be used. Records remember the physical line they
 * start on, for messages.
 */
struct CsvTable {
    struct Row {
        int line = 0;          ///< 1-based physical line where the record starts
        QStringList fields;
    };
    QStringList header;
    QList<Row> rows;
    QList<sgl::domain::Error> errors;

    [[nodiscard]] static CsvTable parse(const QByteArray &bytes, const QString &source);
    /** One record, fields quoted only when needed (';', '"', CR/LF, leading/trailing space). */
    [[nodiscard]] static QByteArray formatRow(const QStringList &fields);
    /** Column index in the header, -1 if absent. */
    [[nodiscard]] int column(const QString &name) const { return int(header.indexOf(name)); }
};

} // namespace sgl::interop::catalogue
