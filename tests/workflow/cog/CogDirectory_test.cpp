#include "workflow/identity/CogDirectory.h"

#include <gtest/gtest.h>

#include <QFile>

using sgl::workflow::identity::CogCheck;
using sgl::workflow::identity::CogDirectory;
using sgl::workflow::identity::CogPlace;
using sgl::workflow::identity::CogPlaceKind;

namespace {

const CogDirectory &dir()
{
    return CogDirectory::instance();
}

QStringList codes(const QList<CogPlace> &places)
{
    QStringList out;
    for (const CogPlace &p : places)
        out << p.code;
    return out;
}

const QByteArray kHeader = "code;type;nom;rattachement;fin;autres_noms\n";

} // namespace

TEST(CogDirectory, EmbeddedSubsetLoads)
{
    EXPECT_TRUE(dir().loadError().isEmpty()) << dir().loadError().toStdString();
    EXPECT_GT(dir().size(), 450);
}

TEST(CogDirectory, EmbeddedResourceMatchesTheSourceFile)
{
    QFile resource(QStringLiteral(":/cog/cog.csv"));
    QFile source(QStringLiteral(SGL_SOURCE_DIR "/resources/cog/cog.csv"));
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    EXPECT_EQ(resource.readAll(), source.readAll());
}

TEST(CogDirectory, EveryPrefectureAndArrondissementIsThere)
{
    for (const char *code : {"01053", "2A004", "2B033", "75056", "97105", "97209", "97302", "97411", "97611", "95127", "91228"})
        EXPECT_TRUE(dir().find(QString::fromLatin1(code)).has_value()) << code;
    for (int i = 1; i <= 20; ++i)
        EXPECT_TRUE(dir().find(QString::number(75100 + i)).has_value()) << 75100 + i;
    for (int i = 1; i <= 9; ++i)
        EXPECT_TRUE(dir().find(QString::number(69380 + i)).has_value()) << 69380 + i;
    for (int i = 1; i <= 16; ++i)
        EXPECT_TRUE(dir().find(QString::number(13200 + i)).has_value()) << 13200 + i;
    qsizetype communes = 0;
    for (const CogPlace &p : dir().places())
        communes += p.kind == CogPlaceKind::Commune ? 1 : 0;
    EXPECT_GE(communes, 101 + 100 - 20); // préfectures + largest communes (overlapping)
}

TEST(CogDirectory, FindsCommuneWithDepartment)
{
    const auto ajaccio = dir().find(QStringLiteral("2a004"));
    ASSERT_TRUE(ajaccio);
    EXPECT_EQ(ajaccio->code, QStringLiteral("2A004"));
    EXPECT_EQ(ajaccio->name, QStringLiteral("Ajaccio"));
    EXPECT_EQ(ajaccio->attachment, QStringLiteral("Corse-du-Sud"));
    EXPECT_EQ(ajaccio->kind, CogPlaceKind::Commune);
    EXPECT_FALSE(ajaccio->isAbroad());
    EXPECT_EQ(CogDirectory::label(*ajaccio), QStringLiteral("2A004 — Ajaccio (Corse-du-Sud)"));
    const auto lyon3 = dir().find(QStringLiteral("69383"));
    ASSERT_TRUE(lyon3);
    EXPECT_EQ(lyon3->kind, CogPlaceKind::Arrondissement);
    EXPECT_EQ(lyon3->attachment, QStringLiteral("Rhône"));
}

TEST(CogDirectory, CountriesAreDistinguishedFromCommunes)
{
    const auto de = dir().find(QStringLiteral("99109"));
    ASSERT_TRUE(de);
    EXPECT_EQ(de->kind, CogPlaceKind::Country);
    EXPECT_TRUE(de->isAbroad());
    EXPECT_EQ(CogDirectory::label(*de), QStringLiteral("99109 — Allemagne (pays)"));
    // INSEE: 99351 is Tunisia, 99352 Algeria.
    EXPECT_EQ(dir().find(QStringLiteral("99351"))->name, QStringLiteral("Tunisie"));
    EXPECT_EQ(dir().find(QStringLiteral("99352"))->name, QStringLiteral("Algérie"));
    EXPECT_EQ(dir().find(QStringLiteral("99350"))->name, QStringLiteral("Maroc"));
    EXPECT_EQ(dir().find(QStringLiteral("99404"))->name, QStringLiteral("États-Unis"));
    const auto czechoslovakia = dir().find(QStringLiteral("99115"));
    ASSERT_TRUE(czechoslovakia);
    EXPECT_EQ(czechoslovakia->kind, CogPlaceKind::FormerCountry);
    EXPECT_EQ(czechoslovakia->endYear, 1993);
    EXPECT_EQ(CogDirectory::describe(*czechoslovakia), QStringLiteral("Tchécoslovaquie (ancien pays, jusqu'en 1993)"));
    const auto crown = dir().find(QStringLiteral("99161"));
    ASSERT_TRUE(crown);
    EXPECT_EQ(crown->kind, CogPlaceKind::Territory);
    EXPECT_EQ(crown->attachment, QStringLiteral("Royaume-Uni"));
    // Every 99xxx row is foreign, every other row French.
    for (const CogPlace &p : dir().places()) {
        const bool foreign = p.kind == CogPlaceKind::Country || p.kind == CogPlaceKind::Territory
            || p.kind == CogPlaceKind::FormerCountry;
        EXPECT_EQ(foreign, p.isAbroad()) << p.code.toStdString();
    }
}

