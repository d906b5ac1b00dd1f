#pragma once

#include "domain/report/ReportContent.h"
#include "interop/pdf/PageDisplayList.h"
#include "interop/pdf/PdfLayoutOptions.h"
#include "interop/pdf/ReportCanvas.h"
#include "interop/pdf/ReportStyle.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sgl::interop::pdf {

/**
 * Lays a report out on A4 pages as display lists: letterhead and patient band on every page
 * (with the INS DataMatrix when given), title and version mentions on page 1, results table by
 * chapter repeated header on each page, closing sections, validation, footer "Page x/y".
 * Pure computation (no PoDoFo): the page count is known before anything is painted.
 */
class ReportLayout : private ReportCanvas {
public:
    static constexpr double PageWidth = reportstyle::PageWidth; // A4 in points
    static constexpr double PageHeight = reportstyle::PageHeight;
    static constexpr double Margin = reportstyle::Margin;
    static constexpr double DataMatrixSize = reportstyle::DataMatrixSize;

    /** `symbol` is null when no DataMatrix may be printed (identity not qualified). `fonts` and
     *  `content` must outlive the layout object. */
    ReportLayout(const PdfLayoutOptions &options, const PdfFontProvider &fonts,
                 const domain::ReportContent &content,
                 std::shared_ptr<const DataMatrixSymbol> symbol);

    [[nodiscard]] std::vector<PageDisplayList> layout();

    using ReportCanvas::elide;
    using ReportCanvas::wrap;

private:
    void newPage();
    void tableHeader();
    void chapter(const domain::ReportChapter &chapter);
    void battery(const domain::ReportChapter &chapter, const domain::ReportBattery &battery);
    void observation(const domain::ReportChapter &chapter, const domain::ReportObservation &obs);
    void closingSections();
    void paragraph(const QString &heading, const QString &text);
    void footers();
    /** Starts a new page when less than `height` points remain above the footer. */
    bool ensureSpace(double height);
    void continueChapterHeader();

    const PdfLayoutOptions m_options;  // a copy (implicitly shared strings): callers pass temporaries
    const domain::ReportContent &m_content;
    std::shared_ptr<const DataMatrixSymbol> m_symbol;
    double m_y = 0;                 ///< current top of the free area
    bool m_inTable = false;         ///< repeat the table header on new pages
    const domain::ReportChapter *m_currentChapter = nullptr;
};

} // namespace sgl::interop::pdf
