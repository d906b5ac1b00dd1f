#include "CdaTestFixtures.h"

#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/CdaRequirementsCheck.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop::cda;

TEST(CdaN3Writer, WritesWellFormedCrBio)
{
    auto xml = CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(xml.has_value()) << xml.error().message.toStdString();
    const QString s = QString::fromUtf8(*xml);
    EXPECT_TRUE(s.contains(QStringLiteral("11502-2")));
    EXPECT_TRUE(s.contains(QStringLiteral("Laboratoire d'essai &amp; fils")));
}
