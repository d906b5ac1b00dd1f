// Order entry (issue 10, item 1): creating a dossier with its exams, pending results and tubes;
// adding and cancelling exams; correcting the request; every refusal names the field and stores
// nothing. Both databases.

#include "OrdersTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/BarcodeScheme.h"
#include "domain/lab/ValidationState.h"
#include "storage/DossierDetailsRepository.h"
#include "storage/ErrorCodes.h"
#include "storage/OrderedExamRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/ErrorCodes.h"

#include <QSet>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::orders::DossierRequest;

class OrderEntryTest : public OrdersTest {};

QHash<QString, Specimen> tubesByContainer(const QList<Specimen> &tubes)
{
    QHash<QString, Specimen> out;
    for (const Specimen &s : tubes)
        out.insert(s.containerCode, s);
    return out;
}

TEST_P(OrderEntryTest, CreatesDossierWithPendingResultsAndOneTubePerContainer)
{
    const auto change = createOk({QStringLiteral("NFS"), QStringLiteral("GLY"), QStringLiteral("TP"),
                                  QStringLiteral("IONO"), QStringLiteral("CREAT")});
    const Dossier d = dossier(change.dossier.id);
    EXPECT_TRUE(d.number.startsWith(u'D'));
    EXPECT_EQ(d.number, workflow::orders::OrderEntry::dossierNumber(QDate::currentDate(), 1));
    EXPECT_EQ(d.status, DossierStatus::Registered);
    EXPECT_EQ(d.prescriberRpps, QStringLiteral("10003456786"));
    EXPECT_EQ(d.prescribedOn, QDate::currentDate());
    EXPECT_EQ(d.createdBy, QStringLiteral("secretaire"));
    EXPECT_TRUE(change.warnings.isEmpty()) << change.warnings.join(u'\n').toStdString();

    // NFS 15 + GLU + TQ/TPPC/INR + NA/K/CL/BICAR + CREA/DFG
    const auto results = resultsOf(d.id);
    ASSERT_EQ(results.size(), 15 + 1 + 3 + 4 + 2);
    for (const LabResult &r : results)
        EXPECT_EQ(r.state, ValidationState::Pending) << r.analysisCode.toStdString();

    // One EDTA, one fluoride, one citrate and one dry tube shared by IONO and CREAT.
    const auto tubes = tubesOf(d.id);
    ASSERT_EQ(tubes.size(), 4);
    const auto byContainer = tubesByContainer(tubes);
    EXPECT_EQ(QSet<QString>(byContainer.keyBegin(), byContainer.keyEnd()),
              (QSet<QString>{QStringLiteral("EDTA"), QStringLiteral("FLU"), QStringLiteral("CIT"), QStringLiteral("SEC")}));
    const BarcodeScheme scheme; // default: 8 digits, no prefix
    for (const Specimen &s : tubes) {
        EXPECT_TRUE(scheme.matches(s.barcode)) << s.barcode.toStdString();
        EXPECT_EQ(s.status, Specimen::Status::Expected);
    }
    EXPECT_EQ(tubes.first().barcode, QStringLiteral("00000001*")); // MOD 37-2 of 00000001, python3-stdnum
    EXPECT_EQ(byContainer.value(QStringLiteral("EDTA")).typeCode, QStringLiteral("BLD"));
    EXPECT_EQ(change.newTubes.size(), 4);

    QHash<QString, LabResult> byCode;
    for (const LabResult &r : results)
        byCode.insert(r.analysisCode, r);
    EXPECT_EQ(byCode[u"GB"_qs].specimenId, byContainer.value(u"EDTA"_qs).id);
    EXPECT_EQ(byCode[u"GLU"_qs].specimenId, byContainer.value(u"FLU"_qs).id);
    EXPECT_EQ(byCode[u"INR"_qs].specimenId, byContainer.value(u"CIT"_qs).id);
    EXPECT_EQ(byCode[u"NA"_qs].specimenId, byContainer.value(u"SEC"_qs).id);
    EXPECT_EQ(byCode[u"CREA"_qs].specimenId, byContainer.value(u"SEC"_qs).id);
    EXPECT_EQ(byCode[u"DFG"_qs].specimenId, 0) << "a calculated analysis has no tube";
    EXPECT_EQ(byCode[u"GB"_qs].bench, QStringLiteral("HEMATO"));
    EXPECT_EQ(byCode[u"TQ"_qs].bench, QStringLiteral("HEMOST"));

    // Exams stored in entry order; clinical answers normalised.
    auto exams = m_db->read([&](storage::ReadTx &tx) { return storage::OrderedExamRepository::forDossier(tx, d.id); });
    ASSERT_TRUE(exams);
    ASSERT_EQ(exams->size(), 5);
    EXPECT_EQ(exams->at(0).examCode, QStringLiteral("NFS"));
    EXPECT_EQ(exams->at(4).examCode, QStringLiteral("CREAT"));
    EXPECT_EQ(d.clinicalAnswers.value(u"FASTING"_qs), QStringLiteral("Y"));
    EXPECT_EQ(d.clinicalAnswers.value(u"ANTICOAGULANT"_qs), QStringLiteral("Aucun"));

    const QStringList audit = auditActions(QStringLiteral("dossier"), QString::number(d.id));
    EXPECT_TRUE(audit.contains(u"dossier.create"_qs));
    EXPECT_EQ(audit.count(u"dossier.exam_add"_qs), 5);
}

