#include "IdentityWorkflowFixture.h"

#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/IdentityMergeRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/MergePatients.h"
#include "workflow/identity/SearchPatients.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sgl;
using namespace sgl::workflow::identity;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

class MergePatientsTest : public IdentityWorkflowTest
{
protected:
    qint64 addDossier(qint64 patientId, const char *number)
    {
        auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Result<qint64> {
            domain::Dossier d;
            d.number = QString::fromLatin1(number);
            d.patientId = patientId;
            d.createdBy = QStringLiteral("secretaire");
            if (auto st = storage::DossierRepository::insert(tx, d, actor()); !st)
                return std::unexpected(st.error());
            return d.id;
        });
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().toString().toStdString());
        return r.value_or(0);
    }
};

TEST_P(MergePatientsTest, ReattachesDossiersAndKeepsReconstructionData)
{
    const domain::Patient survivor = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    auto dupReq = request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4));
    dupReq.phone = QStringLiteral("0612345678");
    const domain::Patient duplicate = registerOk(dupReq);
    const qint64 d1 = addDossier(duplicate.id, "D-TEST-1");
    const qint64 d2 = addDossier(duplicate.id, "D-TEST-2");
    MergePatients merge(*m_db, session());
    auto r = merge.run(survivor.id, survivor.version, duplicate.id, duplicate.version, QStringLiteral("doublon"));
    ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    EXPECT_EQ(r->survivor.phone, QStringLiteral("0612345678"));
    EXPECT_EQ(r->merged.mergedInto, survivor.id);
    auto reloaded = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::get(tx, duplicate.id, actor()); });
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->mergedInto, survivor.id);
    auto dossiers = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::forPatient(tx, survivor.id, actor()); });
    ASSERT_TRUE(dossiers.has_value());
    EXPECT_EQ(dossiers->size(), 2);
    const QJsonObject moved = QJsonDocument::fromJson(r->record.movedRows.toUtf8()).object();
    EXPECT_EQ(moved.value(QStringLiteral("dossiers")).toArray().size(), 2);
    EXPECT_EQ(moved.value(QStringLiteral("dossiers")).toArray().at(0).toInteger(), d1);
    EXPECT_EQ(moved.value(QStringLiteral("dossiers")).toArray().at(1).toInteger(), d2);
    EXPECT_TRUE(r->record.mergedBefore.contains(QStringLiteral("DUPOND")));
    auto log = m_db->read([&](storage::ReadTx &tx) { return storage::IdentityMergeRepository::forPatient(tx, duplicate.id); });
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1);
    auto audit = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"), QString::number(duplicate.id));
    });
    ASSERT_TRUE(audit.has_value());
    EXPECT_TRUE(std::any_of(audit->begin(), audit->end(),
                            [](const domain::AuditEntry &e) { return e.action == QStringLiteral("patient.merge"); }));
    // The merged record no longer appears in searches.
    SearchPatients search(*m_db, session());
    auto found = search.run({QStringLiteral("Dupont"), QDate(1970, 5, 4), {}, {}, true, 50, {}});
    ASSERT_TRUE(found.has_value());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, survivor.id);
}

TEST_P(MergePatientsTest, RefusedMergesChangeNothing)
{
    const domain::Patient a = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const domain::Patient b = registerOk(request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    addDossier(b.id, "D-TEST-3");
    MergePatients merge(*m_db, session());
    EXPECT_EQ(merge.run(a.id, a.version, a.id, a.version, QStringLiteral("x")).error().code,
              QStringLiteral("merge.same_patient"));
    EXPECT_EQ(merge.run(a.id, a.version, b.id, b.version, QStringLiteral(" ")).error().code,
              QStringLiteral("merge.reason_required"));
    EXPECT_EQ(merge.run(a.id, a.version + 1, b.id, b.version, QStringLiteral("x")).error().code,
              QStringLiteral("storage.conflict"));
    auto dossiers = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::forPatient(tx, b.id, actor()); });
    ASSERT_TRUE(dossiers.has_value());
    EXPECT_EQ(dossiers->size(), 1);
    ASSERT_TRUE(merge.run(a.id, a.version, b.id, b.version, QStringLiteral("doublon")).has_value());
    auto again = merge.run(a.id, a.version + 1, b.id, b.version + 1, QStringLiteral("doublon"));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, QStringLiteral("merge.already_merged"));
}

INSTANTIATE_TEST_SUITE_P(Backends, MergePatientsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
