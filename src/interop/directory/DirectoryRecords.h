#pragma once

#include "domain/directory/DirectoryDiploma.h"
#include "domain/directory/DirectoryMailbox.h"
#include "domain/directory/DirectoryProfessional.h"
#include "domain/directory/DirectorySkill.h"
#include "interop/directory/DirectoryFileReader.h"

#include <QStringList>

namespace sgl::interop::directory {

/**
 * Rows of the SavoirFaire, Dipl_AutExerc and MSSanté files (DirectoryFileReader) to domain
 * records and back (fieldsOf: the line the synthetic files write, every published column filled
 * from the record and the professional; the rest empty).
 */
class DirectoryRecords {
public:
    [[nodiscard]] static domain::DirectorySkill skill(const DirectoryFileRow &row);
    [[nodiscard]] static domain::DirectoryDiploma diploma(const DirectoryFileRow &row);
    [[nodiscard]] static domain::DirectoryMailbox mailbox(const DirectoryFileRow &row);

    [[nodiscard]] static QStringList fieldsOf(const domain::DirectoryProfessional &p, const domain::DirectorySkill &s);
    [[nodiscard]] static QStringList fieldsOf(const domain::DirectoryProfessional &p, const domain::DirectoryDiploma &d);
    [[nodiscard]] static QStringList fieldsOf(const domain::DirectoryMailbox &m);
};

} // namespace sgl::interop::directory
