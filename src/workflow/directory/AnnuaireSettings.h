#pragma once

#include "interop/directory/AnnuaireFhirConfig.h"

#include <QString>

class QSettings;

namespace sgl::workflow::directory {

/**
 * The [annuaire] section of the settings file (sgl.conf, storage::DbConfig::
 * configFileCandidates), edited from the national services settings (dispatch::
 * NationalServicesSettings):
 *
 *   [annuaire]
 *   fhir_url=https://gateway.api.esante.gouv.fr/fhir/v2   (optional: this default)
 *   api_key=...                                           (the ESANTE-API-KEY; never logged)
 *   ca=/etc/sgl/ca-annuaire.pem                           (optional: the system's store)
 *
 * The online RPPS check is available (configured()) once api_key is set.
 */
struct AnnuaireSettings {
    interop::directory::AnnuaireFhirConfig fhir;

    [[nodiscard]] bool configured() const { return !fhir.apiKey.isEmpty(); }
    [[nodiscard]] static AnnuaireSettings load(QSettings &settings);
    /** From the first readable settings file of storage::DbConfig::configFileCandidates(). */
    [[nodiscard]] static AnnuaireSettings fromConfigFile();
    /** From this settings file; defaults (not configured) when it cannot be read. */
    [[nodiscard]] static AnnuaireSettings fromFile(const QString &path);
};

} // namespace sgl::workflow::directory
