// Annuaire Santé search (issue 14, item 5): by name prefix (accents and case ignored), RPPS,
// city or postcode, profession; professionals come with their activities and MSSanté address;
// the RPPS check of users and correspondents. Both databases.

#include "DirectoryTestSupport.h"

#include "domain/directory/DirectoryKey.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using workflow::directory::DirectoryQuery;
using workflow::directory::DirectorySearch;
using workflow::directory::RppsCheck;

class DirectorySearchTest : public DirectoryTest {
protected:
    void load()
    {
        domain::DirectoryEntry lyon = epinasse();
        lyon.line = 0;
        lyon.activity.city = u"Lyon"_s;
        lyon.activity.postcode = u"69003"_s;
        lyon.activity.cityCode = u"69383"_s;
        lyon.activity.email.clear();
        lyon.activity.mssante.clear();
        auto r = import(file(syntheticExtract(400, 5, {epinasse(), lyon, zephirin()})), 100);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
    }
};

TEST_P(DirectorySearchTest, ByNamePrefixIgnoringAccentsCaseAndHyphens)
{
    load();
    for (const QString &typed : {u"épinasse"_s, u"EPINA"_s, u"É-pin"_s}) {
        const auto found = byName(typed);
        ASSERT_EQ(found.size(), 1) << typed.toStdString();
        const domain::DirectoryProfessional &p = found.first();
        EXPECT_EQ(p.idPp, u"10000000009"_s);
        EXPECT_EQ(p.nationalId, u"810000000009"_s);
        EXPECT_EQ(p.lastName, u"ÉPINASSE"_s);
        EXPECT_EQ(p.firstName, u"Hélène"_s);
        EXPECT_EQ(p.profession, u"Pharmacien"_s);
        ASSERT_EQ(p.activities.size(), 2) << "both activity lines of the professional";
        EXPECT_EQ(p.activities[0].city, u"Paris"_s);
        EXPECT_EQ(p.activities[0].mssante, u"helene.epinasse@labo.mssante.fr"_s);
        EXPECT_EQ(p.activities[1].city, u"Lyon"_s);
        EXPECT_TRUE(p.activities[1].mssante.isEmpty());
    }
    EXPECT_TRUE(byName(u"epinassex"_s).isEmpty());
    // Synthetic names are drawn from a short list: a common prefix gives many, sorted by name.
    const auto many = find(query(u"m"_s, {}, {}, {}, 500));
    ASSERT_GT(many.size(), 10);
    for (const auto &p : many)
        EXPECT_TRUE(p.lastName.startsWith(u'M')) << p.lastName.toStdString();
}

TEST_P(DirectorySearchTest, ByRppsCityAndProfession)
{
    load();
    const auto byRpps = find(query({}, u"10000000017"_s, {}, {}, 50));
    ASSERT_EQ(byRpps.size(), 1);
    EXPECT_EQ(byRpps.first().lastName, u"ZÉPHIRIN"_s);

    const auto lyonPharmacists = find(query({}, {}, u"lyon"_s, u"21"_s, 1000));
    ASSERT_FALSE(lyonPharmacists.isEmpty());
    bool sawEpinasse = false;
    for (const auto &p : lyonPharmacists) {
        EXPECT_EQ(p.professionCode, u"21"_s);
        bool inLyon = false;
        for (const auto &a : p.activities)
            inLyon = inLyon || a.city == u"Lyon"_s;
        EXPECT_TRUE(inLyon) << p.idPp.toStdString();
        sawEpinasse = sawEpinasse || p.idPp == u"10000000009"_s;
    }
    EXPECT_TRUE(sawEpinasse);

    const auto byPostcode = find(query(u"epinasse"_s, {}, u"69003"_s, {}, 50));
    ASSERT_EQ(byPostcode.size(), 1);
    EXPECT_TRUE(find(query(u"epinasse"_s, {}, u"25000"_s, {}, 50)).isEmpty());

    const auto nurses = find(query({}, {}, u"saint-étienne"_s, u"infirm"_s, 1000));
    ASSERT_FALSE(nurses.isEmpty());
    for (const auto &p : nurses)
        EXPECT_EQ(p.profession, u"Infirmier"_s);
    EXPECT_LE(find(query({}, {}, {}, u"10"_s, 7)).size(), 7);
}

