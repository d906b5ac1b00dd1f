#include "../../storage/Samples.h"
#include "../../storage/StorageFixture.h"

#include "storage/AuditRepository.h"
#include "workflow/audit/AuditAnchoring.h"
#include "workflow/audit/AuditVerifier.h"
#include "workflow/ErrorCodes.h"
#include "domain/ErrorCodes.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using workflow::AuditAnchoring;
using workflow::AuditVerifier;

namespace {
const QByteArray kKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

class AuditAnchoringTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        appendRows(3);
        m_file = m_scratch->directory() + u"/ancres.jsonl"_s;
    }
    void appendRows(int n)
    {
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            for (int i = 0; i < n; ++i) {
                auto a = storage::AuditRepository::append(tx, sgl::testing::actor(), u"patient.read"_s,
                                                          u"patient"_s, QString::number(i));
                if (!a)
                    return std::unexpected(a.error());
            }
            return {};
        }));
    }
    domain::Result<domain::AuditAnchor> anchor(const QByteArray &key = {})
    {
        AuditAnchoring anchoring(*m_db);
        return anchoring.anchorAsSystem(system(), m_file, key);
    }
    static domain::AuditActor system() { return domain::AuditActor::system(u"test"_s, u"ws"_s); }
    domain::Result<AuditVerifier::Report> verify(const QByteArray &key = {})
    {
        auto entries = AuditAnchoring::readAnchors(m_file);
        if (!entries)
            return std::unexpected(entries.error());
        AuditVerifier::Anchors anchors{*entries, key, m_file};
        return AuditVerifier(*m_db).verifyAsSystem(system(), &anchors);
    }
    qint64 headSeq()
    {
        auto h = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
        EXPECT_TRUE(h);
        return h ? h->first : -1;
    }
    QByteArray fileContent()
    {
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeFile(const QByteArray &content)
    {
        QFile f(m_file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    // What someone owning the database can do: drop the protection, delete the last rows from
    // `keepUpTo` + 1, and make audit_head point at row `keepUpTo` again.
    void truncateTailAndRewriteHead(qint64 keepUpTo)
    {
        if (GetParam() == Backend::Sqlite) {
            ASSERT_TRUE(rawExec(u"DROP TRIGGER audit_log_no_update"_s));
            ASSERT_TRUE(rawExec(u"DROP TRIGGER audit_log_no_delete"_s));
        } else {
            ASSERT_TRUE(rawExec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
        }
        auto row = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, keepUpTo); });
        ASSERT_TRUE(row && row->has_value());
        ASSERT_TRUE(rawExec(u"DELETE FROM audit_log WHERE seq > %1"_s.arg(keepUpTo)));
        ASSERT_TRUE(rawExec(u"UPDATE audit_head SET last_seq = %1, last_hash = '%2' WHERE id = 1"_s
                                .arg(keepUpTo)
                                .arg((*row)->hash)));
    }
    QString m_file;
};
} // namespace

TEST_P(AuditAnchoringTest, AnchorsAreNumberedLinesOfTheCurrentHeadAndAreAudited)
{
    auto first = anchor();
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->number, 1);
    EXPECT_EQ(first->seq, 3);
    EXPECT_FALSE(first->isSigned());
    auto id = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::databaseId(tx); });
    ASSERT_TRUE(id);
    EXPECT_EQ(first->databaseId, *id);
    // Taking the anchor was recorded as row 4, which the next anchor covers.
    auto row4 = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, 4); });
    ASSERT_TRUE(row4 && row4->has_value());
    EXPECT_EQ((*row4)->action, u"audit.anchor"_s);
    EXPECT_TRUE((*row4)->after.contains(u"\"seq\":3"_s)) << (*row4)->after.toStdString();
    auto second = anchor();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->number, 2);
    EXPECT_EQ(second->seq, 4);
    EXPECT_EQ(second->hash, (*row4)->hash);
    const QList<QByteArray> lines = fileContent().split('\n');
    ASSERT_EQ(lines.size(), 3); // two lines and the final newline
    EXPECT_EQ(lines[0], first->toLine());
    EXPECT_EQ(lines[1], second->toLine());
    EXPECT_TRUE(lines[2].isEmpty());
}

