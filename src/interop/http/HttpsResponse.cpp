#include "interop/http/HttpsResponse.h"

namespace sgl::interop::http {

QByteArray HttpsResponse::header(QByteArrayView name) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (name.compare(it->first, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return {};
}

} // namespace sgl::interop::http
