#include "Samples.h"
#include "StorageFixture.h"

#include "storage/AuditRepository.h"
#include "storage/DossierDetailsRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "storage/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sgl;
using sgl::testing::actor;
using sgl::testing::Backend;
using sgl::testing::sampleResult;
using sgl::testing::StorageTest;
using storage::DossierRepository;
using storage::ResultRepository;

namespace {
class DossierResultTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_patient = sgl::testing::samplePatient();
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
            return storage::PatientRepository::insert(tx, m_patient, actor());
        }));
        m_dossier = newDossier(u"D2026-000001"_s);
    }
    domain::Dossier newDossier(const QString &number)
    {
        domain::Dossier d;
        d.number = number;
        d.patientId = m_patient.id;
        d.prescriberName = u"Dr Test"_s;
        auto s = m_db->write([&](storage::WriteTx &tx) {
            return DossierRepository::insert(tx, d, actor());
        });
        EXPECT_TRUE(s) << s.error().toString().toStdString();
        return d;
    }
    domain::Patient m_patient;
    domain::Dossier m_dossier;
};

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 1, day), QTime(8, 30), Qt::UTC);
}
} // namespace

TEST_P(DossierResultTest, StoresEveryKindOfValue)
{
    QList<domain::LabResult> rs{
        sampleResult(m_dossier.id, m_patient.id, u"HB"_s,
                     domain::ResultValue::numeric(u"13.50"_s, u"g/dL"_s), at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"TSH"_s,
                     *domain::ResultValue::parseNumeric(u"> 500"_s, u"mIU/L"_s), at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"ABO"_s,
                     domain::ResultValue::ofCode({u"112144000"_s, u"2.16.840.1.113883.6.96"_s,
                                                  u"SNOMED CT"_s, u"Groupe A"_s}),
                     at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"COM"_s,
                     domain::ResultValue::ofText(u"Sérum hémolysé"_s), at(2))};
    rs[0].flag = domain::AbnormalFlag::Low;
    rs[0].referenceLow = u"12.0"_s;
    rs[0].referenceHigh = u"16.0"_s;
    auto s = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::insertBatch(tx, rs, actor());
    });
    ASSERT_TRUE(s) << s.error().toString().toStdString();
    auto back = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::forDossier(tx, m_dossier.id, actor());
    });
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 4);
    EXPECT_EQ((*back)[0].value, rs[0].value);
    EXPECT_EQ((*back)[0].flag, domain::AbnormalFlag::Low);
    EXPECT_EQ((*back)[0].referenceHigh, u"16.0"_s);
    EXPECT_EQ((*back)[1].value.comparator, domain::Comparator::Greater);
    EXPECT_EQ((*back)[1].value.number, u"500"_s);
    EXPECT_EQ((*back)[2].value, rs[2].value);
    EXPECT_EQ((*back)[3].value.text, u"Sérum hémolysé"_s);
    EXPECT_EQ((*back)[3].observedAt, at(2));
    EXPECT_EQ((*back)[0].state, domain::ValidationState::Entered);
}

TEST_P(DossierResultTest, HistoryReturnsPreviousValidatedResultsNewestFirst)
{
    auto second = newDossier(u"D2026-000002"_s);
    QList<domain::LabResult> rs{
        sampleResult(m_dossier.id, m_patient.id, u"GLU"_s,
                     domain::ResultValue::numeric(u"5.1"_s, u"mmol/L"_s), at(1)),
        sampleResult(second.id, m_patient.id, u"GLU"_s,
                     domain::ResultValue::numeric(u"6.3"_s, u"mmol/L"_s), at(5)),
        sampleResult(second.id, m_patient.id, u"GLU"_s,
                     domain::ResultValue::numeric(u"9.9"_s, u"mmol/L"_s), at(6)),
        sampleResult(second.id, m_patient.id, u"HB"_s,
                     domain::ResultValue::numeric(u"14"_s, u"g/dL"_s), at(5))};
    for (int i : {0, 1, 3})
        rs[i].state = domain::ValidationState::Validated;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::insertBatch(tx, rs, actor());
    }));
    auto h = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::history(tx, m_patient.id, u"GLU"_s, at(7), 10, actor());
    });
    ASSERT_TRUE(h);
    ASSERT_EQ(h->size(), 2); // the unvalidated 9.9 is not an antériorité
    EXPECT_EQ((*h)[0].value.number, u"6.3"_s);
    EXPECT_EQ((*h)[1].value.number, u"5.1"_s);
    auto before = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::history(tx, m_patient.id, u"GLU"_s, at(5), 10, actor());
    });
    ASSERT_TRUE(before);
    ASSERT_EQ(before->size(), 1);
}

