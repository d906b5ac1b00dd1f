#pragma once

#include "domain/Error.h"
#include "interop/insi/InsiTypes.h"

namespace sgl::interop::insi {

/**
 * The INSi teleservice as the workflow sees it. Implemented by InsiClient (network, real or
 * simulated service). Every failure (transport, TLS, timeout, fault, malformed answer) is an
 * Error with a French message; a call never changes anything locally.
 */
class InsiService
{
public:
    virtual ~InsiService() = default;
    [[nodiscard]] virtual domain::Result<InsiResult> searchByTraits(const InsiTraitsQuery &query) = 0;
    [[nodiscard]] virtual domain::Result<InsiResult> searchByVitale(const InsiVitaleQuery &query) = 0;
};

} // namespace sgl::interop::insi
