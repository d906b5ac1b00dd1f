#include "simulators/dmp/DmpHandler.h"

#include "simulators/dmp/Tr.h"

#include "interop/xds/MtomMessage.h"

namespace sgl::simulators::dmp {

namespace {

common::SimHttpResponse httpError(int status, const QString &text)
{
    common::SimHttpResponse r;
    r.status = status;
    r.body = text.toUtf8();
    r.contentType = QByteArrayLiteral("text/plain; charset=UTF-8");
    return r;
}

} // namespace

std::expected<DmpSoapMessage, common::SimHttpResponse> decodeHttpBody(const QString &contentType, const QByteArray &body)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1StringView("application/soap+xml") || type == QLatin1StringView("text/xml")) {
        DmpSoapMessage m;
        m.rootXml = body;
        return m;
    }
    if (type != QLatin1StringView("multipart/related"))
        return std::unexpected(httpError(415, Tr::tr("Type de contenu non pris en charge : %1").arg(contentType)));
    auto mtom = interop::xds::MtomMessage::parse(contentType.toUtf8(), body);
    if (!mtom)
        return std::unexpected(httpError(400, Tr::tr("Message MTOM illisible : %1 (%2)")
                                                  .arg(mtom.error().message, mtom.error().location)));
    DmpSoapMessage m;
    m.rootXml = mtom->rootXml;
    for (const auto &part : mtom->attachments)
        m.attachments.insert(part.contentId, part.body);
    return m;
}

} // namespace sgl::simulators::dmp
