// LabSettings: FINESS syntax (Corsica "2A"/"2B" in characters 1-2) and what save() refuses.
#include "StorageFixture.h"

#include "storage/Database.h"
#include "workflow/report/LabSettings.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using workflow::report::LabSettings;

TEST(LabSettingsFiness, AcceptsMainlandAndCorsicanNumbers)
{
    EXPECT_TRUE(LabSettings::isValidFiness(u"750000001"_s));
    EXPECT_TRUE(LabSettings::isValidFiness(u"2A0001234"_s)); // Corse-du-Sud
    EXPECT_TRUE(LabSettings::isValidFiness(u"2B0001234"_s)); // Haute-Corse
    EXPECT_TRUE(LabSettings::isValidFiness(u"970000012"_s)); // overseas: 97x
}

TEST(LabSettingsFiness, RefusesMisplacedLetterAndWrongLength)
{
    EXPECT_FALSE(LabSettings::isValidFiness(u"20A001234"_s)) << "A/B only in character 2";
    EXPECT_FALSE(LabSettings::isValidFiness(u"A20001234"_s));
    EXPECT_FALSE(LabSettings::isValidFiness(u"2C0001234"_s));
    EXPECT_FALSE(LabSettings::isValidFiness(u"2a0001234"_s)) << "upper case only";
    EXPECT_FALSE(LabSettings::isValidFiness(u"75000000"_s)) << "8 characters";
    EXPECT_FALSE(LabSettings::isValidFiness(u"7500000012"_s)) << "10 characters";
    EXPECT_FALSE(LabSettings::isValidFiness(u"2A000123"_s)) << "8 characters";
    EXPECT_FALSE(LabSettings::isValidFiness(u"2A00012345"_s)) << "10 characters";
    EXPECT_FALSE(LabSettings::isValidFiness(QString()));
    EXPECT_FALSE(LabSettings::isValidFiness(u"75000000x"_s));
    EXPECT_FALSE(LabSettings::isValidFiness(u"750000001\n"_s));
}

namespace {
class LabSettingsSaveTest : public sgl::testing::StorageTest {};

domain::UserSession labAdmin()
{
    domain::UserSession admin;
    admin.userId = 1;
    admin.login = u"admin"_s;
    admin.roles = {domain::Role::Admin};
    return admin;
}
} // namespace

TEST_P(LabSettingsSaveTest, StoresCorsicanFinessAndRefusesBadOneWithoutWriting)
{
    auto saved = LabSettings::save(*m_db, labAdmin(), {{u"lab.finess"_s, u"2A0001234"_s},
                                                       {u"lab.city"_s, u"Ajaccio"_s}});
    ASSERT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
    auto loaded = LabSettings::load(*m_db);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->laboratory.finess, u"2A0001234"_s);

    for (const QString &bad : {u"20A001234"_s, u"2B000123"_s, u"2B00012345"_s}) {
        auto refused = LabSettings::save(*m_db, labAdmin(), {{u"lab.finess"_s, bad},
                                                             {u"lab.city"_s, u"Bastia"_s}});
        ASSERT_FALSE(refused.has_value()) << bad.toStdString();
        EXPECT_EQ(refused.error().code, u"report.bad_setting"_s);
        EXPECT_TRUE(refused.error().message.contains(bad)) << "the message names the value";
    }
    auto unchanged = LabSettings::load(*m_db);
    ASSERT_TRUE(unchanged.has_value());
    EXPECT_EQ(unchanged->laboratory.finess, u"2A0001234"_s);
    EXPECT_EQ(unchanged->laboratory.city, u"Ajaccio"_s) << "nothing of a refused save is stored";
}

TEST_P(LabSettingsSaveTest, OnlySystemConfigurationRightMayChangeTheLetterhead)
{
    domain::UserSession biologist = labAdmin();
    biologist.login = u"biologiste"_s;
    biologist.roles = {domain::Role::Biologist};
    auto refused = LabSettings::save(*m_db, biologist, {{u"lab.finess"_s, u"750000001"_s}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, u"auth.forbidden"_s);
    auto loaded = LabSettings::load(*m_db);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(loaded->laboratory.finess.isEmpty()) << "nothing stored by a refused save";
}

INSTANTIATE_TEST_SUITE_P(Backends, LabSettingsSaveTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite,
                                           sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
