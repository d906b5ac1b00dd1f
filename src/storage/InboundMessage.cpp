#include "storage/InboundMessage.h"

namespace sgl::storage {

QString inboundStatusCode(InboundStatus status)
{
    switch (status) {
    case InboundStatus::Accepted: return QStringLiteral("accepted");
    case InboundStatus::Rejected: return QStringLiteral("rejected");
    case InboundStatus::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

std::optional<InboundStatus> inboundStatusFromCode(const QString &code)
{
    if (code == u"accepted")
        return InboundStatus::Accepted;
    if (code == u"rejected")
        return InboundStatus::Rejected;
    if (code == u"duplicate")
        return InboundStatus::Duplicate;
    return std::nullopt;
}

} // namespace sgl::storage
