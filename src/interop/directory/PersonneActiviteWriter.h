#pragma once

#include "domain/directory/DirectoryProfessional.h"

#include <QByteArray>

namespace sgl::interop::directory {

/**
 * Writes lines of `PS_LibreAcces_Personne_activite` as the Annuaire Santé publishes them:
 * Windows-1252, '|' after every field (trailing separator included), LF line ends. Fields SGL does
 * not keep are written empty, except the few the format makes consistent (SIREN from SIRET,
 * department from the postcode, country France). Used by the synthetic extract; '|' and line
 * breaks inside a value are replaced by spaces (the format has no quoting).
 */
class PersonneActiviteWriter {
public:
    [[nodiscard]] static QByteArray header();
    [[nodiscard]] static QByteArray line(const domain::DirectoryEntry &entry);
};

} // namespace sgl::interop::directory
