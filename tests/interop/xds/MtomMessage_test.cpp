#include "interop/xds/ErrorCodes.h"
#include "interop/xds/MtomMessage.h"

#include <QFile>

#include <gtest/gtest.h>

using sgl::interop::xds::MtomMessage;
using sgl::interop::xds::MtomPart;
namespace errc = sgl::interop::xds::errc;

namespace {

const QString kDrimbox = QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/drimbox/XDS/publication.xml");

MtomMessage sample()
{
    MtomMessage m;
    m.rootXml = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>"
                "<xop:Include xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" href=\"cid:doc1%40sgl\"/>"
                "</s:Body></s:Envelope>";
    m.attachments.append(MtomPart{"doc1@sgl", "text/xml", "<ClinicalDocument>é</ClinicalDocument>"});
    // Binary bytes with CRLF, NUL and a fake delimiter prefix must come back untouched.
    QByteArray binary("\x00\x01\r\n--\r\n\xff", 9);
    m.attachments.append(MtomPart{"sig@sgl", "application/octet-stream", binary});
    return m;
}

std::string codeOf(const QByteArray &contentType, const QByteArray &body)
{
    auto parsed = MtomMessage::parse(contentType, body);
    return parsed ? std::string("ok") : parsed.error().code.toStdString();
}

const QByteArray kType = "multipart/related; type=\"application/xop+xml\"; boundary=\"b1\"; start=\"<r>\"";

} // namespace

TEST(MtomMessage, RoundTripKeepsEveryByte)
{
    const MtomMessage m = sample();
    QByteArray contentType;
    const QByteArray body = m.serialize(&contentType, "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b");
    EXPECT_TRUE(contentType.startsWith("multipart/related; type=\"application/xop+xml\"; boundary=\"uuid:"));
    EXPECT_TRUE(contentType.contains("action=\"urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b\""));
    EXPECT_TRUE(body.contains("Content-ID: <root.message@sgl>\r\n"));

    auto parsed = MtomMessage::parse(contentType, body);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->rootXml, m.rootXml);
    EXPECT_EQ(parsed->rootContentType, "application/soap+xml");
    ASSERT_EQ(parsed->attachments.size(), 2);
    EXPECT_EQ(parsed->attachments.at(0).body, m.attachments.at(0).body);
    EXPECT_EQ(parsed->attachments.at(1).body, m.attachments.at(1).body);
    EXPECT_EQ(parsed->attachments.at(1).contentType, "application/octet-stream");
}

TEST(MtomMessage, FindsAttachmentsByCidUrl)
{
    QByteArray contentType;
    const QByteArray body = sample().serialize(&contentType, {});
    auto parsed = MtomMessage::parse(contentType, body);
    ASSERT_TRUE(parsed);
    // RFC 2392: a cid: URL is %-encoded; a bare id or one in angle brackets is accepted too.
    ASSERT_NE(parsed->attachment("cid:doc1%40sgl"), nullptr);
    EXPECT_EQ(parsed->attachment("<doc1@sgl>")->contentType, "text/xml");
    EXPECT_NE(parsed->attachment("sig@sgl"), nullptr);
    EXPECT_EQ(parsed->attachment("cid:absent@sgl"), nullptr);
}

TEST(MtomMessage, PlainSoapHasNoAttachment)
{
    auto parsed = MtomMessage::parse("application/soap+xml; charset=UTF-8; action=\"urn:x\"", "<Envelope/>");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->rootXml, "<Envelope/>");
    EXPECT_TRUE(parsed->attachments.isEmpty());
}

TEST(MtomMessage, AcceptsBareLineFeedsFoldedHeadersAndBase64)
{
    const QByteArray body = "preamble\n--b1\ncontent-type: application/xop+xml;\n type=\"application/soap+xml\"\n"
                            "Content-ID: <r>\n\n<Envelope/>\n--b1\nContent-Type: text/xml\n"
                            "Content-Transfer-Encoding: BASE64\nContent-ID: <d>\n\nPERvYy8+\n--b1--\nepilogue";
    auto parsed = MtomMessage::parse(kType, body);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->rootXml, "<Envelope/>");
    EXPECT_EQ(parsed->rootContentType, "application/soap+xml");
    ASSERT_EQ(parsed->attachments.size(), 1);
    EXPECT_EQ(parsed->attachments.at(0).body, "<Doc/>");
}

