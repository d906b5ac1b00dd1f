#include "interop/xml/XmlLibrary.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cstring>
#include <mutex>

namespace sgl::interop::xml {

namespace {

xmlExternalEntityLoader g_defaultLoader = nullptr;

// Only plain local paths and file: URLs are loaded (XSD includes/imports next to the schema).
// Anything else (http:, https:, ftp:) is refused: a schema or document must never make the
// process open a network connection.
xmlParserInputPtr localOnlyLoader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    if (url != nullptr) {
        const bool hasScheme = std::strstr(url, "://") != nullptr;
        const bool isFile = std::strncmp(url, "file:", 5) == 0;
        if (hasScheme && !isFile)
            return nullptr;
    }
    return g_defaultLoader != nullptr ? g_defaultLoader(url, id, ctxt) : nullptr;
}

} // namespace

void ensureXmlLibraryInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        g_defaultLoader = xmlGetExternalEntityLoader();
        xmlSetExternalEntityLoader(localOnlyLoader);
    });
}

} // namespace sgl::interop::xml
