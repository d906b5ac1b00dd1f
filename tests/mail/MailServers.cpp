#include "MailServers.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cstdlib>
#include <unistd.h>

namespace sgl::testing {

namespace {

std::unique_ptr<MailServers> g_servers;
QString g_whyNot;
bool g_tried = false;

} // namespace

MailServers *MailServers::instance(QString *whyNot)
{
    if (g_tried) {
        *whyNot = g_whyNot;
        return g_servers.get();
    }
    g_tried = true;
    auto fail = [&](const QString &why) -> MailServers * {
        g_whyNot = why;
        *whyNot = why;
        return nullptr;
    };
    if (::geteuid() != 0)
        return fail(QStringLiteral("Postfix must be started as root (tests/mail/mail-servers.sh): run the tests as root"));
    for (const char *bin : {"/usr/sbin/postfix", "/usr/sbin/dovecot"}) {
        if (!QFileInfo(QString::fromLatin1(bin)).isExecutable())
            return fail(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(bin)));
    }
    std::unique_ptr<MailServers> s(new MailServers);
    s->m_script = QStringLiteral(SGL_SOURCE_DIR "/tests/mail/mail-servers.sh");
    s->m_dir = QDir::tempPath() + QStringLiteral("/sgl-mail-%1").arg(QCoreApplication::applicationPid());
    const int base = 20000 + int(QCoreApplication::applicationPid() % 9000) * 2 + 1000;
    QProcess p;
    p.start(QStringLiteral("bash"), {s->m_script, QStringLiteral("start"), s->m_dir, QString::number(base)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return fail(QStringLiteral("mail-servers.sh start failed: %1")
                        .arg(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
    QFile env(s->m_dir + QStringLiteral("/env"));
    if (!env.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("mail-servers.sh wrote no env file"));
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            s->m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    g_servers = std::move(s);
    std::atexit([] {
        if (g_servers)
            g_servers->stop();
    });
    return g_servers.get();
}

MailServers::~MailServers() = default;

void MailServers::stop()
{
    QProcess p;
    p.start(QStringLiteral("bash"), {m_script, QStringLiteral("stop"), m_dir});
    p.waitForFinished(60000);
    if (qEnvironmentVariableIsEmpty("SGL_KEEP_MAIL_DIR"))
        QDir(m_dir).removeRecursively();
}

interop::mss::MssClientConfig MailServers::labConfig() const
{
    interop::mss::MssClientConfig c;
    c.smtpUrl = env(QStringLiteral("SGL_MAIL_SMTP_URL"));
    c.imapUrl = env(QStringLiteral("SGL_MAIL_IMAP_URL"));
    c.mailbox = env(QStringLiteral("SGL_MAIL_LAB"));
    c.imapPassword = env(QStringLiteral("SGL_MAIL_PASSWORD"));
    c.certificatePath = env(QStringLiteral("SGL_MAIL_CLIENT_CERT"));
    c.privateKeyPath = env(QStringLiteral("SGL_MAIL_CLIENT_KEY"));
    c.caBundlePath = env(QStringLiteral("SGL_MAIL_CA"));
    c.timeoutMs = 20000;
    c.connectTimeoutMs = 5000;
    return c;
}

QList<QByteArray> MailServers::messages(const QString &address) const
{
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    const QString domain = address.section(QLatin1Char('@'), 1);
    QList<QPair<QString, QByteArray>> found;
    for (const char *sub : {"new", "cur"}) {
        QDir d(QStringLiteral("%1/%2/%3/%4").arg(env(QStringLiteral("SGL_MAIL_MAILDIR")), domain, local,
                                                  QString::fromLatin1(sub)));
        for (const QFileInfo &fi : d.entryInfoList(QDir::Files)) {
            QFile f(fi.absoluteFilePath());
            if (f.open(QIODevice::ReadOnly))
                found.append({fi.fileName(), f.readAll()});
        }
    }
    // Maildir names start with the delivery time in seconds then a sequence: good enough order.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

bool MailServers::waitForMessages(const QString &address, int count, int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (messages(address).size() >= count)
            return true;
        QThread::msleep(100);
    }
    return messages(address).size() >= count;
}

void MailServers::clearMailboxes() const
{
    QDirIterator it(env(QStringLiteral("SGL_MAIL_MAILDIR")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/new/")) || path.contains(QLatin1String("/cur/")))
            QFile::remove(path);
    }
}

QByteArray MailServers::postfixLog() const
{
    QFile f(m_dir + QStringLiteral("/postfix/maillog"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().right(4000) : QByteArray();
}

} // namespace sgl::testing
