// Non-conformities at reception (issue 10, item 3): coded reason, one consequence per analysis
// of the tube; a new sample moves the analyses to a new tube (new barcode) back to pending with
// their history, and rejects the old tube once empty; a reservation is carried by the result for
// the report. Refusals write nothing. Both databases.

#include "SpecimensTestSupport.h"

#include "domain/lab/BarcodeScheme.h"
#include "storage/NonConformityRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using NC = NonConformity;

class NonConformityTest : public SpecimensTest {
protected:
    QList<NC> stored(qint64 dossierId)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) { return storage::NonConformityRepository::forDossier(tx, dossierId); });
        EXPECT_TRUE(r);
        return r ? *r : QList<NC>{};
    }
};

TEST_P(NonConformityTest, ReservationIsCarriedByTheResultForTheReport)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const Specimen edta = tube(created.dossier.id, QStringLiteral("EDTA"));
    ASSERT_TRUE(reception().receive(edta.barcode));
    auto out = reception().recordNonConformity(edta.id, NC::Reason::Haemolysed, QStringLiteral("légère"),
                                               {{QStringLiteral("GB"), NC::Consequence::PerformedWithReservation},
                                                {QStringLiteral("PLAQ"), NC::Consequence::PerformedWithReservation}});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_FALSE(out->newTube);
    EXPECT_FALSE(out->oldTubeRejected);
    EXPECT_EQ(out->reservedAnalyses, (QStringList{u"GB"_qs, u"PLAQ"_qs}));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("GB")).reservation, QStringLiteral("Réserve : Échantillon hémolysé (légère)."));
    EXPECT_EQ(result(created.dossier.id, QStringLiteral("PLAQ")).reservation, out->nonConformity.reservationText());
    EXPECT_TRUE(result(created.dossier.id, QStringLiteral("HB")).reservation.isEmpty());
    EXPECT_EQ(tube(created.dossier.id, QStringLiteral("EDTA")).status, Specimen::Status::Received);

    const QList<NC> ncs = stored(created.dossier.id);
    ASSERT_EQ(ncs.size(), 1);
    EXPECT_EQ(ncs[0].reason, NC::Reason::Haemolysed);
    EXPECT_EQ(ncs[0].recordedBy, QStringLiteral("technicien"));
    EXPECT_EQ(ncs[0].effects.size(), 2);
    EXPECT_TRUE(auditActions(QStringLiteral("specimen"), QString::number(edta.id)).contains(u"specimen.nonconformity"_qs));

    auto board = this->board().forDossier(created.dossier.id);
    ASSERT_TRUE(board);
    ASSERT_EQ(board->tubes.size(), 1);
    EXPECT_EQ(board->tubes[0].nonConformities.size(), 1);
}

