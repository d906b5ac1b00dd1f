#pragma once

// A CUPS scheduler of the test's own (Debian cups-daemon's /usr/sbin/cupsd, run in the
// foreground): configuration, spool and logs in a temporary directory, listening only on a local
// socket there, with one raw queue "labels" (no driver) whose device is a file, so a test reads
// back exactly what CUPS would have sent to the printer. Never touches the system's CUPS.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace sgl::interop::labels::testing {

class PrivateCupsd {
public:
    static constexpr const char *Binary = "/usr/sbin/cupsd";

    /** Starts cupsd and waits until its socket accepts connections (ready() says if it did). */
    PrivateCupsd();
    /** Stops the cupsd this object started. */
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd &) = delete;
    PrivateCupsd &operator=(const PrivateCupsd &) = delete;

    [[nodiscard]] bool ready() const { return m_ready; }
    /** Why it is not ready: start failure and the scheduler's error log. */
    [[nodiscard]] QString diagnostics() const;
    /** The socket path, for a "cups:QUEUE@SERVER" destination. */
    [[nodiscard]] QString socketPath() const;
    /** The file the "labels" queue writes its jobs to. */
    [[nodiscard]] QString outputPath() const;
    /** The output file once it holds `size` bytes (empty after 60 s without). */
    [[nodiscard]] QByteArray waitForOutput(qint64 size) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    bool m_ready = false;
};

} // namespace sgl::interop::labels::testing
