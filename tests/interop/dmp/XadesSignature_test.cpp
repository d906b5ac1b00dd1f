#include "DmpSecurityTestEnv.h"

#include "interop/dmp/XadesSubmissionSignature.h"
#include "interop/dmp/XadesVerifier.h"
#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlDocument.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <random>

using namespace sgl::interop;
using namespace sgl::interop::dmp;

namespace {

const xml::XmlNamespaces Ns{{QStringLiteral("ds"), QString::fromLatin1(xml::xmldsig::Namespace)},
                            {QStringLiteral("x"), QString::fromLatin1(XadesSubmissionSignature::XadesNs)}};

const QByteArray Cda = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- CR-BIO de test -->\n"
                       "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>Compte rendu</title>"
                       "<component a='1'><text>Glycémie 5,2 mmol/L</text></component></ClinicalDocument>";
const QByteArray Pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";

class XadesSignatureTest : public DmpSecurityTestEnv
{
protected:
    static SubmissionSignatureInput input()
    {
        SubmissionSignatureInput in;
        in.signatureId = QStringLiteral("1.2.250.1.999.1.1.7898.4.9");
        in.submissionSetUniqueId = QStringLiteral("1.2.250.1.999.1.1.7898.3.1");
        in.documents = {{QStringLiteral("1.2.250.1.999.1.1.7898.4.1"), Cda}, {QStringLiteral("1.2.250.1.999.1.1.7898.4.2"), Pdf}};
        in.signingTime = QDateTime(QDate(2026, 12, 6), QTime(17, 0), QTimeZone::utc());
        return in;
    }
    QByteArray signature(const char *base = "org")
    {
        auto s = security(base);
        if (!s)
            return {};
        auto x = s->submissionSignature(input());
        EXPECT_TRUE(x.has_value()) << (x ? "" : x.error().toString().toStdString());
        return x.value_or(QByteArray());
    }
    static XadesVerifierOptions trusting(const char *ca = "ca.pem")
    {
        XadesVerifierOptions o;
        o.trustedCaPem = {readFile(pki(ca))};
        return o;
    }
    static QString verifyCode(const QByteArray &xml, const QList<SignedDocumentRef> &docs, const XadesVerifierOptions &o)
    {
        auto r = XadesVerifier::verify(xml, docs, o);
        return r ? QStringLiteral("ok") : r.error().code;
    }
};

TEST_F(XadesSignatureTest, RoundTripCoversTheDocuments)
{
    ASSERT_TRUE(pkiOk);
    auto v = XadesVerifier::verify(signature(), input().documents, trusting());
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_EQ(v->signatureId, input().signatureId);
    EXPECT_EQ(v->submissionSetUniqueId, input().submissionSetUniqueId);
    EXPECT_EQ(v->purposeOfSignature, QStringLiteral("1.2.840.10065.1.12.1.14"));
    EXPECT_EQ(v->signingTime, input().signingTime);
    ASSERT_EQ(v->documents.size(), 2);
    EXPECT_EQ(v->documents[0].uniqueId, QStringLiteral("1.2.250.1.999.1.1.7898.4.1"));
    EXPECT_EQ(v->documents[1].digest, QCryptographicHash::hash(Pdf, QCryptographicHash::Sha256));
    EXPECT_TRUE(v->signer.subject.contains(QStringLiteral("CN=DMP SIGN")));
}

TEST_F(XadesSignatureTest, ShapeOfTheOfficialTd21Example)
{
    ASSERT_TRUE(pkiOk);
    auto ours = xml::XmlDocument::parse(signature());
    ASSERT_TRUE(ours.has_value());
    const auto eval = [&](const char *xpath) { return ours->evaluateString(QString::fromLatin1(xpath), Ns).value_or(QStringLiteral("?")); };
    EXPECT_EQ(eval("string(/ds:Signature/@Id)"), input().signatureId);
    EXPECT_EQ(eval("string(/ds:Signature/ds:SignedInfo/ds:CanonicalizationMethod/@Algorithm)"),
              QStringLiteral("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"));
    EXPECT_EQ(eval("string(//ds:SignedInfo/ds:Reference[1]/@URI)"), QStringLiteral("#IHEManifest"));
    EXPECT_EQ(eval("string(//ds:SignedInfo/ds:Reference[1]/@Type)"), QStringLiteral("http://www.w3.org/2000/09/xmldsig#Manifest"));
    EXPECT_EQ(eval("string(//ds:SignedInfo/ds:Reference[2]/@URI)"), QStringLiteral("#S0-SignedProperties"));
    EXPECT_EQ(eval("string(//ds:SignedInfo/ds:Reference[2]/@Type)"), QStringLiteral("http://uri.etsi.org/01903/v1.1.1#SignedProperties"));
    EXPECT_EQ(eval("count(/ds:Signature/ds:Object)"), QStringLiteral("3"));
    EXPECT_EQ(eval("string(//ds:Manifest[@Id='IHEManifest']/ds:Reference[1]/@URI)"), QStringLiteral("urn:oid:1.2.250.1.999.1.1.7898.3.1"));
    EXPECT_EQ(eval("string(//ds:Manifest/ds:Reference[1]/ds:DigestValue)"), QStringLiteral("AA=="));
    EXPECT_EQ(eval("string(//ds:Manifest/ds:Reference[2]/@URI)"), QStringLiteral("urn:oid:1.2.250.1.999.1.1.7898.4.1"));
    EXPECT_EQ(eval("string(//ds:Manifest/ds:Reference[2]/ds:Transforms/ds:Transform/@Algorithm)"),
              QStringLiteral("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"));
    EXPECT_EQ(eval("count(//ds:Manifest/ds:Reference[3]/ds:Transforms)"), QStringLiteral("0"));  // the PDF: raw bytes
    EXPECT_EQ(eval("string(//ds:SignatureProperty[@Id='purposeOfSignature']/@Target)"), QStringLiteral("#") + input().signatureId);
    EXPECT_EQ(eval("string(//x:QualifyingProperties/@Target)"), QStringLiteral("#") + input().signatureId);
    EXPECT_EQ(eval("string(//x:SignedProperties/@Id)"), QStringLiteral("S0-SignedProperties"));
    EXPECT_EQ(eval("string(//x:SigningTime)"), QStringLiteral("2026-12-06T17:00:00Z"));
    EXPECT_EQ(eval("count(//x:SigningCertificate/x:Cert/x:CertDigest/x:DigestValue)"), QStringLiteral("1"));
    EXPECT_EQ(eval("count(//x:IssuerSerial/ds:X509IssuerName)"), QStringLiteral("1"));
    EXPECT_FALSE(eval("string(//x:IssuerSerial/ds:X509SerialNumber)").isEmpty());
    EXPECT_EQ(eval("count(//x:SignaturePolicyIdentifier/x:SignaturePolicyImplied)"), QStringLiteral("1"));
    EXPECT_FALSE(eval("string(//ds:X509Certificate)").isEmpty());
    EXPECT_FALSE(eval("string(//ds:SignatureValue)").isEmpty());
}

TEST_F(XadesSignatureTest, DocumentsMustMatch)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray x = signature();
    QList<SignedDocumentRef> docs = input().documents;
    // Another serialisation of the same XML (quotes, declaration) has the same canonical form.
    docs[0].bytes = QByteArray(Cda).replace("a='1'", "a=\"1\"");
    EXPECT_EQ(verifyCode(x, docs, trusting()), QStringLiteral("ok"));
    docs[0].bytes = QByteArray(Cda).replace("5,2", "5,3");
    EXPECT_EQ(verifyCode(x, docs, trusting()), QStringLiteral("dmp.xades_digest_mismatch"));
    docs[0].bytes = QByteArray(Cda).replace("CR-BIO de test", "autre commentaire");  // comments are signed
    EXPECT_EQ(verifyCode(x, docs, trusting()), QStringLiteral("dmp.xades_digest_mismatch"));
    docs = input().documents;
    docs[1].bytes.append(' ');
    EXPECT_EQ(verifyCode(x, docs, trusting()), QStringLiteral("dmp.xades_digest_mismatch"));
    EXPECT_EQ(verifyCode(x, {input().documents[0]}, trusting()), QStringLiteral("dmp.xades_document_missing"));
    docs = input().documents;
    docs.append({QStringLiteral("1.2.250.1.999.1.1.7898.4.3"), Cda});
    EXPECT_EQ(verifyCode(x, docs, trusting()), QStringLiteral("dmp.xades_document_not_signed"));
}

