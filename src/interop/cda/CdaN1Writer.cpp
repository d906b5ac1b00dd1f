#include "interop/cda/CdaN1Writer.h"

#include "interop/cda/CdaHeaderWriter.h"
#include "interop/cda/CdaRequirementsCheck.h"

namespace sgl::interop::cda {

domain::Result<std::unique_ptr<CdaXmlDocument>> CdaN1Writer::build(const domain::ReportContent &content)
{
    if (auto ok = CdaRequirementsCheck::check(content, CdaLevel::N1); !ok)
        return std::unexpected(ok.error());
    auto doc = std::make_unique<CdaXmlDocument>(content.stylesheetHref);
    CdaHeaderWriter(content, *doc).write(CdaLevel::N1);
    const QByteArray b64 = content.pdfCopy.toBase64();
    doc->root().add("component").add("nonXMLBody").add("text")
        .set("mediaType", "application/pdf")
        .set("representation", "B64")
        .text(b64.constData());
    return doc;
}

domain::Result<QByteArray> CdaN1Writer::write(const domain::ReportContent &content)
{
    auto doc = build(content);
    if (!doc)
        return std::unexpected(doc.error());
    return (*doc)->serialize();
}

} // namespace sgl::interop::cda
