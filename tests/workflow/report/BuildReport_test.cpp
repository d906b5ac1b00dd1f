#include "CdaTestFixtures.h"
#include "StorageFixture.h"

#include "domain/lab/Dossier.h"
#include "storage/Database.h"
#include "storage/DocumentRepository.h"
#include "storage/DossierRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/PatientRepository.h"
#include "storage/ReportRepository.h"
#include "workflow/report/BuildReport.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using workflow::report::BuildReport;

namespace {

class BuildReportTest : public sgl::testing::StorageTest {
protected:
    void SetUp() override
    {
        sgl::testing::StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const domain::AuditActor actor{0, u"test"_s, u"poste"_s};
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Patient p = test::qualifiedPatient();
            p.id = 0;
            if (auto r = storage::PatientRepository::insert(tx, p, actor); !r)
                return r;
            domain::Dossier d;
            d.number = u"D2026-000042"_s;
            d.patientId = p.id;
            d.createdBy = u"test"_s;
            if (auto r = storage::DossierRepository::insert(tx, d, actor); !r)
                return r;
            m_dossierId = d.id;
            return {};
        });
        ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    }

    BuildReport builder(BuildReport::PdfRenderer renderer = nullptr)
    {
        if (!renderer)
            renderer = [](const domain::ReportContent &c) -> domain::Result<QByteArray> {
                return test::minimalPdf(c.patientVersion ? u"Copie patient"_s : u"Compte rendu"_s);
            };
        return BuildReport(*m_db, renderer, {u"1.2.250.1.999.7.1"_s});
    }

    int versionCount()
    {
        auto v = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, m_dossierId); });
        return v ? static_cast<int>(v->size()) : -1;
    }

    qint64 m_dossierId = 0;
    domain::AuditActor m_actor{0, u"biologiste"_s, u"poste"_s};
};

} // namespace

TEST_P(BuildReportTest, StoresVersionAndEveryDocumentWithItsHash)
{
    auto v = builder().run(m_dossierId, test::sampleReport(), m_actor);
    ASSERT_TRUE(v.has_value()) << v.error().message.toStdString();
    EXPECT_EQ(v->versionNumber, 1);
    EXPECT_EQ(v->documentId, u"1.2.250.1.999.7.1.%1.1"_s.arg(m_dossierId));
    auto docs = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::list(tx, v->id); });
    ASSERT_TRUE(docs.has_value());
    QStringList kinds;
    for (const auto &d : *docs)
        kinds << d.kind;
    EXPECT_EQ(kinds, (QStringList{u"N3"_s, u"N1"_s, u"PDF"_s, u"PDF-patient"_s}));
    auto n3 = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v->id, u"N3"_s); });
    ASSERT_TRUE(n3.has_value()) << n3.error().message.toStdString();
    // The stored digest is SHA-256 of the stored bytes, checked with QCryptographicHash, not with
    // the repository's own helper; and that helper is pinned to a value computed by sha256sum:
    // printf 'CR-BIO' | sha256sum
    EXPECT_EQ(n3->sha256, QString::fromLatin1(QCryptographicHash::hash(n3->bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(storage::DocumentRepository::sha256Hex("CR-BIO"), u"8db9575b31c2ff345cc1a086b6d808ca0db88fe3d384d61ba491c392ea4817f7"_s);
    EXPECT_TRUE(n3->bytes.contains(v->documentId.toUtf8()));
}

TEST_P(BuildReportTest, RebuildingIsANewVersionThatReplacesThePrevious)
{
    auto v1 = builder().run(m_dossierId, test::sampleReport(), m_actor);
    ASSERT_TRUE(v1.has_value());
    auto refused = builder().run(m_dossierId, test::sampleReport(), m_actor);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, u"report.reason_required"_s);
    auto v2 = builder().run(m_dossierId, test::sampleReport(), m_actor, u"Correction de l'hémoglobine"_s);
    ASSERT_TRUE(v2.has_value()) << v2.error().message.toStdString();
    EXPECT_EQ(v2->versionNumber, 2);
    EXPECT_EQ(v2->setId, v1->setId);
    EXPECT_EQ(v2->replacesDocumentId, v1->documentId);
    auto versions = m_db->read([&](storage::ReadTx &tx) { return storage::ReportRepository::forDossier(tx, m_dossierId); });
    ASSERT_TRUE(versions.has_value());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).status, domain::ReportVersion::Status::Replaced);
    EXPECT_EQ(versions->at(1).status, domain::ReportVersion::Status::Issued);
    auto n3 = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v2->id, u"N3"_s); });
    ASSERT_TRUE(n3.has_value());
    EXPECT_TRUE(n3->bytes.contains("typeCode=\"RPLC\""));
    // Version 1's documents are untouched.
    auto old = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v1->id, u"N3"_s); });
    ASSERT_TRUE(old.has_value());
    EXPECT_FALSE(old->bytes.contains("RPLC"));
}