TEST_F(XadesSignatureTest, TamperingAndTrust)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray x = signature();
    const auto docs = input().documents;
    QByteArray manifest = x;
    manifest.replace("urn:oid:1.2.250.1.999.1.1.7898.4.2", "urn:oid:1.2.250.1.999.1.1.7898.4.7");
    EXPECT_EQ(verifyCode(manifest, docs, trusting()), QStringLiteral("xml.signature_digest_mismatch"));
    QByteArray time = x;
    time.replace("2026-12-06T17:00:00Z", "2026-12-06T18:00:00Z");
    EXPECT_EQ(verifyCode(time, docs, trusting()), QStringLiteral("xml.signature_digest_mismatch"));
    QByteArray purpose = x;
    purpose.replace(">1.2.840.10065.1.12.1.14<", ">1.2.840.10065.1.12.1.1<");
    EXPECT_EQ(verifyCode(purpose, docs, trusting()), QStringLiteral("dmp.xades_purpose"));
    EXPECT_EQ(verifyCode(x, docs, trusting("rogue-ca.pem")), QStringLiteral("xml.certificate_untrusted"));
    EXPECT_EQ(verifyCode(signature("rogue-org"), docs, trusting()), QStringLiteral("xml.certificate_untrusted"));
    EXPECT_EQ(verifyCode(signature("expired-org"), docs, trusting()), QStringLiteral("xml.certificate_expired"));
    // A second, unsigned Manifest adding a document is ignored: that document is not covered.
    QByteArray injected = x;
    injected.replace("</Signature>", "<Object><Manifest Id=\"Extra\"><Reference URI=\"urn:oid:1.2.250.1.999.1.1.7898.4.3\">"
                                     "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><DigestValue>"
                                     + XadesSubmissionSignature::documentDigest(Cda).digest.toBase64()
                                     + "</DigestValue></Reference></Manifest></Object></Signature>");
    auto extra = docs;
    extra.append({QStringLiteral("1.2.250.1.999.1.1.7898.4.3"), Cda});
    EXPECT_EQ(verifyCode(injected, extra, trusting()), QStringLiteral("dmp.xades_document_not_signed"));
}

