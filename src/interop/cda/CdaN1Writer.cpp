#include "interop/cda/CdaN1Writer.h"

#include "interop/cda/CdaHeaderWriter.h"
#include "interop/cda/CdaRequirementsCheck.h"

namespace sgl::interop::cda {

namespace {
CdaDocument tree(const domain::ReportContent &content)
{
    CdaDocument doc(content.stylesheetHref);
    CdaHeaderWriter(content, doc).write(CdaLevel::N1);
    const QByteArray b64 = content.pdfCopy.toBase64();
    doc.root().add("component").add("nonXMLBody").add("text")
        .set("mediaType", "application/pdf")
        .set("representation", "B64")
        .text(QLatin1StringView(b64));
    return doc;
}
} // namespace

domain::Result<CdaDocument> CdaN1Writer::build(const domain::ReportContent &content)
{
    if (auto ok = CdaRequirementsCheck::check(content, CdaLevel::N1); !ok)
        return std::unexpected(ok.error());
    return tree(content);
}

domain::Result<QByteArray> CdaN1Writer::write(const domain::ReportContent &content)
{
    auto doc = build(content);
    if (!doc)
        return std::unexpected(doc.error());
    return doc->serialize();
}

QByteArray CdaN1Writer::writePrechecked(const domain::ReportContent &content)
{
    return tree(content).serialize().value_or(QByteArray());
}

} // namespace sgl::interop::cda
