#include "simulators/mss/MssMailStore.h"

#include "simulators/mss/ErrorCodes.h"
#include "simulators/mss/Tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "simulators/mss/MssLog.h"
#include <QSaveFile>


namespace sgl::simulators::mss {

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

} // namespace

MssMailStore::MssMailStore(QString directory) : m_directory(std::move(directory)) {}

QString MssMailStore::directoryName(const QString &mailbox)
{
    QString out = mailbox.toLower();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '@' || u == '.' || u == '-'
                        || u == '_' || u == '+';
        if (!ok)
            c = u'_';
    }
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    return out;
}

domain::Status MssMailStore::load()
{
    if (m_directory.isEmpty())
        return {};
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory))
        return domain::fail(errc::Store, Tr::tr("Dossier des boîtes aux lettres du simulateur impossible à créer : %1")
                                             .arg(m_directory),
                            m_directory);
    QMutexLocker lock(&m_mutex);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (auto s = loadBox(dir.filePath(name)); !s)
            return s;
    }
    return {};
}

domain::Status MssMailStore::loadBox(const QString &path)
{
    QFile stateFile(path + u"/state.json"_s);
    if (!stateFile.open(QIODevice::ReadOnly))
        return {}; // not a mailbox of ours
    const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
    const QString address = state.value(u"address"_s).toString().toLower();
    if (address.isEmpty())
        return domain::fail(errc::Store, Tr::tr("Dossier des boîtes aux lettres du simulateur illisible : %1").arg(path),
                            path);
    Box b;
    b.uidValidity = state.value(u"uid_validity"_s).toInteger();
    b.uidNext = state.value(u"uid_next"_s).toInteger(1);
    const QJsonObject flags = state.value(u"flags"_s).toObject();
    QDir dir(path);
    QList<qint64> uids;
    for (const QString &f : dir.entryList({u"*.eml"_s}, QDir::Files)) {
        bool ok = false;
        const qint64 uid = f.chopped(4).toLongLong(&ok);
        if (ok && uid > 0)
            uids << uid;
    }
    std::sort(uids.begin(), uids.end());
    for (const qint64 uid : uids) {
        QFile eml(dir.filePath(QString::number(uid) + u".eml"_s));
        if (!eml.open(QIODevice::ReadOnly))
            return domain::fail(errc::Store, Tr::tr("Message du simulateur illisible : %1").arg(eml.fileName()),
                                eml.fileName());
        StoredMail m;
        m.uid = uid;
        m.bytes = eml.readAll();
        for (const QJsonValue &v : flags.value(QString::number(uid)).toArray())
            m.flags << v.toString();
        m.flags.sort();
        b.mails << m;
        b.uidNext = qMax(b.uidNext, uid + 1);
    }
    m_boxes.insert(address, b);
    return {};
}

MssMailStore::Box &MssMailStore::box(const QString &key)
{
    auto it = m_boxes.find(key);
    if (it == m_boxes.end()) {
        Box b;
        b.uidValidity = m_validity;
        it = m_boxes.insert(key, b);
    }
    return *it;
}

void MssMailStore::saveState(const QString &key, const Box &b) const
{
    if (m_directory.isEmpty())
        return;
    QJsonObject flags;
    for (const StoredMail &m : b.mails) {
        if (!m.flags.isEmpty())
            flags.insert(QString::number(m.uid), QJsonArray::fromStringList(m.flags));
    }
    const QJsonObject state{{u"address"_s, key},
                            {u"uid_validity"_s, b.uidValidity},
                            {u"uid_next"_s, b.uidNext},
                            {u"flags"_s, flags}};
    const QString path = QDir(m_directory).filePath(directoryName(key));
    if (!writeFile(path + u"/state.json"_s, QJsonDocument(state).toJson(QJsonDocument::Compact)))
        qCWarning(lcMssSim) << "state of mailbox not written:" << path;
}

qint64 MssMailStore::deliver(const QString &mailbox, const QByteArray &bytes)
{
    const QString key = mailbox.toLower();
    QMutexLocker lock(&m_mutex);
    Box &b = box(key);
    StoredMail m;
    m.uid = b.uidNext++;
    m.bytes = bytes;
    b.mails << m;
    if (!m_directory.isEmpty()) {
        const QString path = QDir(m_directory).filePath(directoryName(key));
        if (!QDir().mkpath(path) || !writeFile(path + u'/' + QString::number(m.uid) + u".eml"_s, bytes))
            qCWarning(lcMssSim) << "message not written to" << path;
        saveState(key, b);
    }
    return m.uid;
}

QList<StoredMail> MssMailStore::messages(const QString &mailbox) const
{
    QMutexLocker lock(&m_mutex);
    return m_boxes.value(mailbox.toLower()).mails;
}

std::optional<StoredMail> MssMailStore::message(const QString &mailbox, qint64 uid) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_boxes.constFind(mailbox.toLower());
    if (it == m_boxes.constEnd())
        return std::nullopt;
    for (const StoredMail &m : it->mails) {
        if (m.uid == uid)
            return m;
    }
    return std::nullopt;
}

bool MssMailStore::setFlags(const QString &mailbox, qint64 uid, QStringList flags)
{
    const QString key = mailbox.toLower();
    QMutexLocker lock(&m_mutex);
    const auto it = m_boxes.find(key);
    if (it == m_boxes.end())
        return false;
    flags.removeDuplicates();
    flags.sort();
    for (StoredMail &m : it->mails) {
        if (m.uid == uid) {
            if (m.flags != flags) {
                m.flags = flags;
                saveState(key, *it);
            }
            return true;
        }
    }
    return false;
}

qint64 MssMailStore::uidValidity(const QString &mailbox) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_boxes.constFind(mailbox.toLower());
    return it == m_boxes.constEnd() ? m_validity : it->uidValidity;
}

qint64 MssMailStore::uidNext(const QString &mailbox) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_boxes.constFind(mailbox.toLower());
    return it == m_boxes.constEnd() ? 1 : it->uidNext;
}

QStringList MssMailStore::mailboxes() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out = m_boxes.keys();
    out.sort();
    return out;
}

} // namespace sgl::simulators::mss
