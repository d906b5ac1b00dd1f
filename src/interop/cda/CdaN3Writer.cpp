#include "interop/cda/CdaN3Writer.h"

#include "interop/cda/CdaBodyWriter.h"
#include "interop/cda/CdaHeaderWriter.h"
#include "interop/cda/CdaRequirementsCheck.h"

namespace sgl::interop::cda {

namespace {
CdaDocument tree(const domain::ReportContent &content)
{
    CdaDocument doc(content.stylesheetHref);
    CdaHeaderWriter(content, doc).write(CdaLevel::N3);
    CdaBodyWriter(content, doc).write();
    return doc;
}
} // namespace

domain::Result<CdaDocument> CdaN3Writer::build(const domain::ReportContent &content)
{
    if (auto ok = CdaRequirementsCheck::check(content, CdaLevel::N3); !ok)
        return std::unexpected(ok.error());
    return tree(content);
}

domain::Result<QByteArray> CdaN3Writer::write(const domain::ReportContent &content)
{
    auto doc = build(content);
    if (!doc)
        return std::unexpected(doc.error());
    return doc->serialize();
}

QByteArray CdaN3Writer::writePrechecked(const domain::ReportContent &content)
{
    return tree(content).serialize().value_or(QByteArray());
}

} // namespace sgl::interop::cda
