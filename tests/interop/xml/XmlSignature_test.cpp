#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSignatureVerifier.h"
#include "interop/xml/XmlSigner.h"
#include "simulators/pki/RsaTestPki.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sgl::interop::xml;
using sgl::simulators::pki::RsaTestPki;

namespace {

const QString SamlNs = QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion");
const XmlIdAttribute SamlId{SamlNs, QStringLiteral("Assertion"), QStringLiteral("ID")};

const QByteArray Assertion =
    "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\" Version=\"2.0\">"
    "<saml:Issuer>CN=DMP SIGN</saml:Issuer><saml:Subject><saml:NameID>LABO/RESP</saml:NameID></saml:Subject>"
    "<saml:AttributeStatement><saml:Attribute Name=\"Ressource_URN\"><saml:AttributeValue>urn:dmp</saml:AttributeValue>"
    "</saml:Attribute></saml:AttributeStatement></saml:Assertion>";

class XmlSignatureTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // One PKI for every test process of the build (RSA key generation is slow on a shared machine).
        pkiOk = RsaTestPki::ensure(pkiDir).has_value();
    }
    static QString path(const char *name) { return RsaTestPki::file(pkiDir, name); }
    static QByteArray read(const char *name)
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static XmlSigningKey key(const char *base)
    {
        const QByteArray b(base);
        return XmlSigningKey{read((b + ".key.pem").constData()), read((b + ".pem").constData()), {}};
    }
    static XmlEnvelopedSignatureSpec samlSpec(XmlDigestAlgorithm digest = XmlDigestAlgorithm::Sha256)
    {
        return {SamlId, QStringLiteral("_a1"), SamlNs, QStringLiteral("Issuer"), QStringLiteral("ds saml #default xsi"), digest};
    }
    static XmlVerifyOptions trusting(const char *ca = "ca.pem")
    {
        XmlVerifyOptions o;
        o.trustedCaPem = {read(ca)};
        o.idAttributes = {SamlId};
        return o;
    }
    static QByteArray signedAssertion(const char *base = "org")
    {
        auto s = XmlSigner::signEnveloped(Assertion, key(base), samlSpec());
        EXPECT_TRUE(s.has_value()) << (s ? "" : s.error().toString().toStdString());
        return s.value_or(QByteArray());
    }
    static QString verifyCode(const QByteArray &xml, const XmlVerifyOptions &options)
    {
        auto doc = XmlDocument::parse(xml);
        if (!doc)
            return doc.error().code;
        auto r = XmlSignatureVerifier::verifyAll(*doc, options);
        return r ? QStringLiteral("ok") : r.error().code;
    }
    static inline const QString pkiDir = QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa");
    static inline bool pkiOk = false;
};

TEST_F(XmlSignatureTest, EnvelopedRoundTripPlacesTheSignatureAfterIssuer)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray signedXml = signedAssertion();
    auto doc = XmlDocument::parse(signedXml);
    ASSERT_TRUE(doc.has_value());
    const XmlNamespaces ns{{QStringLiteral("s"), SamlNs}, {QStringLiteral("ds"), QString::fromLatin1(xmldsig::Namespace)}};
    EXPECT_EQ(doc->evaluateString(QStringLiteral("local-name(/s:Assertion/*[2])"), ns).value(), QStringLiteral("Signature"));
    const XmlNamespaces ec{{QStringLiteral("ec"), QString::fromLatin1(xmldsig::ExcC14n)}};
    EXPECT_EQ(doc->evaluateString(QStringLiteral("string(//ec:InclusiveNamespaces/@PrefixList)"), ec).value(),
              QStringLiteral("ds saml #default xsi"));
    auto infos = XmlSignatureVerifier::verifyAll(*doc, trusting());
    ASSERT_TRUE(infos.has_value()) << infos.error().toString().toStdString();
    ASSERT_EQ(infos->size(), 1);
    const XmlSignatureInfo &info = infos->first();
    EXPECT_EQ(info.signatureMethod, QLatin1StringView(xmldsig::RsaSha256));
    EXPECT_EQ(info.canonicalizationMethod, QLatin1StringView(xmldsig::ExcC14n));
    ASSERT_EQ(info.references.size(), 1);
    EXPECT_EQ(info.references[0].uri, QStringLiteral("#_a1"));
    EXPECT_EQ(info.references[0].digestMethod, QLatin1StringView(xmldsig::Sha256));
    EXPECT_EQ(info.references[0].element, doc->root());
    EXPECT_TRUE(info.signer.subject.contains(QStringLiteral("CN=DMP SIGN")));
    EXPECT_TRUE(info.signer.issuer.contains(QString::fromLatin1(RsaTestPki::CaCommonName)));
    EXPECT_FALSE(info.signer.serialDecimal.isEmpty());
}

