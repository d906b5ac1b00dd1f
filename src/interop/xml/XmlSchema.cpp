#include "interop/xml/XmlSchema.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlLibrary.h"

#include <QFile>
#include <QFileInfo>

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

namespace sgl::interop::xml {

namespace {

void collect(void *userData, xmlErrorPtr error)
{
    auto *out = static_cast<QList<XmlValidationError> *>(userData);
    if (error == nullptr || out->size() >= 200)
        return;
    XmlValidationError e;
    e.line = error->line;
    e.message = QString::fromUtf8(error->message != nullptr ? error->message : "").trimmed();
    if (error->node != nullptr) {
        xmlChar *p = xmlGetNodePath(static_cast<xmlNodePtr>(error->node));
        e.path = QString::fromUtf8(reinterpret_cast<const char *>(p));
        xmlFree(p);
        if (e.line == 0)
            e.line = static_cast<int>(xmlGetLineNo(static_cast<xmlNodePtr>(error->node)));
    }
    out->append(e);
}

struct ValidCtxtDeleter {
    void operator()(xmlSchemaValidCtxt *c) const { xmlSchemaFreeValidCtxt(c); }
};

} // namespace

void XmlSchema::Deleter::operator()(_xmlSchema *schema) const
{
    xmlSchemaFree(schema);
}

domain::Result<XmlSchema> XmlSchema::load(const QString &xsdPath)
{
    ensureXmlLibraryInitialised();
    if (!QFileInfo(xsdPath).isFile())
        return domain::fail(errc::SchemaLoad,
                            Tr::tr("Schéma XSD introuvable."), xsdPath);
    const QByteArray path = QFile::encodeName(xsdPath);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(path.constData());
    if (pctxt == nullptr)
        return domain::fail(errc::SchemaLoad, Tr::tr("Mémoire insuffisante."), xsdPath);
    QList<XmlValidationError> errors;
    xmlSchemaSetParserStructuredErrors(pctxt, collect, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(pctxt);
    xmlSchemaFreeParserCtxt(pctxt);
    if (schema == nullptr) {
        domain::Error e = toError(errors, xsdPath);
        e.code = errc::SchemaLoad;
        e.message = Tr::tr("Schéma XSD illisible : %1").arg(e.message);
        return std::unexpected(e);
    }
    XmlSchema out;
    out.m_schema = std::shared_ptr<_xmlSchema>(schema, Deleter());
    out.m_path = xsdPath;
    return out;
}

QList<XmlValidationError> XmlSchema::validate(const XmlDocument &doc) const
{
    QList<XmlValidationError> errors;
    if (!m_schema || doc.isNull()) {
        errors.append({0, {}, QStringLiteral("no schema or no document")});
        return errors;
    }
    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtDeleter> vctxt(xmlSchemaNewValidCtxt(m_schema.get()));
    xmlSchemaSetValidStructuredErrors(vctxt.get(), collect, &errors);
    const int rc = xmlSchemaValidateDoc(vctxt.get(), doc.raw());
    if (rc != 0 && errors.isEmpty())
        errors.append({0, {}, QStringLiteral("validation failed (libxml2 code %1)").arg(rc)});
    return errors;
}

QList<XmlValidationError> XmlSchema::validateElement(XmlNode element) const
{
    QList<XmlValidationError> errors;
    if (!m_schema || !element.isElement()) {
        errors.append({0, {}, QStringLiteral("no schema or no element")});
        return errors;
    }
    std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtDeleter> vctxt(xmlSchemaNewValidCtxt(m_schema.get()));
    xmlSchemaSetValidStructuredErrors(vctxt.get(), collect, &errors);
    const int rc = xmlSchemaValidateOneElement(vctxt.get(), element.raw());
    if (rc != 0 && errors.isEmpty())
        errors.append({element.line(), element.path(),
                       QStringLiteral("validation failed (libxml2 code %1)").arg(rc)});
    return errors;
}

domain::Error XmlSchema::toError(const QList<XmlValidationError> &errors, const QString &sourceName)
{
    QStringList parts;
    for (qsizetype i = 0; i < errors.size() && i < 5; ++i) {
        const auto &e = errors[i];
        parts << (e.line > 0 ? Tr::tr("ligne %1 : %2").arg(e.line).arg(e.message) : e.message);
    }
    if (errors.size() > 5)
        parts << Tr::tr("… et %1 autre(s) erreur(s)").arg(errors.size() - 5);
    const QString location = errors.isEmpty() || errors.first().line == 0
        ? sourceName
        : QStringLiteral("%1:%2").arg(sourceName).arg(errors.first().line);
    return domain::Error{errc::SchemaInvalid,
                         Tr::tr("Document non conforme au schéma XSD : %1").arg(parts.join(QStringLiteral(" ; "))),
                         location};
}

domain::Status XmlSchema::check(const XmlDocument &doc) const
{
    const auto errors = validate(doc);
    if (errors.isEmpty())
        return {};
    return std::unexpected(toError(errors, doc.sourceName()));
}

domain::Status XmlSchema::checkElement(XmlNode element, const QString &sourceName) const
{
    const auto errors = validateElement(element);
    if (errors.isEmpty())
        return {};
    return std::unexpected(toError(errors, sourceName));
}

} // namespace sgl::interop::xml
