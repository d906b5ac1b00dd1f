#include "interop/xml/XmlSecLibrary.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlLibrary.h"

#include <QStringList>

#include <libxml/globals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/valid.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/xmlsec.h>

#include <cstdlib>
#include <mutex>
#include <string_view>

namespace sgl::interop::xml {

namespace {

thread_local QStringList t_errors;

void recordError(const char * /*file*/, int /*line*/, const char *func, const char *errorObject,
                 const char *errorSubject, int reason, const char *msg)
{
    // Keep it short: the reason text and the object (transform or key data) it concerns.
    const char *reasonText = xmlSecErrorsGetMsg(static_cast<xmlSecSize>(0));
    for (xmlSecSize i = 0; xmlSecErrorsGetMsg(i) != nullptr; ++i)
        if (xmlSecErrorsGetCode(i) == reason) {
            reasonText = xmlSecErrorsGetMsg(i);
            break;
        }
    QString line = QString::fromUtf8(reasonText != nullptr ? reasonText : "");
    if (msg != nullptr && *msg != '\0')
        line += QStringLiteral(" (%1)").arg(QString::fromUtf8(msg));
    if (errorObject != nullptr && std::string_view(errorObject) != "unknown")
        line += QStringLiteral(" [%1]").arg(QString::fromUtf8(errorObject));
    (void)func;
    (void)errorSubject;
    if (t_errors.size() < 8)
        t_errors.append(line);
}

bool matches(xmlNodePtr node, const XmlIdAttribute &id)
{
    if (id.elementLocalName.isEmpty())
        return true;
    if (id.elementLocalName.toUtf8() != reinterpret_cast<const char *>(node->name))
        return false;
    const QByteArray ns = node->ns != nullptr ? QByteArray(reinterpret_cast<const char *>(node->ns->href)) : QByteArray();
    return ns == id.elementNamespace.toUtf8();
}

domain::Status registerIn(xmlDocPtr doc, xmlNodePtr node, const QList<XmlIdAttribute> &ids)
{
    for (xmlNodePtr n = node; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        for (const XmlIdAttribute &id : ids) {
            if (!matches(n, id))
                continue;
            const QByteArray name = id.attributeName.toUtf8();
            xmlAttrPtr attr = xmlHasNsProp(n, reinterpret_cast<const xmlChar *>(name.constData()), nullptr);
            if (attr == nullptr)
                continue;
            xmlChar *value = xmlNodeListGetString(doc, attr->children, 1);
            const QString text = QString::fromUtf8(reinterpret_cast<const char *>(value != nullptr ? value : BAD_CAST ""));
            xmlAttrPtr existing = value != nullptr ? xmlGetID(doc, value) : nullptr;
            bool ok = true;
            if (existing != nullptr && existing != attr)
                ok = false;
            else if (existing == nullptr && value != nullptr)
                ok = xmlAddID(nullptr, doc, value, attr) != nullptr;
            xmlFree(value);
            if (!ok)
                return domain::fail(errc::SignatureDuplicateId,
                                    Tr::tr("Identifiant XML « %1 » porté par plusieurs éléments : signature refusée.").arg(text),
                                    text);
        }
        if (n->children != nullptr) {
            auto st = registerIn(doc, n->children, ids);
            if (!st)
                return st;
        }
    }
    return {};
}

void dropGeneric(void *, const char *, ...) {}
void dropStructured(void *, xmlErrorPtr) {}

} // namespace

ScopedLibxmlSilence::ScopedLibxmlSilence()
    : m_genericContext(xmlGenericErrorContext), m_generic(reinterpret_cast<void *>(xmlGenericError)),
      m_structuredContext(xmlStructuredErrorContext), m_structured(reinterpret_cast<void *>(xmlStructuredError))
{
    xmlSetGenericErrorFunc(nullptr, dropGeneric);
    xmlSetStructuredErrorFunc(nullptr, dropStructured);
}

ScopedLibxmlSilence::~ScopedLibxmlSilence()
{
    xmlSetGenericErrorFunc(m_genericContext, reinterpret_cast<xmlGenericErrorFunc>(m_generic));
    xmlSetStructuredErrorFunc(m_structuredContext, reinterpret_cast<xmlStructuredErrorFunc>(m_structured));
}

void ensureXmlSecInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ensureXmlLibraryInitialised();
        // Failures here leave every later call failing with a recorded message: no abort.
        const bool ok = xmlSecInit() >= 0 && xmlSecCheckVersion() == 1 && xmlSecCryptoAppInit(nullptr) >= 0 && xmlSecCryptoInit() >= 0;
        // After xmlSecInit, which installs its default (stderr) callback.
        xmlSecErrorsSetCallback(recordError);
        if (!ok)
            t_errors.append(QStringLiteral("initialisation de xmlsec impossible"));
    });
}

QString takeXmlSecErrors()
{
    const QString out = t_errors.join(QStringLiteral("; "));
    t_errors.clear();
    return out;
}

domain::Status registerIds(_xmlDoc *doc, const QList<XmlIdAttribute> &ids)
{
    if (doc == nullptr || ids.isEmpty())
        return {};
    return registerIn(doc, xmlDocGetRootElement(doc), ids);
}

} // namespace sgl::interop::xml