TEST_P(OrderEntryTest, NumbersDossiersByDayAndTubesAcrossDossiers)
{
    const auto a = createOk({QStringLiteral("NFS")});
    const auto b = createOk({QStringLiteral("NFS")});
    EXPECT_EQ(b.dossier.number, workflow::orders::OrderEntry::dossierNumber(QDate::currentDate(), 2));
    EXPECT_EQ(workflow::orders::OrderEntry::dossierNumber(QDate(2026, 12, 5), 12), QStringLiteral("D261205-0012"));
    ASSERT_EQ(a.newTubes.size(), 1);
    ASSERT_EQ(b.newTubes.size(), 1);
    EXPECT_EQ(a.newTubes[0].specimen.barcode.left(8), QStringLiteral("00000001"));
    EXPECT_EQ(b.newTubes[0].specimen.barcode.left(8), QStringLiteral("00000002"));
}

TEST_P(OrderEntryTest, WarnsButStoresAnRppsWithWrongKey)
{
    DossierRequest r = request({QStringLiteral("NFS")});
    r.prescriberRpps = QStringLiteral("10003456781");
    auto out = orders().create(r);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->warnings.size(), 1);
    EXPECT_TRUE(out->warnings[0].contains(u"10003456781"_qs));
    EXPECT_EQ(dossier(out->dossier.id).prescriberRpps, QStringLiteral("10003456781"));
}

struct BadRequest {
    const char *name;
    std::function<void(DossierRequest &, const OrdersTest &)> edit;
    QLatin1StringView code;
    const char *location;
};

