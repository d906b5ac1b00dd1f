#pragma once

#include "domain/Error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <functional>

namespace sgl::interop::gateway {

/** Which way bytes went on an analyzer link. */
enum class TrafficDirection { In, Out };

/** Where and how much raw traffic a connection keeps (issue 11 §5). */
struct TrafficLogSettings {
    QString directory;                       ///< empty: no traffic log (said once in the status, never silently)
    qint64 maxFileBytes = 5 * 1024 * 1024;   ///< the current file is rotated past this size
    int keptFiles = 5;                       ///< rotated files kept besides the current one
};

/**
 * The raw-traffic log of one connection: `<directory>/<name>.log`, one line per chunk of bytes
 * as the socket or serial port gave or took it, and one per link event.
 *
 * Line format (UTF-8): `2026-12-06T03:50:12.123Z <dir> <peer> <bytes>` where `<dir>` is `<<`
 * received, `>>` sent, `--` a note; control characters are written as their ASCII names in
 * angle brackets (`<ENQ>`, `<STX>`, `<CR>`, `<LF>`, `<VT>`, `<FS>`...), other bytes below 0x20
 * and 0x7F as `<0x1F>`, bytes from 0x80 as `<0xE9>` (the log never guesses a charset), '<' as
 * `<<>` so a line reads back unambiguously: one chunk of bytes, one line.
 *
 * Rotation: when writing would take the file past maxFileBytes, `name.log` becomes `name.1.log`,
 * `name.1.log` becomes `name.2.log`... and the file past keptFiles is deleted. A file that cannot
 * be opened or written is reported through the failure callback (with code
 * gateway.traffic_log_failed) at each failed write, so a lost log is never silent.
 */
class TrafficLog {
public:
    using FailureReporter = std::function<void(const domain::Error &)>;
    using Clock = std::function<QDateTime()>;

    TrafficLog(TrafficLogSettings settings, QString name, FailureReporter onFailure = {}, Clock clock = {});

    [[nodiscard]] bool enabled() const { return !m_settings.directory.isEmpty(); }
    [[nodiscard]] QString currentPath() const;

    void bytes(TrafficDirection direction, const QString &peer, QByteArrayView data);
    void note(const QString &peer, const QString &text);

    /** The printable form of raw bytes used in the log (tests, status screens). */
    [[nodiscard]] static QString printable(QByteArrayView data);

private:
    void writeLine(const QByteArray &line);
    [[nodiscard]] bool rotate();
    void fail(const QString &why);

    TrafficLogSettings m_settings;
    QString m_name;
    FailureReporter m_onFailure;
    Clock m_clock;
    QFile m_file;
};

} // namespace sgl::interop::gateway
