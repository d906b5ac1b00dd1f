#pragma once

#include <QString>

namespace sgl::interop::astm {

/** RS-232 line settings (E1381 default 9600 8N1, no flow control). */
struct SerialSettings {
    QString portName;   ///< "/dev/ttyUSB0", "ttyS0", or a pty path in tests
    qint32 baudRate = 9600;
    int dataBits = 8;
    char parity = 'N';  ///< N, E, O
    int stopBits = 1;
};

} // namespace sgl::interop::astm
