// LabSettings: FINESS syntax (Corsica "2A"/"2B" in characters 1-2) and what save() refuses.
#include "StorageFixture.h"

#include "storage/Database.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/LabelLayoutSettings.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace Qt::StringLiterals;
using workflow::report::LabSettings;
using workflow::report::LabelLayoutSettings;

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

TEST(LabelLayoutSettings, RoundTripsEveryKeyAndReadsDecimalComma)
{
    sgl::domain::LabelLayout layout;
    layout.widthMm = 38;
    layout.heightMm = 25.4;
    layout.marginsMm = {2, 1, 2, 1};
    layout.symbology = sgl::domain::LabelLayout::Symbology::DataMatrix;
    layout.dpi = 300;
    layout.moduleWidthMm = 0.34;
    layout.barcodeHeightMm = 9;
    layout.quietZones = false;
    layout.fields = {sgl::domain::LabelField::PatientName, sgl::domain::LabelField::BirthDate,
                     sgl::domain::LabelField::BarcodeText};
    const auto map = LabelLayoutSettings::toMap(layout);
    EXPECT_EQ(map.keys().size(), LabelLayoutSettings::keys().size());
    EXPECT_EQ(map.value(u"label.fields"_s), u"patientName,birthDate,barcodeText"_s);
    auto parsed = LabelLayoutSettings::parse(map);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(*parsed, layout);

    auto comma = LabelLayoutSettings::parse({{u"label.width_mm"_s, u"57,5"_s}});
    ASSERT_TRUE(comma);
    EXPECT_DOUBLE_EQ(comma->widthMm, 57.5);
    EXPECT_EQ(LabelLayoutSettings::parse({}).value(), sgl::domain::LabelLayout{}) << "no key: the default layout";
}

TEST(LabelLayoutSettings, NamesTheKeyOfEachRefusal)
{
    const auto refusal = [](const QHash<QString, QString> &v) {
        auto r = LabelLayoutSettings::parse(v);
        EXPECT_FALSE(r);
        return r ? std::pair<QString, QString>() : std::pair(r.error().code, r.error().location);
    };
    EXPECT_EQ(refusal({{u"label.width_mm"_s, u"5,0,1"_s}}), std::pair(u"report.bad_setting"_s, u"label.width_mm"_s));
    EXPECT_EQ(refusal({{u"label.symbology"_s, u"qrcode"_s}}), std::pair(u"report.bad_setting"_s, u"label.symbology"_s));
    EXPECT_EQ(refusal({{u"label.fields"_s, u"patientName,shoeSize"_s}}),
              std::pair(u"report.bad_setting"_s, u"label.fields"_s));
    EXPECT_EQ(refusal({{u"label.quiet_zones"_s, u"oui"_s}}), std::pair(u"report.bad_setting"_s, u"label.quiet_zones"_s));
    // Refusals of domain::LabelLayout::validate(), located on the setting key.
    EXPECT_EQ(refusal({{u"label.dpi"_s, u"250"_s}}), std::pair(u"label.dpi_unsupported"_s, u"label.dpi"_s));
    EXPECT_EQ(refusal({{u"label.margin_left_mm"_s, u"30"_s}, {u"label.margin_right_mm"_s, u"30"_s}}),
              std::pair(u"label.margins_invalid"_s, u"label.margin_left_mm"_s));
    EXPECT_EQ(refusal({{u"label.height_mm"_s, u"6"_s}}), std::pair(u"label.height_too_small"_s, u"label.height_mm"_s));
    // Unusable stored values never stop printing: the default layout is used.
    EXPECT_EQ(LabelLayoutSettings::fromMap({{u"label.dpi"_s, u"250"_s}}), sgl::domain::LabelLayout{});
}

TEST_P(LabSettingsSaveTest, LabelLayoutIsCheckedWholeWithWhatIsStored)
{
    auto saved = LabSettings::save(*m_db, labAdmin(), {{u"label.width_mm"_s, u"38"_s}, {u"label.dpi"_s, u"300"_s}});
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    auto loaded = LabSettings::load(*m_db);
    ASSERT_TRUE(loaded);
    EXPECT_DOUBLE_EQ(loaded->labelLayout.widthMm, 38);
    EXPECT_EQ(loaded->labelLayout.dpi, 300);

    // Right margin alone is valid, but with the stored 38 mm width it leaves no printable area.
    auto refused = LabSettings::save(*m_db, labAdmin(), {{u"label.margin_left_mm"_s, u"19"_s},
                                                         {u"label.margin_right_mm"_s, u"19"_s}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"label.margins_invalid"_s);
    EXPECT_EQ(refused.error().location, u"label.margin_left_mm"_s);
    auto unchanged = LabSettings::load(*m_db);
    ASSERT_TRUE(unchanged);
    EXPECT_DOUBLE_EQ(unchanged->labelLayout.marginsMm.left, sgl::domain::LabelLayout{}.marginsMm.left);
}

INSTANTIATE_TEST_SUITE_P(Backends, LabSettingsSaveTest,
                         ::testing::Values(sgl::testing::Backend::Sqlite,
                                           sgl::testing::Backend::Postgres),
                         sgl::testing::backendName);
