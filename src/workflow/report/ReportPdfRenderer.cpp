#include "workflow/report/ReportPdfRenderer.h"

#include "interop/pdf/PdfReportWriter.h"

namespace sgl::workflow::report {

BuildReport::PdfRenderer ReportPdfRenderer::make(const LabSettings &settings)
{
    interop::pdf::PdfLayoutOptions options;
    options.letterhead.labName = settings.laboratory.name;
    options.letterhead.streetLine = settings.laboratory.streetLine;
    options.letterhead.postalCode = settings.laboratory.postalCode;
    options.letterhead.city = settings.laboratory.city;
    options.letterhead.phone = settings.laboratory.phone;
    options.letterhead.finess = settings.laboratory.finess;
    options.letterhead.cofracAccreditation = settings.laboratory.cofracAccreditation;
    return [options](const domain::ReportContent &content) -> domain::Result<QByteArray> {
        if (auto ok = options.validate(); !ok)
            return std::unexpected(ok.error());
        interop::pdf::PdfReportWriter writer(options);
        return writer.write(content);
    };
}

} // namespace sgl::workflow::report
