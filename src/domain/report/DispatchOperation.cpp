#include "domain/report/DispatchOperation.h"

#include "domain/Tr.h"

namespace sgl::domain {

QString dispatchOperationCode(DispatchOperation operation)
{
    switch (operation) {
    case DispatchOperation::Send:
        return QStringLiteral("send");
    case DispatchOperation::UpdateSharing:
        return QStringLiteral("update_sharing");
    case DispatchOperation::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("send");
}

std::optional<DispatchOperation> dispatchOperationFromCode(const QString &code)
{
    for (const DispatchOperation o : {DispatchOperation::Send, DispatchOperation::UpdateSharing, DispatchOperation::Delete})
        if (dispatchOperationCode(o) == code)
            return o;
    return std::nullopt;
}

QString dispatchOperationLabel(DispatchOperation operation)
{
    switch (operation) {
    case DispatchOperation::Send:
        return Tr::tr("envoi");
    case DispatchOperation::UpdateSharing:
        return Tr::tr("mise à jour du masquage");
    case DispatchOperation::Delete:
        return Tr::tr("retrait du DMP");
    }
    return {};
}

} // namespace sgl::domain
