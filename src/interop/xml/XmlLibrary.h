#pragma once

namespace sgl::interop::xml {

/**
 * Process-wide libxml2 set-up, done once (thread-safe) by every entry point of this library:
 * initialises the parser and installs an external-entity loader that refuses every resource
 * that is not a local file (no http/ftp, so neither documents nor schemas can make the process
 * reach the network). Callers never need to call it themselves; it is public for code that uses
 * libxml2 directly through another library (libxslt) and wants the same protection.
 */
void ensureXmlLibraryInitialised();

} // namespace sgl::interop::xml
