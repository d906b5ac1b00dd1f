#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryProfessional.h"
#include "simulators/directory/DirectorySimConfig.h"

#include <QList>
#include <QString>

namespace sgl::simulators::directory {

/**
 * The simulator's professionals, made from the same synthetic directory as the demo: a
 * PS_LibreAcces_Personne_activite file (one role per activity) and, optionally, the MSSanté
 * correspondence file (PER boxes become Practitioner.telecom). Errors: sim.directory_data, or the
 * reader's directory.* error (file and line).
 */
class DirectorySimData {
public:
    [[nodiscard]] static domain::Result<QList<SimPractitioner>> fromFiles(const QString &personneActivite,
                                                                          const QString &mssante = {});
    [[nodiscard]] static QList<SimPractitioner> fromProfessionals(const QList<domain::DirectoryProfessional> &list);
};

} // namespace sgl::simulators::directory
