#pragma once

#include <QString>

namespace sgl::app {

/** Shows a database URL to users (status bar, about box) without ever showing its password. */
class DatabaseUrlDisplay {
public:
    /**
     * The URL with any password and query removed ("postgresql://sgl@db:5432/lab").
     * Unparsable input gives an empty string rather than echoing what could hold a secret.
     */
    [[nodiscard]] static QString redact(const QString &url);
};

} // namespace sgl::app