TEST_P(DossierResultTest, TwoValidatorsCannotBothUpdateOneResult)
{
    auto r = sampleResult(m_dossier.id, m_patient.id, u"HB"_s,
                          domain::ResultValue::numeric(u"13"_s, u"g/dL"_s), at(2));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::insert(tx, r, actor());
    }));
    auto a = r;
    auto b = r;
    a.state = domain::ValidationState::TechnicallyValidated;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::update(tx, a, actor());
    }));
    b.value = domain::ResultValue::numeric(u"11"_s, u"g/dL"_s);
    auto stale = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::update(tx, b, actor());
    });
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
}

TEST_P(DossierResultTest, DossierStatusFollowsRulesAndLocking)
{
    domain::Dossier d = m_dossier;
    auto bad = m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::setStatus(tx, d, domain::DossierStatus::Reported, actor());
    });
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, u"dossier.transition_forbidden"_s);
    domain::Dossier stale = d;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::setStatus(tx, d, domain::DossierStatus::InProgress, actor());
    }));
    auto conflict = m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::setStatus(tx, stale, domain::DossierStatus::Cancelled, actor());
    });
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, storage::errc::Conflict);
    auto back = m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::get(tx, d.id, actor());
    });
    ASSERT_TRUE(back);
    EXPECT_EQ(back->status, domain::DossierStatus::InProgress);
    EXPECT_EQ(back->version, 2);
}

TEST_P(DossierResultTest, StatusAuditImagesReadAsQJsonDocumentWroteThem)
{
    // The dossier's audit image is written without QJsonObject (CompactJson): the text must be
    // the one QJsonDocument wrote before, so old and new rows of the trail compare.
    domain::Dossier d = newDossier(u"D2026-000042"_s);
    d.clinicalInfo = u"Fièvre « 39 » \"aiguë\"\nsous AVK"_s;
    d.prescriberRpps = u"10101010105"_s;
    d.prescriberMssante = u"dr.test@test.mssante.fr"_s;
    d.prescribedOn = QDate(2026, 12, 6);
    d.sampledAt = QDateTime(QDate(2026, 12, 7), QTime(7, 45, 12, 250), Qt::UTC);
    d.samplerKind = domain::Dossier::SamplerKind::Ward;
    d.samplerName = u"IDE Martin"_s;
    d.origin = domain::Dossier::Origin::Ward;
    d.ward = u"Cardiologie"_s;
    d.reportToPatient = true;
    d.paperCopy = true;
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::setStatus(tx, d, domain::DossierStatus::InProgress, actor());
    }));
    auto expected = [](const domain::Dossier &x) {
        const QJsonObject o{{u"id"_s, x.id},
                            {u"version"_s, x.version},
                            {u"number"_s, x.number},
                            {u"patientId"_s, x.patientId},
                            {u"status"_s, domain::dossierStatusCode(x.status)},
                            {u"priority"_s, domain::priorityCode(x.priority)},
                            {u"prescriberRpps"_s, x.prescriberRpps},
                            {u"prescriberName"_s, x.prescriberName},
                            {u"prescriberMssante"_s, x.prescriberMssante},
                            {u"prescribedOn"_s, x.prescribedOn.toString(Qt::ISODate)},
                            {u"sampledAt"_s, storage::Dialect::isoUtc(x.sampledAt)},
                            {u"sampler"_s, domain::samplerKindCode(x.samplerKind)},
                            {u"samplerName"_s, x.samplerName},
                            {u"origin"_s, domain::originCode(x.origin)},
                            {u"ward"_s, x.ward},
                            {u"reportToPrescriber"_s, x.reportToPrescriber},
                            {u"reportToPatient"_s, x.reportToPatient},
                            {u"paperCopy"_s, x.paperCopy},
                            {u"clinicalInfo"_s, x.clinicalInfo}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto head = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
    ASSERT_TRUE(head);
    auto row = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, head->first); });
    ASSERT_TRUE(row && *row);
    EXPECT_EQ((*row)->action, u"dossier.status"_s);
    domain::Dossier before = d;
    before.status = domain::DossierStatus::Registered;
    before.version = d.version - 1;
    EXPECT_EQ((*row)->after.toStdString(), expected(d).toStdString());
    EXPECT_TRUE((*row)->before.contains(u"\"status\":\"%1\""_s.arg(domain::dossierStatusCode(before.status))))
        << (*row)->before.toStdString();
}

