// Host query and worklist download (issue 11 §5): which tests an instrument is asked to run on a
// tube, only those its profile has codes for, only results still awaiting a value, only received
// tubes of open dossiers; "no order" otherwise; every answer audited. Both databases.

#include "../specimens/SpecimensTestSupport.h"

#include "domain/analyzer/ProfileMapper.h"
#include "workflow/analyzers/AnalyzerOrders.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using domain::analyzer::AnalyzerProfile;
using domain::analyzer::ProfileMapper;
using workflow::analyzers::AnalyzerOrders;

class AnalyzerOrdersTest : public SpecimensTest {
protected:
    /** The Sysmex XN of the demo catalogue (XN=WBC...), as the profile store would build it. */
    static ProfileMapper xn()
    {
        AnalyzerProfile p = AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Astm);
        p.name = QStringLiteral("sysmex-xn");
        p.analyzerId = QStringLiteral("XN");
        return ProfileMapper(p, {{QStringLiteral("WBC"), QStringLiteral("GB")},
                                 {QStringLiteral("RBC"), QStringLiteral("GR")},
                                 {QStringLiteral("HGB"), QStringLiteral("HB")},
                                 {QStringLiteral("PLT"), QStringLiteral("PLAQ")}});
    }
    static ProfileMapper cobas()
    {
        AnalyzerProfile p = AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Hl7);
        p.name = QStringLiteral("cobas");
        p.analyzerId = QStringLiteral("COBAS");
        p.codeMappings = {{QStringLiteral("GLUC3"), QStringLiteral("GLU"), 1.0}};
        return ProfileMapper(p, {{QStringLiteral("CREP2"), QStringLiteral("CREA")}});
    }
    AnalyzerOrders orders() { return AnalyzerOrders(*m_db, actor()); }

    QString receive(qint64 dossierId, const QString &container)
    {
        const QString barcode = tube(dossierId, container).barcode;
        auto r = reception().receive(barcode);
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return barcode;
    }
};

TEST_P(AnalyzerOrdersTest, ReceivedTubeGetsTheTestsOfItsProfileOnly)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const QString edta = receive(created.dossier.id, QStringLiteral("EDTA"));

    auto answer = orders().forBarcode(xn(), edta);
    ASSERT_TRUE(answer) << answer.error().toString().toStdString();
    ASSERT_TRUE(answer->has_value());
    const auto &o = **answer;
    EXPECT_EQ(o.barcode, edta);
    EXPECT_EQ(o.dossierNumber, created.dossier.number);
    EXPECT_EQ(o.patientId, QString::number(m_patient.id));
    EXPECT_EQ(o.sex, QStringLiteral("F"));
    EXPECT_EQ(o.birthDate, m_patient.traits.birthDate.toString(QStringLiteral("yyyyMMdd")));
    EXPECT_EQ(o.priority, QStringLiteral("R"));
    EXPECT_EQ(o.specimenType, tube(created.dossier.id, QStringLiteral("EDTA")).typeCode);
    EXPECT_EQ(o.testCodes, (QStringList{QStringLiteral("WBC"), QStringLiteral("RBC"), QStringLiteral("HGB"),
                                        QStringLiteral("PLT")}));
    EXPECT_EQ(o.analysisCodes, (QStringList{QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("HB"),
                                            QStringLiteral("PLAQ")}));
    EXPECT_TRUE(auditActions(QStringLiteral("specimen"), edta).contains(QStringLiteral("analyzer.host_query")));

    // A value already entered is not asked again; a rerun is.
    setResult(created.dossier.id, QStringLiteral("GB"), ValidationState::Entered, QStringLiteral("6.1"));
    setResult(created.dossier.id, QStringLiteral("HB"), ValidationState::RerunRequested, QStringLiteral("13.0"));
    answer = orders().forBarcode(xn(), QStringLiteral("  ") + edta + QStringLiteral(" "));
    ASSERT_TRUE(answer && answer->has_value());
    EXPECT_EQ((*answer)->testCodes, (QStringList{QStringLiteral("RBC"), QStringLiteral("HGB"), QStringLiteral("PLT")}));
}

