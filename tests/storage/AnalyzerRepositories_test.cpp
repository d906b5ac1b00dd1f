// Storage of analyzer connectivity (issue 11): profiles with their history and optimistic lock,
// raw messages unique by digest per profile, held items (order, re-try lookup, optimistic lock),
// QC results. Both databases.

#include "StorageFixture.h"

#include "storage/AnalyzerHeldItemRepository.h"
#include "storage/AnalyzerMessageRepository.h"
#include "storage/AnalyzerProfileRepository.h"
#include "storage/AnalyzerQcResultRepository.h"
#include "storage/ErrorCodes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;

namespace {

class AnalyzerRepositoriesTest : public sgl::testing::StorageTest {
protected:
    qint64 message(const QByteArray &raw, const QString &profile = u"xn-550"_s)
    {
        storage::AnalyzerMessageRow m;
        m.profileName = profile;
        m.protocol = u"astm"_s;
        m.peer = u"10.0.0.7:5000"_s;
        m.controlId = u"42"_s;
        m.raw = raw;
        m.digest = QString::fromLatin1(raw.toHex()).leftJustified(64, u'0');
        m.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
        auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerMessageRepository::insert(tx, m); });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return m.id;
    }
};

TEST_P(AnalyzerRepositoriesTest, MessagesAreKeptRawAndUniqueByDigestPerProfile)
{
    const QByteArray raw("H|\\^&\rR|1|^^^WBC|7.5\r\0\xff", 22);
    const qint64 id = message(raw);
    ASSERT_GT(id, 0);
    auto got = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::get(tx, id); });
    ASSERT_TRUE(got);
    EXPECT_EQ(got->raw, raw); // bytes, not text: NUL and 0xff survive
    EXPECT_EQ(got->peer, u"10.0.0.7:5000"_s);
    EXPECT_EQ(got->receivedAt, QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()));
    auto found = m_db->read([&](storage::ReadTx &tx) {
        return storage::AnalyzerMessageRepository::findByDigest(tx, u"xn-550"_s, got->digest);
    });
    ASSERT_TRUE(found);
    EXPECT_EQ(found->value_or(0), id);

    storage::AnalyzerMessageRow again = *got;
    auto dup = m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerMessageRepository::insert(tx, again); });
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, storage::errc::Duplicate);
    EXPECT_GT(message(raw, u"other"_s), 0); // another profile: another message

    got->storedCount = 3;
    got->heldCount = 1;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerMessageRepository::setCounts(tx, *got); }));
    auto counted = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::get(tx, id); });
    EXPECT_EQ(counted->storedCount, 3);
    EXPECT_EQ(counted->heldCount, 1);
    auto missing = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::get(tx, 99999); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);
}

