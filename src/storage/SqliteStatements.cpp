#include "storage/SqliteStatements.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {

/** QSqlResultPrivate::isVariantNull as QSQLiteResult::exec applies it (Qt 6.4). */
bool boundAsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QUuid: return static_cast<const QUuid *>(v.constData())->isNull();
    default: return false;
    }
}

/**
 * Binds `text` as UTF-8, converted by Qt and kept alive in `keep` until the statement is reset:
 * given UTF-16, SQLite would convert it to the database's UTF-8 itself, character by character
 * (the audit images are kilobytes long).
 */
int bindText(sqlite3_stmt *s, int at, QStringView text, QList<QByteArray> &keep)
{
    if (text.isEmpty())
        return sqlite3_bind_text(s, at, "", 0, SQLITE_STATIC); // a text, never NULL
    keep.append(text.toUtf8());
    const QByteArray &utf8 = keep.constLast();
    return sqlite3_bind_text(s, at, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

int bindOne(sqlite3_stmt *s, int at, const QVariant &v, QList<QByteArray> &keep)
{
    if (v.typeId() == QMetaType::QString) {
        // A null QString is an empty text (Database::execPrepared's convention, NOT NULL DEFAULT '').
        return bindText(s, at, *static_cast<const QString *>(v.constData()), keep);
    }
    if (boundAsNull(v))
        return sqlite3_bind_null(s, at);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const auto *ba = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(s, at, ba->constData(), int(ba->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(s, at, v.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(s, at, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, at, v.toLongLong());
    case QMetaType::QDateTime:
        return bindText(s, at, v.toDateTime().toString(Qt::ISODateWithMs), keep);
    case QMetaType::QTime:
        return bindText(s, at, v.toTime().toString(u"hh:mm:ss.zzz"), keep);
    default:
        return bindText(s, at, v.toString(), keep);
    }
}

} // namespace

SqliteStatements::SqliteStatements(sqlite3 *connection)
    : m_db(connection)
{
}

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    for (sqlite3_stmt *s : std::as_const(m_cache))
        sqlite3_finalize(s);
    m_cache.clear();
}

QSqlError SqliteStatements::error(const QString &what, int code) const
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                     QString::number(code));
}

std::expected<sqlite3_stmt *, QSqlError> SqliteStatements::statement(const QString &sql)
{
    if (auto it = m_cache.constFind(sql); it != m_cache.cend())
        return *it;
    constexpr qsizetype kCacheLimit = 512;
    if (m_cache.size() >= kCacheLimit)
        clear(); // every cached statement is reset between runs: none is in use here
    sqlite3_stmt *s = nullptr;
    const void *tail = nullptr;
    const auto *text = reinterpret_cast<const char16_t *>(sql.utf16());
    const int rc = sqlite3_prepare16_v3(m_db, text, int(sql.size() * qsizetype(sizeof(char16_t))),
                                        SQLITE_PREPARE_PERSISTENT, &s, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(s);
        return std::unexpected(error(u"Unable to execute statement"_s, rc));
    }
    const auto rest = QStringView(static_cast<const char16_t *>(tail), text + sql.size());
    if (s && !rest.trimmed().isEmpty()) {
        sqlite3_finalize(s);
        return std::unexpected(QSqlError(u"Unable to execute multiple statements at a time"_s, QString(),
                                         QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
    }
    if (!s) // only a comment or white space
        return std::unexpected(QSqlError(u"Unable to execute statement"_s, u"empty statement"_s,
                                         QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
    m_cache.insert(sql, s);
    return s;
}

std::expected<sqlite3_stmt *, QSqlError> SqliteStatements::bound(const QString &sql, const QVariantList &binds)
{
    auto s = statement(sql);
    if (!s)
        return s;
    sqlite3_stmt *st = *s;
    if (sqlite3_bind_parameter_count(st) != binds.size())
        return std::unexpected(QSqlError(u"Parameter count mismatch"_s, QString(), QSqlError::StatementError));
    for (qsizetype i = 0; i < binds.size(); ++i) {
        if (const int rc = bindOne(st, int(i) + 1, binds[i], m_keep); rc != SQLITE_OK) {
            sqlite3_clear_bindings(st);
            m_keep.clear();
            return std::unexpected(error(u"Unable to bind parameters"_s, rc));
        }
    }
    return st;
}

std::expected<RowSet, QSqlError> SqliteStatements::select(const QString &sql, const QVariantList &binds)
{
    auto s = bound(sql, binds);
    if (!s)
        return std::unexpected(s.error());
    sqlite3_stmt *st = *s;
    const int columns = sqlite3_column_count(st);
    QList<QVariant> values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_INTEGER:
                values.emplaceBack(qint64(sqlite3_column_int64(st, i)));
                break;
            case SQLITE_FLOAT:
                values.emplaceBack(sqlite3_column_double(st, i));
                break;
            case SQLITE_BLOB:
                values.emplaceBack(QByteArray(static_cast<const char *>(sqlite3_column_blob(st, i)),
                                              sqlite3_column_bytes(st, i)));
                break;
            case SQLITE_NULL:
                values.emplaceBack(QMetaType::fromType<QString>());
                break;
            default: {
                // Stored text is the UTF-8 SQLite made of what was bound; Qt's converter is the
                // faster of the two (QSQLiteResult asks SQLite for UTF-16).
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                values.emplaceBack(QString::fromUtf8(text, sqlite3_column_bytes(st, i)));
                break;
            }
            }
        }
    }
    std::expected<RowSet, QSqlError> result;
    if (rc == SQLITE_DONE)
        result = RowSet(columns, std::move(values));
    else
        result = std::unexpected(error(u"Unable to fetch row"_s, rc));
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    m_keep.clear();
    return result;
}

std::expected<SqliteStatements::Outcome, QSqlError>
SqliteStatements::run(const QString &sql, const QVariantList &binds, bool collectFirstColumn)
{
    auto s = bound(sql, binds);
    if (!s)
        return std::unexpected(s.error());
    sqlite3_stmt *st = *s;
    Outcome out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (collectFirstColumn)
            out.firstColumn << sqlite3_column_int64(st, 0);
    std::expected<Outcome, QSqlError> result;
    if (rc == SQLITE_DONE) {
        out.changes = sqlite3_changes64(m_db);
        result = std::move(out);
    } else {
        result = std::unexpected(error(u"Unable to fetch row"_s, rc));
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    m_keep.clear();
    return result;
}

} // namespace sgl::storage