TEST_F(XadesSignatureTest, InvalidInput)
{
    ASSERT_TRUE(pkiOk);
    auto s = security();
    ASSERT_TRUE(s);
    SubmissionSignatureInput in = input();
    in.signatureId.clear();
    EXPECT_EQ(s->submissionSignature(in).error().code, QStringLiteral("dmp.xades_invalid_input"));
    in = input();
    in.documents.clear();
    EXPECT_EQ(s->submissionSignature(in).error().code, QStringLiteral("dmp.xades_invalid_input"));
    in = input();
    in.documents[0].uniqueId = QStringLiteral(" ");
    EXPECT_EQ(s->submissionSignature(in).error().code, QStringLiteral("dmp.xades_invalid_input"));
    EXPECT_EQ(verifyCode("<a/>", input().documents, trusting()), QStringLiteral("dmp.xades_malformed"));
}

TEST_F(XadesSignatureTest, XmlsecCommandLineAcceptsOurXades)
{
    ASSERT_TRUE(pkiOk);
    const QStringList args{QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), pki("ca.pem"), QStringLiteral("--id-attr:Id"),
                           QStringLiteral("http://www.w3.org/2000/09/xmldsig#:Manifest"), QStringLiteral("--id-attr:Id"),
                           QStringLiteral("http://uri.etsi.org/01903/v1.1.1#:SignedProperties"), QStringLiteral("--ignore-manifests"),
                           QStringLiteral("--enabled-reference-uris"), QStringLiteral("same-doc")};
    const QByteArray x = signature();
    const auto [rc, out] = xmlsec1(args, x);
    if (rc == -1)
        GTEST_SKIP() << out.toStdString();
    EXPECT_EQ(rc, 0) << out.toStdString();
    QByteArray tampered = x;
    tampered.replace("2026-12-06T17:00:00Z", "2026-12-06T18:00:00Z");
    EXPECT_NE(xmlsec1(args, tampered).first, 0);
}

