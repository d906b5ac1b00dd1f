// The professional's card through libp11 against a real SoftHSM2 token holding test PKI certificates.
#include "CardFixture.h"

#include "interop/cps/CpsCard.h"
#include "interop/cps/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSignatureVerifier.h"
#include "interop/xml/XmlSigner.h"
#include "simulators/insi/TestPki.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace sgl::interop::cps;
using sgl::simulators::insi::TestPki;

namespace {

CpsPin pin(const char *text)
{
    QString s = QString::fromLatin1(text);
    return CpsPin::take(s);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Verifies an RSA-SHA256 signature with the certificate's public key (independently of the card code). */
bool verifies(const QByteArray &certPem, const QByteArray &data, const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(certPem.constData(), static_cast<int>(certPem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (x == nullptr)
        return false;
    EVP_PKEY *pub = X509_get_pubkey(x);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1
                    && EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(signature.constData()),
                                        static_cast<size_t>(signature.size()),
                                        reinterpret_cast<const unsigned char *>(data.constData()),
                                        static_cast<size_t>(data.size()))
                           == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pub);
    X509_free(x);
    return ok;
}

} // namespace

class CpsCardTest : public CardFixture {};

TEST_F(CpsCardTest, OpensTheCardPicksTheAuthenticationCertificateAndSignsOnIt)
{
    // A real card holds both certificates; the signature one (nonRepudiation) must not be taken.
    put("card-sign", 2);
    put("card", 1);
    auto card = CpsCard::open(settings(), pin(SoftHsmToken::kUserPin));
    ASSERT_TRUE(card.has_value()) << card.error().toString().toStdString();
    const CpsCertificate &cert = (*card)->certificate();
    EXPECT_EQ(cert.nationalId, QString::fromLatin1(TestPki::kCardNationalId));
    EXPECT_EQ(cert.holderName(), QStringLiteral("CLAIRE BIOLOGISTE"));
    EXPECT_EQ(cert.title, QStringLiteral("Pharmacien"));
    EXPECT_TRUE(cert.isAuthentication());
    EXPECT_EQ(cert.label, QStringLiteral("card"));
    EXPECT_EQ(cert.pem, readAll(pki("card.pem")));
    const QByteArray data("contenu à signer");
    auto signature = (*card)->sign(data);
    ASSERT_TRUE(signature.has_value()) << signature.error().toString().toStdString();
    EXPECT_TRUE(verifies(cert.pem, data, *signature));
    EXPECT_FALSE(verifies(cert.pem, data + "x", *signature));
    EXPECT_FALSE(verifies(readAll(pki("card-sign.pem")), data, *signature));
}

TEST_F(CpsCardTest, InspectReadsTheHolderWithoutPin)
{
    put("card", 1);
    auto cert = CpsCard::inspect(settings());
    ASSERT_TRUE(cert.has_value()) << cert.error().toString().toStdString();
    EXPECT_EQ(cert->nationalId, QString::fromLatin1(TestPki::kCardNationalId));
}

TEST_F(CpsCardTest, XmlSignatureComputedByTheCardVerifiesAgainstTheTestCa)
{
    put("card", 1);
    auto card = CpsCard::open(settings(), pin(SoftHsmToken::kUserPin));
    ASSERT_TRUE(card.has_value()) << card.error().toString().toStdString();
    const QByteArray xml("<a:Doc xmlns:a=\"urn:test\" ID=\"_d1\"><a:Issuer>x</a:Issuer><a:Body>valeur</a:Body></a:Doc>");
    sgl::interop::xml::XmlEnvelopedSignatureSpec spec;
    spec.idAttribute = {QStringLiteral("urn:test"), QStringLiteral("Doc"), QStringLiteral("ID")};
    spec.targetId = QStringLiteral("_d1");
    auto signedXml = sgl::interop::xml::XmlSigner::signEnveloped(xml, (*card)->signingKey(), spec);
    ASSERT_TRUE(signedXml.has_value()) << signedXml.error().toString().toStdString();
    auto doc = sgl::interop::xml::XmlDocument::parse(*signedXml, QStringLiteral("test"));
    ASSERT_TRUE(doc.has_value());
    sgl::interop::xml::XmlVerifyOptions options;
    options.trustedCaPem = {readAll(pki("ca.pem"))};
    options.idAttributes = {spec.idAttribute};
    auto verified = sgl::interop::xml::XmlSignatureVerifier::verifyAll(*doc, options);
    ASSERT_TRUE(verified.has_value()) << verified.error().toString().toStdString();
    EXPECT_TRUE(verified->first().signer.subject.contains(QString::fromLatin1(TestPki::kCardNationalId)));
    // Tampered after signing: refused.
    QByteArray tampered = *signedXml;
    tampered.replace("valeur", "VALEUR");
    auto tamperedDoc = sgl::interop::xml::XmlDocument::parse(tampered, QStringLiteral("test"));
    ASSERT_TRUE(tamperedDoc.has_value());
    EXPECT_FALSE(sgl::interop::xml::XmlSignatureVerifier::verifyAll(*tamperedDoc, options).has_value());
}

TEST_F(CpsCardTest, WrongPinIsRefusedWithoutEverShowingThePin)
{
    put("card", 1);
    auto card = CpsCard::open(settings(), pin("9137"));
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, errc::PinIncorrect);
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("Code porteur incorrect")));
    EXPECT_FALSE(card.error().toString().contains(QStringLiteral("9137")));
    // The right PIN still works afterwards (one failure does not lock the card).
    EXPECT_TRUE(CpsCard::open(settings(), pin(SoftHsmToken::kUserPin)).has_value());
}

