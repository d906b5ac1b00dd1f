#pragma once

// Re-signs the official DMP examples (shared/dmp-mss-material) with a key of the test PKI, so that a
// verifier trusting only the test CA can be shown to accept them "unchanged apart from what is
// signed by a certificate it does not trust" (issue 13, item 3). Header-only; the test linking it
// links sgl_interop_xml. Test tooling: it edits known example bytes with regular expressions, which
// product code never does.
//
// What the examples need (see docs/interfaces/dmp.md, « Ce que donnent les exemples officiels »):
// - the VIHF of TD2.1_Alimentation_requete.xml is not signed at all, the CNAM tokens are signed by
//   other CAs and their digests do not match: resignVihf() sets Issuer to the test certificate's
//   subject, drops the old signature and signs like SignedDmpSecurity (sha256);
// - the Manifest digest of TD2.1-SignatureXades.xml does not match the document shipped with it:
//   resignXades() recomputes each document digest with the reference's own transforms and digest
//   method, replaces SigningCertificate with the test certificate, and re-signs with the
//   template's own algorithms (sha1 for the example).

#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSigner.h"
#include "interop/xml/XmlSigningKey.h"

#include <QCryptographicHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace sgl::test {

inline QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

/** xml: any XML holding one SAML 2.0 Assertion (a SOAP envelope, wsse:Security, the assertion). */
inline domain::Result<QByteArray> resignVihf(QByteArray xml, const interop::xml::XmlSigningKey &key)
{
    auto cert = key.certificate();
    if (!cert)
        return std::unexpected(cert.error());
    static const QRegularExpression issuer(QStringLiteral("(<(?:\\w+:)?Issuer\\b[^>]*>)[^<]*(</(?:\\w+:)?Issuer>)"));
    static const QRegularExpression signature(QStringLiteral("<(\\w+:)?Signature\\b[^>]*>.*?</\\1?Signature>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression id(QStringLiteral("<(?:\\w+:)?Assertion\\b[^>]*\\sID=\"([^\"]+)\""));
    QString text = QString::fromUtf8(xml);
    text.replace(signature, QString());
    const auto issuerMatch = issuer.match(text);
    const auto idMatch = id.match(text);
    if (!issuerMatch.hasMatch() || !idMatch.hasMatch())
        return domain::fail(QStringLiteral("test.resign"), QStringLiteral("no Assertion/Issuer in the example"));
    text.replace(issuerMatch.capturedStart(), issuerMatch.capturedLength(),
                 issuerMatch.captured(1) + cert->subject.toHtmlEscaped() + issuerMatch.captured(2));
    const QString saml = QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion");
    interop::xml::XmlEnvelopedSignatureSpec spec{{saml, QStringLiteral("Assertion"), QStringLiteral("ID")},
                                                 idMatch.captured(1),
                                                 saml,
                                                 QStringLiteral("Issuer"),
                                                 QStringLiteral("ds saml #default xsi"),
                                                 interop::xml::XmlDigestAlgorithm::Sha256};
    return interop::xml::XmlSigner::signEnveloped(text.toUtf8(), key, spec);
}

