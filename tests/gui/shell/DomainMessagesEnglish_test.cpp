// Messages raised below the GUI (domain validators, identity rules, INSi client) and the catalogue
// exchange dialog's own strings follow the installed language: English from the embedded
// translation, the French source text unchanged otherwise.
#include "catalogue/CatalogueAdminFixture.h"
#include "GuiTestApp.h"

#include "app/catalogue/CatalogueExchangeDialog.h"
#include "app/shell/LanguageLoader.h"
#include "domain/catalogue/CatalogueValidator.h"
#include "domain/catalogue/LoincCode.h"
#include "domain/catalogue/ReflexRule.h"
#include "domain/identity/NirKey.h"
#include "interop/insi/InsiResponseParser.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sgl::app;
using namespace sgl::domain;

namespace {

// Installs a language for one test and puts French (the default of every other test) back.
class Language {
public:
    explicit Language(const QString &language) : m_loader(QCoreApplication::instance())
    {
        m_ok = m_loader.install(language);
    }
    ~Language() { m_loader.install(QStringLiteral("fr")); }
    [[nodiscard]] bool ok() const { return m_ok; }
    bool install(const QString &language) { return m_loader.install(language); }

private:
    LanguageLoader m_loader;
    bool m_ok = false;
};

QString loincError(const QString &code)
{
    const auto parsed = LoincCode::parse(code, QStringLiteral("analyse GLY"));
    return parsed ? QString() : parsed.error().message;
}

QString overlapError()
{
    ReferenceRange all;
    ReferenceRange adults;
    adults.ageMin = AgeLimit{18, AgeLimit::Unit::Years};
    const auto errors = CatalogueValidator::validateRanges({all, adults}, QStringLiteral("analyse GLY"));
    for (const Error &e : errors)
        if (e.code == QStringLiteral("catalogue.range_overlap"))
            return e.message;
    return {};
}

QString nirKeyError()
{
    const auto status = NirKey::check(QStringLiteral("1090763220834"), QStringLiteral("88"));
    return status ? QString() : status.error().message;
}

QString insiEmptyResponseError()
{
    const auto result = sgl::interop::insi::InsiResponseParser::parse({}, 503, true);
    return result ? QString() : result.error().message;
}

} // namespace

TEST(DomainMessagesEnglish, CatalogueValidatorMessagesAreTranslated)
{
    test::guiApp();
    Language language(QStringLiteral("en"));
    ASSERT_TRUE(language.ok());
    EXPECT_EQ(loincError(QStringLiteral("2345-8")), QStringLiteral("LOINC code “2345-8”: wrong check digit (expected 7)."));
    EXPECT_EQ(loincError(QStringLiteral("2345")),
              QStringLiteral("Malformed LOINC code “2345” (expected: 1 to 7 digits, a hyphen, a check digit, e.g. 2345-7)."));
    EXPECT_TRUE(overlapError().startsWith(QStringLiteral("Age brackets "))) << overlapError().toStdString();
    EXPECT_TRUE(overlapError().endsWith(QStringLiteral(" overlap for the same sex."))) << overlapError().toStdString();

    ASSERT_TRUE(language.install(QStringLiteral("fr")));
    EXPECT_EQ(loincError(QStringLiteral("2345-8")), QStringLiteral("Code LOINC « 2345-8 » : chiffre de contrôle faux (attendu 7)."));
    EXPECT_TRUE(overlapError().startsWith(QStringLiteral("Les tranches d'âge "))) << overlapError().toStdString();
    EXPECT_TRUE(overlapError().endsWith(QStringLiteral(" se chevauchent pour le même sexe."))) << overlapError().toStdString();
}

TEST(DomainMessagesEnglish, ReflexConditionLabelsAreTranslated)
{
    test::guiApp();
    Language language(QStringLiteral("en"));
    ASSERT_TRUE(language.ok());
    EXPECT_EQ(reflexConditionLabel(ReflexCondition::AtOrAbove), QStringLiteral("at or above"));
    EXPECT_EQ(reflexConditionLabel(ReflexCondition::Below), QStringLiteral("below"));
    EXPECT_EQ(reflexConditionLabel(ReflexCondition::Critical), QStringLiteral("critical"));

    ASSERT_TRUE(language.install(QStringLiteral("fr")));
    EXPECT_EQ(reflexConditionLabel(ReflexCondition::AtOrAbove), QStringLiteral("supérieur ou égal à"));
    EXPECT_EQ(reflexConditionLabel(ReflexCondition::Below), QStringLiteral("inférieur à"));
}

