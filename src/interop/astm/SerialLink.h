#pragma once

#include "domain/Error.h"
#include "interop/astm/LinkDriver.h"
#include "interop/astm/SerialSettings.h"

#include <QObject>

class QSerialPort;

namespace sgl::interop::astm {

/**
 * ASTM over RS-232 through QtSerialPort: open() configures the line and attaches the driver;
 * a port error (cable pulled, device gone) detaches it and reports portError().
 */
class SerialLink : public QObject {
    Q_OBJECT
public:
    explicit SerialLink(LinkOptions options = {}, TextEncoding encoding = TextEncoding::Latin1,
                        QObject *parent = nullptr);
    ~SerialLink() override;

    /** Fails with astm.serial_open_failed naming the port and the system's reason. */
    [[nodiscard]] domain::Status open(const SerialSettings &settings);
    void close();
    [[nodiscard]] LinkDriver &driver() { return *m_driver; }

signals:
    void portError(const QString &code, const QString &message);

private:
    QSerialPort *m_port;
    LinkDriver *m_driver;
};

} // namespace sgl::interop::astm
