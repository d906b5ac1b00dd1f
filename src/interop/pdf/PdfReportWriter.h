#pragma once

#include "domain/Error.h"
#include "domain/report/ReportContent.h"
#include "interop/pdf/PdfLayoutOptions.h"

#include <QByteArray>

#include <memory>

namespace sgl::interop::pdf {

class PdfFontProvider;

/**
 * Renders a ReportContent as a PDF/A-1b biology report (compte rendu d'examens de biologie
 * médicale): letterhead, patient block, prescriber, results by chapter with reference ranges,
 * flags and previous result, comments, subcontractor mentions, validating biologist, page x/y,
 * version / "rectificatif" / "partiel" mentions, and the INS DataMatrix on every page when the
 * identity is qualified (ReportContent::patient.insUsable()).
 *
 * Contract:
 * - write() returns the complete PDF bytes or an Error (codes in PdfErrors.h, French message);
 *   never a partial PDF. No exception escapes (PoDoFo/HarfBuzz errors are caught inside).
 * - content.patientVersion selects the patient copy: professional-only comments and the list of
 *   copy recipients are left out; everything else is identical.
 * - The output is PDF 1.4, PDF/A-1b: fonts embedded (subset), XMP metadata consistent with the
 *   Info dictionary, sRGB OutputIntent with an embedded ICC profile, trailer /ID, no encryption,
 *   no transparency. Document dates come from content.effectiveTime, so the same content gives
 *   the same pages (only /ID and the subset tag may vary).
 * - Font files and recent font subsets are cached per process (reports of a batch share
 *   them), so creating a writer per report is cheap. An instance is not thread-safe (FreeType
 *   faces): use one per thread, or one per call.
 */
class PdfReportWriter {
public:
    explicit PdfReportWriter(PdfLayoutOptions options);
    ~PdfReportWriter();
    PdfReportWriter(const PdfReportWriter &) = delete;
    PdfReportWriter &operator=(const PdfReportWriter &) = delete;

    [[nodiscard]] domain::Result<QByteArray> write(const domain::ReportContent &content) const;

    [[nodiscard]] const PdfLayoutOptions &options() const { return m_options; }

private:
    PdfLayoutOptions m_options;
    std::unique_ptr<PdfFontProvider> m_fonts;
};

} // namespace sgl::interop::pdf