TEST_F(XmlSignatureTest, TamperedContentIsADigestMismatch)
{
    ASSERT_TRUE(pkiOk);
    QByteArray xml = signedAssertion();
    xml.replace("LABO/RESP", "LABO/EVIL");
    EXPECT_EQ(verifyCode(xml, trusting()), QStringLiteral("xml.signature_digest_mismatch"));
}

TEST_F(XmlSignatureTest, TamperedSignedInfoIsAnInvalidSignature)
{
    ASSERT_TRUE(pkiOk);
    QByteArray xml = signedAssertion();
    ASSERT_TRUE(xml.contains("<SignedInfo>"));
    // A text node inside SignedInfo survives canonicalisation: the signed bytes change, not the references.
    xml.replace("<SignedInfo>", "<SignedInfo>\n");
    EXPECT_EQ(verifyCode(xml, trusting()), QStringLiteral("xml.signature_invalid"));
}

TEST_F(XmlSignatureTest, ContentAndDigestRecomputedStillFailsOnTheSignatureValue)
{
    ASSERT_TRUE(pkiOk);
    // The attacker edits the content and recomputes the reference digest: only the signature value can catch it.
    QByteArray xml = signedAssertion();
    xml.replace("LABO/RESP", "LABO/EVIL");
    auto doc = XmlDocument::parse(xml);
    ASSERT_TRUE(doc.has_value());
    const XmlNamespaces ns{{QStringLiteral("ds"), QString::fromLatin1(xmldsig::Namespace)}};
    const QString oldDigest = doc->evaluateString(QStringLiteral("string(//ds:DigestValue)"), ns).value();
    // Digest of the assertion without its signature, exclusive c14n (what the enveloped transform yields).
    QByteArray unsignedXml = Assertion;
    unsignedXml.replace("LABO/RESP", "LABO/EVIL");
    auto digest = XmlCanonicalizer::referenceDigest(unsignedXml, {QString::fromLatin1(xmldsig::ExcC14n)},
                                                    QString::fromLatin1(xmldsig::Sha256), false);
    ASSERT_TRUE(digest.has_value());
    xml.replace(oldDigest.toLatin1(), digest->toBase64());
    EXPECT_EQ(verifyCode(xml, trusting()), QStringLiteral("xml.signature_invalid"));
}

TEST_F(XmlSignatureTest, TrustIsCheckedAfterTheCryptography)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray good = signedAssertion();
    EXPECT_EQ(verifyCode(good, trusting("rogue-ca.pem")), QStringLiteral("xml.certificate_untrusted"));
    EXPECT_EQ(verifyCode(signedAssertion("rogue-org"), trusting()), QStringLiteral("xml.certificate_untrusted"));
    EXPECT_EQ(verifyCode(signedAssertion("rogue-org"), trusting("rogue-ca.pem")), QStringLiteral("ok"));
    EXPECT_EQ(verifyCode(signedAssertion("expired-org"), trusting()), QStringLiteral("xml.certificate_expired"));
    // The CA's own key (keyCertSign only) signs certificates, not documents.
    EXPECT_EQ(verifyCode(signedAssertion("ca"), trusting()), QStringLiteral("xml.certificate_untrusted"));
    XmlVerifyOptions none = trusting();
    none.trustedCaPem.clear();
    EXPECT_EQ(verifyCode(good, none), QStringLiteral("xml.certificate_untrusted"));
    XmlVerifyOptions later = trusting();
    later.at = QDateTime::currentDateTimeUtc().addYears(2);
    EXPECT_EQ(verifyCode(good, later), QStringLiteral("xml.certificate_expired"));
}

