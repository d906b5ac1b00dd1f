// DossierRepository::sampledBetween and ::sampling (migration 0613): the dossiers of a collection
// series, as the auto-validation's tube-swap cross-check looks them up — inclusive bounds, sampling
// order, cancelled dossiers and dossiers without sampling time left out, only the sampling columns
// filled. Both databases.
#include "Samples.h"
#include "StorageFixture.h"

#include "storage/DossierRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/PatientRepository.h"

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::actor;
using sgl::testing::Backend;
using sgl::testing::StorageTest;
using storage::DossierRepository;

namespace {

class DossierSamplingTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_patient = sgl::testing::samplePatient();
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::insert(tx, m_patient, actor()); }));
    }
    domain::Dossier sampled(const QString &number, const QDateTime &at, domain::Dossier::SamplerKind kind,
                            const QString &name = {})
    {
        domain::Dossier d;
        d.number = number;
        d.patientId = m_patient.id;
        d.prescriberName = u"Dr Test"_s;
        d.clinicalInfo = u"Fièvre"_s;
        d.sampledAt = at;
        d.samplerKind = kind;
        d.samplerName = name;
        auto s = m_db->write([&](storage::WriteTx &tx) { return DossierRepository::insert(tx, d, actor()); });
        EXPECT_TRUE(s) << s.error().toString().toStdString();
        return d;
    }
    domain::Patient m_patient;
};

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc()).addSecs(minute * 60);
}

} // namespace

TEST_P(DossierSamplingTest, SeriesBetweenTwoTimesInSamplingOrder)
{
    const auto late = sampled(u"D-LATE"_s, at(20), domain::Dossier::SamplerKind::HomeNurse, u"Mme Durand"_s);
    const auto first = sampled(u"D-FIRST"_s, at(-10), domain::Dossier::SamplerKind::Laboratory);
    const auto edge = sampled(u"D-EDGE"_s, at(30), domain::Dossier::SamplerKind::Laboratory);
    sampled(u"D-AFTER"_s, at(31), domain::Dossier::SamplerKind::Laboratory);
    sampled(u"D-BEFORE"_s, at(-31), domain::Dossier::SamplerKind::Laboratory);
    sampled(u"D-NONE"_s, {}, domain::Dossier::SamplerKind::Laboratory);
    auto cancelled = sampled(u"D-CANCEL"_s, at(5), domain::Dossier::SamplerKind::Laboratory);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::setStatus(tx, cancelled, domain::DossierStatus::Cancelled, actor());
    }));

    auto rows = m_db->read([&](storage::ReadTx &tx) { return DossierRepository::sampledBetween(tx, at(-30), at(30)); });
    ASSERT_TRUE(rows) << rows.error().toString().toStdString();
    QStringList numbers;
    for (const domain::Dossier &d : *rows)
        numbers << d.number;
    EXPECT_EQ(numbers, (QStringList{u"D-FIRST"_s, u"D-LATE"_s, u"D-EDGE"_s}));
    const domain::Dossier &nurse = rows->at(1);
    EXPECT_EQ(nurse.id, late.id);
    EXPECT_EQ(nurse.sampledAt, at(20));
    EXPECT_EQ(nurse.samplerKind, domain::Dossier::SamplerKind::HomeNurse);
    EXPECT_EQ(nurse.samplerName, u"Mme Durand"_s);
    EXPECT_EQ(nurse.patientId, 0) << "sampling columns only";
    EXPECT_TRUE(nurse.clinicalInfo.isEmpty()) << "sampling columns only";
    EXPECT_EQ(rows->first().id, first.id);
    EXPECT_EQ(rows->last().id, edge.id);

    auto one = m_db->read([&](storage::ReadTx &tx) { return DossierRepository::sampling(tx, late.id); });
    ASSERT_TRUE(one);
    EXPECT_EQ(one->number, u"D-LATE"_s);
    EXPECT_EQ(one->sampledAt, at(20));
    auto missing = m_db->read([&](storage::ReadTx &tx) { return DossierRepository::sampling(tx, 999999); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, DossierSamplingTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), sgl::testing::backendName);
