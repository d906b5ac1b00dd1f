#pragma once

#include <QString>
#include <QStringList>

namespace sgl::simulators::dmp {

/** One handled request, kept for tests, the admin view and stderr (no patient traits). */
struct DmpCallLog {
    QString path;
    QString action;          ///< wsa:Action, empty when the envelope was unreadable
    QString messageId;
    QString outcome;         ///< "Success", "Failure XDS…", "Fault <subcode>", "HTTP 503", "OK"/"NF" (TD0.2)
    QStringList errorCodes;  ///< RegistryError codes of a Failure
    QStringList notes;       ///< tolerances applied, checks skipped
};

} // namespace sgl::simulators::dmp
