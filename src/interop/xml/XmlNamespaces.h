#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sgl::interop::xml {

/**
 * Prefix -> namespace URI bindings used by XPath queries. The prefixes are the caller's own
 * (they need not match the document's); a query for "s:Body" finds the element whatever prefix
 * the document used for that namespace.
 */
using XmlNamespaces = QList<QPair<QString, QString>>;

} // namespace sgl::interop::xml
