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
#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

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

using KeySource = std::function<domain::Result<xmlSecKeyPtr>()>;

/** preSign: when not null, receives the canonical SignedInfo that was signed (what an external key must sign). */
domain::Status signNode(xmlNodePtr signature, const KeySource &source, QByteArray *preSign = nullptr)
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
    if (preSign != nullptr)
        ctx->flags |= XMLSEC_DSIG_FLAGS_STORE_SIGNATURE;
    const int rc = xmlSecDSigCtxSign(ctx, signature);
    if (rc >= 0 && preSign != nullptr) {
        xmlSecBufferPtr buffer = xmlSecDSigCtxGetPreSignBuffer(ctx);
        if (buffer != nullptr)
            *preSign = QByteArray(reinterpret_cast<const char *>(xmlSecBufferGetData(buffer)),
                                  static_cast<qsizetype>(xmlSecBufferGetSize(buffer)));
    }
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

/** A software RSA key and self-signed certificate made once per process, never used for a real signature. */
domain::Result<const XmlSigningKey *> placeholderKey()
{
    static const XmlSigningKey *made = [] () -> const XmlSigningKey * {
        EVP_PKEY *pkey = EVP_RSA_gen(2048);
        X509 *x = X509_new();
        bool ok = pkey != nullptr && x != nullptr;
        if (ok) {
            ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
            X509_gmtime_adj(X509_getm_notBefore(x), 0);
            X509_gmtime_adj(X509_getm_notAfter(x), 86400L * 3650);
            X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                                       reinterpret_cast<const unsigned char *>("SGL placeholder"), -1, -1, 0);
            X509_set_issuer_name(x, X509_get_subject_name(x));
            ok = X509_set_pubkey(x, pkey) == 1 && X509_sign(x, pkey, EVP_sha256()) > 0;
        }
        XmlSigningKey *key = nullptr;
        BIO *keyBio = BIO_new(BIO_s_mem());
        BIO *certBio = BIO_new(BIO_s_mem());
        if (ok && PEM_write_bio_PrivateKey(keyBio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1
            && PEM_write_bio_X509(certBio, x) == 1) {
            key = new XmlSigningKey;
            char *data = nullptr;
            long len = BIO_get_mem_data(keyBio, &data);
            key->privateKeyPem = QByteArray(data, len);
            len = BIO_get_mem_data(certBio, &data);
            key->certificatePem = QByteArray(data, len);
        }
        BIO_free(keyBio);
        BIO_free(certBio);
        X509_free(x);
        EVP_PKEY_free(pkey);
        return key;
    }();
    if (made == nullptr)
        return domain::fail(errc::SigningFailed, Tr::tr("Échec de la signature XML : %1").arg(QStringLiteral("RSA")), {});
    return made;
}

/** The external key signs the canonical SignedInfo (rsa-sha256); its certificate goes in KeyInfo. */
domain::Status applyExternalSignature(xmlNodePtr signature, const QByteArray &signedInfo, const XmlExternalSigningKey &key)
{
    const auto failed = [](const QString &why) {
        return domain::fail(errc::SigningFailed, Tr::tr("Échec de la signature XML : %1").arg(why), {});
    };
    BIO *bio = BIO_new_mem_buf(key.certificatePem.constData(), static_cast<int>(key.certificatePem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (cert == nullptr || signedInfo.isEmpty()) {
        X509_free(cert);
        return domain::fail(errc::SigningKey, Tr::tr("Certificat de la clé de signature externe illisible."), {});
    }
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(cert, &der);
    const QByteArray certDer(reinterpret_cast<const char *>(der), derLength > 0 ? derLength : 0);
    OPENSSL_free(der);
    QByteArray value;
    size_t length = 0;
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const auto *in = reinterpret_cast<const unsigned char *>(signedInfo.constData());
    const auto inLength = static_cast<size_t>(signedInfo.size());
    bool ok = md != nullptr && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, key.key) == 1
              && EVP_DigestSign(md, nullptr, &length, in, inLength) == 1;
    if (ok) {
        value.resize(static_cast<qsizetype>(length));
        ok = EVP_DigestSign(md, reinterpret_cast<unsigned char *>(value.data()), &length, in, inLength) == 1;
        value.resize(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(md);
    // A key that does not belong to its certificate would give a signature nobody can verify: checked here.
    EVP_MD_CTX *check = EVP_MD_CTX_new();
    const bool matches = ok && check != nullptr
                         && EVP_DigestVerifyInit(check, nullptr, EVP_sha256(), nullptr, X509_get0_pubkey(cert)) == 1
                         && EVP_DigestVerify(check, reinterpret_cast<const unsigned char *>(value.constData()),
                                             static_cast<size_t>(value.size()), in, inLength)
                                == 1;
    EVP_MD_CTX_free(check);
    X509_free(cert);
    ERR_clear_error();
    if (!ok)
        return failed(Tr::tr("la carte n'a pas pu signer (retirée ou session fermée ?)"));
    if (!matches)
        return domain::fail(errc::SigningKey, Tr::tr("La clé de signature externe ne correspond pas à son certificat."), {});
    xmlNodePtr valueNode = xmlSecFindChild(signature, xc("SignatureValue"), xc(xmldsig::Namespace));
    xmlNodePtr keyInfo = xmlSecFindChild(signature, xc("KeyInfo"), xc(xmldsig::Namespace));
    xmlNodePtr x509 = keyInfo != nullptr ? xmlSecFindChild(keyInfo, xc("X509Data"), xc(xmldsig::Namespace)) : nullptr;
    xmlNodePtr certNode = x509 != nullptr ? xmlSecFindChild(x509, xc("X509Certificate"), xc(xmldsig::Namespace)) : nullptr;
    if (valueNode == nullptr || certNode == nullptr)
        return failed(QStringLiteral("SignatureValue/X509Certificate"));
    const QByteArray valueText = value.toBase64();
    const QByteArray certText = certDer.toBase64();
    xmlNodeSetContent(valueNode, xc(valueText.constData()));
    xmlNodeSetContent(certNode, xc(certText.constData()));
    return {};
}

/** raw: the parsed document (XmlDocument::raw is reachable only from XmlSigner's members). */
/** Called after xmlsec signed: the signature element and the canonical SignedInfo it signed. */
using AfterSigning = std::function<domain::Status(xmlNodePtr signature, const QByteArray &signedInfo)>;

domain::Result<QByteArray> signEnvelopedWith(xmlDocPtr raw, const KeySource &source,
                                             const XmlEnvelopedSignatureSpec &spec, const AfterSigning &afterSigning = {})
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
    QByteArray signedInfo;
    auto signedOk = signNode(signature, source, afterSigning ? &signedInfo : nullptr);
    if (!signedOk)
        return std::unexpected(signedOk.error());
    if (afterSigning) {
        auto finished = afterSigning(signature, signedInfo);
        if (!finished)
            return std::unexpected(finished.error());
    }
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
    auto placeholder = placeholderKey();
    if (!placeholder)
        return std::unexpected(placeholder.error());
    // xmlsec computes the references and the canonical SignedInfo with a placeholder key; the card
    // then signs that SignedInfo and its certificate replaces the placeholder's (KeyInfo is not signed).
    return signEnvelopedWith(doc->raw(), [placeholder] { return loadKey(**placeholder); }, spec,
                             [&key](xmlNodePtr signature, const QByteArray &signedInfo) {
                                 return applyExternalSignature(signature, signedInfo, key);
                             });
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
