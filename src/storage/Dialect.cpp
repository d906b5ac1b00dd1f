#include "storage/Dialect.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {
int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // primary result code even if extended codes are on
}
} // namespace

QString Dialect::name() const
{
    return m_kind == Kind::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

QString Dialect::driverName() const
{
    return m_kind == Kind::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString Dialect::beginWriteSql() const
{
    return m_kind == Kind::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString Dialect::beginReadSql() const
{
    return m_kind == Kind::Sqlite ? u"BEGIN DEFERRED"_s : u"BEGIN READ ONLY"_s;
}

QString Dialect::identityColumnType() const
{
    return m_kind == Kind::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                  : u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s;
}

QString Dialect::timestampType() const
{
    return m_kind == Kind::Sqlite ? u"TEXT"_s : u"TIMESTAMPTZ"_s;
}

QString Dialect::blobType() const
{
    return m_kind == Kind::Sqlite ? u"BLOB"_s : u"BYTEA"_s;
}

QString Dialect::boolType() const
{
    return m_kind == Kind::Sqlite ? u"INTEGER"_s : u"BOOLEAN"_s;
}

QString Dialect::forUpdate() const
{
    return m_kind == Kind::Sqlite ? QString() : u" FOR UPDATE"_s;
}

QString Dialect::forUpdateSkipLocked() const
{
    return m_kind == Kind::Sqlite ? QString() : u" FOR UPDATE SKIP LOCKED"_s;
}

QString Dialect::upsertSql(const QString &table, const QStringList &keyColumns,
                           const QStringList &columns) const
{
    QStringList marks;
    QStringList sets;
    for (const QString &c : columns) {
        marks << u"?"_s;
        if (!keyColumns.contains(c))
            sets << u"%1 = excluded.%1"_s.arg(c);
    }
    // Same syntax on both back ends (SQLite >= 3.24); kept here so a third dialect has one place.
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) "_s.arg(
        table, columns.join(u", "_s), marks.join(u", "_s), keyColumns.join(u", "_s));
    sql += sets.isEmpty() ? u"DO NOTHING"_s : u"DO UPDATE SET "_s + sets.join(u", "_s);
    return sql;
}

QString Dialect::insertIgnoringConflictSql(const QString &table, const QStringList &keyColumns,
                                           const QStringList &columns) const
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING"_s.arg(
        table, columns.join(u", "_s), marks.join(u", "_s), keyColumns.join(u", "_s));
}

QStringList Dialect::analyzeSql(const QString &table) const
{
    if (m_kind == Kind::Sqlite)
        return {u"PRAGMA analysis_limit = 1000"_s, u"ANALYZE "_s + table};
    return {u"ANALYZE "_s + table};
}

int Dialect::rowsPerInsert(int columns) const
{
    if (columns <= 0)
        return 1;
    // PostgreSQL accepts 65535 parameters per statement, SQLite 32766 (3.32 on; RETURNING,
    // which every insert uses, needs 3.35); stay well below, and keep statements of a
    // reasonable size for the parser. On SQLite too one statement of n rows costs much less
    // than n executions of a one-row statement (the binding and per-execution set-up of the
    // driver, the CHECK lists SQLite rebuilds at each execution): the fifteen history rows of
    // an analyzer message are one statement.
    return std::clamp(30000 / columns, 1, 500);
}

QString Dialect::isoUtc(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    // Written digit by digit: QDateTime::toString(format) goes through the locale machinery,
    // and every stored time of every row passes here. Years outside 1..9999 keep Qt's text.
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
    char16_t text[24];
    auto digits = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    digits(0, date.year(), 4);
    text[4] = u'-';
    digits(5, date.month(), 2);
    text[7] = u'-';
    digits(8, date.day(), 2);
    text[10] = u'T';
    digits(11, time.hour(), 2);
    text[13] = u':';
    digits(14, time.minute(), 2);
    text[16] = u':';
    digits(17, time.second(), 2);
    text[19] = u'.';
    digits(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

namespace {
/**
 * isoUtc()'s own text, "yyyy-MM-ddTHH:mm:ss.zzzZ", read without QDateTime::fromString (every
 * time of every row read passes here); an invalid QDateTime for anything else.
 */
QDateTime fromIsoUtc(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':'
        || s[19] != u'.' || s[23] != u'Z')
        return {};
    bool ok = true;
    auto number = [&](int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = s[i].unicode();
            ok = ok && c >= u'0' && c <= u'9';
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QVariant Dialect::toDb(const QDate &value) const
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate Dialect::dateFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant Dialect::toDb(const QDateTime &value) const
{
    if (!value.isValid())
        return QVariant(); // NULL
    if (m_kind == Kind::Sqlite)
        return isoUtc(value);
    // QPSQL sends an ISO string with offset; drop sub-millisecond precision for round trips.
    QDateTime utc = value.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second(),
                      utc.time().msec()));
    return utc;
}

QVariant Dialect::toDb(bool value) const
{
    return m_kind == Kind::Sqlite ? QVariant(value ? 1 : 0) : QVariant(value);
}

QDateTime Dialect::dateTimeFromDb(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    if (QDateTime fast = fromIsoUtc(text); fast.isValid())
        return fast;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

bool Dialect::boolFromDb(const QVariant &value) const
{
    if (value.metaType().id() == QMetaType::QString) {
        const QString s = value.toString();
        return s == u"t"_s || s == u"true"_s || s == u"1"_s;
    }
    return value.toBool();
}

bool Dialect::isRetryable(const QSqlError &error) const
{
    if (m_kind == Kind::Sqlite) {
        const int c = sqliteCode(error);
        return c == 5 /*SQLITE_BUSY*/ || c == 6 /*SQLITE_LOCKED*/;
    }
    const QString state = error.nativeErrorCode();
    return state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s;
}

bool Dialect::isUniqueViolation(const QSqlError &error) const
{
    if (m_kind == Kind::Sqlite)
        return sqliteCode(error) == 19 && error.databaseText().contains(u"UNIQUE"_s);
    return error.nativeErrorCode() == u"23505"_s;
}

bool Dialect::isConstraintViolation(const QSqlError &error) const
{
    if (m_kind == Kind::Sqlite)
        return sqliteCode(error) == 19;
    return error.nativeErrorCode().startsWith(u"23"_s);
}

bool Dialect::isCorruption(const QSqlError &error) const
{
    if (m_kind != Kind::Sqlite)
        return false;
    const int c = sqliteCode(error);
    return c == 26 /*SQLITE_NOTADB*/ || c == 11 /*SQLITE_CORRUPT*/;
}

} // namespace sgl::storage
