// The RNIV identity status badge shown beside every patient.
#include "GuiTestApp.h"

#include "app/widgets/IdentityStatusBadge.h"

#include <gtest/gtest.h>

using namespace sgl::app;

TEST(IdentityStatusBadge, ShowsCodeTooltipAndAttributes)
{
    test::guiApp();
    IdentityStatusBadge badge;
    badge.setStatus(sgl::domain::IdentityStatus::Qual);
    EXPECT_EQ(badge.text(), QStringLiteral("QUAL"));
    EXPECT_EQ(badge.property("status").toString(), QStringLiteral("QUAL"));
    EXPECT_TRUE(badge.toolTip().contains(QStringLiteral("qualifiée")));
    badge.setStatus(sgl::domain::IdentityStatus::Prov, true, false);
    EXPECT_TRUE(badge.text().startsWith(QStringLiteral("PROV")));
    EXPECT_TRUE(badge.text().contains(QStringLiteral("douteuse")));
    EXPECT_TRUE(badge.toolTip().contains(QStringLiteral("douteuse")));
}
