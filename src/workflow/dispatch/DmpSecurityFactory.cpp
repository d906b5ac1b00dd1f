#include "workflow/dispatch/DmpSecurityFactory.h"

#include "interop/dmp/ErrorCodes.h"
#include "workflow/Tr.h"

namespace sgl::workflow::dispatch {

domain::Result<std::shared_ptr<interop::dmp::DmpSecurity>> makeDmpSecurity(const DmpSettings &settings)
{
    // TODO(issue 13, lead): build SignedDmpSecurity (helper dmpsig) from settings.signingCertificatePath,
    // signingKeyPath, structureId, responsible and the LPS identifiers once it is merged. Until then
    // the DMP channel stays unconfigured rather than sending unsigned requests.
    return domain::fail(interop::dmp::errc::Config,
                        Tr::tr("Signature des envois au DMP (VIHF, XAdES) indisponible dans cette version : "
                               "le canal DMP reste non configuré."),
                        settings.file);
}

} // namespace sgl::workflow::dispatch