TEST_P(AnalyzerRepositoriesTest, HeldItemsOpenFirstWithOptimisticLock)
{
    const qint64 msg = message("M1");
    QList<storage::AnalyzerHeldRow> rows;
    for (int i = 0; i < 3; ++i) {
        storage::AnalyzerHeldRow h;
        h.messageId = msg;
        h.profileName = u"xn-550"_s;
        h.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(8, i), QTimeZone::utc());
        h.specimenId = u"TUBE%1"_s.arg(i);
        h.testCode = i == 2 ? u"PLT"_s : u"WBC"_s;
        h.valueText = u"7.5"_s;
        h.instrumentFlags = {u"H"_s, u"W"_s};
        h.reasonCode = u"analyzer.unmapped_test"_s;
        h.reasonText = u"Code inconnu"_s;
        auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerHeldItemRepository::insert(tx, h); });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
        EXPECT_EQ(h.version, 1);
        rows << h;
    }
    storage::AnalyzerHeldRow noReason;
    noReason.messageId = msg;
    EXPECT_FALSE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerHeldItemRepository::insert(tx, noReason); }));

    // Resolve the first: open ones first (oldest first), then resolved.
    rows[0].state = u"rejected"_s;
    rows[0].resolvedBy = u"technicien"_s;
    rows[0].resolvedAt = QDateTime::currentDateTimeUtc();
    rows[0].resolution = u"tube de test"_s;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerHeldItemRepository::update(tx, rows[0]); }));
    EXPECT_EQ(rows[0].version, 2);
    storage::AnalyzerHeldRow stale = rows[0];
    stale.version = 1;
    auto conflict = m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerHeldItemRepository::update(tx, stale); });
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, storage::errc::Conflict);

    auto open = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::list(tx, false, 100); });
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 2);
    EXPECT_EQ(open->at(0).specimenId, u"TUBE1"_s);
    EXPECT_EQ(open->at(0).instrumentFlags, (QStringList{u"H"_s, u"W"_s}));
    auto all = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::list(tx, true, 100); });
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).state, u"rejected"_s);
    EXPECT_EQ(all->at(2).resolution, u"tube de test"_s);
    auto wbc = m_db->read([](storage::ReadTx &tx) {
        return storage::AnalyzerHeldItemRepository::openFor(tx, u"xn-550"_s, u"WBC"_s, u"analyzer.unmapped_test"_s);
    });
    ASSERT_EQ(wbc->size(), 1);
    EXPECT_EQ(wbc->first().id, rows[1].id);
    auto count = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::openCount(tx); });
    EXPECT_EQ(*count, 2);
    // A bad state is refused by the schema.
    rows[1].state = u"lost"_s;
    EXPECT_FALSE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerHeldItemRepository::update(tx, rows[1]); }));
}

TEST_P(AnalyzerRepositoriesTest, QcResultsAndProfilesWithHistory)
{
    const qint64 msg = message("QC");
    storage::AnalyzerQcRow q;
    q.messageId = msg;
    q.profileName = u"xn-550"_s;
    q.specimenId = u"QC-L1"_s;
    q.lot = u"LOT7"_s;
    q.testCode = u"WBC"_s;
    q.valueText = u"7.2"_s;
    q.flags = {u"N"_s};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerQcResultRepository::insert(tx, q); }));
    auto qcs = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerQcResultRepository::forTest(tx, u"xn-550"_s, u"WBC"_s); });
    ASSERT_EQ(qcs->size(), 1);
    EXPECT_EQ(qcs->first().lot, u"LOT7"_s);
    EXPECT_FALSE(qcs->first().observedAt.isValid());

    storage::AnalyzerProfileRow p;
    p.name = u"xn-550"_s;
    p.label = u"Sysmex XN-550"_s;
    p.analyzerId = u"XN"_s;
    p.protocol = u"astm"_s;
    p.document = R"({"name":"xn-550"})";
    p.updatedBy = u"admin"_s;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerProfileRepository::insert(tx, p, u"mise en service"_s); }));
    EXPECT_EQ(p.version, 1);
    auto dup = p;
    EXPECT_EQ(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerProfileRepository::insert(tx, dup, u"r"_s); })
                  .error()
                  .code,
              storage::errc::Duplicate);
    p.document = R"({"name":"xn-550","label":"2"})";
    p.active = false;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerProfileRepository::update(tx, p, u"révision"_s); }));
    EXPECT_EQ(p.version, 2);
    auto stale = p;
    stale.version = 1;
    EXPECT_EQ(m_db->write([&](storage::WriteTx &tx) { return storage::AnalyzerProfileRepository::update(tx, stale, u"r"_s); })
                  .error()
                  .code,
              storage::errc::Conflict);
    auto got = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerProfileRepository::byName(tx, u"xn-550"_s); });
    ASSERT_TRUE(got && got->has_value());
    EXPECT_FALSE((*got)->active);
    EXPECT_EQ((*got)->document, p.document);
    auto history = m_db->read([](storage::ReadTx &tx) { return storage::AnalyzerProfileRepository::history(tx, u"xn-550"_s); });
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).previousDocument, QByteArray(R"({"name":"xn-550"})"));
    EXPECT_EQ(history->at(1).reason, u"révision"_s);
    EXPECT_EQ(history->at(1).version, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerRepositoriesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);

} // namespace
