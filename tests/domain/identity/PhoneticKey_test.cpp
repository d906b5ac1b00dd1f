#include "domain/identity/NameNormaliser.h"
#include "domain/identity/PhoneticKey.h"

#include <gtest/gtest.h>

using namespace sgl::domain;

TEST(NameNormaliser, InsiFormRemovesDiacriticsAndKeepsHyphens)
{
    EXPECT_EQ(NameNormaliser::forInsi(QStringLiteral("  Hélène-Zoé  d’Aubigné ")), QStringLiteral("HELENE-ZOE D'AUBIGNE"));
    EXPECT_EQ(NameNormaliser::forInsi(QStringLiteral("Œdipe Lætitia Straße")), QStringLiteral("OEDIPE LAETITIA STRASSE"));
    EXPECT_EQ(NameNormaliser::forInsi(QStringLiteral("Dupont3#!")), QStringLiteral("DUPONT"));
    EXPECT_EQ(NameNormaliser::forComparison(QStringLiteral("Dupont-Martin")), NameNormaliser::forComparison(QStringLiteral("DUPONT  MARTIN")));
    EXPECT_EQ(NameNormaliser::compact(QStringLiteral("Le Gall")), QStringLiteral("LEGALL"));
}

TEST(PhoneticKey, FrenchHomophonesShareAKey)
{
    const std::vector<std::pair<const char16_t *, const char16_t *>> same{
        {u"Dupont", u"Dupond"}, {u"DUPONT", u"dupont-"}, {u"Lefèvre", u"Lefebvre"},
        {u"Gauthier", u"Gautier"}, {u"Le Gall", u"Legall"}, {u"Philippe", u"Filipe"},
        {u"Hélène", u"Helene"}, {u"Thomas", u"Tomas"}, {u"Rousseau", u"Roussot"}, {u"Renaud", u"Renaut"},
        {u"Fabre", u"Fabres"}, {u"Mallet", u"Malet"},
        {u"Jacquet", u"Jaquet"}, {u"Bernard", u"Bernart"}, {u"Girard", u"Jirard"},
        {u"Poirier", u"Poiriers"}, {u"Deroux", u"Derouxs"}, {u"Boulanger", u"Boulangé"}, {u"Chevalier", u"Chevaliez"},
    };
    for (const auto &[a, b] : same)
        EXPECT_EQ(PhoneticKey::of(QString::fromUtf16(a)), PhoneticKey::of(QString::fromUtf16(b)))
            << QString::fromUtf16(a).toStdString() << " / " << QString::fromUtf16(b).toStdString();
}

TEST(PhoneticKey, DifferentNamesDiffer)
{
    EXPECT_NE(PhoneticKey::of(QStringLiteral("Dupont")), PhoneticKey::of(QStringLiteral("Durand")));
    EXPECT_NE(PhoneticKey::of(QStringLiteral("Martin")), PhoneticKey::of(QStringLiteral("Martel")));
    EXPECT_NE(PhoneticKey::of(QStringLiteral("Adrun")), PhoneticKey::of(QStringLiteral("Corse")));
}

TEST(PhoneticKey, EmptyAndNonLetters)
{
    EXPECT_TRUE(PhoneticKey::of(QString()).isEmpty());
    EXPECT_TRUE(PhoneticKey::of(QStringLiteral("123 - '")).isEmpty());
    EXPECT_FALSE(PhoneticKey::of(QStringLiteral("O")).isEmpty());
}