TEST_P(NonConformityTest, NewSampleMovesAnalysesToANewTubeBackToPendingAndRejectsTheEmptyTube)
{
    const auto created = createOk({QStringLiteral("GLY"), QStringLiteral("NFS")});
    const qint64 id = created.dossier.id;
    const Specimen flu = tube(id, QStringLiteral("FLU"));
    ASSERT_TRUE(reception().receive(flu.barcode));
    setResult(id, QStringLiteral("GLU"), ValidationState::TechnicallyValidated, QStringLiteral("5.4"));
    const int countBefore = tubesOf(id).size();

    auto out = reception().recordNonConformity(flu.id, NC::Reason::InsufficientVolume, {},
                                               {{QStringLiteral("GLU"), NC::Consequence::NewSampleRequested}});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->newTube);
    EXPECT_TRUE(out->oldTubeRejected);
    EXPECT_EQ(out->movedAnalyses, QStringList{u"GLU"_qs});

    const Specimen fresh = *out->newTube;
    EXPECT_NE(fresh.barcode, flu.barcode);
    EXPECT_TRUE(BarcodeScheme{}.matches(fresh.barcode)) << fresh.barcode.toStdString();
    EXPECT_EQ(fresh.containerCode, QStringLiteral("FLU"));
    EXPECT_EQ(fresh.status, Specimen::Status::Expected);
    EXPECT_EQ(tubesOf(id).size(), countBefore + 1);

    const LabResult glu = result(id, QStringLiteral("GLU"));
    EXPECT_EQ(glu.specimenId, fresh.id);
    EXPECT_EQ(glu.state, ValidationState::Pending);
    EXPECT_EQ(glu.value.kind, ResultValue::Kind::Empty);
    EXPECT_TRUE(glu.enteredBy.isEmpty());

    auto history = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, glu.id); });
    ASSERT_TRUE(history);
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->last().action, QStringLiteral("new_sample"));
    EXPECT_EQ(history->last().stateBefore, ValidationState::TechnicallyValidated);
    EXPECT_EQ(history->last().valueText, QStringLiteral("5,4"));
    EXPECT_TRUE(history->last().reason.contains(u"Volume insuffisant"_qs));

    Specimen old;
    for (const Specimen &s : tubesOf(id))
        if (s.id == flu.id)
            old = s;
    EXPECT_EQ(old.status, Specimen::Status::Rejected);
    EXPECT_TRUE(auditActions(QStringLiteral("specimen"), QString::number(flu.id)).contains(u"specimen.reject"_qs));

    // The old tube cannot be received or scanned again; the new one can.
    EXPECT_EQ(reception().receive(flu.barcode).error().code, workflow::errc::SpecimenRejected);
    auto again = reception().receive(fresh.barcode);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->analysisCodes, QStringList{u"GLU"_qs});
}

TEST_P(NonConformityTest, PartialNewSampleKeepsTheOldTubeForTheOtherAnalyses)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const qint64 id = created.dossier.id;
    const Specimen edta = tube(id, QStringLiteral("EDTA"));
    ASSERT_TRUE(reception().receive(edta.barcode));
    auto out = reception().recordNonConformity(edta.id, NC::Reason::Clotted, {},
                                               {{QStringLiteral("PLAQ"), NC::Consequence::NewSampleRequested},
                                                {QStringLiteral("GB"), NC::Consequence::PerformedWithReservation}});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_TRUE(out->newTube);
    EXPECT_FALSE(out->oldTubeRejected);
    EXPECT_EQ(result(id, QStringLiteral("PLAQ")).specimenId, out->newTube->id);
    EXPECT_EQ(result(id, QStringLiteral("GB")).specimenId, edta.id);
    EXPECT_EQ(result(id, QStringLiteral("GB")).reservation, QStringLiteral("Réserve : Échantillon coagulé."));
    EXPECT_EQ(tube(id, QStringLiteral("EDTA")).id, edta.id) << "old tube still usable";
    // The dossier stays in progress (a tube received), its version moved.
    const Dossier d = dossier(id);
    EXPECT_EQ(d.status, DossierStatus::InProgress);
    EXPECT_GT(d.version, created.dossier.version);
}

TEST_P(NonConformityTest, DossierGoesBackInProgressWhenAValidatedTechnicallyDossierNeedsANewSample)
{
    const auto created = createOk({QStringLiteral("GLY")});
    const qint64 id = created.dossier.id;
    const Specimen flu = tube(id, QStringLiteral("FLU"));
    ASSERT_TRUE(reception().receive(flu.barcode));
    setResult(id, QStringLiteral("GLU"), ValidationState::TechnicallyValidated, QStringLiteral("5.4"));
    setDossierStatus(id, DossierStatus::TechnicallyValidated);
    auto out = reception().recordNonConformity(flu.id, NC::Reason::TemperatureExceeded, {},
                                               {{QStringLiteral("GLU"), NC::Consequence::NewSampleRequested}});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(dossier(id).status, DossierStatus::InProgress);
}

