#pragma once

namespace sgl::interop::xml {

/**
 * Process-wide libxml2 set-up, done once (thread-safe) by every entry point of this library:
 * initialises the parser and installs an external-entity loader that refuses every resource
 * that is not a local file (no http/ftp, so neither documents nor schemas can make the process
 * reach the network). Internal to sgl_interop_xml: libxml2 and libxslt are used nowhere else
 * (tests/architecture/check_xml_confined.sh), and every public entry point calls it itself.
 */
void ensureXmlLibraryInitialised();

} // namespace sgl::interop::xml
