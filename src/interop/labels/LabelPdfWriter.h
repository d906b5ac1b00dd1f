#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"
#include "interop/labels/LabelSheet.h"

#include <QByteArray>
#include <QList>

namespace sgl::interop::labels {

/**
 * Tube labels as a PDF (Qt's QPdfWriter): one label per page at the label's size, for a label
 * printer driven through its PDF/CUPS driver, or a grid of labels on sheets (LabelSheet) for an
 * office printer. Text stays text (fonts embedded, searchable); the barcode is drawn in vector
 * rectangles at the layout's exact module width.
 *
 * Contract: every label is checked and encoded before the first page is drawn, so a bad label
 * (layout error, barcode refused) gives its error, prefixed with its rank, and no PDF at all.
 */
class LabelPdfWriter {
public:
    explicit LabelPdfWriter(domain::LabelLayout layout);

    /** One page per label, each page widthMm x heightMm, no margin. */
    [[nodiscard]] domain::Result<QByteArray> write(const QList<domain::TubeLabel> &labels) const;

    /** Labels placed on sheets, row by row; as many pages as needed. */
    [[nodiscard]] domain::Result<QByteArray> write(const QList<domain::TubeLabel> &labels,
                                                   const LabelSheet &sheet) const;

    /** Resolution of the PDF's user space (QPdfWriter::setResolution). */
    static constexpr int Resolution = 1200;

private:
    [[nodiscard]] domain::Result<QByteArray> render(const QList<domain::TubeLabel> &labels,
                                                    const LabelSheet *sheet) const;

    domain::LabelLayout m_layout;
};

} // namespace sgl::interop::labels
