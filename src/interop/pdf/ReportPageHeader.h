#pragma once

#include "domain/report/ReportContent.h"
#include "interop/pdf/PdfLayoutOptions.h"
#include "interop/pdf/ReportCanvas.h"

#include <memory>

namespace sgl::interop::pdf {

struct DataMatrixSymbol;

/**
 * The top of every report page, drawn on a ReportCanvas: the laboratory letterhead (with its
 * COFRAC box), on page 1 the title with the amended / partial / patient-copy mentions and the full
 * patient and prescriber block, on later pages the short patient band; the INS DataMatrix beside
 * the patient on every page when a symbol is given. Each method draws from `cursor` (the top of
 * the free area, in points) downwards and returns the new top.
 */
class ReportPageHeader {
public:
    /** `letterhead`, `content` and `canvas` must outlive the header. */
    ReportPageHeader(ReportCanvas &canvas, const Letterhead &letterhead, const domain::ReportContent &content,
                     std::shared_ptr<const DataMatrixSymbol> symbol);

    double letterhead(double cursor);
    double titleAndMentions(double cursor);
    double patientBlock(double cursor);
    double patientBand(double cursor);

private:
    void drawDataMatrix(double right, double top);
    [[nodiscard]] QString patientDisplayName() const;

    ReportCanvas &m_canvas;
    const Letterhead &m_letterhead;
    const domain::ReportContent &m_content;
    std::shared_ptr<const DataMatrixSymbol> m_symbol;
};

} // namespace sgl::interop::pdf
