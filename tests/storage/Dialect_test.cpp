#include "storage/Dialect.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::storage::Dialect;

namespace {

// What isoUtc() and dateTimeFromDb() did through QDateTime's own formatting and parsing: the
// digit-by-digit versions must give exactly the same texts and times.
QString qtIsoUtc(const QDateTime &v)
{
    return v.isValid() ? v.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z' : QString();
}

QDateTime qtFromDb(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

QList<QDateTime> samples()
{
    QList<QDateTime> out{
        QDateTime(QDate(2026, 12, 6), QTime(8, 30, 0, 0), Qt::UTC),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 7), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(999, 3, 4), QTime(5, 6, 7, 80), Qt::UTC),
        QDateTime(QDate(1000, 1, 1), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1975, 6, 14), QTime(1, 2, 3, 4), QTimeZone(3600 * 5 + 1800)),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone(-3600 * 7)),
        QDateTime(QDate(2026, 7, 1), QTime(9, 15), Qt::LocalTime),
    };
    for (qint64 ms = 0; ms < 400LL * 24 * 3600 * 1000; ms += 7919LL * 1000 * 37 + 13)
        out << QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + ms, Qt::UTC);
    return out;
}

} // namespace

TEST(Dialect, IsoUtcWritesWhatQtFormatted)
{
    for (const QDateTime &v : samples())
        EXPECT_EQ(Dialect::isoUtc(v), qtIsoUtc(v)) << qtIsoUtc(v).toStdString();
    EXPECT_TRUE(Dialect::isoUtc(QDateTime()).isNull());
    // Outside the four-digit years the text is Qt's own.
    const QDateTime far(QDate(12345, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    EXPECT_EQ(Dialect::isoUtc(far), qtIsoUtc(far));
    EXPECT_EQ(Dialect::isoUtc(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)), u"2026-01-02T03:04:05.006Z"_s);
}

TEST(Dialect, DateTimeFromDbReadsWhatQtRead)
{
    const Dialect sqlite(Dialect::Kind::Sqlite);
    for (const QDateTime &v : samples()) {
        const QString text = Dialect::isoUtc(v);
        const QDateTime read = sqlite.dateTimeFromDb(text);
        EXPECT_EQ(read, v) << text.toStdString();
        EXPECT_EQ(read, qtFromDb(text)) << text.toStdString();
        EXPECT_EQ(read.timeSpec(), qtFromDb(text).timeSpec()) << text.toStdString();
        EXPECT_EQ(Dialect::isoUtc(read), text);
    }
}

TEST(Dialect, DateTimeFromDbKeepsQtsAnswerForOtherTexts)
{
    const Dialect sqlite(Dialect::Kind::Sqlite);
    // Not the stored form, or not a valid time: read (or refused) exactly as before.
    for (const QString &text : {u"2026-12-06T08:30:00Z"_s, u"2026-12-06T08:30:00.123+02:00"_s,
                                u"2026-12-06T08:30:00.123"_s, u"2026-12-06"_s, u"2026-02-30T08:30:00.000Z"_s,
                                u"2026-12-06T24:00:00.000Z"_s, u"2026-12-06T23:59:60.000Z"_s,
                                u"2026-12-06T08:3x:00.000Z"_s, u"2026-12-06 08:30:00.000Z"_s,
                                u"+026-12-06T08:30:00.000Z"_s, u"2026-13-06T08:30:00.000Z"_s, u"garbage"_s,
                                u""_s}) {
        const QDateTime read = sqlite.dateTimeFromDb(text);
        const QDateTime qt = qtFromDb(text);
        EXPECT_EQ(read.isValid(), qt.isValid()) << text.toStdString();
        EXPECT_EQ(read, qt) << text.toStdString();
    }
    EXPECT_FALSE(sqlite.dateTimeFromDb(u"2026-02-30T08:30:00.000Z"_s).isValid());
    EXPECT_FALSE(sqlite.dateTimeFromDb(QVariant()).isValid());
}
