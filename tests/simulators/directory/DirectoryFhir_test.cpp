// The online RPPS check against the Annuaire Santé FHIR simulator over TLS: active, inactive and
// unknown professionals, a wrong API key, bad parameters (400 with its OperationOutcome), 429
// answers waited out (Retry-After) or given up, paging through Bundle.link next, the simulator's
// own 17 req/s limit never reached by a client that respects it, and the workflow use case.

#include "domain/lab/RppsNumber.h"
#include "interop/directory/AnnuaireFhirClient.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/SyntheticExtract.h"
#include "simulators/directory/DirectorySimulatorThread.h"
#include "simulators/pki/RsaTestPki.h"
#include "workflow/ErrorCodes.h"
#include "workflow/directory/RppsOnlineCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using interop::directory::AnnuaireFhirClient;
using interop::directory::AnnuaireFhirConfig;
using interop::directory::FhirRppsLookup;
using interop::directory::SyntheticExtract;
using interop::directory::TokenBucket;
using simulators::directory::DirectorySimConfig;
using simulators::directory::DirectorySimulatorThread;
using simulators::directory::SimPractitioner;
using simulators::directory::SimPractitionerRole;
using simulators::pki::RsaTestPki;
namespace errc = interop::directory::errc;

const QString kPkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
const QString kKey = u"cle-api-annuaire-de-test"_s;
const QString kActive = u"10000000009"_s;
const QString kInactive = u"10000000017"_s;

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_directory";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

/** One simulator per process: ÉPINASSE (active, 2 activities), ZÉPHIRIN (inactive), 120 MARTIN. */
DirectorySimulatorThread &sim()
{
    static std::unique_ptr<DirectorySimulatorThread> thread = [] {
        app();
        if (auto ok = RsaTestPki::ensure(kPkiDir); !ok)
            ADD_FAILURE() << ok.error().toString().toStdString();
        DirectorySimConfig c;
        c.certificatePath = RsaTestPki::file(kPkiDir, "server.pem");
        c.keyPath = RsaTestPki::file(kPkiDir, "server.key.pem");
        c.apiKey = kKey;
        SimPractitioner active{kActive, u"ÉPINASSE"_s, u"Hélène"_s, u"DR"_s, u"21"_s, u"Pharmacien"_s, true,
                               {u"helene.epinasse@labo.mssante.fr"_s},
                               {SimPractitionerRole{u"Laboratoire des Tilleuls"_s, u"bio@tilleuls.mssante.fr"_s},
                                SimPractitionerRole{u"Centre hospitalier de Rodez"_s, {}}}};
        SimPractitioner inactive{kInactive, u"ZÉPHIRIN"_s, u"Zoé"_s, {}, u"10"_s, u"Médecin"_s, false, {},
                                 {SimPractitionerRole{u"Cabinet de la Fontaine"_s, {}}}};
        c.practitioners << active << inactive;
        for (int i = 0; i < 120; ++i)
            c.practitioners << SimPractitioner{SyntheticExtract::rpps(i), u"MARTIN"_s, u"Léa"_s, {}, u"10"_s, u"Médecin"_s,
                                               true, {}, {}};
        auto started = DirectorySimulatorThread::start(c);
        if (!started) {
            ADD_FAILURE() << started.error().toString().toStdString();
            std::abort();
        }
        return std::move(*started);
    }();
    return *thread;
}

AnnuaireFhirConfig config(const QString &key = kKey)
{
    AnnuaireFhirConfig c;
    c.baseUrl = sim().baseUrl();
    c.apiKey = key;
    c.caBundlePath = RsaTestPki::file(kPkiDir, "ca.pem");
    c.timeoutMs = 10000;
    return c;
}

class DirectoryFhirTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        sim().handler().failNext(0);
        sim().handler().setRequestsPerSecond(17);
        // Each test has its own bucket: a previous test's pace or hold-off does not leak in.
        m_bucket = std::make_unique<TokenBucket>(16.0, 1.0); // as TokenBucket::annuaireSante()
    }
    AnnuaireFhirClient client(const QString &key = kKey)
    {
        return AnnuaireFhirClient(config(key), m_bucket.get(), [this](qint64 ms) {
            m_waits << ms;
            if (m_reallySleep)
                QThread::msleep(static_cast<unsigned long>(ms));
        });
    }
    std::unique_ptr<TokenBucket> m_bucket;
    QList<qint64> m_waits;
    bool m_reallySleep = true;
};

