#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlNode.h"

#include <QList>
#include <QString>

#include <memory>

struct _xmlSchema;

namespace sgl::interop::xml {

/** One XSD validation message, with where it was found. */
struct XmlValidationError {
    int line = 0;       ///< line in the validated document, 0 when unknown
    QString path;       ///< node path when libxml2 gives one
    QString message;    ///< libxml2 message (English, technical: shown as detail)
};

/**
 * A compiled W3C XML Schema (libxml2 xmlSchema).
 *
 * load() reads the entry XSD from disk and resolves its xs:include/xs:import relative to it;
 * imports that point to the network are refused (see ensureXmlLibraryInitialised), so every
 * schema a set needs must be present locally. A loaded schema is immutable and may be shared
 * between threads; each validate() call uses its own validation context.
 *
 * Error codes: "xml.schema_load" (schema missing or invalid; message lists the first problems),
 * "xml.schema_invalid" (from check(): the document does not conform; location = first line).
 */
class XmlSchema
{
public:
    XmlSchema() = default;
    XmlSchema(XmlSchema &&) noexcept = default;
    XmlSchema &operator=(XmlSchema &&) noexcept = default;

    [[nodiscard]] static domain::Result<XmlSchema> load(const QString &xsdPath);

    [[nodiscard]] bool isNull() const { return !m_schema; }
    [[nodiscard]] QString path() const { return m_path; }

    /** Every violation of the whole document; empty list = valid. */
    [[nodiscard]] QList<XmlValidationError> validate(const XmlDocument &doc) const;
    /**
     * Validates one element subtree (e.g. the SOAP Body payload) against the global element
     * declarations of this schema.
     */
    [[nodiscard]] QList<XmlValidationError> validateElement(XmlNode element) const;
    /** validate() folded into a Status whose message cites up to five problems. */
    [[nodiscard]] domain::Status check(const XmlDocument &doc) const;
    /** validateElement() folded into a Status. */
    [[nodiscard]] domain::Status checkElement(XmlNode element, const QString &sourceName) const;

    /** Folds a list of problems into one French error (used by check()). */
    [[nodiscard]] static domain::Error toError(const QList<XmlValidationError> &errors,
                                               const QString &sourceName);

private:
    struct Deleter {
        void operator()(_xmlSchema *schema) const;
    };
    std::shared_ptr<_xmlSchema> m_schema;
    QString m_path;
};

} // namespace sgl::interop::xml