TEST_P(OrderEntryTest, RefusesEveryBadRequestNamingTheFieldAndStoresNothing)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<BadRequest> cases{
        {"no exam", [](DossierRequest &r, const OrdersTest &) { r.examCodes.clear(); }, workflow::errc::OrderNoExam,
         "exams"},
        {"unknown exam", [](DossierRequest &r, const OrdersTest &) { r.examCodes << u"XYZ"_qs; },
         workflow::errc::OrderUnknownExam, "exams[1]"},
        {"same exam twice", [](DossierRequest &r, const OrdersTest &) { r.examCodes << u" NFS"_qs; },
         workflow::errc::OrderDuplicateExam, "exams[1]"},
        {"no prescriber", [](DossierRequest &r, const OrdersTest &) { r.prescriberName = u"  "_qs; },
         workflow::errc::OrderPrescriberMissing, "prescriber.name"},
        {"RPPS of 10 digits", [](DossierRequest &r, const OrdersTest &) { r.prescriberRpps = u"1000345678"_qs; },
         workflow::errc::OrderBadRpps, "prescriber.rpps"},
        {"RPPS with a letter", [](DossierRequest &r, const OrdersTest &) { r.prescriberRpps = u"1000345678A"_qs; },
         workflow::errc::OrderBadRpps, "prescriber.rpps"},
        {"MSSanté not an address", [](DossierRequest &r, const OrdersTest &) { r.prescriberMssante = u"bernard"_qs; },
         workflow::errc::OrderBadMssante, "prescriber.mssante"},
        {"copy without name",
         [](DossierRequest &r, const OrdersTest &) { r.correspondents << Correspondent{{}, {}, u"a@b.fr"_qs}; },
         workflow::errc::OrderCorrespondentMissing, "correspondents[0].name"},
        {"copy with bad RPPS",
         [](DossierRequest &r, const OrdersTest &) { r.correspondents << Correspondent{u"Dr X"_qs, u"123"_qs, {}}; },
         workflow::errc::OrderBadRpps, "correspondents[0].rpps"},
        {"prescription tomorrow",
         [](DossierRequest &r, const OrdersTest &) { r.prescribedOn = QDate::currentDate().addDays(1); },
         workflow::errc::OrderPrescriptionInFuture, "prescribedOn"},
        {"sampled in an hour", [now](DossierRequest &r, const OrdersTest &) { r.sampledAt = now.addSecs(3600); },
         workflow::errc::OrderSamplingInFuture, "sampledAt"},
        {"ward without ward",
         [](DossierRequest &r, const OrdersTest &) { r.origin = Dossier::Origin::Ward; },
         workflow::errc::OrderWardMissing, "ward"},
        {"patient copy without INS", [](DossierRequest &r, const OrdersTest &) { r.reportToPatient = true; },
         workflow::errc::OrderPatientCopyWithoutIns, "reportToPatient"},
        {"fasting not answered",
         [](DossierRequest &r, const OrdersTest &) {
             r.examCodes << u"GLY"_qs;
             r.clinicalAnswers.remove(u"FASTING"_qs);
         },
         domain::errc::ClinicalAnswerRequired, "FASTING"},
        {"fasting answered 'peut-être'",
         [](DossierRequest &r, const OrdersTest &) {
             r.examCodes << u"GLY"_qs;
             r.clinicalAnswers.insert(u"FASTING"_qs, u"peut-être"_qs);
         },
         domain::errc::ClinicalBadYesNo, "FASTING"},
        {"unknown question", [](DossierRequest &r, const OrdersTest &) { r.clinicalAnswers.insert(u"FOO"_qs, u"1"_qs); },
         workflow::errc::OrderUnknownQuestion, "clinicalAnswers.FOO"},
        {"weight of 900 kg", [](DossierRequest &r, const OrdersTest &) { r.clinicalAnswers.insert(u"WEIGHT"_qs, u"900"_qs); },
         domain::errc::ClinicalOutOfRange, "WEIGHT"},
        {"patient absent", [](DossierRequest &r, const OrdersTest &) { r.patientId = 999999; },
         workflow::errc::OrderPatientNotFound, "patientId"},
    };
    const QList<int> before = rowCounts();
    for (const BadRequest &c : cases) {
        DossierRequest r = request({QStringLiteral("NFS")});
        c.edit(r, *this);
        auto out = orders().create(r);
        ASSERT_FALSE(out) << c.name;
        EXPECT_EQ(out.error().code, c.code) << c.name << ": " << out.error().toString().toStdString();
        EXPECT_EQ(out.error().location, QString::fromUtf8(c.location)) << c.name;
        EXPECT_FALSE(out.error().message.isEmpty()) << c.name;
        EXPECT_EQ(rowCounts(), before) << c.name << ": a refused request wrote something";
    }
    // The next accepted dossier still gets sequence 1: refused ones consumed no number.
    EXPECT_EQ(createOk({QStringLiteral("NFS")}).dossier.number,
              workflow::orders::OrderEntry::dossierNumber(QDate::currentDate(), 1));
}

TEST_P(OrderEntryTest, PatientCopyNeedsQualifiedInsAndMaleSkipsPregnancy)
{
    auto q = orders().questionsFor({QStringLiteral("TP"), QStringLiteral("GLY")}, Sex::Male, {});
    ASSERT_TRUE(q);
    QStringList codes;
    for (const auto &x : *q)
        codes << x.code;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("FASTING"), QStringLiteral("ANTICOAGULANT")}));
    auto none = orders().questionsFor({QStringLiteral("NFS")}, Sex::Female, {});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(OrderEntryTest, OnlyDeskAndBiologistsEnterRequests)
{
    auto out = orders(technician()).create(request({QStringLiteral("NFS")}));
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QStringLiteral("auth.forbidden"));
    EXPECT_FALSE(orders(technician()).searchExams(QStringLiteral("nfs")));
}

TEST_P(OrderEntryTest, SearchesExamsIgnoringCaseAndAccents)
{
    auto found = orders().searchExams(QStringLiteral("HEMO"));
    ASSERT_TRUE(found);
    ASSERT_FALSE(found->isEmpty());
    EXPECT_EQ(found->first().code, QStringLiteral("NFS"));
    EXPECT_EQ(found->first().analysisLabels.size(), 15);
    auto all = orders().searchExams(QString(), 3);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 3);
    auto nothing = orders().searchExams(QStringLiteral("zzz"));
    ASSERT_TRUE(nothing);
    EXPECT_TRUE(nothing->isEmpty());
}

