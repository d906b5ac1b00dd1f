#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "interop/gateway/TrafficLog.h"

#include <QString>

namespace sgl::interop::gateway {

/**
 * The network facts of one analyzer connection, taken from its profile by the gateway
 * (interop never reads profiles from the database).
 */
struct ConnectionConfig {
    QString name;                                ///< the profile name: status key and log file name
    QString label;
    domain::analyzer::AnalyzerProtocol protocol = domain::analyzer::AnalyzerProtocol::Astm;
    domain::analyzer::TransportSettings transport;
    QString charset = QStringLiteral("latin1");  ///< ASTM text encoding ("latin1", "utf-8")
    bool lenientFrameNumbers = false;            ///< ASTM FrameNumberPolicy::Lenient
    TrafficLogSettings trafficLog;
    int reconnectDelayMs = 5000;                 ///< TCP client and serial: wait before trying again
};

} // namespace sgl::interop::gateway
