#pragma once

#include <QString>

namespace sgl::domain {

/**
 * A French phonetic key for approximate name search ("Dupont" = "Dupond" = "DUPONT-", "Lefèvre"
 * = "Lefebvre", "Gauthier" = "Gautier", "Le Gall" = "Legall").
 *
 * The project's own simplification of French spelling, applied to NameNormaliser::compact():
 * digraphs (EAU/AU -> O, AI/EI -> E, PH -> F, QU/CK -> K, CH/SH/SCH -> X), soft/hard C and G,
 * silent H, nasal vowels (AN/EN -> 1, ON -> 2, IN/AIN/EIN/UN -> 3 before a consonant or at the
 * end), W -> V, Y -> I, Z -> S, BV -> V, GN -> N, then final E and silent final consonants
 * (T, D, S, X, Z) dropped and doubled codes collapsed.
 *
 * Contract: deterministic, pure, empty for a name with no letter. The key is stored by storage
 * (indexed column) and compared for equality; changing the algorithm requires recomputing the
 * stored keys (version() is stored alongside so a migration can detect it).
 */
class PhoneticKey
{
public:
    [[nodiscard]] static QString of(const QString &name);
    [[nodiscard]] static int version() { return 1; }
};

} // namespace sgl::domain
