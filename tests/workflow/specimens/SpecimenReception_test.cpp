// Reception of tubes (issue 10, item 3): a scan marks the tube received by whom and when and
// moves the dossier; every refusal (malformed scan, wrong check character, unknown barcode, tube
// of another dossier, scanned twice, rejected tube, closed dossier, sampling after reception)
// has its code and field and writes nothing. Both databases.

#include "SpecimensTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/lab/BarcodeScheme.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;

class SpecimenReceptionTest : public SpecimensTest {};

TEST_P(SpecimenReceptionTest, ReceivesATubeByWhomAndWhenAndMovesTheDossier)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const Specimen edta = tube(created.dossier.id, QStringLiteral("EDTA"));
    EXPECT_EQ(dossier(created.dossier.id).status, DossierStatus::Registered);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto out = reception().receive(edta.barcode);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->specimen.status, Specimen::Status::Received);
    EXPECT_EQ(out->dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(out->analysisCodes.size(), 15);
    EXPECT_TRUE(out->analysisCodes.contains(u"GB"_qs));
    EXPECT_TRUE(out->message.contains(created.dossier.number)) << out->message.toStdString();
    EXPECT_TRUE(out->patientName.contains(m_patient.traits.firstBirthName)) << out->patientName.toStdString();

    const Specimen stored = tube(created.dossier.id, QStringLiteral("EDTA"));
    EXPECT_EQ(stored.status, Specimen::Status::Received);
    EXPECT_EQ(stored.receivedBy, QStringLiteral("technicien"));
    EXPECT_GE(stored.receivedAt, before);
    EXPECT_LE(stored.receivedAt, QDateTime::currentDateTimeUtc().addSecs(1));
    EXPECT_EQ(tube(created.dossier.id, QStringLiteral("FLU")).status, Specimen::Status::Expected);
    EXPECT_EQ(dossier(created.dossier.id).status, DossierStatus::InProgress);

    EXPECT_TRUE(auditActions(QStringLiteral("specimen"), QString::number(edta.id)).contains(u"specimen.receive"_qs));
    EXPECT_TRUE(auditActions(QStringLiteral("dossier"), QString::number(created.dossier.id)).contains(u"dossier.status"_qs));
}

TEST_P(SpecimenReceptionTest, AcceptsTheScanWithSpacesAndLowerCaseOnTheScreensDossier)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const Specimen edta = tube(created.dossier.id, QStringLiteral("EDTA"));
    auto out = reception(secretary()).receive(u"  "_qs + edta.barcode.toLower() + u"\n"_qs, created.dossier.id);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(tube(created.dossier.id, QStringLiteral("EDTA")).receivedBy, QStringLiteral("secretaire"));
}

TEST_P(SpecimenReceptionTest, SameTubeScannedTwiceSaysWhenAndByWhom)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const Specimen edta = tube(created.dossier.id, QStringLiteral("EDTA"));
    ASSERT_TRUE(reception(secretary()).receive(edta.barcode));
    const QList<int> before = rowCounts();
    auto again = reception().receive(edta.barcode);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, workflow::errc::SpecimenAlreadyReceived);
    EXPECT_EQ(again.error().location, QStringLiteral("barcode"));
    EXPECT_TRUE(again.error().message.contains(u"secretaire"_qs)) << again.error().message.toStdString();
    EXPECT_TRUE(again.error().message.contains(QDate::currentDate().toString(u"dd/MM/yyyy"_qs)))
        << again.error().message.toStdString();
    EXPECT_EQ(rowCounts(), before);
    EXPECT_EQ(tube(created.dossier.id, QStringLiteral("EDTA")).receivedBy, QStringLiteral("secretaire"));
}

struct Refusal {
    const char *name;
    QLatin1StringView code;
    const char *location;
};

