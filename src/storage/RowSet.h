#pragma once

#include <QList>
#include <QVariant>

namespace sgl::storage {

/**
 * The rows of a SELECT, read to the end when the statement ran (ReadTx::rows), with the reading
 * interface repositories use on a QSqlQuery: `while (rows.next()) rows.value(i)`.
 *
 * Values are the variants QtSql's drivers give: on SQLite, INTEGER as qint64, REAL as double,
 * TEXT as QString, BLOB as QByteArray and NULL as a null QString variant (what QSQLiteResult
 * returns); on PostgreSQL, the QPSQL values copied as they are. A RowSet owns its values: the
 * statement is free again as soon as rows() returns, so reading one while running another
 * statement (or the same one) is safe.
 */
class RowSet
{
public:
    RowSet() = default;
    RowSet(int columns, QList<QVariant> values)
        : m_columns(columns)
        , m_values(std::move(values))
    {
    }

    /** Moves to the next row; false once past the last. Rows start before the first. */
    bool next()
    {
        if (m_columns == 0 || (m_row + 1) * m_columns >= m_values.size()) {
            m_row = size();
            return false;
        }
        ++m_row;
        return true;
    }
    /** Column `i` of the current row (a default QVariant outside the rows or columns). */
    [[nodiscard]] const QVariant &value(int i) const
    {
        static const QVariant none;
        if (m_row < 0 || m_row >= size() || i < 0 || i >= m_columns)
            return none;
        return m_values[m_row * m_columns + i];
    }
    [[nodiscard]] bool isNull(int i) const { return value(i).isNull(); }
    [[nodiscard]] qsizetype size() const { return m_columns == 0 ? 0 : m_values.size() / m_columns; }
    [[nodiscard]] int columnCount() const { return m_columns; }
    /** Nothing to release (the rows are already read); kept so QSqlQuery code reads the same. */
    void finish() {}

private:
    int m_columns = 0;
    QList<QVariant> m_values;
    qsizetype m_row = -1;
};

} // namespace sgl::storage
