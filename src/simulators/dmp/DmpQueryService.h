#pragma once

#include "simulators/dmp/DmpCallLog.h"
#include "simulators/dmp/DmpRegistry.h"
#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/DmpSoap.h"

namespace sgl::simulators::dmp {

/**
 * The reading transactions: TD0.2 existence test (PRPA_IN201307UV02 -> PRPA_IN201308UV02, business
 * answers in attentionLine AUTORISATION / STATUT_MT and queryResponseCode OK/NF exactly where the
 * official response puts them) and TD3.1 ITI-18 RegistryStoredQuery (FindDocuments by patientId
 * and status, GetDocuments by uniqueId or entryUUID; LeafClass or ObjectRef).
 */
class DmpQueryService
{
public:
    DmpQueryService(const DmpSimulatorConfig &config, const DmpRegistry &registry);

    [[nodiscard]] std::expected<interop::xml::XmlElement, DmpFault> existenceTest(const DmpEnvelope &envelope,
                                                                                   DmpCallLog &log) const;
    [[nodiscard]] interop::xml::XmlElement storedQuery(const DmpEnvelope &envelope, DmpCallLog &log) const;

    /** The registry's view of an entry: ids, status, VersionInfo, hash/size/repositoryUniqueId, current codes. */
    [[nodiscard]] static EbObject answerObject(const DmpStoredEntry &entry);

private:
    const DmpSimulatorConfig &m_config;
    const DmpRegistry &m_registry;
};

/** DMP repositoryUniqueId (dmp-wire-facts §2.4). */
inline constexpr QLatin1StringView kDmpRepositoryUniqueId{"1.2.250.1.213.4.1.1.1.2"};

} // namespace sgl::simulators::dmp
