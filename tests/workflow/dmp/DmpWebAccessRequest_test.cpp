// The wire form of the DMP web access (interop::dmp::DmpWebAccessRequest): pure building, refused
// on a bad portal address or a bad INS, RPPS hint only when it has the RPPS shape.

#include "domain/identity/NirKey.h"
#include "interop/dmp/DmpWebAccessRequest.h"
#include "interop/dmp/ErrorCodes.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sgl::interop::dmp::DmpWebAccessContext;
using sgl::interop::dmp::DmpWebAccessRequest;
namespace errc = sgl::interop::dmp::errc;

namespace {

DmpWebAccessContext context()
{
    DmpWebAccessContext c;
    c.portalUrl = u"https://portail.dmp.test/ps/contexte"_s;
    c.ins.matricule = u"1840563220071"_s;
    c.ins.key = sgl::domain::NirKey::computeText(c.ins.matricule);
    c.ins.oid = u"1.2.250.1.213.1.4.8"_s; // production NIR: the real portal takes it
    c.expectedRpps = u"10101010105"_s;
    c.lpsName = u"SGL"_s;
    return c;
}

} // namespace

TEST(DmpWebAccessRequest, BuildsAGetUrlWithTheInsItsOidAndTheHints)
{
    auto url = DmpWebAccessRequest::build(context());
    ASSERT_TRUE(url) << url.error().toString().toStdString();
    const QUrlQuery q(*url);
    EXPECT_EQ(q.queryItemValue(u"ins"_s), context().ins.full());
    EXPECT_EQ(q.queryItemValue(u"ins_oid"_s), u"1.2.250.1.213.1.4.8"_s);
    EXPECT_EQ(q.queryItemValue(u"rpps_hint"_s), u"10101010105"_s);
    EXPECT_EQ(q.queryItemValue(u"lps_name"_s), u"SGL"_s);
    EXPECT_FALSE(q.hasQueryItem(u"lps_version"_s));
    EXPECT_TRUE(url->fragment().isEmpty());
}

TEST(DmpWebAccessRequest, OurParametersReplaceThoseOfTheSameNameInTheConfiguredAddress)
{
    DmpWebAccessContext c = context();
    c.portalUrl = u"https://portail.dmp.test/ps?ins=999&mode=ps#x"_s;
    auto url = DmpWebAccessRequest::build(c);
    ASSERT_TRUE(url);
    const QUrlQuery q(*url);
    EXPECT_EQ(q.allQueryItemValues(u"ins"_s), QStringList{c.ins.full()});
    EXPECT_EQ(q.queryItemValue(u"mode"_s), u"ps"_s);
}

TEST(DmpWebAccessRequest, RefusesABadPortalAddress)
{
    for (const QString &bad : {QString(), u"http://portail.dmp.test/ps"_s, u"https:///ps"_s, u"portail"_s}) {
        DmpWebAccessContext c = context();
        c.portalUrl = bad;
        auto url = DmpWebAccessRequest::build(c);
        ASSERT_FALSE(url) << bad.toStdString();
        EXPECT_EQ(url.error().code, errc::WebAccessUrl);
    }
}

TEST(DmpWebAccessRequest, RefusesABadIns)
{
    DmpWebAccessContext wrongKey = context();
    wrongKey.ins.key = wrongKey.ins.key == u"00"_s ? u"01"_s : u"00"_s;
    DmpWebAccessContext wrongOid = context();
    wrongOid.ins.oid = u"1.2.250.1.999"_s;
    DmpWebAccessContext shortMatricule = context();
    shortMatricule.ins.matricule.chop(2);
    for (const DmpWebAccessContext &c : {wrongKey, wrongOid, shortMatricule}) {
        auto url = DmpWebAccessRequest::build(c);
        ASSERT_FALSE(url);
        EXPECT_EQ(url.error().code, errc::WebAccessIns);
        EXPECT_TRUE(url.error().message.startsWith(u"INS du patient inutilisable"_s));
    }
}

TEST(DmpWebAccessRequest, LeavesOutAnRppsHintOfTheWrongShape)
{
    for (const QString &rpps : {QString(), u"1010101010"_s, u"8101010101055"_s, u"1010101010A"_s}) {
        DmpWebAccessContext c = context();
        c.expectedRpps = rpps;
        auto url = DmpWebAccessRequest::build(c);
        ASSERT_TRUE(url);
        EXPECT_FALSE(QUrlQuery(*url).hasQueryItem(u"rpps_hint"_s)) << rpps.toStdString();
    }
}
