// The product-side conformity check of a received CR-BIO (issue 13): our own N3 and N1 and the
// official ANS example conform; each structural defect is refused by name; not XML is
// cda.malformed. (That the kit refuses the same defects: tests/e2e/MailboxImport_test.cpp.)

#include "CdaTestFixtures.h"

#include "interop/cda/CdaN1Writer.h"
#include "interop/cda/CdaN3Writer.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/cda/ReceivedCrBioCheck.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace sgl;
using interop::cda::ReceivedCrBioCheck;

namespace {

QByteArray without(QByteArray cda, const QByteArray &element)
{
    const qsizetype from = cda.indexOf("<" + element);
    EXPECT_GT(from, 0) << element.toStdString();
    const qsizetype tagEnd = cda.indexOf('>', from);
    const qsizetype to = cda.at(tagEnd - 1) == '/' ? tagEnd + 1
                                                   : cda.indexOf("</" + element + ">", tagEnd) + element.size() + 3;
    cda.remove(from, to - from);
    return cda;
}

} // namespace

TEST(ReceivedCrBioCheck, OurN3AndN1AndTheAnsExampleConform)
{
    auto n3 = interop::cda::CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(n3);
    EXPECT_TRUE(ReceivedCrBioCheck::check(*n3)) << ReceivedCrBioCheck::check(*n3).error().message.toStdString();
    auto n1 = interop::cda::CdaN1Writer::write(test::sampleReport());
    ASSERT_TRUE(n1);
    EXPECT_TRUE(ReceivedCrBioCheck::check(*n1)) << ReceivedCrBioCheck::check(*n1).error().message.toStdString();
    QFile ans(QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/ExemplesCDA/BIO-CR-BIO_2024.01_TSH_1.xml"));
    if (!ans.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "exemple ANS absent : ../shared manque";
    const QByteArray official = ans.readAll();
    EXPECT_TRUE(ReceivedCrBioCheck::check(official)) << ReceivedCrBioCheck::check(official).error().message.toStdString();
}

TEST(ReceivedCrBioCheck, EachDefectIsNamed)
{
    auto n3 = interop::cda::CdaN3Writer::write(test::sampleReport());
    ASSERT_TRUE(n3);
    const struct {
        QByteArray element;
        QString expected;
    } cases[] = {
        {"custodian", QStringLiteral("custodian")},
        {"legalAuthenticator", QStringLiteral("legalAuthenticator")},
        {"languageCode", QStringLiteral("languageCode")},
        {"setId", QStringLiteral("setId")},
        {"typeId", QStringLiteral("typeId")},
        {"recordTarget", QStringLiteral("recordTarget")},
    };
    for (const auto &c : cases) {
        auto refused = ReceivedCrBioCheck::check(without(*n3, c.element));
        ASSERT_FALSE(refused) << c.element.toStdString();
        EXPECT_EQ(refused.error().code, interop::cda::errc::Nonconforming);
        EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("CR-BIO reçu non conforme : "))) << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(c.expected)) << refused.error().message.toStdString();
    }
    QByteArray badDate = *n3;
    const qsizetype at = badDate.indexOf("<effectiveTime value=\"");
    ASSERT_GT(at, 0);
    badDate.replace(at, 30, "<effectiveTime value=\"20261399");
    auto date = ReceivedCrBioCheck::check(badDate);
    ASSERT_FALSE(date);
    EXPECT_TRUE(date.error().message.contains(QStringLiteral("invalide"))) << date.error().message.toStdString();

    auto other = ReceivedCrBioCheck::check("<html xmlns=\"urn:x\"/>");
    ASSERT_FALSE(other);
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("ClinicalDocument")));
    auto malformed = ReceivedCrBioCheck::check("<ClinicalDocument");
    ASSERT_FALSE(malformed);
    EXPECT_EQ(malformed.error().code, interop::cda::errc::Malformed);
}
