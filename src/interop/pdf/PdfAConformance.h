#pragma once

#include "interop/pdf/PdfAMetadata.h"

namespace PoDoFo {
class PdfMemDocument;
}

namespace sgl::interop::pdf {

/**
 * The document-level parts of PDF/A-1b that PoDoFo 0.9.8 does not write by itself. Module
 * internal (PoDoFo types); may throw PoDoFo::PdfError, callers catch.
 */
class PdfAConformance {
public:
    /**
     * Sets PDF version 1.4 and the clean write mode (EOL after "obj", ISO 19005-1 §6.1.8), the
     * Info dictionary from `metadata` (replacing PoDoFo's own Producer and CreationDate), the
     * unfiltered XMP Metadata stream of the catalog, the /GTS_PDFA1 OutputIntent with the
     * embedded sRGB ICC v2 profile (N 3) and the catalog /Lang.
     * The trailer /ID is written by PoDoFo's writer; nothing is encrypted.
     */
    static void apply(PoDoFo::PdfMemDocument &doc, const PdfAMetadata &metadata,
                      const QString &language = QStringLiteral("fr-FR"));
};

} // namespace sgl::interop::pdf
