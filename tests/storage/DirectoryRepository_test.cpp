// DirectoryRepository::search (migration 0612): the two ways of searching a place (from a small
// town's activities, or walking professionals in name order) find the same professionals, in
// the same order, as a brute-force filter of the loaded lines; prefix ranges whose bound drops
// trailing '9's or 'Z's; a database of 0611 with a directory upgraded to 0612. Both databases.

#include "StorageFixture.h"
#include "UpgradeSupport.h"

#include "domain/directory/DirectoryKey.h"
#include "storage/DirectoryRepository.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <utility>

namespace sgl::testing {
namespace {

using namespace Qt::StringLiterals;
using domain::DirectoryEntry;
using domain::DirectoryKey;
using domain::DirectoryProfessional;
using storage::DirectoryCriteria;
using storage::DirectoryRepository;

struct Place {
    QString city;
    QString postcode;
};

DirectoryEntry entry(qint64 line, const QString &idPp, const QString &lastName, const QString &firstName,
                     const QString &professionCode, const Place &place)
{
    DirectoryEntry e;
    e.line = line;
    e.professional.idType = u"8"_s;
    e.professional.idPp = idPp;
    e.professional.nationalId = u"8"_s + idPp;
    e.professional.lastName = lastName;
    e.professional.firstName = firstName;
    e.professional.professionCode = professionCode;
    e.professional.profession = professionCode == u"21"_s ? u"Pharmacien"_s : u"Médecin"_s;
    e.activity.city = place.city;
    e.activity.postcode = place.postcode;
    e.activity.structureName = u"Site %1"_s.arg(line);
    return e;
}

/**
 * 240 professionals, 1 to 3 activities each (lines of one professional follow each other), names
 * with accents, hyphens and apostrophes, cities sharing a prefix. First names are plain ASCII
 * capitalised so that every collation orders them alike.
 */
QList<DirectoryEntry> population()
{
    const QStringList last{u"D'ARCY"_s, u"DARCY"_s, u"DARGENT"_s, u"ÉLOI"_s, u"ELOUAN"_s, u"SAINT-AUBIN"_s,
                           u"SAINTE-CROIX"_s, u"MOREAU"_s, u"MÖLLER"_s, u"LE GOFF"_s, u"LEFÈVRE"_s, u"ZOLA"_s};
    const QStringList first{u"Anne"_s, u"Bruno"_s, u"Claire"_s, u"Denis"_s, u"Emma"_s};
    const QList<Place> places{{u"Lyon"_s, u"69003"_s},          {u"Saint-Étienne"_s, u"42000"_s},
                              {u"Saint-Malo"_s, u"35400"_s},    {u"Rodez"_s, u"12000"_s},
                              {u"Lyon"_s, u"69007"_s}};
    QList<DirectoryEntry> out;
    qint64 line = 2;
    for (int i = 0; i < 240; ++i) {
        const QString idPp = u"1%1"_s.arg(i * 7919 % 100000, 10, 10, QChar(u'0'));
        const int activities = 1 + (i % 5 == 0 ? 1 : 0) + (i % 11 == 0 ? 1 : 0);
        for (int k = 0; k < activities; ++k)
            out << entry(line++, idPp, last[(i * 5) % last.size()], first[(i / 3) % first.size()],
                         i % 3 == 0 ? u"21"_s : u"10"_s, places[(i + k * 2) % places.size()]);
    }
    return out;
}

/** The expected answer: the same criteria applied to the lines in C++, sorted as the search says. */
QStringList bruteForce(const QList<DirectoryEntry> &lines, const DirectoryCriteria &c)
{
    QHash<QString, bool> placeOk;
    QHash<QString, DirectoryProfessional> professionals;
    for (const DirectoryEntry &e : lines) {
        const DirectoryProfessional &p = e.professional;
        if (!professionals.contains(p.idPp))
            professionals.insert(p.idPp, p);
        const bool here = (c.postcode.isEmpty() || e.activity.postcode == c.postcode)
            && DirectoryKey::of(e.activity.city).startsWith(c.cityKeyPrefix);
        placeOk[p.idPp] = placeOk.value(p.idPp) || here;
    }
    QList<DirectoryProfessional> kept;
    for (const DirectoryProfessional &p : std::as_const(professionals))
        if (placeOk.value(p.idPp) && DirectoryKey::of(p.lastName).startsWith(c.nameKeyPrefix)
            && (c.idPp.isEmpty() || p.idPp == c.idPp)
            && (c.professionCode.isEmpty() || p.professionCode == c.professionCode))
            kept << p;
    std::sort(kept.begin(), kept.end(), [](const DirectoryProfessional &a, const DirectoryProfessional &b) {
        return std::tuple(DirectoryKey::of(a.lastName), a.firstName, a.idPp)
            < std::tuple(DirectoryKey::of(b.lastName), b.firstName, b.idPp);
    });
    QStringList ids;
    for (const DirectoryProfessional &p : kept)
        ids << p.idPp;
    return ids.mid(0, c.limit);
}

QStringList idsOf(const QList<DirectoryProfessional> &found)
{
    QStringList ids;
    for (const DirectoryProfessional &p : found)
        ids << p.idPp;
    return ids;
}

DirectoryCriteria criteria(const QString &name, const QString &city, const QString &postcode,
                           const QString &profession, int limit)
{
    DirectoryCriteria c;
    c.nameKeyPrefix = name;
    c.cityKeyPrefix = city;
    c.postcode = postcode;
    c.professionCode = profession;
    c.limit = limit;
    return c;
}

domain::Result<qint64> load(storage::Database &db, const QList<DirectoryEntry> &lines)
{
    return db.write([&](storage::WriteTx &tx) -> domain::Result<qint64> {
        auto g = DirectoryRepository::beginGeneration(tx, {u"PS_LibreAcces_Personne_activite_test.txt"_s}, u"admin"_s,
                                                      QDateTime::currentDateTimeUtc());
        if (!g)
            return g;
        if (auto ok = DirectoryRepository::insertBatch(tx, *g, lines); !ok)
            return std::unexpected(ok.error());
        auto active = DirectoryRepository::activate(tx, *g, QDateTime::currentDateTimeUtc());
        if (!active)
            return std::unexpected(active.error());
        return *g;
    });
}

QList<DirectoryProfessional> search(storage::Database &db, qint64 generation, const DirectoryCriteria &c)
{
    auto r = db.read([&](storage::ReadTx &tx) { return DirectoryRepository::search(tx, generation, c); });
    EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
    return r.value_or(QList<DirectoryProfessional>());
}

class DirectoryRepositoryTest : public StorageTest {};

TEST_P(DirectoryRepositoryTest, BothWaysOfSearchingAPlaceFindWhatTheLinesSay)
{
    const QList<DirectoryEntry> lines = population();
    auto g = load(*m_db, lines);
    ASSERT_TRUE(g) << g.error().toString().toStdString();
    const QList<DirectoryCriteria> cases{
        criteria({}, u"LYON"_s, {}, u"21"_s, 1000), criteria({}, u"LYON"_s, {}, u"21"_s, 3),
        criteria({}, u"SAINT"_s, {}, {}, 1000),     criteria({}, u"SAINTM"_s, {}, u"10"_s, 7),
        criteria({}, {}, u"69007"_s, {}, 1000),     criteria({}, {}, u"69007"_s, u"21"_s, 4),
        criteria(u"D"_s, u"SAINT"_s, {}, {}, 1000), criteria(u"SAINTA"_s, {}, u"12000"_s, {}, 1000),
        criteria({}, u"R"_s, {}, {}, 2),            criteria({}, u"PARIS"_s, {}, {}, 50),
        criteria(u"ZOLA"_s, u"L"_s, u"69003"_s, {}, 1000)};
    for (const DirectoryCriteria &c : cases) {
        const QStringList expected = bruteForce(lines, c);
        const std::string what = (c.nameKeyPrefix + u'/' + c.cityKeyPrefix + u'/' + c.postcode + u'/' + c.professionCode
                                  + u'/' + QString::number(c.limit))
                                     .toStdString();
        DirectoryCriteria walk = c;
        walk.placeScanLimit = 0; // always professionals in name order, each checked
        DirectoryCriteria fromPlace = c;
        fromPlace.placeScanLimit = 1000000; // always from the place's activities
        const auto walked = search(*m_db, *g, walk);
        const auto fromActivities = search(*m_db, *g, fromPlace);
        EXPECT_EQ(idsOf(walked), expected) << what;
        EXPECT_EQ(idsOf(fromActivities), expected) << what;
        EXPECT_EQ(idsOf(search(*m_db, *g, c)), expected) << what << " (default threshold)";
        for (const DirectoryProfessional &p : fromActivities) {
            QStringList sites;
            for (const DirectoryEntry &e : lines)
                if (e.professional.idPp == p.idPp)
                    sites << e.activity.structureName;
            QStringList got;
            for (const auto &a : p.activities)
                got << a.structureName;
            EXPECT_EQ(got, sites) << "every activity, in line order: " << p.idPp.toStdString();
        }
    }
    EXPECT_FALSE(bruteForce(lines, cases[0]).isEmpty());
    EXPECT_TRUE(bruteForce(lines, cases[9]).isEmpty()) << "a city absent from the lines";
}

TEST_P(DirectoryRepositoryTest, PrefixesWhoseBoundDropsTrailingNinesOrZs)
{
    // Keys keep digits: 'A9' has the bound 'B' (no character follows '9' in the keys), which
    // would also take 'AAB' without the substr() check.
    QList<DirectoryEntry> lines;
    qint64 line = 2;
    for (const QString &name : {u"A9"_s, u"A99"_s, u"A9B"_s, u"AAB"_s, u"AB"_s, u"9A"_s, u"Z"_s, u"ZA"_s, u"ZZ"_s, u"YZ"_s}) {
        lines << entry(line, u"1%1"_s.arg(line, 10, 10, QChar(u'0')), name, u"Anne"_s, u"10"_s, {u"Lyon"_s, u"69003"_s});
        ++line;
    }
    auto g = load(*m_db, lines);
    ASSERT_TRUE(g) << g.error().toString().toStdString();
    const auto names = [&](const QString &prefix) {
        QStringList out;
        for (const auto &p : search(*m_db, *g, criteria(prefix, {}, {}, {}, 50)))
            out << p.lastName;
        return out;
    };
    EXPECT_EQ(names(u"A9"_s), (QStringList{u"A9"_s, u"A99"_s, u"A9B"_s}));
    EXPECT_EQ(names(u"A99"_s), QStringList{u"A99"_s});
    EXPECT_EQ(names(u"A"_s), (QStringList{u"A9"_s, u"A99"_s, u"A9B"_s, u"AAB"_s, u"AB"_s}));
    EXPECT_EQ(names(u"9"_s), QStringList{u"9A"_s});
    EXPECT_EQ(names(u"Z"_s), (QStringList{u"Z"_s, u"ZA"_s, u"ZZ"_s}));
    EXPECT_EQ(names(u"ZZ"_s), QStringList{u"ZZ"_s});
    EXPECT_EQ(names(u"Y"_s), QStringList{u"YZ"_s});
    EXPECT_TRUE(names(u"ZZZ"_s).isEmpty());
    EXPECT_TRUE(names(u"B"_s).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryRepositoryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

class DirectorySearchMigrationTest : public ::testing::TestWithParam<Backend> {};

TEST_P(DirectorySearchMigrationTest, ADirectoryLoadedUnder0611IsSearchedAfterTheUpgrade)
{
    ScratchDatabase scratch(GetParam());
    if (!scratch.skipReason.empty())
        GTEST_SKIP() << scratch.skipReason;
    auto opened = storage::Database::open(*storage::DbUrl::parse(scratch.url()));
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::Database &db = **opened;
    auto old = migrateUpTo(db, 611);
    ASSERT_TRUE(old) << old.error().toString().toStdString();

    const QList<DirectoryEntry> lines = population();
    // The import as 0611's code ran it: same rows (the statistics refresh does not need 0612).
    auto g = load(db, lines);
    ASSERT_TRUE(g) << g.error().toString().toStdString();

    auto upgraded = storage::MigrationRunner(db).migrate();
    ASSERT_TRUE(upgraded) << upgraded.error().toString().toStdString();
    EXPECT_EQ(*upgraded, 2) << "0612, then 0613 (an index of dossiers)";

    for (const DirectoryCriteria &c : {criteria(u"M"_s, {}, {}, {}, 5), criteria({}, u"LYON"_s, {}, u"21"_s, 1000),
                                       criteria(u"DARC"_s, {}, {}, {}, 50)})
        EXPECT_EQ(idsOf(search(db, *g, c)), bruteForce(lines, c)) << c.nameKeyPrefix.toStdString();
    EXPECT_EQ(search(db, *g, criteria(u"DARC"_s, {}, {}, {}, 50)).size(), 40) << "D'ARCY and DARCY: the same key";
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectorySearchMigrationTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
