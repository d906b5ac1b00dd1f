#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpSecurity.h"
#include "workflow/dispatch/DmpSettings.h"

#include <memory>

namespace sgl::workflow::dispatch {

/**
 * The product's DmpSecurity for the [dmp] settings: SignedDmpSecurity (interop/dmp, "cachet"
 * certificate and key, VIHF automate profile from responsible / structure_id / subject_id / lps_*,
 * XAdES). The one place where the DMP sender meets its signer, so that ProductSenders never
 * registers a DMP sender that cannot sign. Errors: those of SignedDmpSecurity
 * ("dmp.security_config" for an incomplete profile, "xml.io" / "xml.signing_key" for the files).
 */
[[nodiscard]] domain::Result<std::shared_ptr<interop::dmp::DmpSecurity>> makeDmpSecurity(DmpSettings &settings);

/**
 * Also fills, when the settings leave them empty, the PDT-INF-617 fallback of an author without
 * family or given name (DmpClientConfig::authorFallbackFamily/Given) with the O and CN of the
 * signing certificate's subject (RFC 2253 "CN=DMP SIGN,OU=…,O=LABO,C=FR"), characters other than
 * letters, digits, ' - and space replaced by '-'.
 */
void fillAuthorFallback(DmpSettings &settings, const QString &subject);

} // namespace sgl::workflow::dispatch
