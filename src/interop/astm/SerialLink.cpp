#include "interop/astm/SerialLink.h"

#include "interop/astm/ErrorCodes.h"
#include "interop/astm/Tr.h"

#include <QSerialPort>

namespace sgl::interop::astm {

SerialLink::SerialLink(LinkOptions options, TextEncoding encoding, QObject *parent)
    : QObject(parent), m_port(new QSerialPort(this)), m_driver(new LinkDriver(options, encoding, this))
{
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // NotOpenError is what close() reports on a port that never opened: reacting to it (the
        // connection closes the link on portError) would recurse until the stack overflows.
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || error == QSerialPort::NotOpenError)
            return;
        if (m_driver->attached())
            m_driver->detach();
        emit portError(errc::SerialOpenFailed,
                       Tr::tr("Erreur du port série %1 : %2").arg(m_port->portName(), m_port->errorString()));
    });
}

SerialLink::~SerialLink()
{
    m_port->disconnect(this);
}

domain::Status SerialLink::open(const SerialSettings &s)
{
    m_port->setPortName(s.portName);
    m_port->setBaudRate(s.baudRate);
    m_port->setDataBits(s.dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8);
    m_port->setParity(s.parity == 'E' ? QSerialPort::EvenParity
                      : s.parity == 'O' ? QSerialPort::OddParity
                                        : QSerialPort::NoParity);
    m_port->setStopBits(s.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        return domain::fail(errc::SerialOpenFailed,
                            Tr::tr("Ouverture du port série %1 impossible : %2")
                                .arg(s.portName, m_port->errorString()),
                            s.portName);
    }
    m_driver->attach(m_port);
    return {};
}

void SerialLink::close()
{
    if (m_driver->attached())
        m_driver->detach();
    if (m_port->isOpen())
        m_port->close();
}

} // namespace sgl::interop::astm