TEST_F(XmlSignatureTest, MissingIdIsRefused)
{
    ASSERT_TRUE(pkiOk);
    XmlEnvelopedSignatureSpec spec = samlSpec();
    spec.targetId = QStringLiteral("_absent");
    auto s = XmlSigner::signEnveloped(Assertion, key("org"), spec);
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().code, QStringLiteral("xml.signature_reference_unresolved"));
    XmlVerifyOptions noIds = trusting();
    noIds.idAttributes.clear();
    EXPECT_EQ(verifyCode(signedAssertion(), noIds), QStringLiteral("xml.signature_reference_unresolved"));
    QByteArray renamed = signedAssertion();
    renamed.replace("ID=\"_a1\"", "ID=\"_a2\"");
    EXPECT_EQ(verifyCode(renamed, trusting()), QStringLiteral("xml.signature_reference_unresolved"));
}

TEST_F(XmlSignatureTest, IdWrappingIsRefusedOrExposed)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray good = signedAssertion();
    // 1. A forged assertion carrying the same ID wraps the signed one: two elements, one ID.
    QByteArray inner = good;
    const QByteArray forged = "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\" Version=\"2.0\">"
                              "<saml:Issuer>CN=DMP SIGN</saml:Issuer><saml:Subject><saml:NameID>EVIL</saml:NameID></saml:Subject>"
                              "<saml:Advice>"
                              + inner + "</saml:Advice></saml:Assertion>";
    EXPECT_EQ(verifyCode(forged, trusting()), QStringLiteral("xml.signature_duplicate_id"));
    // 2. The signature moved into a new root that wraps the original under another ID: it verifies,
    // but the verified element is not the root the caller would read.
    QByteArray moved = "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_evil\" Version=\"2.0\">"
                       "<saml:Advice>"
                       + good + "</saml:Advice></saml:Assertion>";
    auto doc = XmlDocument::parse(moved);
    ASSERT_TRUE(doc.has_value());
    auto infos = XmlSignatureVerifier::verifyAll(*doc, trusting());
    ASSERT_TRUE(infos.has_value()) << infos.error().toString().toStdString();
    EXPECT_NE(infos->first().references.first().element, doc->root());
    EXPECT_EQ(infos->first().references.first().element.attribute(QStringLiteral("ID")), QStringLiteral("_a1"));
}

TEST_F(XmlSignatureTest, Sha1OnlyAsLegacy)
{
    ASSERT_TRUE(pkiOk);
    auto s = XmlSigner::signEnveloped(Assertion, key("org"), samlSpec(XmlDigestAlgorithm::Sha1));
    ASSERT_TRUE(s.has_value()) << s.error().toString().toStdString();
    EXPECT_EQ(verifyCode(*s, trusting()), QStringLiteral("xml.signature_unsupported_algorithm"));
    XmlVerifyOptions legacy = trusting();
    legacy.allowSha1 = true;
    EXPECT_EQ(verifyCode(*s, legacy), QStringLiteral("ok"));
}

TEST_F(XmlSignatureTest, UnsupportedAndMalformedSignatures)
{
    ASSERT_TRUE(pkiOk);
    QByteArray xml = signedAssertion();
    xml.replace("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#hmac-sha1");
    EXPECT_EQ(verifyCode(xml, trusting()), QStringLiteral("xml.signature_unsupported_algorithm"));
    QByteArray noCert = signedAssertion();
    const qsizetype from = noCert.indexOf("<KeyInfo>");
    const qsizetype to = noCert.indexOf("</KeyInfo>");
    ASSERT_GT(from, 0);
    noCert.remove(from, to + 10 - from);
    EXPECT_EQ(verifyCode(noCert, trusting()), QStringLiteral("xml.signature_malformed"));
    EXPECT_EQ(verifyCode(Assertion, trusting()), QStringLiteral("xml.signature_missing"));
    QByteArray external = signedAssertion();
    external.replace("URI=\"#_a1\"", "URI=\"http://example.org/x\"");
    EXPECT_EQ(verifyCode(external, trusting()), QStringLiteral("xml.signature_reference_unresolved"));
}