TEST_P(DossierResultTest, RowReadsLeaveTheDetailsOutAndFullReadsKeepThem)
{
    // rowUnaudited (an instrument's entry) reads the dossier and patient rows only;
    // getUnaudited still brings the copies, the clinical answers and the identity documents.
    domain::Dossier d = m_dossier;
    d.correspondents = {domain::Correspondent{u"10101010105"_s, u"Dr Anne MARTIN"_s, {}, true}};
    d.clinicalAnswers = {{u"JEUN"_s, u"oui"_s}};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::DossierDetailsRepository::save(tx, d); }));
    domain::Patient p = m_patient;
    p.evidence = {domain::IdentityEvidence{0, domain::EvidenceType::IdentityCard, {}, u"ssecr"_s, at(1)}};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::update(tx, p, actor()); }));
    auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Status {
        const storage::ActionAudit token = storage::AuditRepository::deferAction(tx, u"analyzer.read"_s);
        auto row = DossierRepository::rowUnaudited(tx, d.id, token);
        auto full = DossierRepository::getUnaudited(tx, d.id, token);
        auto patientRow = storage::PatientRepository::rowUnaudited(tx, p.id, token);
        auto patientFull = storage::PatientRepository::getUnaudited(tx, p.id, token);
        if (!row || !full || !patientRow || !patientFull)
            return domain::fail(u"test.read"_s, u"lecture"_s);
        EXPECT_EQ(row->number, d.number);
        EXPECT_EQ(row->status, full->status);
        EXPECT_TRUE(row->correspondents.isEmpty());
        EXPECT_TRUE(row->clinicalAnswers.isEmpty());
        EXPECT_EQ(full->correspondents, d.correspondents);
        EXPECT_EQ(full->clinicalAnswers, d.clinicalAnswers);
        EXPECT_EQ(patientRow->traits.birthDate, p.traits.birthDate);
        EXPECT_TRUE(patientRow->evidence.isEmpty());
        EXPECT_EQ(patientFull->evidence.size(), 1);
        auto missing = DossierRepository::rowUnaudited(tx, d.id + 1000, token);
        EXPECT_FALSE(missing);
        if (!missing) {
            EXPECT_EQ(missing.error().code, storage::errc::NotFound);
        }
        return {};
    });
    ASSERT_TRUE(r) << r.error().toString().toStdString();
}

