#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryProfessional.h"

#include <QIODevice>
#include <QList>

namespace sgl::interop::directory {

/**
 * A synthetic `PS_LibreAcces_Personne_activite` extract for the tests, the benchmark and the demo:
 * the exact published header, Windows-1252 text with accented invented names, RPPS numbers with
 * valid Luhn keys (payloads from 1900000000 up, a range kept apart from the demo's own numbers),
 * one to three activities per professional in invented structures. Deterministic for a seed.
 * No real person: names are drawn from short lists of common first and last names, combined at
 * random.
 */
class SyntheticExtract {
public:
    struct Options {
        qint64 rows = 1000;        ///< data lines to write (activities), `extra` included
        quint32 seed = 1;
        /** Written first, as given (the demo's prescribers and biologist). */
        QList<domain::DirectoryEntry> extra;
    };

    /** Writes the header and `options.rows` lines; fails only when the device refuses to write. */
    [[nodiscard]] static domain::Status write(QIODevice &device, const Options &options);
    /** The `index`-th synthetic RPPS (11 digits, valid key). */
    [[nodiscard]] static QString rpps(qint64 index);
    /**
     * An entry for a named professional (profession code 10 médecin, 21 pharmacien; a biologist
     * is 10 or 21 with savoir-faire « Biologie médicale »), one activity in `city`.
     */
    [[nodiscard]] static domain::DirectoryEntry professional(const QString &rpps, const QString &lastName,
                                                             const QString &firstName, const QString &professionCode,
                                                             const QString &email = {});
};

} // namespace sgl::interop::directory