/** documents: (uniqueId, bytes) of the submission; the Manifest references urn:oid:<uniqueId>. */
inline domain::Result<QByteArray> resignXades(const QByteArray &xades, const QList<QPair<QString, QByteArray>> &documents,
                                              const interop::xml::XmlSigningKey &key)
{
    namespace xml = interop::xml;
    auto cert = key.certificate();
    if (!cert)
        return std::unexpected(cert.error());
    auto doc = xml::XmlDocument::parse(xades);
    if (!doc)
        return std::unexpected(doc.error());
    const xml::XmlNamespaces ns{{QStringLiteral("ds"), QString::fromLatin1(xml::xmldsig::Namespace)}};
    QString text = QString::fromUtf8(xades);
    for (const auto &[uniqueId, bytes] : documents) {
        const QString ref = QStringLiteral("//ds:Manifest/ds:Reference[@URI='urn:oid:%1']").arg(uniqueId);
        auto node = doc->selectFirst(ref, ns);
        if (!node || node->isNull())
            return domain::fail(QStringLiteral("test.resign"), QStringLiteral("no Manifest reference for ") + uniqueId);
        QStringList transforms;
        for (const xml::XmlNode &t : doc->select(ref + QStringLiteral("/ds:Transforms/ds:Transform"), ns).value_or(QList<xml::XmlNode>()))
            transforms.append(t.attribute(QStringLiteral("Algorithm")));
        const QString method = doc->evaluateString(QStringLiteral("string(%1/ds:DigestMethod/@Algorithm)").arg(ref), ns).value_or(QString());
        const QString old = doc->evaluateString(QStringLiteral("string(%1/ds:DigestValue)").arg(ref), ns).value_or(QString());
        auto digest = xml::XmlCanonicalizer::referenceDigest(bytes, transforms, method, true);
        if (!digest)
            return std::unexpected(digest.error());
        text.replace(QStringLiteral(">%1<").arg(old), QStringLiteral(">%1<").arg(QString::fromLatin1(digest->toBase64())));
    }
    // SigningCertificate: the test certificate only (sha1, as the example's CertDigest).
    static const QRegularExpression signingCertificate(QStringLiteral("(<SigningCertificate>).*?(</SigningCertificate>)"),
                                                       QRegularExpression::DotMatchesEverythingOption);
    const QString ds = QString::fromLatin1(xml::xmldsig::Namespace);
    const QString ourCert =
        QStringLiteral("<Cert><CertDigest><DigestMethod Algorithm=\"%1\"/><DigestValue>%2</DigestValue></CertDigest><IssuerSerial>"
                       "<X509IssuerName xmlns=\"%3\">%4</X509IssuerName><X509SerialNumber xmlns=\"%3\">%5</X509SerialNumber>"
                       "</IssuerSerial></Cert>")
            .arg(QString::fromLatin1(xml::xmldsig::Sha1),
                 QString::fromLatin1(QCryptographicHash::hash(cert->der, QCryptographicHash::Sha1).toBase64()), ds,
                 cert->issuer.toHtmlEscaped(), cert->serialDecimal);
    text.replace(signingCertificate, QStringLiteral("\\1") + ourCert + QStringLiteral("\\2"));
    // Back to a template: empty SignedInfo digests, SignatureValue and certificate.
    static const QRegularExpression signedInfo(QStringLiteral("<SignedInfo>.*?</SignedInfo>"), QRegularExpression::DotMatchesEverythingOption);
    const auto si = signedInfo.match(text);
    if (!si.hasMatch())
        return domain::fail(QStringLiteral("test.resign"), QStringLiteral("no SignedInfo"));
    QString emptied = si.captured(0);
    emptied.replace(QRegularExpression(QStringLiteral("<DigestValue>[^<]*</DigestValue>")), QStringLiteral("<DigestValue/>"));
    text.replace(si.capturedStart(), si.capturedLength(), emptied);
    text.replace(QRegularExpression(QStringLiteral("<SignatureValue>[^<]*</SignatureValue>")), QStringLiteral("<SignatureValue/>"));
    text.replace(QRegularExpression(QStringLiteral("<X509Certificate>[^<]*</X509Certificate>")), QStringLiteral("<X509Certificate/>"));
    const QList<xml::XmlIdAttribute> ids{{ds, QStringLiteral("Manifest"), QStringLiteral("Id")},
                                         {QStringLiteral("http://uri.etsi.org/01903/v1.1.1#"), QStringLiteral("SignedProperties"),
                                          QStringLiteral("Id")}};
    return xml::XmlSigner::signTemplates(text.toUtf8(), key, ids);
}

} // namespace sgl::test