TEST_P(DossierResultTest, SpecimensAndBadInput)
{
    domain::Specimen s;
    s.dossierId = m_dossier.id;
    s.barcode = u"T0001"_s;
    s.typeCode = u"BLD"_s;
    s.status = domain::Specimen::Status::Received;
    s.collectedAt = at(2);
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::addSpecimen(tx, s, actor());
    }));
    domain::Specimen rejected = s;
    rejected.barcode = u"T0002"_s;
    rejected.status = domain::Specimen::Status::Rejected;
    auto noReason = m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::addSpecimen(tx, rejected, actor());
    });
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, u"specimen.missing_rejection_reason"_s);
    auto list = m_db->read([&](storage::ReadTx &tx) {
        return DossierRepository::specimens(tx, m_dossier.id);
    });
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().collectedAt, at(2));
    auto badNumber = sampleResult(m_dossier.id, m_patient.id, u"HB"_s,
                                  domain::ResultValue::numeric(u"abc"_s, u"g/dL"_s), at(2));
    auto r = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::insert(tx, badNumber, actor());
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, u"result.bad_number"_s);
    domain::Dossier dup;
    dup.number = m_dossier.number;
    dup.patientId = m_patient.id;
    auto d = m_db->write([&](storage::WriteTx &tx) {
        return DossierRepository::insert(tx, dup, actor());
    });
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().code, storage::errc::Duplicate);
}

TEST_P(DossierResultTest, LargeBatchKeepsIdsMatchedToRows)
{
    QList<domain::LabResult> rs;
    for (int i = 0; i < 1500; ++i) // more than one multi-row statement on PostgreSQL
        rs << sampleResult(m_dossier.id, m_patient.id, u"A%1"_s.arg(i),
                           domain::ResultValue::numeric(QString::number(i), u"1"_s), at(3));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::insertBatch(tx, rs, actor());
    }));
    auto back = m_db->write([&](storage::WriteTx &tx) {
        return ResultRepository::forDossier(tx, m_dossier.id, actor());
    });
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 1500);
    QHash<qint64, QString> byId;
    for (const auto &r : *back)
        byId.insert(r.id, r.analysisCode);
    for (const auto &r : rs)
        ASSERT_EQ(byId.value(r.id), r.analysisCode) << r.id;
}

