#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sgl::interop::astm {

/** What the host writes in its own H record. */
struct HostHeader {
    QStringList sender{QStringLiteral("SGL")}; ///< H-5 components
    QString receiver;                          ///< H-10
    QString controlId;                         ///< H-3
    QString processingId = QStringLiteral("P"); ///< H-12
    QString version = QStringLiteral("LIS2-A2"); ///< H-13
    QDateTime time;                            ///< H-14, written in local time YYYYMMDDHHMMSS
};

} // namespace sgl::interop::astm