TEST_P(AuditAnchoringTest, IntactTrailVerifiesWithSignedAnchors)
{
    ASSERT_TRUE(anchor(kKey));
    appendRows(2);
    ASSERT_TRUE(anchor(kKey));
    auto report = verify(kKey);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_TRUE(report->intact());
    ASSERT_TRUE(report->anchors.has_value());
    EXPECT_EQ(report->anchors->anchorsChecked, 2);
    EXPECT_TRUE(report->anchors->notes.isEmpty());
    // The verification row records that anchors were checked, with the key.
    const qint64 verifyRow = headSeq();
    auto logged = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, verifyRow); });
    ASSERT_TRUE(logged && logged->has_value());
    EXPECT_EQ((*logged)->action, u"audit.verify"_s);
    EXPECT_TRUE((*logged)->after.contains(u"\"anchorsChecked\":2"_s)) << (*logged)->after.toStdString();
    EXPECT_TRUE((*logged)->after.contains(u"\"anchorKey\":true"_s)) << (*logged)->after.toStdString();
    // Without the key the content still matches; the report says the signatures were not checked.
    auto unkeyed = verify();
    ASSERT_TRUE(unkeyed);
    EXPECT_TRUE(unkeyed->intact());
    ASSERT_EQ(unkeyed->anchors->notes.size(), 1);
    EXPECT_TRUE(unkeyed->anchors->notes[0].contains(u"non vérifiées"_s));
}

TEST_P(AuditAnchoringTest, DeletedTailWithRewrittenHeadIsCaughtByTheAnchorsOnly)
{
    appendRows(3);          // rows 4..6
    ASSERT_TRUE(anchor(kKey)); // anchors row 6, writes row 7
    truncateTailAndRewriteHead(4);
    // The next scheduled anchor refuses to paper over it (and writes nothing anywhere).
    const QByteArray before = fileContent();
    auto refused = anchor(kKey);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, workflow::errc::AuditAnchorMismatch);
    EXPECT_TRUE(refused.error().message.contains(u"fin de piste supprimée"_s))
        << refused.error().message.toStdString();
    EXPECT_EQ(fileContent(), before);
    EXPECT_EQ(headSeq(), 4);
    auto plain = AuditVerifier(*m_db).verifyAsSystem(system());
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->intact()) << "the chain alone cannot see it (the limit anchors fix)";
    auto report = verify(kKey);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_FALSE(report->intact());
    EXPECT_TRUE(report->problems.isEmpty());
    ASSERT_EQ(report->anchors->problems.size(), 1);
    const auto &p = report->anchors->problems[0];
    EXPECT_EQ(p.kind, u"tail_deleted"_s);
    EXPECT_EQ(p.seq, 6);
    EXPECT_TRUE(p.message.startsWith(u"Ancre 1 (ligne 1 du fichier) : la ligne d'audit 6 n'existe plus — fin de piste supprimée"_s))
        << p.message.toStdString();
}

TEST_P(AuditAnchoringTest, TailRewrittenAfterTruncationIsCaught)
{
    appendRows(3);
    ASSERT_TRUE(anchor()); // anchors row 6
    truncateTailAndRewriteHead(4);
    appendRows(3); // new rows 5..7: row 6 exists again, with another hash
    auto report = verify();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->problems.isEmpty());
    ASSERT_EQ(report->anchors->problems.size(), 1);
    EXPECT_EQ(report->anchors->problems[0].kind, u"rewritten"_s);
    EXPECT_EQ(report->anchors->problems[0].seq, 6);
    auto refused = anchor();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, workflow::errc::AuditAnchorMismatch);
    EXPECT_TRUE(refused.error().message.contains(u"réécrite"_s));
}

TEST_P(AuditAnchoringTest, AnchoringRequiresThePermission)
{
    AuditAnchoring anchoring(*m_db);
    domain::UserSession tech;
    tech.userId = 1;
    tech.login = u"tech"_s;
    tech.roles = {domain::Role::Technician};
    auto denied = anchoring.anchor(tech, m_file, {});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, u"auth.forbidden"_s);
    EXPECT_FALSE(QFile::exists(m_file));
    domain::UserSession admin = tech;
    admin.roles = {domain::Role::Admin};
    auto ok = anchoring.anchor(admin, m_file, {});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
}