TEST_P(NonConformityTest, RefusesBadNonConformitiesNamingTheFieldAndWritesNothing)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const qint64 id = created.dossier.id;
    const Specimen edta = tube(id, QStringLiteral("EDTA"));
    ASSERT_TRUE(reception().receive(edta.barcode));
    setResult(id, QStringLiteral("HB"), ValidationState::Validated, QStringLiteral("13.5"));
    const auto reserve = NC::Consequence::PerformedWithReservation;
    const auto again = NC::Consequence::NewSampleRequested;

    struct Case {
        const char *name;
        qint64 specimenId;
        NC::Reason reason;
        QString comment;
        QList<NC::Effect> effects;
        QLatin1StringView code;
        QString location;
    };
    const QList<Case> cases{
        {"other without comment", edta.id, NC::Reason::Other, u"  "_qs, {{u"GB"_qs, reserve}},
         workflow::errc::SpecimenCommentRequired, u"comment"_qs},
        {"no analysis", edta.id, NC::Reason::Clotted, {}, {}, workflow::errc::SpecimenNoEffect, u"effects"_qs},
        {"analysis of another tube", edta.id, NC::Reason::Clotted, {}, {{u"GB"_qs, reserve}, {u"GLU"_qs, again}},
         workflow::errc::SpecimenEffectNotOnTube, u"GLU"_qs},
        {"analysis twice", edta.id, NC::Reason::Clotted, {}, {{u"GB"_qs, reserve}, {u"GB"_qs, again}},
         workflow::errc::SpecimenEffectTwice, u"GB"_qs},
        {"validated result", edta.id, NC::Reason::Haemolysed, {}, {{u"GB"_qs, again}, {u"HB"_qs, again}},
         workflow::errc::SpecimenResultValidated, u"HB"_qs},
        {"unknown tube", 987654, NC::Reason::Clotted, {}, {{u"GB"_qs, reserve}}, workflow::errc::SpecimenNotFound,
         u"specimenId"_qs},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QList<int> before = rowCounts();
        auto out = reception().recordNonConformity(c.specimenId, c.reason, c.comment, c.effects);
        ASSERT_FALSE(out);
        EXPECT_EQ(out.error().code, c.code);
        EXPECT_EQ(out.error().location, c.location);
        EXPECT_FALSE(out.error().message.isEmpty());
        EXPECT_EQ(rowCounts(), before);
    }
    EXPECT_EQ(result(id, QStringLiteral("GB")).specimenId, edta.id);
    EXPECT_TRUE(stored(id).isEmpty());

    // Other with its comment is fine; a rejected tube takes no more.
    auto ok = reception().recordNonConformity(edta.id, NC::Reason::Other, QStringLiteral("tube fêlé"),
                                              {{QStringLiteral("GB"), again}, {QStringLiteral("PLAQ"), reserve}});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(result(id, QStringLiteral("PLAQ")).reservation, QStringLiteral("Réserve : Autre non-conformité (tube fêlé)."));

    Specimen flu = tube(id, QStringLiteral("FLU"));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::SpecimenRepository::reject(tx, flu, QStringLiteral("Tube non étiqueté"), actor());
    }));
    auto rejected = reception().recordNonConformity(flu.id, NC::Reason::Clotted, {}, {{QStringLiteral("GLU"), reserve}});
    ASSERT_FALSE(rejected);
    EXPECT_EQ(rejected.error().code, workflow::errc::SpecimenRejected);

    setDossierStatus(id, DossierStatus::Cancelled);
    auto closed = reception().recordNonConformity(edta.id, NC::Reason::Clotted, {}, {{QStringLiteral("GB"), reserve}});
    ASSERT_FALSE(closed);
    EXPECT_EQ(closed.error().code, workflow::errc::SpecimenDossierClosed);

    auto forbidden = reception(biologist()).recordNonConformity(edta.id, NC::Reason::Clotted, {}, {{QStringLiteral("GB"), reserve}});
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, workflow::errc::AuthForbidden);
}

INSTANTIATE_TEST_SUITE_P(Backends, NonConformityTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