TEST_F(DirectoryFhirTest, ActiveProfessionalWithRolesAndMailboxes)
{
    auto r = client().lookupRpps(kActive);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->outcome, FhirRppsLookup::Outcome::Active);
    ASSERT_TRUE(r->practitioner);
    EXPECT_EQ(r->practitioner->rpps, kActive);
    EXPECT_EQ(r->practitioner->family, u"ÉPINASSE"_s);
    EXPECT_EQ(r->practitioner->mailboxes, QStringList{u"helene.epinasse@labo.mssante.fr"_s});
    ASSERT_EQ(r->roles.size(), 2);
    EXPECT_EQ(r->roles[0].organisation, u"Laboratoire des Tilleuls"_s);
    EXPECT_EQ(r->roles[0].mailboxes, QStringList{u"bio@tilleuls.mssante.fr"_s});
    EXPECT_EQ(r->roles[1].roles, QStringList{u"Pharmacien"_s});
    EXPECT_EQ(r->pages, 1);
    EXPECT_EQ(r->retries, 0);
}

TEST_F(DirectoryFhirTest, InactiveAndUnknownAreToldApart)
{
    auto inactive = client().lookupRpps(kInactive);
    ASSERT_TRUE(inactive) << inactive.error().toString().toStdString();
    EXPECT_EQ(inactive->outcome, FhirRppsLookup::Outcome::Inactive);
    EXPECT_EQ(inactive->practitioner->family, u"ZÉPHIRIN"_s);

    const QString unknown = SyntheticExtract::rpps(5000);
    ASSERT_EQ(domain::RppsNumber::check(unknown), domain::RppsNumber::Check::Valid);
    auto none = client().lookupRpps(unknown);
    ASSERT_TRUE(none) << none.error().toString().toStdString();
    EXPECT_EQ(none->outcome, FhirRppsLookup::Outcome::Unknown);
    EXPECT_FALSE(none->practitioner);
    EXPECT_TRUE(none->roles.isEmpty());
}

TEST_F(DirectoryFhirTest, WrongOrMissingApiKeyIsRefusedWithoutShowingIt)
{
    auto r = client(u"cle-fausse-123"_s).lookupRpps(kActive);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::FhirUnauthorized);
    EXPECT_FALSE(r.error().toString().contains(u"cle-fausse-123"_s));
    EXPECT_TRUE(r.error().message.contains(u"401"_s)) << r.error().message.toStdString();

    const int before = sim().handler().requests();
    auto none = client(QString()).lookupRpps(kActive);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, errc::FhirConfig);
    EXPECT_EQ(sim().handler().requests(), before) << "nothing is sent without a key";
}

TEST_F(DirectoryFhirTest, BadParametersGive400WithTheOperationOutcome)
{
    auto r = client().page(sim().baseUrl() + u"/Practitioner?colour=blue"_s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::FhirBadRequest);
    EXPECT_TRUE(r.error().message.contains(u"Unknown search parameter: colour"_s)) << r.error().message.toStdString();
    auto badId = client().page(sim().baseUrl() + u"/Practitioner?identifier=urn:oid:1.2.250.1.71.4.2.1%7C8123"_s);
    ASSERT_FALSE(badId);
    EXPECT_EQ(badId.error().code, errc::FhirBadRequest);
    auto badActive = client().page(sim().baseUrl() + u"/Practitioner?active=maybe"_s);
    ASSERT_FALSE(badActive);
    EXPECT_EQ(badActive.error().code, errc::FhirBadRequest);
}

TEST_F(DirectoryFhirTest, TooManyRequestsIsWaitedOutThenRetried)
{
    m_reallySleep = false; // the waits are recorded; the simulator's forced 429 do not depend on time
    sim().handler().failNext(2, 3);
    const int throttledBefore = sim().handler().throttled();
    auto r = client().lookupRpps(kActive);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->outcome, FhirRppsLookup::Outcome::Active);
    EXPECT_EQ(r->retries, 2);
    EXPECT_EQ(sim().handler().throttled() - throttledBefore, 2);
    // Each retry waited for the 3 s of Retry-After.
    int long_waits = 0;
    for (qint64 w : m_waits)
        long_waits += w >= 2900 ? 1 : 0;
    EXPECT_EQ(long_waits, 2) << "waits: " << m_waits.size();
}

TEST_F(DirectoryFhirTest, TooManyRequestsForTooLongIsGivenUp)
{
    m_reallySleep = false;
    sim().handler().failNext(10, 1);
    const int before = sim().handler().requests();
    auto r = client().lookupRpps(kActive);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::FhirRateLimited);
    EXPECT_EQ(sim().handler().requests() - before, 4) << "one request and three retries";

    sim().handler().failNext(1, 3600);
    auto longWait = client().lookupRpps(kActive);
    ASSERT_FALSE(longWait);
    EXPECT_EQ(longWait.error().code, errc::FhirRateLimited) << "an hour is not waited for";
    sim().handler().failNext(0);
}

