#include "interop/gateway/TrafficLog.h"

#include "interop/gateway/ErrorCodes.h"
#include "interop/gateway/Tr.h"

#include <QDir>

#include <array>

namespace sgl::interop::gateway {

namespace {

constexpr std::array<const char *, 32> kControlNames{
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"};

} // namespace

TrafficLog::TrafficLog(TrafficLogSettings settings, QString name, FailureReporter onFailure, Clock clock)
    : m_settings(std::move(settings)), m_name(std::move(name)), m_onFailure(std::move(onFailure)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_settings.keptFiles = std::max(m_settings.keptFiles, 0);
    m_settings.maxFileBytes = std::max<qint64>(m_settings.maxFileBytes, 256);
}

QString TrafficLog::currentPath() const
{
    return enabled() ? QDir(m_settings.directory).filePath(m_name + QStringLiteral(".log")) : QString();
}

QString TrafficLog::printable(QByteArrayView data)
{
    QString out;
    out.reserve(data.size() + 16);
    for (char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20)
            out += u'<' + QLatin1StringView(kControlNames[u]) + u'>';
        else if (u == 0x7F || u >= 0x80)
            out += QStringLiteral("<0x%1>").arg(QString::number(u, 16).toUpper().rightJustified(2, u'0'));
        else if (c == '<')
            out += QStringLiteral("<<>");
        else
            out += QLatin1Char(c);
    }
    return out;
}

void TrafficLog::bytes(TrafficDirection direction, const QString &peer, QByteArrayView data)
{
    if (!enabled() || data.isEmpty())
        return;
    const QString line = m_clock().toString(Qt::ISODateWithMs) + (direction == TrafficDirection::In ? QStringLiteral(" << ") : QStringLiteral(" >> "))
                         + (peer.isEmpty() ? QStringLiteral("-") : peer) + u' ' + printable(data);
    writeLine(line.toUtf8());
}

void TrafficLog::note(const QString &peer, const QString &text)
{
    if (!enabled())
        return;
    QString clean = text;
    clean.replace(u'\r', u' ').replace(u'\n', u' ');
    writeLine((m_clock().toString(Qt::ISODateWithMs) + QStringLiteral(" -- ") + (peer.isEmpty() ? QStringLiteral("-") : peer) + u' '
               + clean)
                  .toUtf8());
}

void TrafficLog::writeLine(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    if (m_file.isOpen() && m_file.size() > 0 && m_file.size() + bytes.size() > m_settings.maxFileBytes) {
        if (!rotate())
            return;
    }
    if (!m_file.isOpen()) {
        if (!QDir().mkpath(m_settings.directory)) {
            fail(Tr::tr("dossier %1 impossible à créer").arg(m_settings.directory));
            return;
        }
        m_file.setFileName(currentPath());
        if (!m_file.open(QIODevice::Append | QIODevice::WriteOnly)) {
            fail(m_file.errorString());
            return;
        }
        if (m_file.size() > 0 && m_file.size() + bytes.size() > m_settings.maxFileBytes && !rotate())
            return;
    }
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        fail(m_file.errorString());
        m_file.close();
    }
}

bool TrafficLog::rotate()
{
    m_file.close();
    const QDir dir(m_settings.directory);
    auto nth = [&](int n) { return dir.filePath(QStringLiteral("%1.%2.log").arg(m_name).arg(n)); };
    if (m_settings.keptFiles == 0) {
        QFile::remove(currentPath());
    } else {
        QFile::remove(nth(m_settings.keptFiles));
        for (int n = m_settings.keptFiles - 1; n >= 1; --n)
            if (QFile::exists(nth(n)))
                QFile::rename(nth(n), nth(n + 1));
        if (!QFile::rename(currentPath(), nth(1))) {
            fail(Tr::tr("rotation impossible de %1").arg(currentPath()));
            return false;
        }
    }
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        fail(m_file.errorString());
        return false;
    }
    return true;
}

void TrafficLog::fail(const QString &why)
{
    if (m_onFailure)
        m_onFailure(domain::Error{QString(errc::TrafficLogFailed),
                                  Tr::tr("Journal des échanges %1 non écrit : %2").arg(currentPath(), why),
                                  currentPath()});
}

} // namespace sgl::interop::gateway
