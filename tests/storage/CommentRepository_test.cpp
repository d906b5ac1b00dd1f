// The comment library and the biologists' comments on dossiers (migration 0601) on both
// databases: templates versioned and audited, comments never deleted, reads of comments audited.

#include "Samples.h"
#include "StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/CommentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientRepository.h"
#include "storage/ResultRepository.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::actor;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::CommentRepository;

namespace {

class CommentRepositoryTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_patient = sgl::testing::samplePatient();
        m_dossier.number = u"D2026-000042"_s;
        auto s = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            if (auto p = storage::PatientRepository::insert(tx, m_patient, actor()); !p)
                return p;
            m_dossier.patientId = m_patient.id;
            if (auto d = storage::DossierRepository::insert(tx, m_dossier, actor()); !d)
                return d;
            m_result = sgl::testing::sampleResult(m_dossier.id, m_patient.id, u"K"_s,
                                                  domain::ResultValue::numeric(u"6.1"_s, u"mmol/L"_s),
                                                  QDateTime::currentDateTimeUtc());
            return storage::ResultRepository::insert(tx, m_result, actor());
        });
        ASSERT_TRUE(s) << s.error().toString().toStdString();
    }

    QStringList actions(const QString &entityType, const QString &id)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::forEntity(tx, entityType, id); });
        QStringList out;
        for (const auto &e : r.value_or(QList<domain::AuditEntry>{}))
            out << e.action;
        return out;
    }

    domain::Patient m_patient;
    domain::Dossier m_dossier;
    domain::LabResult m_result;
};

domain::CommentTemplate ctrl()
{
    domain::CommentTemplate t;
    t.code = u"CTRL"_s;
    t.text = u"À contrôler sur un nouveau prélèvement."_s;
    t.printedByDefault = true;
    return t;
}

} // namespace

TEST_P(CommentRepositoryTest, TemplatesAreVersionedAuditedAndNeverDuplicated)
{
    domain::CommentTemplate t = ctrl();
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return CommentRepository::insertTemplate(tx, t, actor()); }));
    EXPECT_EQ(t.version, 1);
    domain::CommentTemplate twice = ctrl();
    auto dup = m_db->write([&](storage::WriteTx &tx) { return CommentRepository::insertTemplate(tx, twice, actor()); });
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, QString(storage::errc::Duplicate));

    domain::CommentTemplate edited = t;
    edited.text = u"Résultat à contrôler sur un nouveau prélèvement."_s;
    edited.printedByDefault = false;
    edited.chapterCode = u"BIOCHIMIE"_s;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return CommentRepository::updateTemplate(tx, edited, actor()); }));
    EXPECT_EQ(edited.version, 2);
    // The same screen saved again: stale.
    domain::CommentTemplate stale = t;
    stale.active = false;
    auto conflict = m_db->write([&](storage::WriteTx &tx) { return CommentRepository::updateTemplate(tx, stale, actor()); });
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, QString(storage::errc::Conflict));

    auto back = m_db->read([](storage::ReadTx &tx) { return CommentRepository::findTemplate(tx, u"CTRL"_s); });
    ASSERT_TRUE(back && *back);
    EXPECT_EQ((*back)->text, edited.text);
    EXPECT_FALSE((*back)->printedByDefault);
    EXPECT_EQ((*back)->chapterCode, u"BIOCHIMIE"_s);
    EXPECT_TRUE((*back)->active);
    EXPECT_EQ((*back)->version, 2);
    EXPECT_EQ((*back)->updatedBy, u"bio1"_s);
    auto none = m_db->read([](storage::ReadTx &tx) { return CommentRepository::findTemplate(tx, u"NOPE"_s); });
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
    EXPECT_EQ(actions(u"comment_template"_s, u"CTRL"_s),
              (QStringList{u"comment_template.create"_s, u"comment_template.update"_s}));
}

TEST_P(CommentRepositoryTest, CommentsAreKeptWhenRemovedAndReadsAreAudited)
{
    domain::DossierComment onResult;
    onResult.dossierId = m_dossier.id;
    onResult.resultId = m_result.id;
    onResult.templateCode = u"HEMOL"_s;
    onResult.text = u"Échantillon hémolysé."_s;
    onResult.printed = true;
    domain::DossierComment onDossier;
    onDossier.dossierId = m_dossier.id;
    onDossier.text = u"Patient rappelé, prescripteur prévenu."_s;
    auto added = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto s = CommentRepository::insertComment(tx, onResult, actor()); !s)
            return s;
        return CommentRepository::insertComment(tx, onDossier, actor());
    });
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    EXPECT_GT(onResult.id, 0);
    EXPECT_EQ(onResult.author, u"bio1"_s);

    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return CommentRepository::markRemoved(tx, m_dossier.id, onDossier.id, u"mauvais dossier"_s, actor());
    }));
    auto again = m_db->write([&](storage::WriteTx &tx) {
        return CommentRepository::markRemoved(tx, m_dossier.id, onDossier.id, u"encore"_s, actor());
    });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QString(storage::errc::Conflict));
    auto otherDossier = m_db->write([&](storage::WriteTx &tx) {
        return CommentRepository::markRemoved(tx, m_dossier.id + 1000, onResult.id, u"x"_s, actor());
    });
    ASSERT_FALSE(otherDossier) << "a comment is removed only through its own dossier";

    auto list = m_db->write([&](storage::WriteTx &tx) { return CommentRepository::forDossier(tx, m_dossier.id, actor()); });
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    ASSERT_EQ(list->size(), 2) << "a removed comment stays";
    const domain::DossierComment &r0 = list->at(0);
    EXPECT_EQ(r0.resultId, m_result.id);
    EXPECT_EQ(r0.analysisCode, u"K"_s);
    EXPECT_EQ(r0.templateCode, u"HEMOL"_s);
    EXPECT_TRUE(r0.printed);
    EXPECT_FALSE(r0.removed);
    EXPECT_TRUE(r0.at.isValid());
    EXPECT_FALSE(r0.removedAt.isValid());
    const domain::DossierComment &r1 = list->at(1);
    EXPECT_EQ(r1.resultId, 0);
    EXPECT_TRUE(r1.analysisCode.isEmpty());
    EXPECT_FALSE(r1.printed);
    EXPECT_TRUE(r1.removed);
    EXPECT_EQ(r1.removedBy, u"bio1"_s);
    EXPECT_EQ(r1.removalReason, u"mauvais dossier"_s);
    EXPECT_TRUE(r1.removedAt.isValid());

    const QStringList trail = actions(u"dossier"_s, QString::number(m_dossier.id));
    EXPECT_EQ(trail.count(u"validation.comment_add"_s), 2);
    EXPECT_EQ(trail.count(u"validation.comment_remove"_s), 1);
    EXPECT_EQ(trail.count(u"comment.read_dossier"_s), 1) << "the audited read leaves its row";
}

TEST_P(CommentRepositoryTest, AResultOfAnotherDossierIsRefusedByTheDatabase)
{
    domain::DossierComment c;
    c.dossierId = m_dossier.id;
    c.resultId = m_result.id + 999;
    c.text = u"x"_s;
    auto s = m_db->write([&](storage::WriteTx &tx) { return CommentRepository::insertComment(tx, c, actor()); });
    EXPECT_FALSE(s) << "foreign key to results";
}

INSTANTIATE_TEST_SUITE_P(Backends, CommentRepositoryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