TEST_F(XmlSignatureTest, KeyProblemsAreReported)
{
    ASSERT_TRUE(pkiOk);
    XmlSigningKey mismatch{read("org.key.pem"), read("server.pem"), {}};
    auto s = XmlSigner::signEnveloped(Assertion, mismatch, samlSpec());
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().code, QStringLiteral("xml.signing_key"));
    XmlSigningKey garbage{"not a key", read("org.pem"), {}};
    EXPECT_EQ(XmlSigner::signEnveloped(Assertion, garbage, samlSpec()).error().code, QStringLiteral("xml.signing_key"));
    auto fromFiles = XmlSigningKey::fromFiles(path("org.key.pem"), path("nowhere.pem"));
    ASSERT_FALSE(fromFiles.has_value());
    EXPECT_EQ(fromFiles.error().code, QStringLiteral("xml.io"));
    EXPECT_TRUE(XmlSigningKey::fromFiles(path("org.key.pem"), path("org.pem")).has_value());
}

TEST_F(XmlSignatureTest, EncryptedPkcs8KeyNeedsItsPassword)
{
    ASSERT_TRUE(pkiOk);
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        GTEST_SKIP() << "openssl CLI absent: cannot encrypt the test key";
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), path("org.key.pem"),
                                        QStringLiteral("-passout"), QStringLiteral("pass:s3cret"), QStringLiteral("-v2"),
                                        QStringLiteral("aes-256-cbc")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QByteArray encrypted = p.readAllStandardOutput();
    ASSERT_TRUE(encrypted.contains("ENCRYPTED PRIVATE KEY"));
    XmlSigningKey k{encrypted, read("org.pem"), "s3cret"};
    auto s = XmlSigner::signEnveloped(Assertion, k, samlSpec());
    ASSERT_TRUE(s.has_value()) << s.error().toString().toStdString();
    EXPECT_EQ(verifyCode(*s, trusting()), QStringLiteral("ok"));
    k.password = "wrong";
    auto bad = XmlSigner::signEnveloped(Assertion, k, samlSpec());
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, QStringLiteral("xml.signing_key"));
    EXPECT_FALSE(bad.error().toString().contains(QStringLiteral("wrong")));
}

