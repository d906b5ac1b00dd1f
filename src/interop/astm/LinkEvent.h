#pragma once

#include <QMetaType>
#include <QString>

namespace sgl::interop::astm {

/**
 * Something the link layer noticed, for the per-connection log and the connection status:
 * `code` is one of errc (stable), `message` is French, `location` names the frame ("frame 3,
 * FN 2") or is empty, `atMs` is the link clock time.
 */
struct LinkEvent {
    enum class Severity { Info, Warning, Error };

    QString code;
    QString message;
    QString location;
    Severity severity = Severity::Info;
    qint64 atMs = 0;
};

} // namespace sgl::interop::astm
Q_DECLARE_METATYPE(sgl::interop::astm::LinkEvent)