TEST_F(CpsCardTest, EmptyPinIsAskedFor)
{
    put("card", 1);
    auto card = CpsCard::open(settings(), CpsPin());
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, errc::PinRequired);
}

TEST_F(CpsCardTest, RemovedCardIsReported)
{
    put("card", 1);
    m_token->removeCard();
    auto card = CpsCard::open(settings(), pin(SoftHsmToken::kUserPin));
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, errc::CardRemoved);
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("Insérez la carte")));
    EXPECT_EQ(CpsCard::inspect(settings()).error().code, errc::CardRemoved);
}

TEST_F(CpsCardTest, ExpiredCertificateNamesItsEndDateAndCostsNoPinAttempt)
{
    put("card-expired", 1);
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    // A wrong PIN: had the login been tried, the answer would be "pin_incorrect".
    auto card = CpsCard::open(settings(), pin("0000"));
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, errc::CertificateExpired);
    EXPECT_TRUE(card.error().message.contains(yesterday.toString(QStringLiteral("dd/MM/yyyy"))))
        << card.error().message.toStdString();
}

TEST_F(CpsCardTest, CertificateNotYetValidAtAnEarlierTime)
{
    put("card", 1);
    auto cert = CpsCard::inspect(settings(), QDateTime::currentDateTimeUtc().addDays(-10));
    ASSERT_FALSE(cert.has_value());
    EXPECT_EQ(cert.error().code, errc::CertificateNotYetValid);
}

TEST_F(CpsCardTest, CardWithoutAuthenticationCertificateIsRefused)
{
    put("card-sign", 2);
    auto card = CpsCard::open(settings(), pin(SoftHsmToken::kUserPin));
    ASSERT_FALSE(card.has_value());
    EXPECT_EQ(card.error().code, errc::NoAuthCertificate);
}

TEST_F(CpsCardTest, MissingOrInvalidModuleIsReported)
{
    CpsSettings none;
    EXPECT_EQ(CpsCard::inspect(none).error().code, errc::NoModule);
    CpsSettings missing;
    missing.modulePath = QStringLiteral("/nonexistent/libcps3_pkcs11.so");
    auto e = CpsCard::inspect(missing);
    ASSERT_FALSE(e.has_value());
    EXPECT_EQ(e.error().code, errc::NoModule);
    EXPECT_TRUE(e.error().message.contains(missing.modulePath));
    CpsSettings notAModule;
    notAModule.modulePath = pki("ca.pem");
    EXPECT_EQ(CpsCard::inspect(notAModule).error().code, errc::NoModule);
}

TEST_F(CpsCardTest, TokenLabelSelectsTheCard)
{
    put("card", 1);
    CpsSettings other = settings();
    other.tokenLabel = QStringLiteral("AUTRE-CARTE");
    EXPECT_EQ(CpsCard::inspect(other).error().code, errc::CardRemoved);
    CpsSettings same = settings();
    same.tokenLabel = QStringLiteral("CPS-TEST");
    EXPECT_TRUE(CpsCard::inspect(same).has_value());
}
