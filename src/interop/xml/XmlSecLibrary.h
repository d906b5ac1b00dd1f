#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSignatureTypes.h"

#include <QList>
#include <QString>

struct _xmlDoc;
struct _xmlNode;

namespace sgl::interop::xml {

/**
 * Internal to sgl_interop_xml (xmlsec1 with its OpenSSL backend is linked PRIVATE and confined
 * here, tests/architecture/check_xml_confined.sh). Process-wide xmlsec set-up, done once
 * (thread-safe) after ensureXmlLibraryInitialised(): xmlSecInit, crypto app and library init,
 * and an error callback that records xmlsec's messages for the current thread instead of
 * printing them.
 */
void ensureXmlSecInitialised();

/** The xmlsec messages recorded on this thread since the last call (joined by "; "), then clears them. */
[[nodiscard]] QString takeXmlSecErrors();

/**
 * Registers as XML IDs the attributes named by ids on every element of doc. Refuses ("xml.signature_duplicate_id")
 * a value carried by two elements: a reference could then be resolved to another element than
 * the one the caller reads (ID wrapping).
 */
[[nodiscard]] domain::Status registerIds(_xmlDoc *doc, const QList<XmlIdAttribute> &ids);

/**
 * While alive, libxml2's messages on this thread (C14N and XPath errors raised inside xmlsec) are
 * dropped instead of printed: the caller reports its own error code. Restores the previous
 * handlers (libxml2 keeps them per thread).
 */
class ScopedLibxmlSilence
{
public:
    ScopedLibxmlSilence();
    ~ScopedLibxmlSilence();
    ScopedLibxmlSilence(const ScopedLibxmlSilence &) = delete;
    ScopedLibxmlSilence &operator=(const ScopedLibxmlSilence &) = delete;

private:
    void *m_genericContext = nullptr;
    void *m_generic = nullptr;
    void *m_structuredContext = nullptr;
    void *m_structured = nullptr;
};

/** Internal: wraps/unwraps libxml2 node pointers for the signature code (XmlNode's constructor is private). */
struct XmlNodeHandles {
    [[nodiscard]] static XmlNode wrap(_xmlNode *node) { return XmlNode(node); }
};

} // namespace sgl::interop::xml
