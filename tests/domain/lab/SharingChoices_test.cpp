#include "domain/ErrorCodes.h"
#include "domain/report/ReportRequirement.h"
#include "domain/report/SharingChoices.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;

TEST(SharingChoices, DefaultsSendToTheDmpAndProposeThePatientCopyOnlyWithAQualifiedIns)
{
    const SharingChoices qualified = SharingChoices::defaultsFor(true);
    EXPECT_FALSE(qualified.dmpWithheld);
    EXPECT_FALSE(qualified.maskedToProfessionals);
    EXPECT_FALSE(qualified.hiddenFromPatientUntilAnnouncement);
    EXPECT_FALSE(qualified.hiddenFromLegalRepresentatives);
    EXPECT_TRUE(qualified.sendToPatientMss);
    EXPECT_TRUE(SharingChoices::validate(qualified, true).has_value());

    const SharingChoices unqualified = SharingChoices::defaultsFor(false);
    EXPECT_FALSE(unqualified.dmpWithheld);
    EXPECT_FALSE(unqualified.sendToPatientMss);
    EXPECT_TRUE(SharingChoices::validate(unqualified, false).has_value());
    EXPECT_EQ(qualified.dmpConfidentialityCodes(), QStringList{u"N"_s});
}

TEST(SharingChoices, WithholdingTheDmpNeedsAReason)
{
    SharingChoices c = SharingChoices::defaultsFor(true);
    c.dmpWithheld = true;
    c.withholdReason = u"   "_s;
    auto refused = SharingChoices::validate(c, true);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, errc::SharingWithholdReasonRequired);
    EXPECT_TRUE(refused.error().message.contains(u"motif"_s)) << refused.error().message.toStdString();
    c.withholdReason = u"Opposition du patient"_s;
    EXPECT_TRUE(SharingChoices::validate(c, true).has_value());
    EXPECT_TRUE(c.summary().contains(u"Opposition du patient"_s)) << c.summary().toStdString();
}

TEST(SharingChoices, PatientCopyNeedsAQualifiedInsAndAVisibleDocument)
{
    SharingChoices c = SharingChoices::defaultsFor(false);
    c.sendToPatientMss = true;
    auto refused = SharingChoices::validate(c, false);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, errc::SharingPatientMssNeedsQualifiedIns);
    EXPECT_TRUE(refused.error().message.contains(u"INS qualifié"_s)) << refused.error().message.toStdString();
    EXPECT_TRUE(SharingChoices::validate(c, true).has_value());

    c.hiddenFromPatientUntilAnnouncement = true;
    auto hidden = SharingChoices::validate(c, true);
    ASSERT_FALSE(hidden.has_value());
    EXPECT_EQ(hidden.error().code, errc::SharingPatientMssWhileHidden);
    c.sendToPatientMss = false;
    EXPECT_TRUE(SharingChoices::validate(c, true).has_value());
}

TEST(SharingChoices, MasksBecomeTheDmpConfidentialityCodes)
{
    SharingChoices c;
    c.maskedToProfessionals = true;
    c.hiddenFromPatientUntilAnnouncement = true;
    c.hiddenFromLegalRepresentatives = true;
    EXPECT_EQ(c.dmpConfidentialityCodes(),
              (QStringList{u"N"_s, u"MASQUE_PS"_s, u"INVISIBLE_PATIENT"_s, u"INVISIBLE_REPRESENTANTS_LEGAUX"_s}));
    c.maskedToProfessionals = false;
    EXPECT_EQ(c.dmpConfidentialityCodes(),
              (QStringList{u"N"_s, u"INVISIBLE_PATIENT"_s, u"INVISIBLE_REPRESENTANTS_LEGAUX"_s}));
}

TEST(ReportRequirement, MessagesAndCodeLookup)
{
    const QList<ReportRequirement> items{{QString(errc::ReportMissingRpps), u"Auteur : numéro RPPS absent"_s},
                                         {QString(errc::ReportMissingLoinc), u"Analyse « HB » : code LOINC absent"_s}};
    EXPECT_EQ(requirementMessages(items),
              (QStringList{u"Auteur : numéro RPPS absent"_s, u"Analyse « HB » : code LOINC absent"_s}));
    EXPECT_TRUE(hasRequirement(items, errc::ReportMissingLoinc));
    EXPECT_FALSE(hasRequirement(items, errc::ReportMissingPdfCopy));
}
