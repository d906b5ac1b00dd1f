#pragma once

#include "domain/autoval/DossierInput.h"
#include "domain/autoval/DossierVerdict.h"
#include "domain/autoval/RuleSet.h"

namespace sgl::domain::autoval {

/**
 * The expert system: what the laboratory's rules say about one dossier. Pure (no I/O, no clock,
 * deterministic), cheap enough to run on every dossier of the queue.
 *
 * Contract:
 * - Judged: results in state TechnicallyValidated (released or held); Validated and Cancelled
 *   results are context only; any other state (pending, entered, rerun) holds (SYS.TECHNIQUE).
 * - Built-in holds, never lifted by a waiver, whatever the rule set: SYS.TECHNIQUE (not technically
 *   validated), SYS.CRITIQUE (critical flag LL/HH/AA, `critical`, or a value possibly beyond the
 *   catalogue's critical limits), SYS.RAPPEL (call-back pending), SYS.CQ (held by QC, with its
 *   reason), SYS.NON_CONFORMITE (a non-conformity concerning the analysis or the whole dossier),
 *   SYS.MODIFIEE (value corrected or changed by hand), SYS.NON_COUVERTE (no applicable limits rule),
 *   SYS.VALEUR (empty or text value), SYS.REFLEXE (dossier-wide: reflex proposal undecided),
 *   SYS.VIDE (dossier-wide: nothing to validate).
 * - Then every enabled rule applicable to the patient is evaluated on the analyses it concerns
 *   (Rule); a failing non-waiver rule holds them; a passing waiver lifts the holds it names.
 *   Holds of critical conditions are built-in too.
 * - The dossier is released only when no hold stands (analysis or dossier-wide).
 */
class AutoValidationEngine {
public:
    [[nodiscard]] static DossierVerdict evaluate(const DossierInput &dossier, const RuleSet &ruleSet);
};

/** Built-in rule ids (stable: statistics and concordance count them). */
namespace builtin {
inline constexpr const char *Technical = "SYS.TECHNIQUE";
inline constexpr const char *Critical = "SYS.CRITIQUE";
inline constexpr const char *CallBack = "SYS.RAPPEL";
inline constexpr const char *Qc = "SYS.CQ";
inline constexpr const char *NonConformity = "SYS.NON_CONFORMITE";
inline constexpr const char *Edited = "SYS.MODIFIEE";
inline constexpr const char *NotCovered = "SYS.NON_COUVERTE";
inline constexpr const char *Value = "SYS.VALEUR";
inline constexpr const char *Reflex = "SYS.REFLEXE";
inline constexpr const char *Empty = "SYS.VIDE";
inline constexpr const char *Swap = "SYS.ECHANGE";   ///< SeriesCrossCheck
inline constexpr const char *Series = "SYS.SERIE";    ///< SeriesCrossCheck: a neighbour's values still awaited
} // namespace builtin

} // namespace sgl::domain::autoval