/** The official TD2.1 XAdES (2019, sha1, card certificate of the IGC-Santé test PKI) with its document. */
TEST_F(XadesSignatureTest, OfficialTd21Example)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray official = shared("dmp-exemples-messages-v02.05.00/TD2.1-SignatureXades.xml");
    const QByteArray document = shared("dmp-exemples-messages-v02.05.00/TD2.1-DocumentME2.xml");
    if (official.isEmpty() || document.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent";
    const QList<SignedDocumentRef> docs{{QStringLiteral("1.2.250.1.999.1.1.7898.4.9956570902"), document}};
    XadesVerifierOptions o = trusting();
    o.at = QDateTime(QDate(2019, 4, 4), QTime(12, 0), QTimeZone::utc());
    // Cryptographically sound (sha1 allowed: SignedInfo digests of the Manifest and of the
    // SignedProperties, then the RSA signature), refused only because its CA is not ours.
    EXPECT_EQ(verifyCode(official, docs, o), QStringLiteral("xml.certificate_untrusted"));
    // Its Manifest digest of the document, recomputed independently of the trust check: the
    // shipped TD2.1-DocumentME2.xml is NOT the document that was signed (no comment in it, so
    // c14n with or without comments agree; `xmllint --c14n | sha1sum` gives the same value as
    // ours; neither the raw bytes, with or without BOM/CRLF, nor their base64 give the example's).
    auto digest = xml::XmlCanonicalizer::referenceDigest(document, {QString::fromLatin1(xml::xmldsig::C14nWithComments)},
                                                         QString::fromLatin1(xml::xmldsig::Sha1), true);
    ASSERT_TRUE(digest.has_value()) << digest.error().toString().toStdString();
    EXPECT_EQ(digest->toBase64(), QByteArray("Un5/pEyafNqhExkx2TodlfTM7Wc="));
    EXPECT_NE(digest->toBase64(), QByteArray("ZHdMHCdgcMNU7PIhGp6aYG7cWU0="));
    o.allowSha1 = false;
    EXPECT_EQ(verifyCode(official, docs, o), QStringLiteral("xml.signature_unsupported_algorithm"));
}

} // namespace

namespace {

/** One-byte mutations of a signed XAdES: never a crash, and nothing accepted says anything else. */
TEST_F(XadesSignatureTest, MutatedSignaturesNeverSayAnythingElse)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray x = signature();
    const auto docs = input().documents;
    auto original = XadesVerifier::verify(x, docs, trusting());
    ASSERT_TRUE(original.has_value());
    std::mt19937 random(6122026);
    const QByteArray alphabet = "<>/=\"' &;:#_-.AZaz09\n";
    for (int i = 0; i < 300; ++i) {
        QByteArray m = x;
        const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(m.size()));
        m[at] = alphabet.at(static_cast<qsizetype>(random() % static_cast<unsigned>(alphabet.size())));
        auto r = XadesVerifier::verify(m, docs, trusting());
        if (!r)
            continue;
        EXPECT_EQ(r->submissionSetUniqueId, original->submissionSetUniqueId) << at;
        EXPECT_EQ(r->signingTime, original->signingTime) << at;
        EXPECT_EQ(r->purposeOfSignature, original->purposeOfSignature) << at;
        ASSERT_EQ(r->documents.size(), original->documents.size()) << at;
        for (qsizetype d = 0; d < r->documents.size(); ++d) {
            EXPECT_EQ(r->documents[d].uniqueId, original->documents[d].uniqueId) << at;
            EXPECT_EQ(r->documents[d].digest, original->documents[d].digest) << at;
        }
    }
}

} // namespace