TEST(MtomMessage, RootIsTheStartPartWhereverItIs)
{
    const QByteArray body = "--b1\r\nContent-ID: <d>\r\n\r\nDOC\r\n--b1\r\nContent-ID: <r>\r\n\r\n<E/>\r\n--b1--";
    auto parsed = MtomMessage::parse(kType, body);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->rootXml, "<E/>");
    ASSERT_EQ(parsed->attachments.size(), 1);
    EXPECT_EQ(parsed->attachments.at(0).body, "DOC");
}

TEST(MtomMessage, RefusesBrokenPackagesWithTheirReason)
{
    const QByteArray part = "--b1\r\nContent-ID: <r>\r\n\r\n<E/>\r\n";
    EXPECT_EQ(codeOf("application/json", "{}"), errc::MtomContentType.data());
    EXPECT_EQ(codeOf("multipart/related; type=\"application/xop+xml\"", part + "--b1--"),
              errc::MtomContentType.data());
    EXPECT_EQ(codeOf(kType, "no delimiter at all"), errc::MtomStructure.data());
    EXPECT_EQ(codeOf(kType, part), errc::MtomStructure.data()) << "truncated: no closing delimiter";
    EXPECT_EQ(codeOf(kType, "--b1\r\nContent-ID: <r>"), errc::MtomStructure.data());
    EXPECT_EQ(codeOf(kType, part + "--b1\r\nContent-ID: <r>\r\n\r\nX\r\n--b1--"), errc::MtomStructure.data())
        << "duplicate Content-ID";
    EXPECT_EQ(codeOf("multipart/related; boundary=b1; start=\"<nowhere>\"", part + "--b1--"),
              errc::MtomStructure.data());
    EXPECT_EQ(codeOf(kType, part + "--b1\r\nnot a header\r\n\r\nX\r\n--b1--"), errc::MtomStructure.data());
    EXPECT_EQ(codeOf(kType, part + "--b1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nX\r\n--b1--"),
              errc::MtomEncoding.data());
    EXPECT_EQ(codeOf(kType, part + "--b1\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@\r\n--b1--"),
              errc::MtomEncoding.data());
    EXPECT_EQ(codeOf(kType, part + "--b1--"), "ok") << "the well-formed control case";
}

TEST(MtomMessage, RefusesTooManyParts)
{
    QByteArray body = "--b1\r\nContent-ID: <r>\r\n\r\n<E/>\r\n";
    for (int i = 0; i < MtomMessage::maxParts + 1; ++i)
        body += "--b1\r\nContent-ID: <p" + QByteArray::number(i) + ">\r\n\r\nx\r\n";
    body += "--b1--";
    EXPECT_EQ(codeOf(kType, body), errc::MtomStructure.data());
}

TEST(MtomMessage, ReadsTheDrimboxPublicationCapture)
{
    QFile file(kDrimbox);
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "shared DMP material absent: " << kDrimbox.toStdString();
    // A capture accepted by the DMP test platform, re-indented by its authors: indented headers,
    // bare LF, a BASE64 part. The XOP references are cid:0.2 (the KOS) and cid:0.3 (the signature).
    auto parsed = MtomMessage::parse("multipart/related; boundary=MIMEBoundary_Bound; start=\"<0.1>\"", file.readAll());
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_TRUE(parsed->rootXml.contains("ProvideAndRegisterDocumentSetRequest"));
    ASSERT_NE(parsed->attachment("cid:0.3"), nullptr);
    EXPECT_TRUE(parsed->attachment("cid:0.3")->body.contains("Signature"));
    ASSERT_NE(parsed->attachment("cid:0.2"), nullptr);
    EXPECT_FALSE(parsed->attachment("cid:0.2")->body.isEmpty());
}
