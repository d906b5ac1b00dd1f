#pragma once

#include <QString>

#include <optional>

namespace sgl::cli {

/**
 * Reads a password: from the first line of stdin when `fromStdin` or when stdin is not a
 * terminal (scripts), otherwise by prompting twice on the terminal with echo off.
 * nullopt when the two entries differ or input ends. An empty `confirmPrompt` asks once
 * (re-authentication of a signer).
 */
[[nodiscard]] std::optional<QString> readPassword(bool fromStdin, const QString &prompt,
                                                  const QString &confirmPrompt);

} // namespace sgl::cli