TEST_P(DossierResultTest, DeferredTokenReadsWithoutAuditAndVersionsTellAStaleRead)
{
    auto cancelled = sampleResult(m_dossier.id, m_patient.id, u"K"_s, domain::ResultValue::numeric(u"4"_s, u"mmol/L"_s), at(2));
    auto kept = sampleResult(m_dossier.id, m_patient.id, u"NA"_s, domain::ResultValue::numeric(u"140"_s, u"mmol/L"_s), at(2));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        if (auto s = ResultRepository::insert(tx, cancelled, actor()); !s)
            return s;
        cancelled.state = domain::ValidationState::Cancelled;
        if (auto s = ResultRepository::update(tx, cancelled, actor()); !s)
            return s;
        return ResultRepository::insert(tx, kept, actor());
    }));
    auto head = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
    ASSERT_TRUE(head);

    // A read ahead of the user action: no audit row, a token of seq 0 tied to this transaction.
    auto ahead = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
        const storage::ActionAudit token = storage::AuditRepository::deferAction(tx, u"dossier.open"_s);
        EXPECT_TRUE(token.deferred());
        EXPECT_EQ(token.seq(), 0);
        EXPECT_TRUE(token.covers(tx));
        EXPECT_EQ(token.action(), u"dossier.open"_s);
        auto d = DossierRepository::getUnaudited(tx, m_dossier.id, token);
        if (!d)
            return std::unexpected(d.error());
        auto rs = ResultRepository::forDossierUnaudited(tx, m_dossier.id, token);
        if (!rs)
            return std::unexpected(rs.error());
        return qint64(rs->size());
    });
    ASSERT_TRUE(ahead) << ahead.error().toString().toStdString();
    EXPECT_EQ(*ahead, 2);
    auto after = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
    ASSERT_TRUE(after);
    EXPECT_EQ(after->first, head->first) << "nothing written";

    // What tells a pre-loaded read is stale, without patient data: the versions.
    auto versions = m_db->read([&](storage::ReadTx &tx) -> domain::Result<std::pair<int, QHash<qint64, int>>> {
        auto v = DossierRepository::versionOf(tx, m_dossier.id);
        if (!v)
            return std::unexpected(v.error());
        auto rs = ResultRepository::versionsInUse(tx, m_dossier.id);
        if (!rs)
            return std::unexpected(rs.error());
        return std::pair{*v, *rs};
    });
    ASSERT_TRUE(versions) << versions.error().toString().toStdString();
    EXPECT_EQ(versions->first, m_dossier.version);
    EXPECT_EQ(versions->second, (QHash<qint64, int>{{kept.id, kept.version}})) << "cancelled results are left out";
    auto unknown = m_db->read([&](storage::ReadTx &tx) { return DossierRepository::versionOf(tx, m_dossier.id + 1000); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, storage::errc::NotFound);
    auto none = m_db->read([&](storage::ReadTx &tx) { return ResultRepository::versionsInUse(tx, m_dossier.id + 1000); });
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(DossierResultTest, UpdateBatchSavesEveryChangeUnderOneAuditRowWithEveryImage)
{
    QList<domain::LabResult> rs{
        sampleResult(m_dossier.id, m_patient.id, u"NA"_s, domain::ResultValue::numeric(u"140"_s, u"mmol/L"_s), at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"K"_s, domain::ResultValue::numeric(u"4.1"_s, u"mmol/L"_s), at(2))};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::insertBatch(tx, rs, actor()); }));
    auto change = [](const domain::LabResult &before, const QString &number, const QString &reason = {}) {
        domain::LabResult after = before;
        after.value = domain::ResultValue::numeric(number, before.value.unit);
        return ResultRepository::Change{before, after, reason};
    };
    auto head = [&] {
        auto h = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
        EXPECT_TRUE(h);
        return h ? h->first : qint64(-1);
    };
    const qint64 seqBefore = head();
    QList<ResultRepository::Change> changes{change(rs[0], u"141"_s), change(rs[1], u"4.3"_s, u"repasse"_s)};
    auto ok = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::updateBatch(tx, changes, actor()); });
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(changes[0].after.version, 2);
    EXPECT_EQ(changes[1].after.version, 2);
    ASSERT_EQ(head(), seqBefore + 1); // one row for both changes
    auto row = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, seqBefore + 1); });
    ASSERT_TRUE(row && *row);
    EXPECT_EQ((*row)->action, u"result.update_batch"_s);
    EXPECT_EQ((*row)->entityType, u"dossier"_s);
    EXPECT_EQ((*row)->entityId, QString::number(m_dossier.id));
    const QJsonArray before = QJsonDocument::fromJson((*row)->before.toUtf8()).array();
    const QJsonArray after = QJsonDocument::fromJson((*row)->after.toUtf8()).array();
    ASSERT_EQ(before.size(), 2);
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(before[1].toObject().value(u"id").toInteger(), rs[1].id);
    EXPECT_EQ(before[1].toObject().value(u"value").toString(), u"4.1"_s);
    EXPECT_EQ(after[1].toObject().value(u"value").toString(), u"4.3"_s);
    EXPECT_EQ(after[1].toObject().value(u"version").toInt(), 2);
    EXPECT_EQ(after[1].toObject().value(u"reason").toString(), u"repasse"_s);
    auto stored = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::forDossier(tx, m_dossier.id, actor()); });
    ASSERT_TRUE(stored);
    EXPECT_EQ((*stored)[0].value.number, u"141"_s);
    EXPECT_EQ((*stored)[1].value.number, u"4.3"_s);

    // One change alone: exactly update()'s result.update row on the result.
    QList<ResultRepository::Change> one{change(changes[0].after, u"142"_s)};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::updateBatch(tx, one, actor()); }));
    const qint64 last = head();
    auto single = m_db->read([&](storage::ReadTx &tx) { return storage::AuditRepository::find(tx, last); });
    ASSERT_TRUE(single && *single);
    EXPECT_EQ((*single)->action, u"result.update"_s);
    EXPECT_EQ((*single)->entityId, QString::number(rs[0].id));
    EXPECT_EQ(QJsonDocument::fromJson((*single)->before.toUtf8()).object().value(u"value").toString(), u"141"_s);

    // A stale before image (the row moved on since) is a conflict and nothing is written, not
    // even the first change of the batch nor its audit row.
    const qint64 seqStale = head();
    QList<ResultRepository::Change> stale{change(changes[1].after, u"4.4"_s), change(rs[0], u"150"_s)};
    auto conflict = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::updateBatch(tx, stale, actor()); });
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, storage::errc::Conflict);
    EXPECT_EQ(head(), seqStale);
    auto unchanged = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::forDossier(tx, m_dossier.id, actor()); });
    ASSERT_TRUE(unchanged);
    EXPECT_EQ((*unchanged)[1].value.number, u"4.3"_s);

    // Programming errors: a before image of another version, results of two dossiers.
    domain::LabResult wrongVersion = (*unchanged)[1];
    QList<ResultRepository::Change> mismatch{{wrongVersion, wrongVersion, {}}};
    mismatch[0].before.version -= 1;
    auto refused = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::updateBatch(tx, mismatch, actor()); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, storage::errc::Query);
    const domain::Dossier second = newDossier(u"D2026-000009"_s);
    QList<domain::LabResult> elsewhere{
        sampleResult(second.id, m_patient.id, u"NA"_s, domain::ResultValue::numeric(u"139"_s, u"mmol/L"_s), at(3))};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::insertBatch(tx, elsewhere, actor()); }));
    QList<ResultRepository::Change> twoDossiers{change((*unchanged)[0], u"143"_s), change(elsewhere[0], u"138"_s)};
    auto mixed = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::updateBatch(tx, twoDossiers, actor()); });
    ASSERT_FALSE(mixed);
    EXPECT_EQ(mixed.error().code, storage::errc::Query);
}