TEST_P(SpecimenReceptionTest, RefusesEveryBadScanNamingTheFieldAndWritesNothing)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const auto other = createOk({QStringLiteral("TP")});
    const qint64 id = created.dossier.id;
    const QString edta = tube(id, QStringLiteral("EDTA")).barcode;
    const QString flu = tube(id, QStringLiteral("FLU")).barcode;
    const QString cit = tube(other.dossier.id, QStringLiteral("CIT")).barcode;
    const BarcodeScheme scheme;

    // A rejected tube (a new sample was asked for) and a closed dossier.
    const auto third = createOk({QStringLiteral("GLY")});
    Specimen rejected = tube(third.dossier.id, QStringLiteral("FLU"));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::SpecimenRepository::reject(tx, rejected, QStringLiteral("Échantillon coagulé"), actor());
    }));
    const auto fourth = createOk({QStringLiteral("GLY")});
    setDossierStatus(fourth.dossier.id, DossierStatus::Cancelled);
    const QString closed = tube(fourth.dossier.id, QStringLiteral("FLU")).barcode;
    // The sampling time was entered after now (clock of another workstation).
    setCollectedAt(tube(id, QStringLiteral("FLU")).id, QDateTime::currentDateTimeUtc().addSecs(3600));

    QString badCheck = edta;
    badCheck[badCheck.size() - 1] = badCheck.back() == u'A' ? u'B' : u'A';
    struct Case {
        const char *name;
        QString scan;
        std::optional<qint64> onScreen;
        QLatin1StringView code;
        QString location;
        QString inMessage;
    };
    const QList<Case> cases{
        {"empty", QString(), std::nullopt, workflow::errc::SpecimenMalformedBarcode, u"barcode"_qs, u"vide"_qs},
        {"too short", u"1234"_qs, std::nullopt, workflow::errc::SpecimenMalformedBarcode, u"barcode"_qs, u"1234"_qs},
        {"letters", u"ABCDEFGH1"_qs, std::nullopt, workflow::errc::SpecimenMalformedBarcode, u"barcode"_qs, u"9 caractères"_qs},
        {"check character", badCheck, std::nullopt, workflow::errc::SpecimenBadCheckCharacter, u"barcode"_qs, u"contrôle"_qs},
        {"unknown", *scheme.format(9999), std::nullopt, workflow::errc::SpecimenUnknownBarcode, u"barcode"_qs, u"inconnu"_qs},
        {"other dossier", cit, id, workflow::errc::SpecimenOtherDossier, u"barcode"_qs, other.dossier.number},
        {"rejected", rejected.barcode, std::nullopt, workflow::errc::SpecimenRejected, u"barcode"_qs, u"coagulé"_qs},
        {"closed dossier", closed, std::nullopt, workflow::errc::SpecimenDossierClosed, u"barcode"_qs, fourth.dossier.number},
        {"sampling after reception", flu, std::nullopt, workflow::errc::SpecimenSamplingAfterReception, u"sampledAt"_qs,
         created.dossier.number},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QList<int> before = rowCounts();
        auto out = reception().receive(c.scan, c.onScreen);
        ASSERT_FALSE(out);
        EXPECT_EQ(out.error().code, c.code);
        EXPECT_EQ(out.error().location, c.location);
        EXPECT_TRUE(out.error().message.contains(c.inMessage)) << out.error().message.toStdString();
        EXPECT_EQ(rowCounts(), before);
    }
    EXPECT_EQ(tube(other.dossier.id, QStringLiteral("CIT")).status, Specimen::Status::Expected);
    EXPECT_EQ(dossier(id).status, DossierStatus::Registered);
    // The same tube on its own dossier's screen is fine.
    EXPECT_TRUE(reception().receive(cit, other.dossier.id));
}

TEST_P(SpecimenReceptionTest, CheckBarcodeTellsShapeFromCheckCharacterWithAPrefix)
{
    const BarcodeScheme scheme{QStringLiteral("LB"), 6};
    const QString good = *scheme.format(42);
    EXPECT_EQ(workflow::specimens::SpecimenReception::checkBarcode(good.toLower(), scheme).value_or(QString()), good);
    QString wrong = good;
    wrong[wrong.size() - 1] = wrong.back() == u'0' ? u'1' : u'0';
    EXPECT_EQ(workflow::specimens::SpecimenReception::checkBarcode(wrong, scheme).error().code,
              workflow::errc::SpecimenBadCheckCharacter);
    EXPECT_EQ(workflow::specimens::SpecimenReception::checkBarcode(u"XX000042"_qs + good.back(), scheme).error().code,
              workflow::errc::SpecimenMalformedBarcode);
}

TEST_P(SpecimenReceptionTest, OnlyDeskAndBenchReceive)
{
    const auto created = createOk({QStringLiteral("NFS")});
    const QList<int> before = rowCounts();
    auto out = reception(biologist()).receive(tube(created.dossier.id, QStringLiteral("EDTA")).barcode);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(rowCounts(), before);
    UserSession none;
    EXPECT_EQ(reception(none).receive(u"00000001*"_qs).error().code, workflow::errc::AuthNoSession);
}

TEST_P(SpecimenReceptionTest, BoardListsTheDossiersTubesWithReceptionAndAnalyses)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const Specimen edta = tube(created.dossier.id, QStringLiteral("EDTA"));
    ASSERT_TRUE(reception().receive(edta.barcode));
    auto board = this->board(biologist()).forBarcode(edta.barcode.toLower());
    ASSERT_TRUE(board) << board.error().toString().toStdString();
    EXPECT_EQ(board->dossier.number, created.dossier.number);
    ASSERT_EQ(board->tubes.size(), 2);
    const auto &row = board->tubes[0].specimen.containerCode == u"EDTA"_qs ? board->tubes[0] : board->tubes[1];
    EXPECT_EQ(row.specimen.receivedBy, QStringLiteral("technicien"));
    EXPECT_EQ(row.analyses.size(), 15);
    EXPECT_FALSE(row.containerLabel.isEmpty());
    EXPECT_EQ(this->board().forBarcode(u"00009999X"_qs).error().code, workflow::errc::SpecimenUnknownBarcode);
    UserSession admin = userOf(Role::Admin, 1, QStringLiteral("admin"));
    EXPECT_EQ(this->board(admin).forDossier(created.dossier.id).error().code, workflow::errc::AuthForbidden);
}

INSTANTIATE_TEST_SUITE_P(Backends, SpecimenReceptionTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