TEST_P(BuildReportTest, MissingDataStoresNothing)
{
    domain::ReportContent c = test::sampleReport();
    c.legalAuthenticator.rpps.clear();
    c.chapters[0].batteries[0].observations[0].loincCode.clear();
    auto v = builder().run(m_dossierId, c, m_actor);
    ASSERT_FALSE(v.has_value());
    EXPECT_EQ(v.error().code, u"cda.missing_data"_s);
    EXPECT_TRUE(v.error().message.contains(u"numéro RPPS absent"_s));
    EXPECT_TRUE(v.error().message.contains(u"code LOINC absent"_s));
    EXPECT_EQ(versionCount(), 0);
}

TEST_P(BuildReportTest, PdfFailureStoresNothing)
{
    auto v = builder([](const domain::ReportContent &) -> domain::Result<QByteArray> {
        return domain::fail(u"pdf.render_failed"_s, u"Police introuvable"_s);
    }).run(m_dossierId, test::sampleReport(), m_actor);
    ASSERT_FALSE(v.has_value());
    EXPECT_EQ(v.error().code, u"pdf.render_failed"_s);
    EXPECT_EQ(versionCount(), 0);
}

TEST_P(BuildReportTest, StoredDocumentsCannotBeOverwritten)
{
    auto v = builder().run(m_dossierId, test::sampleReport(), m_actor);
    ASSERT_TRUE(v.has_value());
    const auto n3 = [&] {
        return m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, v->id, u"N3"_s); });
    };
    auto before = n3();
    ASSERT_TRUE(before.has_value());
    const auto exec = [&](const QString &sql, qint64 versionId) {
        return m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            QVariantList params{versionId};
            if (sql.startsWith(u"UPDATE"_s))
                params.prepend(QByteArray("x"));
            auto r = tx.exec(sql, params);
            if (!r)
                return std::unexpected(r.error());
            return {};
        });
    };
    const QString update = u"UPDATE documents SET bytes = ? WHERE report_version_id = ?"_s;
    const QString remove = u"DELETE FROM documents WHERE report_version_id = ?"_s;
    // Positive control: both statements are valid SQL and run when they touch no row, so the
    // refusals below come from the immutability triggers, not from a mistake in the statement.
    ASSERT_TRUE(exec(update, -1).has_value());
    ASSERT_TRUE(exec(remove, -1).has_value());

    for (const QString &sql : {update, remove}) {
        auto refused = exec(sql, v->id);
        ASSERT_FALSE(refused.has_value()) << sql.toStdString();
        // The trigger's own words (SQLite RAISE / PostgreSQL RAISE EXCEPTION) reach the error.
        EXPECT_TRUE(refused.error().message.contains(u"documents : un document stocké ne peut"_s))
            << refused.error().message.toStdString();
        // SQLite reports RAISE(ABORT) as a constraint violation; PostgreSQL's RAISE EXCEPTION is
        // SQLSTATE P0001, a query failure.
        EXPECT_EQ(refused.error().code,
                  GetParam() == sgl::testing::Backend::Sqlite ? u"storage.constraint"_s : u"storage.query_failed"_s)
            << refused.error().code.toStdString();
    }
    auto after = n3();
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->bytes, before->bytes);
    EXPECT_EQ(after->sha256, before->sha256);
}

INSTANTIATE_TEST_SUITE_P(Backends, BuildReportTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite, sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
