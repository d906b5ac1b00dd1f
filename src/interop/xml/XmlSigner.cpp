#include "interop/xml/XmlSigner.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSecLibrary.h"

#include <QCryptographicHash>
#include <QHash>

#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlsave.h>
#include <xmlsec/app.h>
#include <xmlsec/keys.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <openssl/evp.h>

#include <functional>
#include <mutex>

namespace sgl::interop::xml {

namespace {

const xmlChar *xc(const char *s)
{
    return reinterpret_cast<const xmlChar *>(s);
}

domain::Result<xmlSecKeyPtr> parseKey(const XmlSigningKey &key)
{
    auto checked = key.check();
    if (!checked)
        return std::unexpected(checked.error());
    const char *password = key.password.isEmpty() ? nullptr : key.password.constData();
    xmlSecKeyPtr k = xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte *>(key.privateKeyPem.constData()),
                                                  static_cast<xmlSecSize>(key.privateKeyPem.size()), xmlSecKeyDataFormatPem,
                                                  password, nullptr, nullptr);
    if (k == nullptr
        || xmlSecCryptoAppKeyCertLoadMemory(k, reinterpret_cast<const xmlSecByte *>(key.certificatePem.constData()),
                                            static_cast<xmlSecSize>(key.certificatePem.size()), xmlSecKeyDataFormatPem)
               < 0) {
        if (k != nullptr)
            xmlSecKeyDestroy(k);
        const QString detail = takeXmlSecErrors();
        return domain::fail(errc::SigningKey, Tr::tr("Clé ou certificat de signature inutilisable par xmlsec : %1").arg(detail), {});
    }
    return k;
}

/**
 * Keys already parsed, by digest of (key, certificate, password). A lab signs every document
 * with the same organisation key: parsing its PEM (and checking it against the certificate) at
 * each signature was half of the signing time (bench_dmp, BM_SignOnly). Each signature gets its
 * own copy (xmlSecKeyDuplicate: the signing context owns and frees its key). Bounded: a process
 * uses one or two keys; past kMaxKeys the cache is emptied. Guarded: signers run on several threads.
 */
class KeyCache {
public:
    domain::Result<xmlSecKeyPtr> copyOf(const XmlSigningKey &key)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(key.privateKeyPem);
        h.addData(QByteArrayView("\0", 1));
        h.addData(key.certificatePem);
        h.addData(QByteArrayView("\0", 1));
        h.addData(key.password);
        const QByteArray id = h.result();
        std::lock_guard lock(m_mutex);
        auto it = m_keys.find(id);
        if (it == m_keys.end()) {
            auto parsed = parseKey(key);
            if (!parsed)
                return parsed;
            if (m_keys.size() >= kMaxKeys)
                clear();
            it = m_keys.insert(id, *parsed);
        }
        xmlSecKeyPtr copy = xmlSecKeyDuplicate(it.value());
        if (copy == nullptr)
            return domain::fail(errc::SigningKey,
                                Tr::tr("Clé ou certificat de signature inutilisable par xmlsec : %1").arg(takeXmlSecErrors()), {});
        return copy;
    }

private:
    static constexpr qsizetype kMaxKeys = 8;
    void clear()
    {
        for (xmlSecKeyPtr k : std::as_const(m_keys))
            xmlSecKeyDestroy(k);
        m_keys.clear();
    }
    std::mutex m_mutex;
    QHash<QByteArray, xmlSecKeyPtr> m_keys;
};

domain::Result<xmlSecKeyPtr> loadKey(const XmlSigningKey &key)
{
    // Never destroyed: freeing keys during static destruction could follow OpenSSL's own cleanup.
    static auto *cache = new KeyCache;
    return cache->copyOf(key);
}

/** An xmlsec key over a borrowed EVP_PKEY (a card key through libp11): xmlsec gets its own reference. */
domain::Result<xmlSecKeyPtr> externalKey(const XmlExternalSigningKey &key)
{
    const auto unusable = [] {
        return domain::fail(errc::SigningKey,
                            Tr::tr("Clé ou certificat de signature inutilisable par xmlsec : %1").arg(takeXmlSecErrors()), {});
    };
    if (key.key == nullptr || key.certificatePem.isEmpty() || EVP_PKEY_get_base_id(key.key) != EVP_PKEY_RSA)
        return domain::fail(errc::SigningKey, Tr::tr("Clé de signature externe absente ou non RSA."), {});
    if (EVP_PKEY_up_ref(key.key) != 1)
        return unusable();
    xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(key.key);
    if (data == nullptr) {
        EVP_PKEY_free(key.key);
        return unusable();
    }
    xmlSecKeyPtr k = xmlSecKeyCreate();
    if (k == nullptr || xmlSecKeySetValue(k, data) < 0) {
        xmlSecKeyDataDestroy(data);
        if (k != nullptr)
            xmlSecKeyDestroy(k);
        return unusable();
    }
    if (xmlSecCryptoAppKeyCertLoadMemory(k, reinterpret_cast<const xmlSecByte *>(key.certificatePem.constData()),
                                         static_cast<xmlSecSize>(key.certificatePem.size()), xmlSecKeyDataFormatPem)
        < 0) {
        xmlSecKeyDestroy(k);
        return unusable();
    }
    return k;
}