TEST_P(OrderEntryTest, AddedExamsShareAnExistingTubeOrGetANewOne)
{
    const auto created = createOk({QStringLiteral("IONO")});
    ASSERT_EQ(created.newTubes.size(), 1);
    const qint64 dry = created.newTubes[0].specimen.id;
    const int version = dossier(created.dossier.id).version;

    auto crp = orders().addExams(created.dossier.id, version, {QStringLiteral("CRP")}, {});
    ASSERT_TRUE(crp) << crp.error().toString().toStdString();
    EXPECT_TRUE(crp->newTubes.isEmpty()) << "CRP goes in the dry tube already there";
    ASSERT_EQ(crp->addedResults.size(), 1);
    EXPECT_EQ(crp->addedResults[0].specimenId, dry);

    auto gly = orders().addExams(created.dossier.id, crp->dossier.version, {QStringLiteral("GLY")},
                                 {{QStringLiteral("FASTING"), QStringLiteral("non")}});
    ASSERT_TRUE(gly) << gly.error().toString().toStdString();
    ASSERT_EQ(gly->newTubes.size(), 1);
    EXPECT_EQ(gly->newTubes[0].specimen.containerCode, QStringLiteral("FLU"));
    EXPECT_EQ(dossier(created.dossier.id).clinicalAnswers.value(u"FASTING"_qs), QStringLiteral("N"));
    EXPECT_EQ(gly->exams.size(), 3);
}

TEST_P(OrderEntryTest, AddingExamsRefusesDuplicatesStaleVersionsAndMissingAnswers)
{
    const auto created = createOk({QStringLiteral("IONO")});
    const int version = dossier(created.dossier.id).version;
    const QList<int> before = rowCounts();

    auto dup = orders().addExams(created.dossier.id, version, {QStringLiteral("IONO")}, {});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, workflow::errc::OrderDuplicateExam);

    auto stale = orders().addExams(created.dossier.id, version - 1, {QStringLiteral("CRP")}, {});
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);

    auto fasting = orders().addExams(created.dossier.id, version, {QStringLiteral("GLY")},
                                     {{QStringLiteral("FASTING"), QString()}});
    // FASTING was answered "oui" at creation: the stored answer still counts.
    ASSERT_TRUE(fasting) << fasting.error().toString().toStdString();

    const QList<int> after = rowCounts();
    auto bad = orders().addExams(created.dossier.id, fasting->dossier.version, {QStringLiteral("EAL")},
                                 {{QStringLiteral("FASTING"), QStringLiteral("bof")}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, domain::errc::ClinicalBadYesNo);
    EXPECT_EQ(rowCounts(), after);
    EXPECT_NE(before, after);
}

TEST_P(OrderEntryTest, CancellingAnExamCancelsItsResultsWithReasonAndHistory)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("TP")});
    const int version = dossier(created.dossier.id).version;

    auto noReason = orders().cancelExam(created.dossier.id, version, QStringLiteral("TP"), QStringLiteral(" "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, workflow::errc::OrderReasonRequired);
    auto absent = orders().cancelExam(created.dossier.id, version, QStringLiteral("GLY"), QStringLiteral("erreur"));
    ASSERT_FALSE(absent);
    EXPECT_EQ(absent.error().code, workflow::errc::OrderExamNotOrdered);

    auto out = orders().cancelExam(created.dossier.id, version, QStringLiteral("TP"),
                                   QStringLiteral("Erreur de saisie : prescription de la veille"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->cancelledResults.size(), 3);
    int cancelled = 0;
    for (const LabResult &r : resultsOf(created.dossier.id)) {
        if (r.state != ValidationState::Cancelled)
            continue;
        ++cancelled;
        auto h = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, r.id); });
        ASSERT_TRUE(h);
        ASSERT_EQ(h->size(), 1);
        EXPECT_EQ(h->at(0).reason, QStringLiteral("Erreur de saisie : prescription de la veille"));
        EXPECT_EQ(h->at(0).actor, QStringLiteral("secretaire"));
    }
    EXPECT_EQ(cancelled, 3);
    auto exams = m_db->read(
        [&](storage::ReadTx &tx) { return storage::OrderedExamRepository::forDossier(tx, created.dossier.id); });
    ASSERT_TRUE(exams);
    ASSERT_EQ(exams->size(), 2);
    EXPECT_EQ(exams->at(1).state, OrderedExam::State::Cancelled);
    EXPECT_EQ(exams->at(1).cancelledBy, QStringLiteral("secretaire"));

    // Cancelled twice: the exam is no longer ordered.
    auto again = orders().cancelExam(created.dossier.id, out->dossier.version, QStringLiteral("TP"), QStringLiteral("x"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, workflow::errc::OrderExamNotOrdered);
    // Ordering it again is allowed (a new line, new pending results).
    auto reordered = orders().addExams(created.dossier.id, out->dossier.version, {QStringLiteral("TP")}, {});
    ASSERT_TRUE(reordered) << reordered.error().toString().toStdString();
    EXPECT_EQ(reordered->addedResults.size(), 3);
}