TEST_P(DossierResultTest, UpdateStoresWhatAnInsertOfTheSameValueStores)
{
    // The UPDATE sets only the columns that differ from the stored row: after every change of
    // kind, unit, comparator or flag, the row must read exactly as a row inserted with that value.
    QList<domain::LabResult> first{
        sampleResult(m_dossier.id, m_patient.id, u"X0"_s, domain::ResultValue::numeric(u"5.1"_s, u"mmol/L"_s), at(2))};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::insertBatch(tx, first, actor()); }));
    domain::LabResult r = first[0];
    const domain::CodedValue negative{u"260385009"_s, u"2.16.840.1.113883.6.96"_s, u"SNOMED CT"_s, u"Négatif"_s};
    const QList<domain::ResultValue> steps{*domain::ResultValue::parseNumeric(u"> 500"_s, u"mmol/L"_s),
                                           domain::ResultValue::ofCode(negative),
                                           domain::ResultValue::ofText(u"Sérum hémolysé"_s),
                                           domain::ResultValue::numeric(u"5.1"_s, u"g/L"_s),
                                           domain::ResultValue::numeric(u"5.10"_s, u"g/L"_s),
                                           domain::ResultValue::ofText(u""_s),
                                           domain::ResultValue{},
                                           domain::ResultValue::numeric(u"0"_s, u"1"_s)};
    const QString columns = u"value_kind, value_number, value_double, comparator, unit, coded_code, coded_system, "
                            "coded_system_name, coded_display, value_text, flag, ref_low, ref_high, state, comment"_s;
    auto row = [&](qint64 id) {
        return m_db->read([&](storage::ReadTx &tx) -> domain::Result<QStringList> {
            auto q = tx.query(u"SELECT %1 FROM results WHERE id = ?"_s.arg(columns), {id});
            if (!q)
                return std::unexpected(q.error());
            QStringList out;
            if (q->next())
                for (int i = 0; i < 15; ++i)
                    out << (q->value(i).isNull() ? u"<NULL>"_s : q->value(i).toString());
            return out;
        });
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        r.value = steps[i];
        r.flag = i % 2 ? std::optional(domain::AbnormalFlag::High) : std::nullopt;
        r.referenceLow = i % 3 ? u"1.0"_s : QString();
        r.comment = i % 2 ? u"contrôle"_s : QString();
        auto u = m_db->write([&](storage::WriteTx &tx) { return ResultRepository::update(tx, r, actor()); });
        ASSERT_TRUE(u) << u.error().toString().toStdString();
        QList<domain::LabResult> fresh{r};
        fresh[0].analysisCode = u"X%1"_s.arg(i + 1);
        ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::insertBatch(tx, fresh, actor()); }));
        auto updated = row(r.id);
        auto inserted = row(fresh[0].id);
        ASSERT_TRUE(updated && inserted);
        ASSERT_EQ(updated->size(), 15);
        EXPECT_EQ(*updated, *inserted) << "step " << i;
    }
}