using KeySource = std::function<domain::Result<xmlSecKeyPtr>()>;

domain::Status signNode(xmlNodePtr signature, const KeySource &source)
{
    const ScopedLibxmlSilence silence;
    auto k = source();
    if (!k)
        return std::unexpected(k.error());
    xmlSecDSigCtxPtr ctx = xmlSecDSigCtxCreate(nullptr);
    if (ctx == nullptr) {
        xmlSecKeyDestroy(*k);
        return domain::fail(errc::SigningFailed, Tr::tr("Échec de la signature XML : %1").arg(takeXmlSecErrors()), {});
    }
    ctx->signKey = *k;  // owned by ctx from here
    // Only this document's elements are signed; Manifest references (urn:oid: of XAdES) are the
    // caller's: xmlsec must neither resolve nor recompute them.
    ctx->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty
                                                                     | xmlSecTransformUriTypeSameDocument);
    ctx->flags |= XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS;
    const int rc = xmlSecDSigCtxSign(ctx, signature);
    xmlSecDSigCtxDestroy(ctx);
    if (rc < 0)
        return domain::fail(errc::SigningFailed, Tr::tr("Échec de la signature XML : %1").arg(takeXmlSecErrors()), {});
    (void)takeXmlSecErrors();
    return {};
}

QByteArray serialise(xmlDocPtr doc)
{
    xmlBufferPtr buffer = xmlBufferCreate();
    xmlSaveCtxtPtr save = xmlSaveToBuffer(buffer, "UTF-8", XML_SAVE_NO_DECL);
    xmlSaveDoc(save, doc);
    xmlSaveClose(save);
    QByteArray out(reinterpret_cast<const char *>(xmlBufferContent(buffer)), static_cast<qsizetype>(xmlBufferLength(buffer)));
    xmlBufferFree(buffer);
    // xmlSaveDoc ends with a newline after the root: not part of the element.
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

bool isElement(xmlNodePtr n, const QByteArray &ns, const QByteArray &local)
{
    if (n->type != XML_ELEMENT_NODE || local != reinterpret_cast<const char *>(n->name))
        return false;
    const QByteArray href = n->ns != nullptr ? QByteArray(reinterpret_cast<const char *>(n->ns->href)) : QByteArray();
    return href == ns;
}

void collectTemplates(xmlNodePtr node, QList<xmlNodePtr> &out)
{
    for (xmlNodePtr n = node; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (isElement(n, xmldsig::Namespace, "Signature")) {
            xmlNodePtr value = xmlSecFindChild(n, xc("SignatureValue"), xc(xmldsig::Namespace));
            if (value != nullptr) {
                xmlChar *content = xmlNodeGetContent(value);
                const bool empty = content == nullptr || QByteArray(reinterpret_cast<const char *>(content)).trimmed().isEmpty();
                xmlFree(content);
                if (empty)
                    out.append(n);
            }
            continue;
        }
        collectTemplates(n->children, out);
    }
}

/** raw: the parsed document (XmlDocument::raw is reachable only from XmlSigner's members). */
domain::Result<QByteArray> signEnvelopedWith(xmlDocPtr raw, const KeySource &source,
                                             const XmlEnvelopedSignatureSpec &spec)
{
    auto ids = registerIds(raw, {spec.idAttribute});
    if (!ids)
        return std::unexpected(ids.error());
    const QByteArray id = spec.targetId.toUtf8();
    xmlAttrPtr attr = id.isEmpty() ? nullptr : xmlGetID(raw, xc(id.constData()));
    if (attr == nullptr || attr->parent == nullptr)
        return domain::fail(errc::SignatureReferenceUnresolved,
                            Tr::tr("Signature XML : la référence « %1 » ne désigne aucun élément du document.").arg(spec.targetId),
                            spec.targetId);
    xmlNodePtr target = attr->parent;
    const bool sha1 = spec.digest == XmlDigestAlgorithm::Sha1;
    xmlNodePtr signature = xmlSecTmplSignatureCreate(raw, xmlSecTransformExclC14NId,
                                                     sha1 ? xmlSecTransformRsaSha1Id : xmlSecTransformRsaSha256Id, nullptr);
    const QByteArray uri = "#" + id;
    xmlNodePtr ref = signature == nullptr ? nullptr
                                          : xmlSecTmplSignatureAddReference(signature, sha1 ? xmlSecTransformSha1Id : xmlSecTransformSha256Id,
                                                                            nullptr, xc(uri.constData()), nullptr);
    bool ok = ref != nullptr && xmlSecTmplReferenceAddTransform(ref, xmlSecTransformEnvelopedId) != nullptr;
    xmlNodePtr c14n = ok ? xmlSecTmplReferenceAddTransform(ref, xmlSecTransformExclC14NId) : nullptr;
    ok = c14n != nullptr;
    const QByteArray prefixes = spec.inclusiveNamespaces.toUtf8();
    if (ok && !prefixes.isEmpty())
        ok = xmlSecTmplTransformAddC14NInclNamespaces(c14n, xc(prefixes.constData())) == 0;
    xmlNodePtr keyInfo = ok ? xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr) : nullptr;
    xmlNodePtr x509 = keyInfo != nullptr ? xmlSecTmplKeyInfoAddX509Data(keyInfo) : nullptr;
    ok = x509 != nullptr && xmlSecTmplX509DataAddCertificate(x509) != nullptr;
    if (!ok) {
        if (signature != nullptr)
            xmlFreeNode(signature);
        return domain::fail(errc::SigningFailed, Tr::tr("Échec de la signature XML : %1").arg(takeXmlSecErrors()), {});
    }
    xmlNodePtr after = nullptr;
    if (!spec.insertAfterLocalName.isEmpty())
        for (xmlNodePtr c = target->children; c != nullptr && after == nullptr; c = c->next)
            if (isElement(c, spec.insertAfterNamespace.toUtf8(), spec.insertAfterLocalName.toUtf8()))
                after = c;
    if (!spec.insertAfterLocalName.isEmpty() && after == nullptr) {
        xmlFreeNode(signature);
        return domain::fail(errc::SignatureMalformed,
                            Tr::tr("Signature XML mal formée : élément « %1 » absent de l'élément signé.").arg(spec.insertAfterLocalName),
                            spec.targetId);
    }
    if (after != nullptr)
        xmlAddNextSibling(after, signature);
    else
        xmlAddChild(target, signature);
    auto signedOk = signNode(signature, source);
    if (!signedOk)
        return std::unexpected(signedOk.error());
    return serialise(raw);
}

} // namespace