TEST(CogDirectory, FranceCountryCodeIsNotABirthPlace)
{
    EXPECT_FALSE(dir().find(QStringLiteral("99100")));
    const auto check = dir().check(QStringLiteral("99100"));
    ASSERT_TRUE(check); // never refused, flagged
    EXPECT_FALSE(check->verified());
    EXPECT_TRUE(check->warning.contains(QStringLiteral("commune")));
}

TEST(CogDirectory, CheckNormalisesAndVerifies)
{
    const auto check = dir().check(QStringLiteral("  2b033 "));
    ASSERT_TRUE(check) << check.error().message.toStdString();
    EXPECT_EQ(check->code, QStringLiteral("2B033"));
    EXPECT_TRUE(check->verified());
    EXPECT_TRUE(check->warning.isEmpty());
}

TEST(CogDirectory, UnknownButValidCodeIsAcceptedUnverified)
{
    for (const char *code : {"01001", "2A041", "99999", "97199", "59999"}) {
        const auto check = dir().check(QString::fromLatin1(code));
        ASSERT_TRUE(check) << code;
        EXPECT_FALSE(check->verified()) << code;
    }
}

TEST(CogDirectory, WholeCityCodeOfParisLyonMarseilleIsWarned)
{
    for (const char *code : {"75056", "69123", "13055"}) {
        const auto check = dir().check(QString::fromLatin1(code));
        ASSERT_TRUE(check);
        EXPECT_TRUE(check->verified());
        EXPECT_TRUE(check->warning.contains(QStringLiteral("arrondissement"))) << code;
    }
    const auto corsica = dir().check(QStringLiteral("20004"));
    ASSERT_TRUE(corsica);
    EXPECT_TRUE(corsica->warning.contains(QStringLiteral("2A")));
}

TEST(CogDirectory, RefusesMalformedCodesInFrench)
{
    struct Case {
        const char *input;
        const char *code;
    };
    for (const Case c : {Case{"", "cog.empty"}, Case{"   ", "cog.empty"}, Case{"7510", "cog.length"},
                         Case{"751011", "cog.length"}, Case{"2C004", "cog.syntax"}, Case{"A2004", "cog.syntax"},
                         Case{"3A004", "cog.syntax"}, Case{"2A0B4", "cog.syntax"}, Case{"99A09", "cog.syntax"},
                         Case{"9910X", "cog.syntax"}, Case{"75 01", "cog.syntax"}, Case{"PARIS", "cog.syntax"},
                         Case{"7510é", "cog.syntax"}}) {
        const auto check = dir().check(QString::fromUtf8(c.input));
        ASSERT_FALSE(check) << c.input;
        EXPECT_EQ(check.error().code, QString::fromLatin1(c.code)) << c.input;
        EXPECT_EQ(check.error().location, QStringLiteral("birthPlaceCog"));
        EXPECT_FALSE(check.error().message.isEmpty());
    }
    const auto syntax = CogDirectory::validateSyntax(QStringLiteral("2C004"));
    ASSERT_FALSE(syntax);
    EXPECT_TRUE(syntax.error().message.contains(QStringLiteral("2A ou 2B")));
    EXPECT_TRUE(syntax.error().message.contains(QStringLiteral("99 puis 3 chiffres")));
    const auto length = CogDirectory::validateSyntax(QStringLiteral("7510"));
    ASSERT_FALSE(length);
    EXPECT_TRUE(length.error().message.contains(QStringLiteral("5 caractères")));
}

