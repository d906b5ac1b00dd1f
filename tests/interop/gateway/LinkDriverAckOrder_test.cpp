// The ACK of the frame that completes an E1394 message is written only after messageReceived()
// returned (astm::LinkDriver), so a receiver that stores the message in its slot acknowledges a
// stored message. Checked on a device that writes at once (no socket buffering to hide the order).

#include "GatewayTestSupport.h"

#include "interop/astm/FrameCodec.h"
#include "interop/astm/LinkDriver.h"

#include <QIODevice>

#include <cstring>

namespace sgl::testing {
namespace {

/** A byte device whose writes land immediately in `written`. */
class ImmediateDevice : public QIODevice {
public:
    QByteArray pending;
    QByteArray written;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return pending.size() + QIODevice::bytesAvailable(); }
    void push(const QByteArray &bytes)
    {
        pending += bytes;
        emit readyRead();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, pending.size());
        std::memcpy(data, pending.constData(), size_t(n));
        pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *data, qint64 n) override
    {
        written.append(data, n);
        return n;
    }
};

TEST(LinkDriverAckOrder, FinalAckIsWrittenAfterTheMessageWasHandedOver)
{
    ensureGatewayApp();
    ImmediateDevice device;
    ASSERT_TRUE(device.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    interop::astm::LinkDriver driver;
    driver.attach(&device);
    qsizetype acksWhenDelivered = -1;
    QObject::connect(&driver, &interop::astm::LinkDriver::messageReceived, &driver,
                     [&] { acksWhenDelivered = device.written.count('\x06'); });
    device.push(QByteArray(1, '\x05') + interop::astm::FrameCodec::buildFrame(1, "H|\\^&\r", true));
    ASSERT_EQ(device.written, QByteArray(2, '\x06'));
    device.push(interop::astm::FrameCodec::buildFrame(2, "L|1|N\r", true));
    EXPECT_EQ(acksWhenDelivered, 2) << "ENQ and the H frame acknowledged, the L frame not yet";
    EXPECT_EQ(device.written.count('\x06'), 3);
    EXPECT_EQ(driver.takeMessages().size(), 1);
}

TEST(LinkDriverAckOrder, DetachingInTheSlotWithholdsTheFinalAck)
{
    ensureGatewayApp();
    ImmediateDevice device;
    ASSERT_TRUE(device.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    interop::astm::LinkDriver driver;
    driver.attach(&device);
    QObject::connect(&driver, &interop::astm::LinkDriver::messageReceived, &driver, [&] { driver.detach(); });
    device.push(QByteArray(1, '\x05') + interop::astm::FrameCodec::buildFrame(1, "H|\\^&\r", true));
    ASSERT_EQ(device.written, QByteArray(2, '\x06'));
    device.push(interop::astm::FrameCodec::buildFrame(2, "L|1|N\r", true));
    EXPECT_EQ(device.written, QByteArray(2, '\x06')) << "no ACK for the frame of a message that was not stored";
}

} // namespace
} // namespace sgl::testing