domain::Result<QByteArray> XmlSigner::signEnveloped(const QByteArray &xml, const XmlSigningKey &key,
                                                    const XmlEnvelopedSignatureSpec &spec)
{
    ensureXmlSecInitialised();
    auto doc = XmlDocument::parse(xml, QStringLiteral("document à signer"));
    if (!doc)
        return std::unexpected(doc.error());
    return signEnvelopedWith(doc->raw(), [&key] { return loadKey(key); }, spec);
}

domain::Result<QByteArray> XmlSigner::signEnveloped(const QByteArray &xml, const XmlExternalSigningKey &key,
                                                    const XmlEnvelopedSignatureSpec &spec)
{
    if (spec.digest != XmlDigestAlgorithm::Sha256)
        return domain::fail(errc::SigningKey, Tr::tr("Une clé externe ne signe qu'en rsa-sha256."), {});
    ensureXmlSecInitialised();
    auto doc = XmlDocument::parse(xml, QStringLiteral("document à signer"));
    if (!doc)
        return std::unexpected(doc.error());
    return signEnvelopedWith(doc->raw(), [&key] { return externalKey(key); }, spec);
}

domain::Result<QByteArray> XmlSigner::signTemplates(const QByteArray &xml, const XmlSigningKey &key,
                                                    const QList<XmlIdAttribute> &ids)
{
    ensureXmlSecInitialised();
    auto doc = XmlDocument::parse(xml, QStringLiteral("document à signer"));
    if (!doc)
        return std::unexpected(doc.error());
    auto registered = registerIds(doc->raw(), ids);
    if (!registered)
        return std::unexpected(registered.error());
    QList<xmlNodePtr> templates;
    collectTemplates(xmlDocGetRootElement(doc->raw()), templates);
    if (templates.isEmpty())
        return domain::fail(errc::SignatureMissing, Tr::tr("Aucun modèle de signature XML (ds:Signature sans valeur) dans le document."),
                            {});
    for (xmlNodePtr t : templates) {
        auto st = signNode(t, [&key] { return loadKey(key); });
        if (!st)
            return std::unexpected(st.error());
    }
    return serialise(doc->raw());
}

} // namespace sgl::interop::xml
