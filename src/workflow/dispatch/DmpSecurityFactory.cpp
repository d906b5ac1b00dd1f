#include "workflow/dispatch/DmpSecurityFactory.h"

#include "interop/dmp/SignedDmpSecurity.h"

namespace sgl::workflow::dispatch {

domain::Result<std::shared_ptr<interop::dmp::DmpSecurity>> makeDmpSecurity(const DmpSettings &settings)
{
    interop::dmp::VihfProfile profile;
    profile.nameId = settings.responsible;
    profile.structureId = settings.structureId;
    profile.subjectId = settings.subjectId;
    profile.lpsId = settings.lpsId;
    profile.lpsName = settings.lpsName;
    profile.lpsVersion = settings.lpsVersion;
    profile.lpsHomologationId = settings.lpsHomologation;
    if (!settings.activitySector.isEmpty())
        profile.activitySector = settings.activitySector;
    auto security = interop::dmp::SignedDmpSecurity::fromFiles(profile, settings.signingKeyPath, settings.signingCertificatePath,
                                                               settings.signingKeyPassword.toUtf8());
    if (!security)
        return std::unexpected(security.error());
    return std::shared_ptr<interop::dmp::DmpSecurity>(std::move(*security));
}

} // namespace sgl::workflow::dispatch
