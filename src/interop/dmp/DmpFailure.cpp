#include "interop/dmp/DmpFailure.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/xds/ErrorCodes.h"

namespace sgl::interop::dmp {

bool DmpFailure::isTransient(const domain::Error &error)
{
    const QString &code = error.code;
    if (code == errc::Timeout || code == errc::Unreachable || code == errc::Transport || code == errc::Unavailable
        || code == errc::ServerBusy || code == errc::ResponseTooLarge || code == xds::errc::MalformedResponse)
        return true;
    if (code == xds::errc::MtomContentType || code == xds::errc::MtomEncoding || code == xds::errc::MtomStructure)
        return true;
    // RegistryResponse::toError puts the first registry error code in location.
    if (code == xds::errc::RegistryError)
        return error.location.endsWith(QLatin1String("Busy")) || error.location.endsWith(QLatin1String("OutOfResources"));
    return false;
}

} // namespace sgl::interop::dmp
