#pragma once

#include "simulators/dmp/DmpCallLog.h"
#include "simulators/dmp/DmpRegistry.h"
#include "simulators/dmp/DmpSignatureVerifier.h"
#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/DmpSoap.h"
#include "simulators/dmp/DmpValueSets.h"

namespace sgl::simulators::dmp {

/**
 * The writing transactions: TD2.1 ITI-41 ProvideAndRegisterDocumentSet-b (new document or RPLC
 * replacement) and TD3.3 ITI-57 UpdateDocumentSet (a: metadata update for masking/visibility with
 * the PreviousVersion check; c/d: UpdateAvailabilityStatus to Deleted/Archived). Each answers an
 * rs:RegistryResponse (Success, or Failure with every RegistryError found; nothing is stored then).
 */
class DmpRepositoryService
{
public:
    DmpRepositoryService(const DmpSimulatorConfig &config, const DmpValueSets &valueSets, DmpRegistry &registry,
                         DmpSignatureVerifier &verifier);

    /** message: for the XOP attachments; vihfIns: INS of the VIHF resource-id, empty if unknown. */
    [[nodiscard]] interop::xml::XmlElement provideAndRegister(const DmpEnvelope &envelope, const DmpSoapMessage &message,
                                                              const QString &vihfIns, DmpCallLog &log);
    [[nodiscard]] interop::xml::XmlElement updateDocumentSet(const DmpEnvelope &envelope, DmpCallLog &log);

private:
    const DmpSimulatorConfig &m_config;
    const DmpValueSets &m_valueSets;
    DmpRegistry &m_registry;
    DmpSignatureVerifier &m_verifier;
};

} // namespace sgl::simulators::dmp
