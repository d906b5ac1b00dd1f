#pragma once

#include <QString>

#include <optional>

namespace sgl::workflow::autoval {

/**
 * How the laboratory uses its auto-validation rules:
 * - Off: nothing is evaluated by itself (an evaluation on demand is still possible, recorded as such);
 * - Shadow: every dossier ready for biological validation is evaluated and the verdict recorded
 *   (and shown to the biologist), nothing is validated; the biologist's actual decision is compared
 *   with it (concordance per rule);
 * - Active: a dossier the engine releases is validated under the responsible biologist's name,
 *   with its report version and outbox rows, as a manual validation.
 */
enum class AutovalMode { Off, Shadow, Active };

/** "off", "shadow", "active" (stored, CLI). */
[[nodiscard]] QString autovalModeCode(AutovalMode mode);
[[nodiscard]] std::optional<AutovalMode> autovalModeFromCode(const QString &code);
/** « désactivée », « observation (ombre) », « active ». */
[[nodiscard]] QString autovalModeLabel(AutovalMode mode);

} // namespace sgl::workflow::autoval
