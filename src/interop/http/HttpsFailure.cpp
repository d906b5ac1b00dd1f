#include "interop/http/HttpsFailure.h"

namespace sgl::interop::http {

bool HttpsFailure::isTls() const
{
    return kind == Kind::TlsUntrustedServer || kind == Kind::TlsHandshake;
}

bool HttpsFailure::mentionsTlsAlert() const
{
    return detail.contains(QLatin1String("alert"), Qt::CaseInsensitive);
}

} // namespace sgl::interop::http
