#pragma once

#include "domain/Error.h"
#include "storage/DbUrl.h"

#include <QString>
#include <QStringList>

namespace sgl::storage {

/**
 * Resolves which database to open, first match wins:
 *  1. an explicit URL (CLI --db, GUI option);
 *  2. the environment variable SGL_DB_URL;
 *  3. the config file: $SGL_CONFIG if set, else $XDG_CONFIG_HOME/sgl/sgl.conf
 *     (~/.config/sgl/sgl.conf), else /etc/sgl/sgl.conf; INI key `[database] url=`;
 *  4. the default SQLite file $XDG_DATA_HOME/sgl/sgl.sqlite (~/.local/share/sgl/sgl.sqlite).
 *
 * A config file that exists but is unreadable or has no url is an error (storage.config):
 * silently falling back to another database would hide a misconfiguration.
 * The example file is resources/config/sgl.conf.example.
 */
class DbConfig {
public:
    struct Resolved {
        DbUrl url;
        QString source; ///< French description of where the URL came from, for messages
    };
    [[nodiscard]] static domain::Result<Resolved> resolve(const QString &explicitUrl = {});
    /** Config file candidates in lookup order (for docs and error messages). */
    [[nodiscard]] static QStringList configFileCandidates();
    [[nodiscard]] static QString defaultSqlitePath();
};

} // namespace sgl::storage
