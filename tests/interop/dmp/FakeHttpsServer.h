#pragma once

// A scripted HTTPS server for the DMP client's transport and fault-mapping tests (tests only).
// It runs its own event loop on a thread (the client under test blocks in libcurl), requires a
// client certificate from its CA, answers each request with the next scripted reply and records
// what it received. The real DMP simulator is helper dmpsim's sgl-dmp-sim.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QSsl>
#include <QString>
#include <QThread>

#include <deque>

namespace sgl::testing {

struct FakeReply {
    int status = 200;
    QByteArray contentType = "application/soap+xml; charset=UTF-8";
    QByteArray body;
    int delayMs = 0;           ///< wait before answering (timeouts)
    bool closeWithoutAnswer = false;
};

struct FakeRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

class FakeHttpsServer : public QThread {
public:
    struct Tls {
        QString certificate;
        QString key;
        QString ca;                                   ///< trusted for client certificates
        QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    };
    explicit FakeHttpsServer(Tls tls);
    ~FakeHttpsServer() override;

    /** Starts the thread and waits for the listening port (0 on failure). */
    quint16 start();
    void push(FakeReply reply);
    [[nodiscard]] QList<FakeRequest> requests() const;

protected:
    void run() override;

private:
    friend class FakeConnection;
    FakeReply next();
    void record(FakeRequest request);

    Tls m_tls;
    mutable QMutex m_mutex;
    std::deque<FakeReply> m_script;
    QList<FakeRequest> m_requests;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace sgl::testing