TEST_F(XmlSignatureTest, Pkcs1KeyIsAccepted)
{
    ASSERT_TRUE(pkiOk);
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        GTEST_SKIP() << "openssl CLI absent: cannot convert the test key to PKCS#1";
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-traditional"), QStringLiteral("-in"), path("org.key.pem")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QByteArray pkcs1 = p.readAllStandardOutput();
    ASSERT_TRUE(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----")) << pkcs1.left(40).toStdString();
    auto s = XmlSigner::signEnveloped(Assertion, XmlSigningKey{pkcs1, read("org.pem"), {}}, samlSpec());
    ASSERT_TRUE(s.has_value()) << s.error().toString().toStdString();
    EXPECT_EQ(verifyCode(*s, trusting()), QStringLiteral("ok"));
}

TEST_F(XmlSignatureTest, OnlyCanonicalisationTransformsAreAccepted)
{
    ASSERT_TRUE(pkiOk);
    // An XSLT or XPath transform would run attacker-chosen code on the verifier's side.
    for (const char *transform : {"http://www.w3.org/TR/1999/REC-xslt-19991116", "http://www.w3.org/TR/1999/REC-xpath-19991116"}) {
        QByteArray xml = signedAssertion();
        xml.replace("http://www.w3.org/2000/09/xmldsig#enveloped-signature", transform);
        EXPECT_EQ(verifyCode(xml, trusting()), QStringLiteral("xml.signature_unsupported_algorithm")) << transform;
    }
    QByteArray md5 = signedAssertion();
    md5.replace("http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2001/04/xmldsig-more#md5");
    EXPECT_EQ(verifyCode(md5, trusting()), QStringLiteral("xml.signature_unsupported_algorithm"));
}

TEST_F(XmlSignatureTest, TemplateWithManifestRoundTrip)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray document = "<doc><!-- commentaire --><a>é</a></doc>";
    const QStringList transforms{QString::fromLatin1(xmldsig::C14nWithComments)};
    auto digest = XmlCanonicalizer::referenceDigest(document, transforms, QString::fromLatin1(xmldsig::Sha256), false);
    ASSERT_TRUE(digest.has_value());
    const QByteArray tmpl =
        "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"sig1\"><SignedInfo>"
        "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments\"/>"
        "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"
        "<Reference Type=\"http://www.w3.org/2000/09/xmldsig#Manifest\" URI=\"#M\">"
        "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><DigestValue/></Reference></SignedInfo>"
        "<SignatureValue/><KeyInfo><X509Data><X509Certificate/></X509Data></KeyInfo>"
        "<Object><Manifest Id=\"M\"><Reference URI=\"urn:oid:1.2.3.4\"><Transforms>"
        "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments\"/></Transforms>"
        "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><DigestValue>"
        + digest->toBase64() + "</DigestValue></Reference></Manifest></Object></Signature>";
    const QList<XmlIdAttribute> ids{{QString::fromLatin1(xmldsig::Namespace), QStringLiteral("Manifest"), QStringLiteral("Id")}};
    auto s = XmlSigner::signTemplates(tmpl, key("org"), ids);
    ASSERT_TRUE(s.has_value()) << s.error().toString().toStdString();
    auto doc = XmlDocument::parse(*s);
    ASSERT_TRUE(doc.has_value());
    XmlVerifyOptions o = trusting();
    o.idAttributes = ids;
    auto infos = XmlSignatureVerifier::verifyAll(*doc, o);
    ASSERT_TRUE(infos.has_value()) << infos.error().toString().toStdString();
    const XmlSignatureInfo &info = infos->first();
    EXPECT_EQ(info.signatureId, QStringLiteral("sig1"));
    ASSERT_EQ(info.manifestReferences.size(), 1);
    EXPECT_EQ(info.manifestReferences[0].uri, QStringLiteral("urn:oid:1.2.3.4"));
    EXPECT_EQ(info.manifestReferences[0].digestValue, *digest);
    EXPECT_TRUE(info.manifestReferences[0].element.isNull());
    // The manifest is covered by the signature: changing its digest breaks the SignedInfo reference.
    QByteArray tampered = *s;
    tampered.replace(digest->toBase64(), QByteArray(32, 'A').toBase64());
    auto tdoc = XmlDocument::parse(tampered);
    ASSERT_TRUE(tdoc.has_value());
    EXPECT_EQ(XmlSignatureVerifier::verifyAll(*tdoc, o).error().code, QStringLiteral("xml.signature_digest_mismatch"));
    // Comments count in c14n-with-comments: another comment, another digest.
    auto other = XmlCanonicalizer::referenceDigest("<doc><!-- autre --><a>é</a></doc>", transforms,
                                                   QString::fromLatin1(xmldsig::Sha256), false);
    ASSERT_TRUE(other.has_value());
    EXPECT_NE(*other, *digest);
    EXPECT_EQ(XmlSigner::signTemplates(document, key("org"), ids).error().code, QStringLiteral("xml.signature_missing"));
}

/** The xmlsec1 command line, an independent checker: it accepts what we sign and refuses a tampered copy. */
TEST_F(XmlSignatureTest, XmlsecCommandLineAgrees)
{
    ASSERT_TRUE(pkiOk);
    if (QStandardPaths::findExecutable(QStringLiteral("xmlsec1")).isEmpty())
        GTEST_SKIP() << "xmlsec1 CLI absent (Debian package xmlsec1)";
    QTemporaryDir dir;
    const auto runVerify = [&](const QByteArray &xml) {
        QFile f(dir.filePath(QStringLiteral("signed.xml")));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(xml);
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("xmlsec1"), {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), path("ca.pem"),
                                            QStringLiteral("--id-attr:ID"), QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion:Assertion"),
                                            QStringLiteral("--enabled-reference-uris"), QStringLiteral("same-doc"), f.fileName()});
        p.waitForFinished(30000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAll())};
    };
    const QByteArray good = signedAssertion();
    const auto [okCode, okOut] = runVerify(good);
    EXPECT_EQ(okCode, 0) << okOut.toStdString();
    QByteArray tampered = good;
    tampered.replace("LABO/RESP", "LABO/EVIL");
    const auto [badCode, badOut] = runVerify(tampered);
    EXPECT_NE(badCode, 0) << badOut.toStdString();
    // Signed by a CA xmlsec1 is not told to trust: refused too.
    const auto [rogueCode, rogueOut] = runVerify(signedAssertion("rogue-org"));
    EXPECT_NE(rogueCode, 0) << rogueOut.toStdString();
}

} // namespace
