#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/MllpCodec.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTcpSocket;

namespace sgl::interop::hl7v2 {

/**
 * MLLP sender: one connection, kept open between messages, one answer awaited per message.
 * exchange() waits in a local event loop, so it also works on the thread that runs an MllpServer
 * (tests, demo); never call it from a slot that must return quickly in the GUI.
 */
class MllpClient : public QObject {
    Q_OBJECT
public:
    explicit MllpClient(QString host, quint16 port, QObject *parent = nullptr);
    ~MllpClient() override;

    /**
     * Sends one message (already ER7-encoded bytes, CR separators) and returns the unframed
     * answer. Fails with "hl7v2.mllp_timeout" or "hl7v2.mllp_connection" and a French message.
     */
    [[nodiscard]] domain::Result<QByteArray> exchange(QByteArrayView message, int timeoutMs = 10000);
    /** Sends raw bytes as is (tests of split/garbled framing); no answer awaited. */
    [[nodiscard]] domain::Status sendRaw(QByteArrayView bytes, int timeoutMs = 10000);
    /** Waits for the next answer after sendRaw(). */
    [[nodiscard]] domain::Result<QByteArray> awaitAnswer(int timeoutMs = 10000);
    void disconnectFromHost();

private:
    [[nodiscard]] domain::Status ensureConnected(int timeoutMs);

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket;
    MllpCodec m_codec;
    QList<QByteArray> m_pending; // answers received but not yet returned
};

} // namespace sgl::interop::hl7v2
