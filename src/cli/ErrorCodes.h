#pragma once

#include <QLatin1StringView>

/**
 * Stable error codes raised by sgl_cli (domain::Error::code, "<module>.<reason>"). Support, audit
 * and tests rely on them: never reword or reuse one. Call sites use these constants, never a
 * string literal (tests/architecture/check_error_codes.py).
 */
namespace sgl::cli::errc {

inline constexpr QLatin1StringView Io{"cli.io"};  ///< ex. « Écriture impossible : %1… »
inline constexpr QLatin1StringView Rejected{"cli.rejected"};  ///< « Dossier « %1 » introuvable. »
inline constexpr QLatin1StringView RejectedAuthor{"cli.rejected_author"};  ///< « Utilisateur « %1 » inconnu ou désactivé. »

inline constexpr QLatin1StringView RejectedUser{"cli.rejected_user"};  ///< « Utilisateur « %1 » inconnu ou désactivé. » (--user of receive)

} // namespace sgl::cli::errc
