#include "PrivateCupsd.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QThread>

#include <sys/stat.h>

namespace sgl::interop::labels::testing {

namespace {

constexpr int SafetyTimeoutMs = 60000; // bounds a broken setup only; success returns at once
constexpr int PollMs = 20;

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

PrivateCupsd::PrivateCupsd()
{
    if (!m_dir.isValid() || !QFileInfo::exists(QString::fromLatin1(Binary)))
        return;
    // cupsd drops to user lp for some work: the tree must be traversable.
    ::chmod(m_dir.path().toLocal8Bit().constData(), 0755);
    const QByteArray root = m_dir.path().toLocal8Bit();
    for (const char *sub : {"etc", "spool", "cache", "state", "tmp", "log", "lib/backend", "lib/daemon"})
        if (!QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)))
            return;
    // cupsd starts every backend through its cups-exec helper, looked up in ServerBin.
    if (!QFile::link(QStringLiteral("/usr/lib/cups/daemon/cups-exec"), m_dir.filePath(QStringLiteral("lib/daemon/cups-exec"))))
        return;
    const bool written =
        writeFile(m_dir.filePath(QStringLiteral("etc/cups-files.conf")),
                  "ServerRoot " + root + "/etc\n"
                  "RequestRoot " + root + "/spool\n"
                  "CacheDir " + root + "/cache\n"
                  "StateDir " + root + "/state\n"
                  "TempDir " + root + "/tmp\n"
                  "ServerBin " + root + "/lib\n"
                  "DataDir /usr/share/cups\n"
                  "AccessLog " + root + "/log/access_log\n"
                  "ErrorLog " + root + "/log/error_log\n"
                  "PageLog " + root + "/log/page_log\n"
                  "SystemGroup root\n")
        && writeFile(m_dir.filePath(QStringLiteral("etc/cupsd.conf")),
                     "Listen " + root + "/cups.sock\n"
                     "LogLevel debug\n"
                     "WebInterface No\n"
                     "Browsing No\n"
                     "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                     "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        // The device: a backend that copies the job to the file its URI names, as the socket
        // backend would copy it to the printer (mode 0700: cupsd runs it as root).
        && writeFile(m_dir.filePath(QStringLiteral("lib/backend/sink")),
                     "#!/bin/sh\n"
                     "[ $# -eq 0 ] && exit 0\n"
                     "out=\"${DEVICE_URI#sink:}\"\n"
                     "if [ -n \"$6\" ]; then cat \"$6\" > \"$out.part\"; else cat > \"$out.part\"; fi\n"
                     "mv \"$out.part\" \"$out\"\n")
        // A queue without PPD is a raw queue: CUPS passes the bytes through untouched.
        && writeFile(m_dir.filePath(QStringLiteral("etc/printers.conf")),
                     "<Printer labels>\nState Idle\nAccepting Yes\nDeviceURI sink:" + root
                         + "/out.zpl\nShared No\n</Printer>\n");
    if (!written)
        return;
    ::chmod(m_dir.filePath(QStringLiteral("lib/backend/sink")).toLocal8Bit().constData(), 0700);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QString::fromLatin1(Binary),
                    {QStringLiteral("-f"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("etc/cupsd.conf")),
                     QStringLiteral("-s"), m_dir.filePath(QStringLiteral("etc/cups-files.conf"))});
    if (!m_process.waitForStarted(SafetyTimeoutMs))
        return;
    // Ready when the socket accepts a connection (the scheduler binds it once configured).
    const QDeadlineTimer deadline(SafetyTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        if (probe.waitForConnected(1000)) {
            m_ready = true;
            return;
        }
        QThread::msleep(PollMs);
    }
}

PrivateCupsd::~PrivateCupsd()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(SafetyTimeoutMs))
            m_process.kill();
        m_process.waitForFinished(SafetyTimeoutMs);
    }
}

QString PrivateCupsd::diagnostics() const
{
    QString out = QStringLiteral("cupsd: %1; ").arg(QString::fromLocal8Bit(
        const_cast<QProcess &>(m_process).readAll()));
    QFile log(m_dir.filePath(QStringLiteral("log/error_log")));
    if (log.open(QIODevice::ReadOnly))
        out += QString::fromLocal8Bit(log.readAll().right(4000));
    return out;
}

QString PrivateCupsd::socketPath() const
{
    return m_dir.filePath(QStringLiteral("cups.sock"));
}

QString PrivateCupsd::outputPath() const
{
    return m_dir.filePath(QStringLiteral("out.zpl"));
}

QByteArray PrivateCupsd::waitForOutput(qint64 size) const
{
    // The job is done when its whole document is in the device file: wait for that event.
    const QDeadlineTimer deadline(SafetyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (QFileInfo(outputPath()).size() >= size) {
            QFile f(outputPath());
            if (f.open(QIODevice::ReadOnly))
                return f.readAll();
        }
        QThread::msleep(PollMs);
    }
    return {};
}

} // namespace sgl::interop::labels::testing
