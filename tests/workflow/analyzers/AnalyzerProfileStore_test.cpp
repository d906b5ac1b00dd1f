// Analyzer profiles stored in the database (issue 11 §4): save with history and optimistic lock,
// import/export as JSON (all or nothing), shipped profiles installed without overwriting, the
// mapper built with the catalogue's analyzer codes; permissions and bad input refused. Both
// databases.

#include "AnalyzerTestSupport.h"

#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfileJson.h"
#include "interop/analyzer/ShippedAnalyzerProfiles.h"
#include "storage/AnalyzerProfileRepository.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using analyzer::AnalyzerProfile;

class AnalyzerProfileStoreTest : public AnalyzerTest {
protected:
    static AnalyzerProfile cobas(const QString &name = QStringLiteral("cobas-essai"))
    {
        auto p = AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Astm);
        p.name = name;
        p.label = QStringLiteral("cobas c311 — biochimie");
        p.analyzerId = QStringLiteral("COBAS");
        p.transport.port = 5001;
        return p;
    }
};

TEST_P(AnalyzerProfileStoreTest, SaveKeepsHistoryAndRefusesAStaleVersion)
{
    auto first = profiles().save(cobas(), QStringLiteral("mise en service"));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->version, 1);
    auto changed = *first;
    changed.label = QStringLiteral("cobas c311 n°2");
    changed.codeMappings << mappingOf(QStringLiteral("GLU-X"), QStringLiteral("GLU"));
    auto second = profiles().save(changed, QStringLiteral("nouveau réactif"));
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_EQ(second->version, 2);
    auto stale = profiles().save(*first, QStringLiteral("ancienne version"));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);

    auto got = profiles(technician()).get(QStringLiteral("cobas-essai"));
    ASSERT_TRUE(got) << got.error().toString().toStdString();
    EXPECT_EQ(got->label, QStringLiteral("cobas c311 n°2"));
    EXPECT_EQ(got->codeMappings, changed.codeMappings);
    EXPECT_EQ(got->version, 2);
    auto all = profiles(technician()).list();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1);
    auto history = m_db->read([](storage::ReadTx &tx) {
        return storage::AnalyzerProfileRepository::history(tx, QStringLiteral("cobas-essai"));
    });
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_TRUE(history->at(0).previousDocument.isEmpty());
    EXPECT_EQ(history->at(1).reason, QStringLiteral("nouveau réactif"));
    EXPECT_TRUE(history->at(1).previousDocument.contains("cobas c311"));
    EXPECT_EQ(history->at(1).changedBy, adminSession().login);
    EXPECT_TRUE(auditActions(QStringLiteral("analyzer_profile"), QStringLiteral("cobas-essai"))
                    .contains(QStringLiteral("analyzer.profile_save")));

    ASSERT_TRUE(profiles().setActive(QStringLiteral("cobas-essai"), false, QStringLiteral("en panne")));
    EXPECT_FALSE(profiles().get(QStringLiteral("cobas-essai"))->active);
}

TEST_P(AnalyzerProfileStoreTest, RefusalsAreNamedAndWriteNothing)
{
    EXPECT_EQ(profiles(technician()).save(cobas(), QStringLiteral("r")).error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(profiles(technician()).installShipped().error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(profiles(technician()).importJson("[]", QStringLiteral("r")).error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(profiles(UserSession{}).list().error().code, workflow::errc::AuthNoSession);
    EXPECT_EQ(profiles().save(cobas(), QStringLiteral("  ")).error().code, workflow::errc::AnalyzerReasonRequired);
    auto badName = profiles().save(cobas(QStringLiteral("Cobas Essai!")), QStringLiteral("r"));
    ASSERT_FALSE(badName);
    EXPECT_EQ(badName.error().code, domain::errc::AnalyzerProfileInvalid);
    auto unknown = profiles().get(QStringLiteral("absent"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, workflow::errc::AnalyzerUnknownProfile);
    EXPECT_EQ(profiles().setActive(QStringLiteral("absent"), false, QStringLiteral("r")).error().code,
              workflow::errc::AnalyzerUnknownProfile);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profiles")), 0);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profile_history")), 0);
}

TEST_P(AnalyzerProfileStoreTest, ImportExportRoundTripAndAllOrNothing)
{
    const QByteArray doc = analyzer::AnalyzerProfileJson::toDocument({cobas(QStringLiteral("one")), cobas(QStringLiteral("two"))});
    auto imported = profiles().importJson(doc, QStringLiteral("reprise"));
    ASSERT_TRUE(imported) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->size(), 2);
    auto exported = profiles().exportJson({QStringLiteral("two")});
    ASSERT_TRUE(exported);
    auto back = analyzer::AnalyzerProfileJson::parseDocument(*exported);
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first().name, QStringLiteral("two"));
    EXPECT_EQ(profiles().exportJson({QStringLiteral("three")}).error().code, workflow::errc::AnalyzerUnknownProfile);
    // Importing again replaces (a new version each).
    ASSERT_TRUE(profiles().importJson(doc, QStringLiteral("reprise 2")));
    EXPECT_EQ(profiles().get(QStringLiteral("one"))->version, 2);

    // One bad profile in the document: nothing of it is stored, the error names where.
    auto bad = cobas(QStringLiteral("three"));
    bad.transport.port = 0;
    const QByteArray mixed = analyzer::AnalyzerProfileJson::toDocument({cobas(QStringLiteral("four")), bad});
    auto refused = profiles().importJson(mixed, QStringLiteral("reprise 3"));
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().location.isEmpty());
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profiles")), 2);
    auto garbage = profiles().importJson("{not json", QStringLiteral("reprise 4"));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profiles")), 2);
}

TEST_P(AnalyzerProfileStoreTest, ShippedProfilesAreInstalledOnceWithoutOverwriting)
{
    const QStringList names = interop::analyzer::shippedAnalyzerProfileNames();
    auto added = profiles().installShipped();
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    EXPECT_EQ(*added, names.size());
    auto again = profiles().installShipped();
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profiles")), names.size());
}

TEST_P(AnalyzerProfileStoreTest, MapperUsesTheCatalogueCodesOfTheAnalyzerAndTheProfileOwn)
{
    auto p = cobas();
    p.codeMappings << mappingOf(QStringLiteral("TSH-X"), QStringLiteral("TSH"));
    ASSERT_TRUE(profiles().save(p, QStringLiteral("mise en service")));
    auto mapper = profiles(technician()).mapperFor(QStringLiteral("cobas-essai"));
    ASSERT_TRUE(mapper) << mapper.error().toString().toStdString();
    EXPECT_EQ(mapper->testCodeFor(QStringLiteral("GLU")), QStringLiteral("GLUC3")); // demo catalogue COBAS=GLUC3
    EXPECT_EQ(mapper->testCodeFor(QStringLiteral("TSH")), QStringLiteral("TSH-X"));  // the profile's wins
    EXPECT_TRUE(mapper->testCodeFor(QStringLiteral("GB")).isEmpty());               // XN's, not this analyzer's
    EXPECT_EQ(profiles(technician()).mapperFor(QStringLiteral("absent")).error().code, workflow::errc::AnalyzerUnknownProfile);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerProfileStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
