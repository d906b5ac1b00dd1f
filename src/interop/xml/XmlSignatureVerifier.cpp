#include "interop/xml/XmlSignatureVerifier.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlCanonicalizer.h"
#include "interop/xml/XmlCertificates.h"
#include "interop/xml/XmlSecLibrary.h"

#include <libxml/tree.h>
#include <libxml/valid.h>
#include <xmlsec/app.h>
#include <xmlsec/crypto.h>
#include <xmlsec/list.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace sgl::interop::xml {

namespace {

const QByteArray DsigNs = xmldsig::Namespace;

bool isDsig(xmlNodePtr n, const char *local)
{
    return n != nullptr && n->type == XML_ELEMENT_NODE && n->ns != nullptr
        && DsigNs == reinterpret_cast<const char *>(n->ns->href) && qstrcmp(reinterpret_cast<const char *>(n->name), local) == 0;
}

xmlNodePtr child(xmlNodePtr parent, const char *local)
{
    if (parent == nullptr)
        return nullptr;
    for (xmlNodePtr c = parent->children; c != nullptr; c = c->next)
        if (isDsig(c, local))
            return c;
    return nullptr;
}

QList<xmlNodePtr> children(xmlNodePtr parent, const char *local)
{
    QList<xmlNodePtr> out;
    if (parent != nullptr)
        for (xmlNodePtr c = parent->children; c != nullptr; c = c->next)
            if (isDsig(c, local))
                out.append(c);
    return out;
}

QString attr(xmlNodePtr n, const char *name)
{
    if (n == nullptr)
        return {};
    xmlChar *v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar *>(name));
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

QString text(xmlNodePtr n)
{
    if (n == nullptr)
        return {};
    xmlChar *v = xmlNodeGetContent(n);
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

QByteArray base64(xmlNodePtr n)
{
    return QByteArray::fromBase64(text(n).toLatin1(), QByteArray::Base64Encoding);
}

std::unexpected<domain::Error> malformed(const QString &what, const QString &where)
{
    return domain::fail(errc::SignatureMalformed, Tr::tr("Signature XML mal formée : %1").arg(what), where);
}

std::unexpected<domain::Error> unsupported(const QString &algorithm)
{
    return domain::fail(errc::SignatureUnsupportedAlgorithm, Tr::tr("Algorithme de signature non accepté : %1").arg(algorithm),
                        algorithm);
}

bool digestAccepted(const QString &uri, bool sha1)
{
    return uri == QLatin1StringView(xmldsig::Sha256) || (sha1 && uri == QLatin1StringView(xmldsig::Sha1));
}

domain::Result<XmlSignatureReference> readReference(xmlDocPtr doc, xmlNodePtr ref, const XmlVerifyOptions &options,
                                                    bool sameDocument)
{
    XmlSignatureReference out;
    out.uri = attr(ref, "URI");
    out.type = attr(ref, "Type");
    for (xmlNodePtr t : children(child(ref, "Transforms"), "Transform")) {
        const QString algorithm = attr(t, "Algorithm");
        if (algorithm != QLatin1StringView(xmldsig::Enveloped) && !XmlCanonicalizer::modeFor(algorithm))
            return unsupported(algorithm);
        out.transforms.append(algorithm);
    }
    xmlNodePtr digestMethod = child(ref, "DigestMethod");
    xmlNodePtr digestValue = child(ref, "DigestValue");
    if (digestMethod == nullptr || digestValue == nullptr)
        return malformed(Tr::tr("référence « %1 » sans DigestMethod ou DigestValue.").arg(out.uri), out.uri);
    out.digestMethod = attr(digestMethod, "Algorithm");
    if (!digestAccepted(out.digestMethod, options.allowSha1))
        return unsupported(out.digestMethod);
    out.digestValue = base64(digestValue);
    if (!sameDocument)
        return out;
    if (out.uri.isEmpty())
        out.element = XmlNodeHandles::wrap(xmlDocGetRootElement(doc));
    else if (out.uri.startsWith(QLatin1Char('#')) && out.uri.size() > 1) {
        const QByteArray id = out.uri.mid(1).toUtf8();
        xmlAttrPtr a = xmlGetID(doc, reinterpret_cast<const xmlChar *>(id.constData()));
        if (a == nullptr || a->parent == nullptr)
            return domain::fail(errc::SignatureReferenceUnresolved,
                                Tr::tr("Signature XML : la référence « %1 » ne désigne aucun élément du document.").arg(out.uri),
                                out.uri);
        out.element = XmlNodeHandles::wrap(a->parent);
    } else
        return domain::fail(errc::SignatureReferenceUnresolved,
                            Tr::tr("Signature XML : la référence « %1 » ne désigne aucun élément du document.").arg(out.uri),
                            out.uri);
    return out;
}

void collectSignatures(xmlNodePtr node, QList<xmlNodePtr> &out)
{
    for (xmlNodePtr n = node; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (isDsig(n, "Signature"))
            out.append(n);
        collectSignatures(n->children, out);
    }
}

} // namespace

domain::Result<QList<XmlSignatureInfo>> XmlSignatureVerifier::verifyAll(const XmlDocument &doc, const XmlVerifyOptions &options)
{
    QList<xmlNodePtr> signatures;
    if (doc.raw() != nullptr)
        collectSignatures(xmlDocGetRootElement(doc.raw()), signatures);
    if (signatures.isEmpty())
        return domain::fail(errc::SignatureMissing, Tr::tr("Aucune signature XML (ds:Signature) dans le document."), doc.sourceName());
    QList<XmlSignatureInfo> out;
    for (xmlNodePtr s : signatures) {
        auto info = verify(doc, XmlNodeHandles::wrap(s), options);
        if (!info)
            return std::unexpected(info.error());
        out.append(*info);
    }
    return out;
}

domain::Result<XmlSignatureInfo> XmlSignatureVerifier::verify(const XmlDocument &doc, XmlNode signature,
                                                              const XmlVerifyOptions &options)
{
    ensureXmlSecInitialised();
    xmlNodePtr sig = signature.raw();
    const ScopedLibxmlSilence silence;
    xmlDocPtr raw = doc.raw();
    if (raw == nullptr || sig == nullptr || sig->doc != raw || !isDsig(sig, "Signature"))
        return domain::fail(errc::SignatureMissing, Tr::tr("Aucune signature XML (ds:Signature) dans le document."), doc.sourceName());
    const QString where = signature.path();
    auto ids = registerIds(raw, options.idAttributes);
    if (!ids)
        return std::unexpected(ids.error());

    XmlSignatureInfo info;
    info.signature = signature;
    info.signatureId = attr(sig, "Id");
    xmlNodePtr signedInfo = child(sig, "SignedInfo");
    if (signedInfo == nullptr || child(sig, "SignatureValue") == nullptr)
        return malformed(Tr::tr("élément SignedInfo ou SignatureValue absent."), where);
    info.canonicalizationMethod = attr(child(signedInfo, "CanonicalizationMethod"), "Algorithm");
    info.signatureMethod = attr(child(signedInfo, "SignatureMethod"), "Algorithm");
    if (!XmlCanonicalizer::modeFor(info.canonicalizationMethod))
        return unsupported(info.canonicalizationMethod);
    if (info.signatureMethod != QLatin1StringView(xmldsig::RsaSha256)
        && !(options.allowSha1 && info.signatureMethod == QLatin1StringView(xmldsig::RsaSha1)))
        return unsupported(info.signatureMethod);
    const QList<xmlNodePtr> refs = children(signedInfo, "Reference");
    if (refs.isEmpty())
        return malformed(Tr::tr("SignedInfo sans référence."), where);
    for (xmlNodePtr r : refs) {
        auto ref = readReference(raw, r, options, true);
        if (!ref)
            return std::unexpected(ref.error());
        info.references.append(*ref);
    }
    // Only a Manifest that a SignedInfo reference covers counts: another ds:Manifest slipped into
    // the signature would be unsigned.
    QList<xmlNodePtr> manifests;
    for (const XmlSignatureReference &r : std::as_const(info.references))
        if (isDsig(r.element.raw(), "Manifest") && !manifests.contains(r.element.raw()))
            manifests.append(r.element.raw());
    for (xmlNodePtr manifest : manifests)
        for (xmlNodePtr r : children(manifest, "Reference")) {
            auto ref = readReference(raw, r, options, false);
            if (!ref)
                return std::unexpected(ref.error());
            info.manifestReferences.append(*ref);
        }

    const QList<xmlNodePtr> certs = children(child(child(sig, "KeyInfo"), "X509Data"), "X509Certificate");
    if (certs.isEmpty())
        return malformed(Tr::tr("aucun certificat X.509 dans KeyInfo."), where);
    const QByteArray der = base64(certs.first());
    auto signer = certificates::describeDer(der);
    if (!signer)
        return std::unexpected(signer.error());
    info.signer = *signer;

    // The key is the KeyInfo certificate's, given to xmlsec directly: no keys manager, so xmlsec
    // neither looks keys up by name nor validates the chain (done below with OpenSSL, whose
    // errors tell expiry from distrust).
    xmlSecKeyPtr key = xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte *>(der.constData()),
                                                    static_cast<xmlSecSize>(der.size()), xmlSecKeyDataFormatCertDer, nullptr,
                                                    nullptr, nullptr);
    if (key == nullptr)
        return malformed(Tr::tr("clé publique du certificat illisible (%1).").arg(takeXmlSecErrors()), where);
    xmlSecDSigCtxPtr ctx = xmlSecDSigCtxCreate(nullptr);
    if (ctx == nullptr) {
        xmlSecKeyDestroy(key);
        return malformed(takeXmlSecErrors(), where);
    }
    ctx->signKey = key;
    ctx->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty | xmlSecTransformUriTypeSameDocument);
    ctx->flags |= XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS | XMLSEC_DSIG_FLAGS_STORE_SIGNEDINFO_REFERENCES;
    const int rc = xmlSecDSigCtxVerify(ctx, sig);
    const bool succeeded = rc >= 0 && ctx->status == xmlSecDSigStatusSucceeded;
    QString failedReference;
    if (rc >= 0 && !succeeded) {
        const xmlSecSize n = xmlSecPtrListGetSize(&ctx->signedInfoReferences);
        for (xmlSecSize i = 0; i < n && failedReference.isNull(); ++i) {
            auto *r = static_cast<xmlSecDSigReferenceCtxPtr>(xmlSecPtrListGetItem(&ctx->signedInfoReferences, i));
            if (r != nullptr && r->status != xmlSecDSigStatusSucceeded)
                failedReference = QString::fromUtf8(reinterpret_cast<const char *>(r->uri != nullptr ? r->uri : BAD_CAST ""));
        }
    }
    xmlSecDSigCtxDestroy(ctx);
    const QString detail = takeXmlSecErrors();
    if (rc < 0)
        return malformed(detail.isEmpty() ? Tr::tr("refusée par xmlsec.") : detail, where);
    if (!failedReference.isNull())
        return domain::fail(errc::SignatureDigestMismatch,
                            Tr::tr("Signature XML : l'empreinte de la référence « %1 » ne correspond pas (contenu modifié).")
                                .arg(failedReference),
                            failedReference);
    if (!succeeded)
        return domain::fail(errc::SignatureInvalid,
                            Tr::tr("Signature XML invalide : la valeur de signature ne correspond pas (SignedInfo modifié ou mauvaise clé)."),
                            where);

    QList<QByteArray> intermediates;
    for (qsizetype i = 1; i < certs.size(); ++i)
        intermediates.append(base64(certs.at(i)));
    auto trusted = certificates::verifyChain(der, intermediates, options.trustedCaPem, options.at);
    if (!trusted)
        return std::unexpected(trusted.error());
    return info;
}

} // namespace sgl::interop::xml
