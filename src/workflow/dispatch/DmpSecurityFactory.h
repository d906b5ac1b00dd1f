#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpSecurity.h"
#include "workflow/dispatch/DmpSettings.h"

#include <memory>

namespace sgl::workflow::dispatch {

/**
 * The product's DmpSecurity for the [dmp] settings: SignedDmpSecurity (interop/dmp, "cachet"
 * certificate, VIHF automate + XAdES). The one place where the DMP sender meets its signer, so
 * that ProductSenders never registers a DMP sender that cannot sign ("dmp.config" instead).
 */
[[nodiscard]] domain::Result<std::shared_ptr<interop::dmp::DmpSecurity>> makeDmpSecurity(const DmpSettings &settings);

} // namespace sgl::workflow::dispatch
