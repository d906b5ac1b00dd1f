#include "MssSimTestEnv.h"

#include "simulators/pki/RsaTestPki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

#include <gtest/gtest.h>

using namespace sgl::simulators::mss;
using sgl::simulators::pki::RsaTestPki;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test_simulators_mss";
    static char *argv[] = {name, nullptr};
    static QCoreApplication a(argc, argv);
    return a;
}

} // namespace

MssSimTestEnv &MssSimTestEnv::instance()
{
    static MssSimTestEnv env;
    return env;
}

MssSimTestEnv::MssSimTestEnv() : m_pkiDir(QStringLiteral(SGL_BINARY_DIR "/test-pki-rsa"))
{
    app();
    if (auto st = RsaTestPki::ensure(m_pkiDir); !st) {
        ADD_FAILURE() << st.error().toString().toStdString();
        std::abort();
    }
    MssSimulatorConfig config;
    config.tls.certificatePath = pki("server.pem");
    config.tls.keyPath = pki("server.key.pem");
    config.tls.caPath = pki("ca.pem");
    config.mdnDelayMs = 100;
    auto sim = MssSimulatorThread::start(config);
    config.maxMessageBytes = 4096;
    config.password = QStringLiteral("s3cret");
    auto small = MssSimulatorThread::start(config);
    if (!sim || !small) {
        ADD_FAILURE() << (sim ? small.error() : sim.error()).toString().toStdString();
        std::abort();
    }
    m_sim = std::move(*sim);
    m_small = std::move(*small);
}

QString MssSimTestEnv::pki(const char *file) const
{
    return RsaTestPki::file(m_pkiDir, file);
}

QString MssSimTestEnv::lab()
{
    return sgl::simulators::pki::RsaTestPkiOptions{}.mailbox;
}

sgl::interop::mss::MssClientConfig MssSimTestEnv::labConfig(MssSimulatorThread &sim, const char *certificate) const
{
    sgl::interop::mss::MssClientConfig c;
    c.smtpUrl = sim.smtpUrl();
    c.imapUrl = sim.imapUrl();
    c.mailbox = lab();
    const QByteArray base(certificate);
    c.certificatePath = pki((base + ".pem").constData());
    c.privateKeyPath = pki((base + ".key.pem").constData());
    c.caBundlePath = pki("ca.pem");
    c.timeoutMs = 15000;
    c.connectTimeoutMs = 5000;
    return c;
}

sgl::interop::mss::MimeMessage MssSimTestEnv::message(const QString &to, const QByteArray &tag)
{
    sgl::interop::mss::MimeMessage m;
    m.from = lab();
    m.to = {to};
    m.subject = QStringLiteral("Compte rendu de biologie (essai %1)").arg(QString::fromLatin1(tag));
    m.messageId = tag + '.' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "@sgl-test.mssante.fr";
    m.dispositionNotificationTo = lab();
    m.date = QDateTime::currentDateTimeUtc();
    // A line starting with '.' must survive the SMTP dot-stuffing.
    m.bodyText = QStringLiteral("Madame, Monsieur,\n.Une ligne qui commence par un point.\nCordialement.");
    m.attachments << sgl::interop::mss::MimeAttachment{QStringLiteral("résultat.pdf"), "application/pdf",
                                                       QByteArray("%PDF-1.4\n.\n..\r\n%%EOF\n") + QByteArray(1, '\0')};
    return m;
}

bool MssSimTestEnv::waitFor(MssSimulatorThread &sim, const QString &mailbox, int count, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (sim.store().messages(mailbox).size() < count) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

struct RawSession::Impl {
    QSslSocket socket;
    QByteArray buffer;
};

RawSession::RawSession(quint16 port) : d(std::make_unique<Impl>())
{
    d->socket.connectToHost(QHostAddress::LocalHost, port);
    d->socket.waitForConnected(3000);
}

RawSession::~RawSession() = default;

QByteArray RawSession::line(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!d->buffer.contains('\n')) {
        if (t.elapsed() > timeoutMs || (!d->socket.waitForReadyRead(100) && d->socket.state() != QAbstractSocket::ConnectedState))
            break;
        d->buffer += d->socket.readAll();
    }
    const qsizetype eol = d->buffer.indexOf('\n');
    if (eol < 0)
        return {};
    QByteArray l = d->buffer.left(eol);
    d->buffer.remove(0, eol + 1);
    if (l.endsWith('\r'))
        l.chop(1);
    return l;
}

QByteArray RawSession::until(const QByteArray &prefix, int timeoutMs)
{
    for (;;) {
        const QByteArray l = line(timeoutMs);
        if (l.isEmpty() || l.startsWith(prefix))
            return l;
    }
}

void RawSession::send(const QByteArray &bytes)
{
    d->socket.write(bytes);
    d->socket.waitForBytesWritten(3000);
}

bool RawSession::closedByServer(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (d->socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        d->socket.waitForReadyRead(100);
        d->buffer += d->socket.readAll();
    }
    return d->socket.state() == QAbstractSocket::UnconnectedState;
}

bool RawSession::startTls(const char *certificate)
{
    MssSimTestEnv &env = MssSimTestEnv::instance();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(env.pki("ca.pem")));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (certificate) {
        const QByteArray base(certificate);
        QFile key(env.pki((base + ".key.pem").constData()));
        if (!key.open(QIODevice::ReadOnly))
            return false;
        tls.setLocalCertificate(QSslCertificate::fromPath(env.pki((base + ".pem").constData())).value(0));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    }
    d->buffer.clear();
    d->socket.setSslConfiguration(tls);
    d->socket.setPeerVerifyName(QStringLiteral("localhost"));
    d->socket.startClientEncryption();
    return d->socket.waitForEncrypted(5000);
}
