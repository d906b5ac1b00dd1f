#pragma once

#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "interop/cda/CdaDocument.h"

#include <QByteArray>

namespace sgl::interop::cda {

/**
 * Writes the CR-BIO 2024.01 level-3 document: header, structured body (chapters, sub-chapters, entries and their narrative built in one pass) and the mandatory PDF copy section.
 * The requirements check runs first: on missing data nothing is built and the error lists,
 * in French, everything missing. Output is deterministic for a given content (ids derive from
 * documentId), so a stored document can be re-checked byte for byte.
 */
class CdaN3Writer {
public:
    /** Requirements check + tree + UTF-8 serialization. */
    [[nodiscard]] static domain::Result<QByteArray> write(const domain::ReportContent &content);
    /** Requirements check + tree only (benchmarks separate tree building from serialization). */
    [[nodiscard]] static domain::Result<CdaDocument> build(const domain::ReportContent &content);
    /**
     * Tree + serialization WITHOUT the requirements check. Precondition: the caller ran
     * CdaRequirementsCheck::missing(content, CdaLevel::N3) on this very content (pdfCopy
     * included, or CdaRequirementsCheck::pdfCopy after rendering it) and got nothing; writing
     * unchecked content produces an invalid document. Empty only on a programming error of
     * the writers (see CdaDocument::serialize).
     */
    [[nodiscard]] static QByteArray writePrechecked(const domain::ReportContent &content);
};

} // namespace sgl::interop::cda