TEST_P(AuditAnchoringTest, SignedFileRefusesMissingOrWrongKeyAndForeignDatabase)
{
    ASSERT_TRUE(anchor(kKey));
    const QByteArray before = fileContent();
    auto noKey = anchor();
    ASSERT_FALSE(noKey);
    EXPECT_EQ(noKey.error().code, domain::errc::AuditAnchorKey);
    EXPECT_EQ(noKey.error().location, m_file + u":1"_s);
    auto wrongKey = anchor(QByteArrayLiteral("une autre clé de trente-deux oct"));
    ASSERT_FALSE(wrongKey);
    EXPECT_EQ(wrongKey.error().code, domain::errc::AuditAnchorKey);
    EXPECT_EQ(fileContent(), before);

    // The same file used for another database.
    sgl::testing::ScratchDatabase other(GetParam());
    auto url = storage::DbUrl::parse(other.url());
    ASSERT_TRUE(url);
    auto db = storage::Database::open(*url);
    ASSERT_TRUE(db);
    ASSERT_TRUE(storage::MigrationRunner(**db).migrate());
    auto foreign = AuditAnchoring(**db).anchorAsSystem(system(), m_file, kKey);
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, domain::errc::AuditAnchorForeign);
    EXPECT_EQ(fileContent(), before);
    auto entries = AuditAnchoring::readAnchors(m_file);
    ASSERT_TRUE(entries);
    AuditVerifier::Anchors anchors{*entries, kKey, m_file};
    auto report = AuditVerifier(**db).verifyAsSystem(system(), &anchors);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->anchors->problems.size(), 1);
    EXPECT_EQ(report->anchors->problems[0].kind, u"other_database"_s);
    db->reset();
}

TEST_P(AuditAnchoringTest, BadAnchorFilesAreRefusedWithoutWriting)
{
    writeFile(QByteArrayLiteral("{\"pas\":\"une ancre\"}\n"));
    auto refused = anchor();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::errc::AuditAnchorMalformed);
    EXPECT_EQ(refused.error().location, m_file + u":1"_s);
    EXPECT_EQ(fileContent(), QByteArrayLiteral("{\"pas\":\"une ancre\"}\n"));
    auto unreadable = verify();
    ASSERT_FALSE(unreadable);
    EXPECT_EQ(unreadable.error().code, domain::errc::AuditAnchorMalformed);

    writeFile({});
    auto empty = verify();
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, domain::errc::AuditAnchorEmpty);

    m_file = m_scratch->directory() + u"/absent/ancres.jsonl"_s;
    auto missing = AuditAnchoring::readAnchors(m_file);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, domain::errc::AuditAnchorFile);
    auto cannotCreate = anchor();
    ASSERT_FALSE(cannotCreate);
    EXPECT_EQ(cannotCreate.error().code, domain::errc::AuditAnchorFile);
}

TEST_P(AuditAnchoringTest, LastLineWithoutNewlineIsNotGluedTo)
{
    auto first = anchor();
    ASSERT_TRUE(first);
    writeFile(first->toLine()); // a copy that lost its final newline
    auto second = anchor();
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_EQ(fileContent(), first->toLine() + '\n' + second->toLine() + '\n');
    auto report = verify();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

TEST(AuditAnchoringKey, KeyFilesAreValidated)
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.path() + u'/' + name);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    };
    auto good = AuditAnchoring::readKey(write(u"k1"_s, kKey + "\n"));
    ASSERT_TRUE(good);
    EXPECT_EQ(*good, kKey);
    auto shortKey = AuditAnchoring::readKey(write(u"k2"_s, "court\n"));
    ASSERT_FALSE(shortKey);
    EXPECT_EQ(shortKey.error().code, domain::errc::AuditAnchorKey);
    EXPECT_TRUE(shortKey.error().message.contains(u"trop courte"_s));
    auto huge = AuditAnchoring::readKey(write(u"k3"_s, QByteArray(5000, 'x')));
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().code, domain::errc::AuditAnchorKey);
    auto missing = AuditAnchoring::readKey(dir.path() + u"/absent"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, domain::errc::AuditAnchorKey);
    EXPECT_EQ(missing.error().location, dir.path() + u"/absent"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditAnchoringTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