TEST(CogDirectory, SearchIsAccentAndCaseInsensitivePrefix)
{
    const auto evreux = dir().search(QStringLiteral("evreu"));
    ASSERT_FALSE(evreux.isEmpty());
    EXPECT_EQ(evreux.first().code, QStringLiteral("27229"));
    const auto stEtienne = dir().search(QStringLiteral("SAINT-ÉTIEN"));
    ASSERT_FALSE(stEtienne.isEmpty());
    EXPECT_EQ(stEtienne.first().code, QStringLiteral("42218"));
    const auto algerie = dir().search(QStringLiteral("algerie"));
    ASSERT_EQ(algerie.size(), 1);
    EXPECT_EQ(algerie.first().code, QStringLiteral("99352"));
    // Word starts and official long names are searched too.
    EXPECT_TRUE(codes(dir().search(QStringLiteral("herzego"))).contains(QStringLiteral("99118")));
    EXPECT_TRUE(codes(dir().search(QStringLiteral("jersey"))).contains(QStringLiteral("99161")));
    EXPECT_TRUE(dir().search(QStringLiteral("zzzz")).isEmpty());
    EXPECT_TRUE(dir().search(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(dir().search(QStringLiteral("-'")).isEmpty());
}

TEST(CogDirectory, SearchRanksExactNameThenCommunesFirst)
{
    const auto paris = dir().search(QStringLiteral("paris"));
    ASSERT_GE(paris.size(), 21);
    EXPECT_EQ(paris.first().code, QStringLiteral("75056"));
    const auto saintDenis = codes(dir().search(QStringLiteral("saint-denis")));
    EXPECT_TRUE(saintDenis.contains(QStringLiteral("93066")));
    EXPECT_TRUE(saintDenis.contains(QStringLiteral("97411")));
    // "Saint": French communes before foreign countries (Saint-Marin, Sainte-Lucie).
    const auto saint = dir().search(QStringLiteral("saint"), 500);
    ASSERT_FALSE(saint.isEmpty());
    EXPECT_FALSE(saint.first().isAbroad());
    EXPECT_TRUE(saint.last().isAbroad());
    EXPECT_EQ(dir().search(QStringLiteral("saint"), 3).size(), 3);
    EXPECT_TRUE(dir().search(QStringLiteral("saint"), 0).isEmpty());
}

TEST(CogDirectory, SearchByCodePrefix)
{
    const auto plm = codes(dir().search(QStringLiteral("751"), 100));
    EXPECT_EQ(plm.size(), 20);
    const auto corsica = codes(dir().search(QStringLiteral("2a")));
    EXPECT_TRUE(corsica.contains(QStringLiteral("2A004")));
    EXPECT_EQ(codes(dir().search(QStringLiteral("9910"))).first(), QStringLiteral("99101"));
}

TEST(CogDirectory, ParseRefusesBadReferenceRowsNamingTheLine)
{
    struct Case {
        QByteArray body;
        const char *fragment;
    };
    const QList<Case> cases = {
        {"code;type;nom\n", "En-tête"},
        {kHeader + "75056;commune;Paris;Paris;\n", "colonnes"},
        {kHeader + "7505;commune;Paris;Paris;;\n", "5 caractères"},
        {kHeader + "75056;ville;Paris;Paris;;\n", "Type de lieu"},
        {kHeader + "99109;commune;Allemagne;X;;\n", "99xxx"},
        {kHeader + "75056;pays;Paris;;;\n", "99xxx"},
        {kHeader + "75056;commune;;Paris;;\n", "Nom"},
        {kHeader + "75056;commune;Paris;;;\n", "Rattachement"},
        {kHeader + "99115;ancien_pays;Tchécoslovaquie;;19x3;\n", "Année de fin"},
        {kHeader + "99109;pays;Allemagne;;1990;\n", "pas un ancien pays"},
        {kHeader + "75056;commune;Paris;Paris;;\n75056;commune;Paris;Paris;;\n", "double"},
        {"", "vide"},
    };
    for (const Case &c : cases) {
        const auto parsed = CogDirectory::parse(c.body, QStringLiteral("test.csv"));
        ASSERT_FALSE(parsed) << c.body.toStdString();
        EXPECT_EQ(parsed.error().code, QStringLiteral("cog.data"));
        EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(c.fragment)))
            << parsed.error().message.toStdString();
        EXPECT_TRUE(parsed.error().location.startsWith(QStringLiteral("test.csv"))) << c.body.toStdString();
    }
    const auto dup = CogDirectory::parse(kHeader + "75056;commune;Paris;Paris;;\n\n75056;commune;Paris;Paris;;\n",
                                         QStringLiteral("x.csv"));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().location, QStringLiteral("x.csv:4"));
}

TEST(CogDirectory, ParseAcceptsBomAndCrLf)
{
    const QByteArray body = "\xEF\xBB\xBF" + kHeader.chopped(1) + "\r\n2A004;commune;Ajaccio;Corse-du-Sud;;\r\n";
    const auto parsed = CogDirectory::parse(body, QStringLiteral("bom.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->size(), 1);
    EXPECT_EQ(parsed->find(QStringLiteral("2A004"))->name, QStringLiteral("Ajaccio"));
}
