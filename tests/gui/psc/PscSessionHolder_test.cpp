// The PSC session holder without a provider: renewal is planned before the access token ends,
// a refresh token past its end (or none) ends the session with the French expiry message, and
// nothing is kept after clear().
#include "GuiTestApp.h"

#include "app/shell/PscSessionHolder.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using sgl::app::PscSessionHolder;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);

sgl::interop::psc::PscIdentity identity(int accessSeconds, int refreshSeconds)
{
    sgl::interop::psc::PscIdentity id;
    id.professional.rpps = QStringLiteral("10101010105");
    id.tokens.accessToken = "a";
    id.tokens.refreshToken = "r";
    id.tokens.accessExpiresAt = kNow.addSecs(accessSeconds);
    id.tokens.refreshExpiresAt = kNow.addSecs(refreshSeconds);
    return id;
}

} // namespace

TEST(PscSessionHolder, RenewalIsPlannedBeforeTheAccessTokenEnds)
{
    sgl::app::test::guiApp();
    PscSessionHolder holder(nullptr, [] { return kNow; });
    EXPECT_FALSE(holder.isConfigured());
    holder.start(identity(300, 1800));
    ASSERT_TRUE(holder.identity().has_value());
    EXPECT_EQ(holder.expiresAt(), kNow.addSecs(300));
    EXPECT_EQ(holder.renewalAt(), kNow.addSecs(240)) << "60 s before the end";
    holder.start(identity(90, 1800));
    EXPECT_EQ(holder.renewalAt(), kNow.addSecs(60)) << "short tokens: a third of their lifetime before the end";
    holder.clear();
    EXPECT_FALSE(holder.identity().has_value());
    EXPECT_FALSE(holder.renewalAt().isValid());
}

TEST(PscSessionHolder, ExpiredRefreshTokenEndsTheSessionWithTheFrenchMessage)
{
    sgl::app::test::guiApp();
    PscSessionHolder holder(nullptr, [] { return kNow; });
    QSignalSpy expired(&holder, &PscSessionHolder::expired);
    holder.start(identity(30, -1));
    holder.renewNow();
    ASSERT_EQ(expired.count(), 1);
    EXPECT_TRUE(expired.first().first().toString().startsWith(QStringLiteral("Votre session Pro Santé Connect a expiré")));
    EXPECT_FALSE(holder.identity().has_value());
    // Not configured: a renewal cannot reach PSC either, and says so.
    holder.start(identity(30, 600));
    holder.renewNow();
    ASSERT_EQ(expired.count(), 2);
    EXPECT_TRUE(expired.last().first().toString().contains(QStringLiteral("n'est pas paramétré")))
        << expired.last().first().toString().toStdString();
    EXPECT_FALSE(holder.signOut().has_value() && holder.identity().has_value());
}