TEST_P(DirectorySearchTest, NamePrefixesWithApostrophesHyphensSpacesLigaturesCaseAndOneLetter)
{
    using interop::directory::SyntheticExtract;
    const auto named = [](qint64 index, const QString &lastName) {
        return SyntheticExtract::professional(SyntheticExtract::rpps(index), lastName, u"Zoé"_s, u"10"_s);
    };
    const domain::DirectoryEntry darcy = named(900001, u"D'ARCY-ÉVRARD"_s);
    const domain::DirectoryEntry legoff = named(900002, u"le Goff"_s);
    const domain::DirectoryEntry oeuvrard = named(900003, u"ŒUVRARD"_s);
    auto r = import(file(syntheticExtract(400, 5, {epinasse(), zephirin(), darcy, legoff, oeuvrard})), 100);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    const auto ids = [&](const QString &typed) {
        QStringList out;
        for (const auto &p : byName(typed))
            out << p.idPp;
        return out;
    };
    for (const QString &typed : {u"d'arcy"_s, u"D'ARC"_s, u"d\u2019Arcy-é"_s, u"D ARCY EV"_s, u"darcy-evrard"_s, u"DARCYÉVRARD"_s})
        EXPECT_EQ(ids(typed), QStringList{darcy.professional.idPp}) << typed.toStdString();
    EXPECT_TRUE(ids(u"d'arcy-evrardx"_s).isEmpty());
    for (const QString &typed : {u"LE GOFF"_s, u"le-g"_s, u"Legoff"_s, u"lEgO"_s})
        EXPECT_EQ(ids(typed), QStringList{legoff.professional.idPp}) << typed.toStdString();
    for (const QString &typed : {u"œuvr"_s, u"OEUVRARD"_s, u"Œ"_s, u"oe"_s})
        EXPECT_EQ(ids(typed), QStringList{oeuvrard.professional.idPp}) << typed.toStdString();
    // One letter: É and E alike (no synthetic name starts with E); Z has no upper bound in the keys.
    for (const QString &typed : {u"é"_s, u"E"_s, u"É"_s})
        EXPECT_EQ(ids(typed), QStringList{u"10000000009"_s}) << typed.toStdString();
    EXPECT_EQ(ids(u"z"_s), QStringList{u"10000000017"_s});
    const auto d = find(query(u"d"_s, {}, {}, {}, 1000));
    ASSERT_GT(d.size(), 1);
    bool sawDarcy = false;
    for (const auto &p : d) {
        EXPECT_TRUE(domain::DirectoryKey::of(p.lastName).startsWith(u'D')) << p.lastName.toStdString();
        sawDarcy = sawDarcy || p.idPp == darcy.professional.idPp;
    }
    EXPECT_TRUE(sawDarcy);
    // Spaces, hyphens and case do not change a synthetic SAINT-AUBIN search.
    const QStringList saint = ids(u"saint-a"_s);
    EXPECT_FALSE(saint.isEmpty());
    EXPECT_EQ(ids(u"SAINT A"_s), saint);
    EXPECT_EQ(ids(u"Saintau"_s), saint);
}

TEST_P(DirectorySearchTest, RppsCheckOfUsersAndCorrespondents)
{
    DirectorySearch search(*m_db, directoryAdmin());
    auto before = search.checkRpps(u"10000000009"_s);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->status, RppsCheck::Status::NoDirectory);

    load();
    auto known = search.checkRpps(u" 10000000009 "_s);
    ASSERT_TRUE(known);
    EXPECT_EQ(known->status, RppsCheck::Status::KnownActive);
    ASSERT_TRUE(known->professional);
    EXPECT_EQ(known->professional->firstName, u"Hélène"_s);

    auto unknown = search.checkRpps(u"10000000025"_s); // valid key, not in the directory
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, RppsCheck::Status::Unknown);
    EXPECT_TRUE(unknown->message.contains(u"absent"_s));

    auto badKey = search.checkRpps(u"10000000008"_s);
    ASSERT_TRUE(badKey);
    EXPECT_EQ(badKey->status, RppsCheck::Status::BadCheckDigit);
    EXPECT_TRUE(badKey->message.contains(u"clé"_s));

    auto malformed = search.checkRpps(u"1234"_s);
    ASSERT_TRUE(malformed);
    EXPECT_EQ(malformed->status, RppsCheck::Status::Malformed);
}

TEST_P(DirectorySearchTest, RefusalsAndEmptyDirectory)
{
    EXPECT_TRUE(byName(u"epinasse"_s).isEmpty()) << "no directory imported yet: nothing found, no error";
    auto status = DirectorySearch(*m_db, directorySecretary()).status();
    ASSERT_TRUE(status);
    EXPECT_FALSE(*status);

    auto none = DirectorySearch(*m_db, directorySecretary()).find(query(u" -' "_s, {}, {}, {}, 50));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, workflow::errc::DirectoryNoCriteria);

    auto nobody = DirectorySearch(*m_db, sessionOf({}, 9, u"inconnu"_s)).find(query(u"epinasse"_s, {}, {}, {}, 50));
    ASSERT_FALSE(nobody);
    EXPECT_EQ(nobody.error().code, workflow::errc::AuthForbidden);
    auto noCheck = DirectorySearch(*m_db, sessionOf({}, 9, u"inconnu"_s)).checkRpps(u"10000000009"_s);
    ASSERT_FALSE(noCheck);
    EXPECT_EQ(noCheck.error().code, workflow::errc::AuthForbidden);
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectorySearchTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