TEST_P(OrderEntryTest, CorrectingTheRequestKeepsExamsAndRefusesSamplingAfterReception)
{
    const auto created = createOk({QStringLiteral("NFS")});
    Dossier d = dossier(created.dossier.id);
    DossierRequest r = request({});
    r.prescriberName = QStringLiteral("Dr Jean DURAND");
    r.priority = Dossier::Priority::Urgent;
    r.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    r.correspondents << Correspondent{.rpps = QStringLiteral("10003456786"), .name = QStringLiteral("Dr Anne PETIT"), .mssante = {}};
    auto out = orders().updateRequest(d.id, d.version, r);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    d = dossier(d.id);
    EXPECT_EQ(d.prescriberName, QStringLiteral("Dr Jean DURAND"));
    EXPECT_EQ(d.priority, Dossier::Priority::Urgent);
    ASSERT_EQ(d.correspondents.size(), 1);
    EXPECT_EQ(d.correspondents[0].name, QStringLiteral("Dr Anne PETIT"));
    EXPECT_EQ(d.correspondents[0].rpps, QStringLiteral("10003456786"));
    EXPECT_EQ(tubesOf(d.id).first().collectedAt.toSecsSinceEpoch(), r.sampledAt.toSecsSinceEpoch());
    EXPECT_TRUE(auditActions(QStringLiteral("dossier"), QString::number(d.id)).contains(u"dossier.update"_qs));

    // The tube is received ten minutes ago: a sampling time after that is refused.
    Specimen s = tubesOf(d.id).first();
    auto received = m_db->write([&](storage::WriteTx &tx) -> Status {
        return storage::SpecimenRepository::markReceived(tx, s, QDateTime::currentDateTimeUtc().addSecs(-600), actor());
    });
    ASSERT_TRUE(received) << received.error().toString().toStdString();
    r.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QList<int> before = rowCounts();
    auto late = orders().updateRequest(d.id, d.version, r);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, workflow::errc::OrderSamplingAfterReception);
    EXPECT_EQ(late.error().location, QStringLiteral("sampledAt"));
    EXPECT_EQ(rowCounts(), before);
}

TEST_P(OrderEntryTest, ClosedDossiersAreNotChanged)
{
    const auto created = createOk({QStringLiteral("NFS")});
    auto closed = m_db->write([&](storage::WriteTx &tx) -> Status {
        auto d = storage::DossierRepository::get(tx, created.dossier.id, actor());
        if (!d)
            return std::unexpected(d.error());
        if (auto s = storage::DossierRepository::setStatus(tx, *d, DossierStatus::Cancelled, actor()); !s)
            return s;
        return {};
    });
    ASSERT_TRUE(closed) << closed.error().toString().toStdString();
    const Dossier d = dossier(created.dossier.id);
    auto out = orders().addExams(d.id, d.version, {QStringLiteral("CRP")}, {});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, workflow::errc::OrderDossierClosed);
    EXPECT_TRUE(out.error().message.contains(d.number));
}

TEST_P(OrderEntryTest, MergedPatientsTakeNoRequest)
{
    ASSERT_TRUE(rawExec(QStringLiteral("UPDATE patients SET merged_into = %1 WHERE id = %2").arg(m_male.id).arg(m_patient.id)));
    auto out = orders().create(request({QStringLiteral("NFS")}));
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, workflow::errc::IdentityMerged);
}

INSTANTIATE_TEST_SUITE_P(Backends, OrderEntryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