TEST_P(AnalyzerOrdersTest, NoOrderForUnknownUnreceivedRejectedUnmappedOrClosed)
{
    const auto created = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const QString edta = tube(created.dossier.id, QStringLiteral("EDTA")).barcode;

    auto none = [&](const ProfileMapper &m, const QString &barcode) {
        auto a = orders().forBarcode(m, barcode);
        EXPECT_TRUE(a) << (a ? std::string() : a.error().toString().toStdString());
        return a && !a->has_value();
    };
    EXPECT_TRUE(none(xn(), QStringLiteral("NOPE-0000")));
    EXPECT_TRUE(none(xn(), QString()));
    EXPECT_TRUE(none(xn(), edta)) << "tube not received yet";
    // The reason decides the ASTM answer: Z (no record of the specimen) versus Y (no test).
    auto unknown = orders().lookup(xn(), QStringLiteral("NOPE-0000"));
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->why, QStringLiteral("unknown_specimen"));
    EXPECT_FALSE(unknown->specimenKnown());
    auto notReceived = orders().lookup(xn(), edta);
    ASSERT_TRUE(notReceived);
    EXPECT_EQ(notReceived->why, QStringLiteral("specimen_not_received"));
    EXPECT_TRUE(notReceived->specimenKnown());
    receive(created.dossier.id, QStringLiteral("EDTA"));
    EXPECT_FALSE(none(xn(), edta));
    EXPECT_TRUE(none(cobas(), edta)) << "the chemistry analyzer has no haematology code";

    const QString flu = receive(created.dossier.id, QStringLiteral("FLU"));
    auto glu = orders().forBarcode(cobas(), flu);
    ASSERT_TRUE(glu && glu->has_value());
    EXPECT_EQ((*glu)->testCodes, QStringList{QStringLiteral("GLUC3")}) << "profile mapping";

    setDossierStatus(created.dossier.id, DossierStatus::Validated);
    EXPECT_TRUE(none(xn(), edta)) << "closed dossier";

    const auto other = createOk({QStringLiteral("NFS")});
    Specimen rejected = tube(other.dossier.id, QStringLiteral("EDTA"));
    receive(other.dossier.id, QStringLiteral("EDTA"));
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) {
        return storage::SpecimenRepository::reject(tx, rejected, QStringLiteral("hémolysé"), actor());
    }));
    EXPECT_TRUE(none(xn(), rejected.barcode));
    EXPECT_TRUE(auditActions(QStringLiteral("specimen"), QStringLiteral("NOPE-0000"))
                    .contains(QStringLiteral("analyzer.host_query")));
}

TEST_P(AnalyzerOrdersTest, WorklistListsReceivedTubesOldestReceptionFirst)
{
    const auto first = createOk({QStringLiteral("NFS")});
    const auto second = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const auto notReceived = createOk({QStringLiteral("NFS")});
    const QString b2 = receive(second.dossier.id, QStringLiteral("EDTA"));
    const QString b1 = receive(first.dossier.id, QStringLiteral("EDTA"));
    // Reception order decides, not dossier order: make the first received clearly older.
    ASSERT_TRUE(m_db->write([&](storage::WriteTx &tx) -> domain::Status {
        auto n = tx.exec(QStringLiteral("UPDATE specimens SET received_at = ? WHERE barcode = ?"),
                         {tx.dialect().toDb(QDateTime::currentDateTimeUtc().addSecs(-600)), b2});
        if (!n)
            return std::unexpected(n.error());
        return {};
    }));
    receive(second.dossier.id, QStringLiteral("FLU"));

    auto list = orders().pendingWorklist(xn());
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).barcode, b2);
    EXPECT_EQ(list->at(1).barcode, b1);
    EXPECT_EQ(list->at(0).testCodes.size(), 4);
    EXPECT_FALSE(list->at(0).specimenType.isEmpty());
    for (const auto &o : *list)
        EXPECT_NE(o.barcode, tube(notReceived.dossier.id, QStringLiteral("EDTA")).barcode);

    auto one = orders().pendingWorklist(xn(), 1);
    ASSERT_TRUE(one);
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().barcode, b2);

    auto chemistry = orders().pendingWorklist(cobas());
    ASSERT_TRUE(chemistry);
    ASSERT_EQ(chemistry->size(), 1);
    EXPECT_EQ(chemistry->first().testCodes, QStringList{QStringLiteral("GLUC3")});
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerOrdersTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