TEST_F(DirectoryFhirTest, PagingFollowsNextLinks)
{
    const QString first = sim().baseUrl() + u"/Practitioner?family=martin&_count=50"_s;
    AnnuaireFhirClient c = client();
    auto page = c.page(first);
    ASSERT_TRUE(page) << page.error().toString().toStdString();
    EXPECT_EQ(page->total, 120);
    EXPECT_EQ(page->practitioners.size(), 50);
    QStringList seen;
    int pages = 0;
    for (;;) {
        ASSERT_TRUE(page) << page.error().toString().toStdString();
        ++pages;
        for (const auto &p : page->practitioners)
            seen << p.rpps;
        if (page->nextUrl.isEmpty())
            break;
        EXPECT_TRUE(page->nextUrl.startsWith(sim().baseUrl())) << page->nextUrl.toStdString();
        page = c.page(page->nextUrl);
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen.size(), 120);
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 120) << "no practitioner twice";
    EXPECT_TRUE(seen.contains(SyntheticExtract::rpps(119)));

    // _count above the gateway's page is lowered to it.
    auto capped = c.page(sim().baseUrl() + u"/Practitioner?family=martin&_count=500"_s);
    ASSERT_TRUE(capped);
    EXPECT_EQ(capped->practitioners.size(), 50);
}

TEST_F(DirectoryFhirTest, ARespectfulClientNeverMeetsTheGatewayLimit)
{
    // The simulator counts arrivals, after TLS handshakes that a loaded test machine can slow
    // down: the client's pace here (8 req/s against a limit of 10) leaves 250 ms of slack, where
    // production (16 against 17) leaves 60 ms; the exact bound is TokenBucket_test's.
    sim().handler().setRequestsPerSecond(10);
    const int before = sim().handler().throttled();
    m_bucket = std::make_unique<TokenBucket>(8.0, 1.0);
    QElapsedTimer timer;
    timer.start();
    AnnuaireFhirClient c = client();
    for (int i = 0; i < 20; ++i) {
        auto r = c.lookupRpps(kActive);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_EQ(r->retries, 0);
    }
    EXPECT_GE(timer.elapsed(), 19 * 1000 / 8 - 20);
    EXPECT_EQ(sim().handler().throttled(), before);

    // Without the limit (1000 req/s) a burst against a limit of 5 is throttled, then waited out.
    sim().handler().setRequestsPerSecond(5);
    m_bucket = std::make_unique<TokenBucket>(1000.0, 1.0);
    AnnuaireFhirClient greedy = client();
    int retries = 0;
    for (int i = 0; i < 12; ++i) {
        auto r = greedy.lookupRpps(kActive);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        retries += r->retries;
    }
    EXPECT_GT(sim().handler().throttled(), before);
    EXPECT_GT(retries, 0);
    EXPECT_GE(timer.elapsed(), 19 * 1000 / 8 + 1000) << "Retry-After (1 s) was waited for";
    sim().handler().setRequestsPerSecond(17);
}

TEST_F(DirectoryFhirTest, WorkflowUseCaseChecksPermissionAndReportsInFrench)
{
    domain::UserSession secretary;
    secretary.userId = 2;
    secretary.login = u"secretaire"_s;
    secretary.roles = {domain::Role::Secretary};
    workflow::directory::RppsOnlineCheck check(secretary, config(), m_bucket.get());
    auto active = check.check(kActive);
    ASSERT_TRUE(active) << active.error().toString().toStdString();
    EXPECT_EQ(active->status, workflow::directory::OnlineRppsCheck::Status::Active);
    EXPECT_TRUE(active->message.contains(u"Hélène ÉPINASSE"_s)) << active->message.toStdString();
    EXPECT_TRUE(active->message.contains(u"en activité"_s));
    auto inactive = check.check(kInactive);
    ASSERT_TRUE(inactive);
    EXPECT_EQ(inactive->status, workflow::directory::OnlineRppsCheck::Status::Inactive);
    EXPECT_TRUE(inactive->message.contains(u"inactif"_s));

    const int before = sim().handler().requests();
    auto badKey = check.check(u"10000000008"_s);
    ASSERT_TRUE(badKey);
    EXPECT_EQ(badKey->status, workflow::directory::OnlineRppsCheck::Status::BadCheckDigit);
    auto malformed = check.check(u"12AB"_s);
    ASSERT_TRUE(malformed);
    EXPECT_EQ(malformed->status, workflow::directory::OnlineRppsCheck::Status::Malformed);
    EXPECT_EQ(sim().handler().requests(), before) << "nothing asked online for a malformed number";

    domain::UserSession nobody;
    nobody.userId = 9;
    nobody.login = u"sans-role"_s;
    auto refused = workflow::directory::RppsOnlineCheck(nobody, config(), m_bucket.get()).check(kActive);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, workflow::errc::AuthForbidden);
}

} // namespace
} // namespace sgl::testing
