#pragma once

#include <QDateTime>
#include <QString>

namespace sgl::domain::analyzer {

/** Where one analyzer link stands, as the status panel shows it and `sgl gateway` prints it (JSON lines). */
enum class LinkState { Stopped, Listening, Connecting, Connected, Failed };

/**
 * Snapshot of one analyzer connection of the gateway (one per active profile).
 * Counters run since the gateway started; `lastError` is French, empty when none.
 */
struct ConnectionStatus {
    QString profileName;
    QString label;
    LinkState state = LinkState::Stopped;
    QString endpoint;          ///< "0.0.0.0:5001", "10.0.0.7:2575", "/dev/ttyUSB0"
    QString peer;              ///< the connected instrument, when any
    QDateTime lastMessageAt;   ///< UTC
    int messagesReceived = 0;
    int resultsStored = 0;
    int resultsHeld = 0;
    int queriesAnswered = 0;
    int linkErrors = 0;        ///< NAKs, bad checksums, dropped connections
    QString lastError;
};

/** Stable lower-case name of a state ("listening"...), for JSON and logs. */
[[nodiscard]] inline QString linkStateName(LinkState state)
{
    switch (state) {
    case LinkState::Stopped: return QStringLiteral("stopped");
    case LinkState::Listening: return QStringLiteral("listening");
    case LinkState::Connecting: return QStringLiteral("connecting");
    case LinkState::Connected: return QStringLiteral("connected");
    case LinkState::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace sgl::domain::analyzer
