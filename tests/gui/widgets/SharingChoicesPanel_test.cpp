// The sharing choices panel read-only (Comptes rendus: the choices stored on a version): what
// was stored is shown as is, nothing can be changed, no hint about the INS.

#include "GuiTestApp.h"

#include "app/widgets/SharingChoicesPanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

#include <gtest/gtest.h>

using namespace sgl::app;

TEST(SharingChoicesPanel, ReadOnlyShowsTheStoredChoicesAsTheyAre)
{
    test::guiApp();
    SharingChoicesPanel panel;
    panel.setReadOnly(true);
    sgl::domain::SharingChoices stored;
    stored.dmpWithheld = true;
    stored.withholdReason = QStringLiteral("Opposition du patient");
    stored.hiddenFromLegalRepresentatives = true;
    stored.sendToPatientMss = true; // stored then with a qualified INS: shown even if unknown here
    panel.setChoices(stored);
    EXPECT_EQ(panel.choices(), stored);
    for (const char *name : {"withholdCheck", "maskProfessionalsCheck", "hiddenPatientCheck", "hiddenRepresentativesCheck",
                             "patientMssCheck"})
        EXPECT_FALSE(panel.findChild<QCheckBox *>(QString::fromLatin1(name))->isEnabled()) << name;
    auto *reason = panel.findChild<QLineEdit *>(QStringLiteral("withholdReasonEdit"));
    EXPECT_TRUE(reason->isReadOnly());
    EXPECT_EQ(reason->text(), QStringLiteral("Opposition du patient"));
    EXPECT_FALSE(panel.findChild<QCheckBox *>(QStringLiteral("patientMssCheck"))->isHidden());
    EXPECT_TRUE(panel.findChild<QLabel *>(QStringLiteral("insHintLabel"))->isHidden());
    EXPECT_EQ(panel.findChild<QLabel *>(QStringLiteral("dmpLabel"))->text(), QStringLiteral("DMP : retenu pour ce document"));

    // Editable again: the rules of the next version apply (no patient copy without a qualified INS).
    panel.setReadOnly(false);
    EXPECT_TRUE(panel.findChild<QCheckBox *>(QStringLiteral("withholdCheck"))->isEnabled());
    EXPECT_FALSE(panel.choices().sendToPatientMss);
    EXPECT_FALSE(panel.findChild<QLabel *>(QStringLiteral("insHintLabel"))->isHidden());
}
