#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QByteArray>
#include <QStringList>

namespace sgl::interop::xml {

/** The canonical XML forms of W3C XML-DSig (libxml2's C14N, never a hand-made one). */
enum class XmlC14nMode { C14n, C14nWithComments, ExcC14n, ExcC14nWithComments };

/**
 * Canonicalisation and reference digests for what xmlsec does not dereference: the
 * `urn:oid:` Manifest references of a XAdES signature for XDS, whose targets are the documents
 * of the submission (sent beside the signature, not inside it).
 */
class XmlCanonicalizer
{
public:
    /** Canonical form of a whole document given as bytes (parsed with XmlDocument's safe options).
     *  Errors: those of XmlDocument::parse, "xml.c14n_failed". */
    [[nodiscard]] static domain::Result<QByteArray> canonicalize(const QByteArray &xml, XmlC14nMode mode);
    /** The mode for a Transform/CanonicalizationMethod algorithm URI, or nullopt. */
    [[nodiscard]] static std::optional<XmlC14nMode> modeFor(const QString &algorithm);
    /** Algorithm URI of a mode. */
    [[nodiscard]] static QString algorithm(XmlC14nMode mode);
    /** Digest URI of an algorithm (xmldsig::Sha1 / xmldsig::Sha256). */
    [[nodiscard]] static QString digestAlgorithm(XmlDigestAlgorithm algorithm);
    /**
     * The digest a Reference with these transforms and DigestMethod would carry for content:
     * the transforms must be canonicalisations (applied to content parsed as XML; none = the raw
     * bytes). Errors: "xml.signature_unsupported_algorithm" (other transform or digest; sha1
     * only when allowSha1), parse errors, "xml.c14n_failed".
     */
    [[nodiscard]] static domain::Result<QByteArray> referenceDigest(const QByteArray &content, const QStringList &transforms,
                                                                   const QString &digestMethod, bool allowSha1);
};

} // namespace sgl::interop::xml
