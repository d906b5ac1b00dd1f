#include "DmpExampleResigner.h"
#include "DmpSecurityTestEnv.h"

#include "interop/dmp/VihfVerifier.h"
#include "interop/dmp/XadesVerifier.h"

using namespace sgl::interop;
using namespace sgl::interop::dmp;

namespace {

/**
 * The official examples, once what a foreign CA signed is re-signed by the test PKI (or, for the
 * unsigned VIHF of the TD2.1 request, signed), pass our verifiers unchanged otherwise: they check
 * the official shapes, not only our own output.
 */
class OfficialExamplesTest : public DmpSecurityTestEnv
{
protected:
    static VihfVerifierOptions vihfOptions()
    {
        VihfVerifierOptions o;
        o.trustedCaPem = {readFile(pki("ca.pem"))};
        o.requireValidityWindow = false;  // no official token has Conditions
        return o;
    }
    /** A part of the soapUI MTOM capture TD2.1_Alimentation_requete.xml, by Content-ID. */
    static QByteArray requestPart(const QByteArray &contentId)
    {
        const QByteArray request = shared("dmp-exemples-messages-v02.05.00/TD2.1_Alimentation_requete.xml");
        const QByteArray boundary = "------=_Part_9_20030738.1554380517598";
        qsizetype at = 0;
        while ((at = request.indexOf(boundary, at)) >= 0) {
            const qsizetype next = request.indexOf(boundary, at + boundary.size());
            const QByteArray part = request.mid(at + boundary.size(), next < 0 ? -1 : next - at - boundary.size());
            at += boundary.size();
            if (!part.contains("Content-ID: <" + contentId + ">"))
                continue;
            qsizetype body = part.indexOf("\r\n\r\n");
            qsizetype skip = 4;
            if (body < 0) {
                body = part.indexOf("\n\n");
                skip = 2;
            }
            QByteArray out = part.mid(body + skip);
            while (out.endsWith('\n') || out.endsWith('\r'))
                out.chop(1);
            return out;
        }
        return {};
    }
};

TEST_F(OfficialExamplesTest, Td21RequestVihfIsUnsignedAndPassesOnceSigned)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray root = requestPart("rootpart@soapui.org");
    if (root.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent (TD2.1 request)";
    ASSERT_TRUE(root.startsWith("<soap:Envelope")) << root.left(80).toStdString();
    auto unsignedResult = VihfVerifier::verify(root, vihfOptions());
    ASSERT_FALSE(unsignedResult.has_value());
    EXPECT_EQ(unsignedResult.error().code, QStringLiteral("dmp.vihf_malformed"));  // « assertion non signée »
    auto resigned = sgl::test::resignVihf(root, key("org"));
    ASSERT_TRUE(resigned.has_value()) << resigned.error().toString().toStdString();
    auto v = VihfVerifier::verify(*resigned, vihfOptions());
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_EQ(v->authenticationModeAttribute, QStringLiteral("Authentification_mode"));
    EXPECT_EQ(v->authenticationMode, QStringLiteral("DIRECTE"));
    EXPECT_EQ(v->patientIns, QStringLiteral("207058575627097"));
    EXPECT_EQ(v->roles, (QStringList{QStringLiteral("10^1.2.250.1.71.1.2.7"), QStringLiteral("SM26^1.2.250.1.71.4.2.5")}));
    EXPECT_TRUE(resigned->contains("ProvideAndRegisterDocumentSetRequest"));
}

TEST_F(OfficialExamplesTest, CnamTokensPassOnceResigned)
{
    ASSERT_TRUE(pkiOk);
    const std::pair<const char *, const char *> tokens[] = {
        {"VIHF_INDIRECTE_signe.xml", "INDIRECTE"},
        {"VIHF_INDIRECTE_RENFORCEE_signe.xml", "INDIRECTE_RENFORCEE"},
        {"VIHF_DIRECTE_signe.xml", "DIRECTE"},
    };
    for (const auto &[file, mode] : tokens) {
        QByteArray token = shared((QByteArray("dmp-exemples-messages-v02.05.00/vihf/") + file).constData());
        if (token.isEmpty())
            GTEST_SKIP() << "shared/dmp-mss-material absent";
        if (QString::fromUtf8(token).toUtf8() != token)
            token = QString::fromLatin1(token).toUtf8();  // the DIRECTE files are ISO-8859-1 without declaration
        auto resigned = sgl::test::resignVihf(token, key("org"));
        ASSERT_TRUE(resigned.has_value()) << file << ": " << resigned.error().toString().toStdString();
        auto v = VihfVerifier::verify(*resigned, vihfOptions());
        ASSERT_TRUE(v.has_value()) << file << ": " << v.error().toString().toStdString();
        EXPECT_EQ(v->authenticationMode, QString::fromLatin1(mode)) << file;
        EXPECT_EQ(v->patientIns, QStringLiteral("207058575627097")) << file;
    }
}

TEST_F(OfficialExamplesTest, AnsAutomateExampleUsesTheOtherSpelling)
{
    ASSERT_TRUE(pkiOk);
    QByteArray token = shared("ans-ig-extracts/VIHF_automate_exemple_ANS_mapping.md.xml");
    if (token.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent";
    // Its placeholders: the INS "XXXXXXX" would be refused; give it a valid test INS.
    token.replace("XXXXXXX^^^", Ins.toLatin1() + "^^^");
    auto resigned = sgl::test::resignVihf(token, key("org"));
    ASSERT_TRUE(resigned.has_value()) << resigned.error().toString().toStdString();
    auto v = VihfVerifier::verify(*resigned, vihfOptions());
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_EQ(v->authenticationModeAttribute, QStringLiteral("Authentification_Mode"));
    EXPECT_EQ(v->roles, QStringList{QStringLiteral("AUTOMATE^1.2.250.1.213.1.1.4.6")});
}

TEST_F(OfficialExamplesTest, Td21XadesPassesOnceResigned)
{
    ASSERT_TRUE(pkiOk);
    const QByteArray xades = requestPart("WS_DMP_TD2.1-SignatureXades.xml");
    const QByteArray document = requestPart("WS_DMP_TD2.1-DocumentME2.xml");
    if (xades.isEmpty() || document.isEmpty())
        GTEST_SKIP() << "shared/dmp-mss-material absent (TD2.1 request)";
    const QString uniqueId = QStringLiteral("1.2.250.1.999.1.1.7898.4.9956570902");
    auto resigned = sgl::test::resignXades(xades, {{uniqueId, document}}, key("org"));
    ASSERT_TRUE(resigned.has_value()) << resigned.error().toString().toStdString();
    XadesVerifierOptions o;
    o.trustedCaPem = {readFile(pki("ca.pem"))};
    const QList<SignedDocumentRef> docs{{uniqueId, document}};
    auto v = XadesVerifier::verify(*resigned, docs, o);
    ASSERT_TRUE(v.has_value()) << v.error().toString().toStdString();
    EXPECT_EQ(v->signatureId, QStringLiteral("0421d1cc-b27b-4b0d-bab2-7ebcd54d47f6"));
    EXPECT_EQ(v->submissionSetUniqueId, QStringLiteral("1.2.250.1.999.1.1.7898.3.9956570900"));
    EXPECT_EQ(v->purposeOfSignature, QStringLiteral("1.2.840.10065.1.12.1.14"));  // in SignatureProperties xmlns=""
    EXPECT_EQ(v->signatureMethod, QLatin1StringView(xml::xmldsig::RsaSha1));
    // Re-signed over another document: the received one no longer matches.
    auto other = sgl::test::resignXades(xades, {{uniqueId, QByteArray("<autre/>")}}, key("org"));
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(XadesVerifier::verify(*other, docs, o).error().code, QStringLiteral("dmp.xades_digest_mismatch"));
    // The untouched example: sound, but from a CA we do not trust.
    EXPECT_EQ(XadesVerifier::verify(xades, docs, o).error().code, QStringLiteral("xml.certificate_untrusted"));
    o.allowSha1 = false;
    EXPECT_EQ(XadesVerifier::verify(*resigned, docs, o).error().code, QStringLiteral("xml.signature_unsupported_algorithm"));
}

} // namespace
