#include "workflow/demo/DemoDirectory.h"

#include "domain/lab/RppsNumber.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/SyntheticDirectoryFiles.h"
#include "interop/directory/SyntheticExtract.h"
#include "workflow/Tr.h"
#include "workflow/directory/DirectoryImport.h"

#include <QFile>
#include <QTemporaryDir>

namespace sgl::workflow {

using namespace Qt::StringLiterals;
using interop::directory::SyntheticExtract;

domain::Result<qint64> DemoDirectory::seed(storage::Database &db, const domain::UserSession &admin)
{
    SyntheticExtract::Options o;
    o.rows = kRows;
    o.seed = 2026;
    const QList<domain::DirectoryEntry> named{
        SyntheticExtract::professional(u"10100000016"_s, u"PRESCRIPTEUR"_s, u"Paul"_s, u"10"_s,
                                       u"paul.prescripteur@demo.mssante.fr"_s),
        SyntheticExtract::professional(u"10101010105"_s, u"BIOLOGISTE"_s, u"Bérénice"_s, u"21"_s),
        SyntheticExtract::professional(QString::fromUtf16(kCorrespondentRpps), u"CORRESPONDANTE"_s, u"Élise"_s,
                                       u"10"_s, u"elise.correspondante@demo.mssante.fr"_s)};
    for (const domain::DirectoryEntry &e : named)
        if (domain::RppsNumber::check(e.professional.idPp) == domain::RppsNumber::Check::Valid)
            o.extra << e;

    QTemporaryDir dir;
    const QString path = dir.path() + u"/PS_LibreAcces_Personne_activite_202612010300.txt"_s;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return domain::fail(interop::directory::errc::Read,
                                Tr::tr("Écriture de l'annuaire de démonstration impossible : %1.").arg(f.errorString()), path);
        if (auto ok = SyntheticExtract::write(f, o); !ok)
            return std::unexpected(ok.error());
    }
    // The other three files of the same professionals; the demo biologist gets a personal
    // MSSanté box there (the prescriber's comes from his activity's address).
    QStringList paths{path};
    {
        using interop::directory::DirectoryFileKind;
        using interop::directory::SyntheticDirectoryFiles;
        QFile extract(path);
        if (!extract.open(QIODevice::ReadOnly))
            return domain::fail(interop::directory::errc::Read,
                                Tr::tr("Écriture de l'annuaire de démonstration impossible : %1.").arg(extract.errorString()),
                                path);
        auto professionals = SyntheticDirectoryFiles::professionalsOf(extract, path);
        if (!professionals)
            return std::unexpected(professionals.error());
        SyntheticDirectoryFiles::Options options;
        options.professionals = *professionals;
        for (const domain::DirectoryProfessional &p : *professionals)
            if (p.idPp == u"10101010105"_s)
                options.extraMailboxes << SyntheticDirectoryFiles::personalBox(p, u"berenice.biologiste@demo.mssante.fr"_s);
        for (const auto &[name, kind] : {std::pair{u"PS_LibreAcces_SavoirFaire_202612010300.txt"_s, DirectoryFileKind::SavoirFaire},
                                         std::pair{u"PS_LibreAcces_Dipl_AutExerc_202612010300.txt"_s, DirectoryFileKind::DiplAutExerc},
                                         std::pair{u"Extraction_Correspondance_MSSante_202612010300.txt"_s,
                                                   DirectoryFileKind::MssanteMailboxes}}) {
            QFile f(dir.path() + u'/' + name);
            if (!f.open(QIODevice::WriteOnly))
                return domain::fail(interop::directory::errc::Read,
                                    Tr::tr("Écriture de l'annuaire de démonstration impossible : %1.").arg(f.errorString()),
                                    f.fileName());
            if (auto ok = SyntheticDirectoryFiles::write(kind, f, options); !ok)
                return std::unexpected(ok.error());
            paths << f.fileName();
        }
    }
    auto imported = directory::DirectoryImport(db, admin).run(paths);
    if (!imported)
        return std::unexpected(imported.error());
    return imported->generation.professionalCount;
}

} // namespace sgl::workflow
