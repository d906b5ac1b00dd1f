#include "app/shell/AppSettings.h"
#include "app/shell/DatabaseUrlDisplay.h"
#include "app/admin/LabLetterhead.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using sgl::app::AppSettings;
using sgl::app::DatabaseUrlDisplay;
using sgl::app::LabLetterhead;

namespace {

AppSettings valid()
{
    AppSettings s;
    s.databaseUrl = QStringLiteral("sqlite:///tmp/sgl-test.sqlite");
    s.idleLockMinutes = 5;
    s.language = QStringLiteral("fr");
    s.insiUrl = QStringLiteral("http://127.0.0.1:8443/insi");
    s.labelPrinter = QStringLiteral("tcp://zebra-accueil:9100");
    s.dispatchInApp = false; // not the default: the round trip must carry it
    return s;
}

} // namespace

TEST(AppSettings, ValidSettingsPass)
{
    EXPECT_TRUE(valid().validate().has_value());
}

TEST(AppSettings, SaveThenLoadRoundTrips)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sgl.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        valid().save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    EXPECT_EQ(AppSettings::load(settings), valid());
    // The backend's DbConfig reads the same file: [database] url=
    EXPECT_EQ(settings.value(QStringLiteral("database/url")).toString(), valid().databaseUrl);
}

TEST(AppSettings, MissingOrOutOfRangeValuesFallBackToDefaults)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("sgl.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("jamais"));
    const AppSettings loaded = AppSettings::load(settings);
    EXPECT_EQ(loaded.idleLockMinutes, AppSettings::kDefaultIdleLockMinutes);
    EXPECT_TRUE(loaded.databaseUrl.startsWith(QStringLiteral("sqlite:///")));
    EXPECT_TRUE(loaded.dispatchInApp) << "a workstation sends by default";
    EXPECT_TRUE(loaded.validate().has_value());
}

TEST(AppSettings, RejectsUnknownDatabaseScheme)
{
    AppSettings s = valid();
    s.databaseUrl = QStringLiteral("mysql://db/sgl");
    const auto status = s.validate();
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, QStringLiteral("settings.database_url"));
    EXPECT_EQ(status.error().location, QStringLiteral("database/url"));
}

TEST(AppSettings, RejectsPostgresWithoutDatabaseName)
{
    AppSettings s = valid();
    s.databaseUrl = QStringLiteral("postgresql://sgl@db.lab.local");
    ASSERT_FALSE(s.validate().has_value());
}

TEST(AppSettings, RejectsIdleLockOutOfRange)
{
    AppSettings s = valid();
    s.idleLockMinutes = 0;
    EXPECT_FALSE(s.validate().has_value());
    s.idleLockMinutes = AppSettings::kMaxIdleLockMinutes + 1;
    EXPECT_FALSE(s.validate().has_value());
}

TEST(AppSettings, RejectsNonHttpInsiUrlAndBadLanguage)
{
    AppSettings s = valid();
    s.insiUrl = QStringLiteral("ftp://127.0.0.1/insi");
    EXPECT_EQ(s.validate().error().code, QStringLiteral("settings.insi_url"));
    s = valid();
    s.language = QStringLiteral("de");
    EXPECT_EQ(s.validate().error().code, QStringLiteral("settings.language"));
}

TEST(AppSettings, LabelPrinterIsARawPortOrACupsQueue)
{
    AppSettings s = valid();
    for (const QString &ok : {QStringLiteral("cups:Zebra_ZD421"), QStringLiteral("tcp://10.0.0.5"), QString()}) {
        s.labelPrinter = ok;
        EXPECT_TRUE(s.validate()) << ok.toStdString();
    }
    s.labelPrinter = QStringLiteral("zebra-accueil");
    ASSERT_FALSE(s.validate());
    EXPECT_EQ(s.validate().error().code, QStringLiteral("settings.label_printer"));
    EXPECT_EQ(s.validate().error().location, QStringLiteral("labels/printer"));
}

TEST(DatabaseUrlDisplay, RemovesPasswordAndQuery)
{
    EXPECT_EQ(DatabaseUrlDisplay::redact(
                  QStringLiteral("postgresql://sgl:s3cret@db.lab:5432/lab?sslpassword=x")),
              QStringLiteral("postgresql://sgl@db.lab:5432/lab"));
    EXPECT_EQ(DatabaseUrlDisplay::redact(QStringLiteral("sqlite:///home/u/demo.sqlite")),
              QStringLiteral("sqlite:///home/u/demo.sqlite"));
}

TEST(DatabaseUrlDisplay, UnparsableUrlGivesNothing)
{
    EXPECT_TRUE(DatabaseUrlDisplay::redact(QStringLiteral("pas une url : s3cret")).isEmpty());
    EXPECT_FALSE(DatabaseUrlDisplay::redact(QStringLiteral("postgresql://a:s3cret@h/db"))
                     .contains(QStringLiteral("s3cret")));
}

namespace {
LabLetterhead letterhead()
{
    return {QStringLiteral("Laboratoire des Tilleuls"), QStringLiteral("2A0000017"),
            QStringLiteral("1 cours Napoléon"), QStringLiteral("20000"), QStringLiteral("Ajaccio"),
            QStringLiteral("04 95 00 00 00")};
}
} // namespace

TEST(LabLetterhead, ValidOneAndCorsicanFinessPass)
{
    EXPECT_TRUE(letterhead().validate().has_value());
    LabLetterhead l = letterhead();
    l.finess = QStringLiteral("750000001");
    EXPECT_TRUE(l.validate().has_value());
}

TEST(LabLetterhead, RejectsBadFinessNamingTheField)
{
    LabLetterhead l = letterhead();
    for (const char *bad : {"12345678", "1234567890", "3A0000017", "ABCDEFGHI", ""}) {
        l.finess = QString::fromLatin1(bad);
        const auto status = l.validate();
        ASSERT_FALSE(status.has_value()) << bad;
        EXPECT_EQ(status.error().code, QStringLiteral("settings.finess"));
        EXPECT_EQ(status.error().location, QStringLiteral("lab.finess"));
    }
}

TEST(LabLetterhead, RejectsMissingNameBadPostalCodeAndPhone)
{
    LabLetterhead l = letterhead();
    l.name = QStringLiteral("  ");
    EXPECT_EQ(l.validate().error().code, QStringLiteral("settings.lab_name"));
    l = letterhead();
    l.postalCode = QStringLiteral("2000");
    EXPECT_EQ(l.validate().error().code, QStringLiteral("settings.postal_code"));
    l = letterhead();
    l.phone = QStringLiteral("appelez-nous");
    EXPECT_EQ(l.validate().error().code, QStringLiteral("settings.phone"));
}

TEST(LabLetterhead, RoundTripsThroughReportSettingsKeys)
{
    const auto map = letterhead().toSettings();
    EXPECT_EQ(map.value(QStringLiteral("lab.postal_code")), QStringLiteral("20000"));
    EXPECT_EQ(LabLetterhead::fromSettings(map), letterhead());
}
