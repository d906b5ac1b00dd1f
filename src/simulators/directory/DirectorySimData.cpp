#include "simulators/directory/DirectorySimData.h"

#include "interop/directory/DirectoryFileReader.h"
#include "interop/directory/DirectoryRecords.h"
#include "interop/directory/SyntheticDirectoryFiles.h"
#include "simulators/directory/ErrorCodes.h"
#include "simulators/directory/Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace sgl::simulators::directory {

using namespace Qt::StringLiterals;

QList<SimPractitioner> DirectorySimData::fromProfessionals(const QList<domain::DirectoryProfessional> &list)
{
    QList<SimPractitioner> out;
    for (const domain::DirectoryProfessional &p : list) {
        SimPractitioner s;
        s.rpps = p.idPp;
        s.family = p.lastName;
        s.given = p.firstName;
        s.prefix = p.practiceCivilityCode;
        s.professionCode = p.professionCode;
        s.profession = p.profession;
        s.mailboxes = p.mssanteMailboxes;
        for (const domain::DirectoryActivity &a : p.activities)
            s.roles << SimPractitionerRole{a.structureName, a.mssante};
        out << s;
    }
    return out;
}

domain::Result<QList<SimPractitioner>> DirectorySimData::fromFiles(const QString &personneActivite, const QString &mssante)
{
    QFile file(personneActivite);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(errc::SimDirectoryData,
                            Tr::tr("Extraction de l'annuaire illisible : %1.").arg(file.errorString()), personneActivite);
    auto professionals =
        interop::directory::SyntheticDirectoryFiles::professionalsOf(file, QFileInfo(personneActivite).fileName());
    if (!professionals)
        return std::unexpected(professionals.error());
    if (!mssante.isEmpty()) {
        QFile boxes(mssante);
        if (!boxes.open(QIODevice::ReadOnly))
            return domain::fail(errc::SimDirectoryData,
                                Tr::tr("Extraction MSSanté illisible : %1.").arg(boxes.errorString()), mssante);
        interop::directory::DirectoryFileReader reader(boxes, QFileInfo(mssante).fileName(),
                                                       interop::directory::DirectoryFileKind::MssanteMailboxes);
        if (auto ok = reader.readHeader(); !ok)
            return std::unexpected(ok.error());
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < professionals->size(); ++i)
            index.insert((*professionals)[i].idPp, i);
        for (;;) {
            auto rows = reader.next(5000);
            if (!rows)
                return std::unexpected(rows.error());
            if (rows->isEmpty())
                break;
            for (const auto &row : *rows) {
                const domain::DirectoryMailbox m = interop::directory::DirectoryRecords::mailbox(row);
                if (m.type == domain::DirectoryMailbox::Type::Personal && index.contains(m.idPp))
                    (*professionals)[index.value(m.idPp)].mssanteMailboxes << m.address;
            }
        }
    }
    return fromProfessionals(*professionals);
}

} // namespace sgl::simulators::directory