TEST_P(DossierResultTest, HistoryAppendManyKeepsEveryStepInOrderOrNone)
{
    QList<domain::LabResult> rs{
        sampleResult(m_dossier.id, m_patient.id, u"NA"_s, domain::ResultValue::numeric(u"140"_s, u"mmol/L"_s), at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"K"_s, domain::ResultValue::numeric(u"4.1"_s, u"mmol/L"_s), at(2)),
        sampleResult(m_dossier.id, m_patient.id, u"CL"_s, domain::ResultValue::numeric(u"101"_s, u"mmol/L"_s), at(2))};
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) { return ResultRepository::insertBatch(tx, rs, actor()); }));
    auto step = [](const domain::LabResult &r, const QString &value, std::optional<domain::AbnormalFlag> flag) {
        domain::ResultHistoryEntry h;
        h.resultId = r.id;
        h.actor = u"automate"_s;
        h.action = u"enter"_s;
        h.stateBefore = domain::ValidationState::Pending;
        h.stateAfter = domain::ValidationState::Entered;
        h.valueKind = u"numeric"_s;
        h.valueText = value;
        h.flag = flag;
        return h;
    };
    QList<domain::ResultHistoryEntry> steps{step(rs[0], u"140"_s, std::nullopt),
                                            step(rs[1], u"6,2"_s, domain::AbnormalFlag::High),
                                            step(rs[2], u"101"_s, std::nullopt)};
    steps[1].reason = u"hémolyse"_s;
    auto ok = m_db->write([&](storage::WriteTx &tx) { return storage::ResultHistoryRepository::appendMany(tx, steps); });
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_GT(steps[0].id, 0);
    EXPECT_LT(steps[0].id, steps[1].id);
    EXPECT_LT(steps[1].id, steps[2].id);
    for (qsizetype i = 0; i < rs.size(); ++i) {
        auto stored = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, rs[i].id); });
        ASSERT_TRUE(stored);
        ASSERT_EQ(stored->size(), 1) << i;
        EXPECT_EQ(stored->first().id, steps[i].id); // each id names its own row
        EXPECT_EQ(stored->first().valueText, steps[i].valueText);
        EXPECT_EQ(stored->first().stateAfter, domain::ValidationState::Entered);
    }
    auto k = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, rs[1].id); });
    ASSERT_TRUE(k && !k->isEmpty());
    EXPECT_EQ(k->first().reason, u"hémolyse"_s);
    EXPECT_EQ(k->first().flag, domain::AbnormalFlag::High);

    // A step of a result that does not exist (foreign key): nothing of the lot is kept.
    QList<domain::ResultHistoryEntry> broken{step(rs[0], u"141"_s, std::nullopt), step(rs[2], u"102"_s, std::nullopt)};
    broken[1].resultId = rs[2].id + 1000;
    auto refused =
        m_db->write([&](storage::WriteTx &tx) { return storage::ResultHistoryRepository::appendMany(tx, broken); });
    ASSERT_FALSE(refused);
    auto after = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, rs[0].id); });
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, DossierResultTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