TEST(DomainMessagesEnglish, IdentityAndInsiErrorsAreTranslated)
{
    test::guiApp();
    Language language(QStringLiteral("en"));
    ASSERT_TRUE(language.ok());
    EXPECT_EQ(nirKeyError(), QStringLiteral("Key 88 does not match number 1090763220834 (expected key: 89)."));
    EXPECT_EQ(insiEmptyResponseError(), QStringLiteral("Empty INSi response (HTTP status 503)."));

    ASSERT_TRUE(language.install(QStringLiteral("fr")));
    EXPECT_EQ(nirKeyError(),
              QStringLiteral("La clé 88 ne correspond pas au matricule 1090763220834 (clé attendue : 89)."));
    EXPECT_EQ(insiEmptyResponseError(), QStringLiteral("Réponse INSi vide (statut HTTP 503)."));
}

namespace {
class DomainMessagesEnglishDialog : public test::CatalogueAdminFixture {};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}
} // namespace

TEST_F(DomainMessagesEnglishDialog, ConceptMapStringsOfTheExchangeDialogAreTranslated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString conceptMap = writeFile(dir, QStringLiteral("retour.json"), R"({"resourceType": "ConceptMap"})");
    const QString ranges = writeFile(dir, QStringLiteral("plages.csv"), "code_local;sexe\n");
    ASSERT_FALSE(conceptMap.isEmpty());
    ASSERT_FALSE(ranges.isEmpty());
    const auto itemTexts = [](const QComboBox *combo) {
        QStringList out;
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemText(i);
        return out;
    };
    const auto refusedRanges = [&](CatalogueExchangeDialog &dialog) {
        dialog.setImportFormat(CatalogueExchangeDialog::ImportFormat::ConceptMap);
        dialog.setImportFiles(conceptMap, ranges);
        EXPECT_FALSE(dialog.preview());
        EXPECT_FALSE(dialog.canApply());
        return dialog.summaryText();
    };

    Language language(QStringLiteral("en"));
    ASSERT_TRUE(language.ok());
    {
        CatalogueExchangeDialog dialog(admin(), m_admin);
        const auto *exportCombo = dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        const auto *importCombo = dialog.findChild<QComboBox *>(QStringLiteral("importFormatCombo"));
        ASSERT_NE(exportCombo, nullptr);
        ASSERT_NE(importCombo, nullptr);
        EXPECT_TRUE(itemTexts(exportCombo).contains(QStringLiteral("FHIR R4 ConceptMap (local codes → LOINC)")))
            << itemTexts(exportCombo).join(QLatin1Char('|')).toStdString();
        EXPECT_EQ(itemTexts(importCombo).value(0), QStringLiteral("Automatic detection"));
        EXPECT_TRUE(itemTexts(importCombo).contains(QStringLiteral("FHIR R4 ConceptMap (transcoding return)")))
            << itemTexts(importCombo).join(QLatin1Char('|')).toStdString();
        EXPECT_EQ(refusedRanges(dialog), QStringLiteral("The ranges file can only be used with a CSV catalogue "
                                                        "(a ConceptMap only carries LOINC codes)."));
    }

    ASSERT_TRUE(language.install(QStringLiteral("fr")));
    {
        CatalogueExchangeDialog dialog(admin(), m_admin);
        const auto *exportCombo = dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        const auto *importCombo = dialog.findChild<QComboBox *>(QStringLiteral("importFormatCombo"));
        ASSERT_NE(exportCombo, nullptr);
        ASSERT_NE(importCombo, nullptr);
        EXPECT_TRUE(itemTexts(exportCombo).contains(QStringLiteral("FHIR R4 ConceptMap (codes locaux → LOINC)")));
        EXPECT_EQ(itemTexts(importCombo).value(0), QStringLiteral("Détection automatique"));
        EXPECT_EQ(refusedRanges(dialog), QStringLiteral("Le fichier des plages ne s'utilise qu'avec un catalogue CSV "
                                                        "(un ConceptMap ne porte que les codes LOINC)."));
    }
}
