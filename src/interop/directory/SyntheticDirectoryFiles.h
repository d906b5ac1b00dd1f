#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryMailbox.h"
#include "domain/directory/DirectoryProfessional.h"
#include "interop/directory/DirectoryFileKind.h"

#include <QIODevice>
#include <QList>

namespace sgl::interop::directory {

/**
 * Synthetic SavoirFaire, Dipl_AutExerc and MSSanté correspondence files matching a synthetic
 * Personne_activite extract (SyntheticExtract): same header, encoding (Windows-1252, trailing
 * '|') and invented people, so that the four files import together.
 *
 *  - SavoirFaire: one « Spécialité ordinale » per médecin and pharmacien, drawn from the
 *    professional's activity savoir-faire when it has one;
 *  - Dipl_AutExerc: one state diploma per professional (per profession);
 *  - MSSanté: a PER box for every activity MSSanté address of the extract and for every third
 *    professional without one, `extraMailboxes` as given, and two ORG boxes of invented
 *    laboratories.
 * Deterministic for the same professionals.
 */
class SyntheticDirectoryFiles {
public:
    struct Options {
        QList<domain::DirectoryProfessional> professionals; ///< with their activities (professionalsOf())
        QList<domain::DirectoryMailbox> extraMailboxes;     ///< written first in the MSSanté file
    };

    /** Writes the header and lines of `kind` (not PersonneActivite, see SyntheticExtract). */
    [[nodiscard]] static domain::Status write(DirectoryFileKind kind, QIODevice &device, const Options &options);
    /** The professionals of a Personne_activite extract, read back from `device` (activities grouped). */
    [[nodiscard]] static domain::Result<QList<domain::DirectoryProfessional>> professionalsOf(QIODevice &device,
                                                                                              const QString &source);
    /** A personal (PER) box of an RPPS holder. */
    [[nodiscard]] static domain::DirectoryMailbox personalBox(const domain::DirectoryProfessional &p,
                                                              const QString &address);
    /** The header line as published (Windows-1252, trailing '|', LF). */
    [[nodiscard]] static QByteArray header(DirectoryFileKind kind);
    /** One line (Windows-1252, '|' after every field, LF); '|' and line breaks in values become spaces. */
    [[nodiscard]] static QByteArray line(QStringList fields);
};

} // namespace sgl::interop::directory
